from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_float
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetOrganisationMonthlyStatsResponseInclusiveVolume")


@_attrs_define
class GetOrganisationMonthlyStatsResponseInclusiveVolume:
    """
    Attributes:
        unpooled (float | None | Unset):
        pooled (float | None | Unset):
    """

    unpooled: float | None | Unset = UNSET
    pooled: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unpooled: float | None | Unset
        if isinstance(self.unpooled, Unset):
            unpooled = UNSET
        else:
            unpooled = self.unpooled

        pooled: float | None | Unset
        if isinstance(self.pooled, Unset):
            pooled = UNSET
        else:
            pooled = self.pooled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if unpooled is not UNSET:
            field_dict["unpooled"] = unpooled
        if pooled is not UNSET:
            field_dict["pooled"] = pooled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_unpooled(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        unpooled = _parse_unpooled(d.pop("unpooled", UNSET))

        def _parse_pooled(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        pooled = _parse_pooled(d.pop("pooled", UNSET))

        get_organisation_monthly_stats_response_inclusive_volume = cls(
            unpooled=unpooled,
            pooled=pooled,
        )

        get_organisation_monthly_stats_response_inclusive_volume.additional_properties = d
        return get_organisation_monthly_stats_response_inclusive_volume

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
