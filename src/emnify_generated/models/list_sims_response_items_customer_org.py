from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_sims_response_items_customer_org_country import (
        ListSimsResponseItemsCustomerOrgCountry,
    )


T = TypeVar("T", bound="ListSimsResponseItemsCustomerOrg")


@_attrs_define
class ListSimsResponseItemsCustomerOrg:
    """
    Attributes:
        id (int | None | Unset):
        name (None | str | Unset):
        country (ListSimsResponseItemsCustomerOrgCountry | None | Unset):
    """

    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    country: ListSimsResponseItemsCustomerOrgCountry | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_sims_response_items_customer_org_country import (
            ListSimsResponseItemsCustomerOrgCountry,  # noqa: PLC0415
        )

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        country: dict[str, Any] | None | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        elif isinstance(self.country, ListSimsResponseItemsCustomerOrgCountry):
            country = self.country.to_dict()
        else:
            country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_sims_response_items_customer_org_country import (
            ListSimsResponseItemsCustomerOrgCountry,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_country(data: object) -> ListSimsResponseItemsCustomerOrgCountry | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                country_type_0 = ListSimsResponseItemsCustomerOrgCountry.from_dict(data)

                return country_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListSimsResponseItemsCustomerOrgCountry | None | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        list_sims_response_items_customer_org = cls(
            id=id,
            name=name,
            country=country,
        )

        list_sims_response_items_customer_org.additional_properties = d
        return list_sims_response_items_customer_org

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
