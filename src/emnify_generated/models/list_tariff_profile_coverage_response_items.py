from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_tariff_profile_coverage_response_items_country import (
        ListTariffProfileCoverageResponseItemsCountry,
    )


T = TypeVar("T", bound="ListTariffProfileCoverageResponseItems")


@_attrs_define
class ListTariffProfileCoverageResponseItems:
    """
    Attributes:
        country (ListTariffProfileCoverageResponseItemsCountry | Unset):
        redundancy_count (int | Unset):
    """

    country: ListTariffProfileCoverageResponseItemsCountry | Unset = UNSET
    redundancy_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.to_dict()

        redundancy_count = self.redundancy_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country is not UNSET:
            field_dict["country"] = country
        if redundancy_count is not UNSET:
            field_dict["redundancy_count"] = redundancy_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_tariff_profile_coverage_response_items_country import (
            ListTariffProfileCoverageResponseItemsCountry,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _country = d.pop("country", UNSET)
        country: ListTariffProfileCoverageResponseItemsCountry | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = ListTariffProfileCoverageResponseItemsCountry.from_dict(_country)

        redundancy_count = d.pop("redundancy_count", UNSET)

        list_tariff_profile_coverage_response_items = cls(
            country=country,
            redundancy_count=redundancy_count,
        )

        list_tariff_profile_coverage_response_items.additional_properties = d
        return list_tariff_profile_coverage_response_items

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
