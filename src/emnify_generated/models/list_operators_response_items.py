from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_operators_response_items_country import ListOperatorsResponseItemsCountry


T = TypeVar("T", bound="ListOperatorsResponseItems")


@_attrs_define
class ListOperatorsResponseItems:
    """
    Attributes:
        name (str | Unset):
        country_name (str | Unset):
        id (int | Unset):
        country (ListOperatorsResponseItemsCountry | Unset):
    """

    name: str | Unset = UNSET
    country_name: str | Unset = UNSET
    id: int | Unset = UNSET
    country: ListOperatorsResponseItemsCountry | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        country_name = self.country_name

        id = self.id

        country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if country_name is not UNSET:
            field_dict["country_name"] = country_name
        if id is not UNSET:
            field_dict["id"] = id
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_operators_response_items_country import ListOperatorsResponseItemsCountry  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        country_name = d.pop("country_name", UNSET)

        id = d.pop("id", UNSET)

        _country = d.pop("country", UNSET)
        country: ListOperatorsResponseItemsCountry | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = ListOperatorsResponseItemsCountry.from_dict(_country)

        list_operators_response_items = cls(
            name=name,
            country_name=country_name,
            id=id,
            country=country,
        )

        list_operators_response_items.additional_properties = d
        return list_operators_response_items

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
