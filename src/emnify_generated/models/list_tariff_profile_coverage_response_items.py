from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
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
        country (ListTariffProfileCoverageResponseItemsCountry | None | Unset):
        redundancy_count (int | None | Unset):
    """

    country: ListTariffProfileCoverageResponseItemsCountry | None | Unset = UNSET
    redundancy_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_tariff_profile_coverage_response_items_country import (
            ListTariffProfileCoverageResponseItemsCountry,  # noqa: PLC0415
        )

        country: dict[str, Any] | None | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        elif isinstance(self.country, ListTariffProfileCoverageResponseItemsCountry):
            country = self.country.to_dict()
        else:
            country = self.country

        redundancy_count: int | None | Unset
        if isinstance(self.redundancy_count, Unset):
            redundancy_count = UNSET
        else:
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

        def _parse_country(
            data: object,
        ) -> ListTariffProfileCoverageResponseItemsCountry | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                country_type_0 = ListTariffProfileCoverageResponseItemsCountry.from_dict(data)

                return country_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListTariffProfileCoverageResponseItemsCountry | None | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_redundancy_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        redundancy_count = _parse_redundancy_count(d.pop("redundancy_count", UNSET))

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
