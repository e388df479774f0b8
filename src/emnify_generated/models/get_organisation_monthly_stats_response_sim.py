from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_float
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetOrganisationMonthlyStatsResponseSim")


@_attrs_define
class GetOrganisationMonthlyStatsResponseSim:
    """
    Attributes:
        issued (float | None | Unset):
        factory_mode (float | None | Unset):
        active (float | None | Unset):
        suspended (float | None | Unset):
        total (float | None | Unset):
    """

    issued: float | None | Unset = UNSET
    factory_mode: float | None | Unset = UNSET
    active: float | None | Unset = UNSET
    suspended: float | None | Unset = UNSET
    total: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        issued: float | None | Unset
        if isinstance(self.issued, Unset):
            issued = UNSET
        else:
            issued = self.issued

        factory_mode: float | None | Unset
        if isinstance(self.factory_mode, Unset):
            factory_mode = UNSET
        else:
            factory_mode = self.factory_mode

        active: float | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        suspended: float | None | Unset
        if isinstance(self.suspended, Unset):
            suspended = UNSET
        else:
            suspended = self.suspended

        total: float | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if issued is not UNSET:
            field_dict["issued"] = issued
        if factory_mode is not UNSET:
            field_dict["factory_mode"] = factory_mode
        if active is not UNSET:
            field_dict["active"] = active
        if suspended is not UNSET:
            field_dict["suspended"] = suspended
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_issued(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        issued = _parse_issued(d.pop("issued", UNSET))

        def _parse_factory_mode(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        factory_mode = _parse_factory_mode(d.pop("factory_mode", UNSET))

        def _parse_active(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        active = _parse_active(d.pop("active", UNSET))

        def _parse_suspended(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        suspended = _parse_suspended(d.pop("suspended", UNSET))

        def _parse_total(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        total = _parse_total(d.pop("total", UNSET))

        get_organisation_monthly_stats_response_sim = cls(
            issued=issued,
            factory_mode=factory_mode,
            active=active,
            suspended=suspended,
            total=total,
        )

        get_organisation_monthly_stats_response_sim.additional_properties = d
        return get_organisation_monthly_stats_response_sim

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
