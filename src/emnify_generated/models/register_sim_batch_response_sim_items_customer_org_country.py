from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegisterSimBatchResponseSimItemsCustomerOrgCountry")


@_attrs_define
class RegisterSimBatchResponseSimItemsCustomerOrgCountry:
    """
    Attributes:
        id (int | Unset):
        name (str | Unset):
        country_code (int | Unset):
        mcc (int | Unset):
        iso_code (str | Unset):
        latitude (float | Unset):
        longitude (float | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    country_code: int | Unset = UNSET
    mcc: int | Unset = UNSET
    iso_code: str | Unset = UNSET
    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        country_code = self.country_code

        mcc = self.mcc

        iso_code = self.iso_code

        latitude = self.latitude

        longitude = self.longitude

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if mcc is not UNSET:
            field_dict["mcc"] = mcc
        if iso_code is not UNSET:
            field_dict["iso_code"] = iso_code
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        country_code = d.pop("country_code", UNSET)

        mcc = d.pop("mcc", UNSET)

        iso_code = d.pop("iso_code", UNSET)

        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        register_sim_batch_response_sim_items_customer_org_country = cls(
            id=id,
            name=name,
            country_code=country_code,
            mcc=mcc,
            iso_code=iso_code,
            latitude=latitude,
            longitude=longitude,
        )

        register_sim_batch_response_sim_items_customer_org_country.additional_properties = d
        return register_sim_batch_response_sim_items_customer_org_country

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
