from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListTrustedDevicesResponseItems")


@_attrs_define
class ListTrustedDevicesResponseItems:
    """
    Attributes:
        id (int | Unset):
        operating_system (str | Unset):
        browser (str | Unset):
        activation_date (str | Unset):
    """

    id: int | Unset = UNSET
    operating_system: str | Unset = UNSET
    browser: str | Unset = UNSET
    activation_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        operating_system = self.operating_system

        browser = self.browser

        activation_date = self.activation_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if operating_system is not UNSET:
            field_dict["operating_system"] = operating_system
        if browser is not UNSET:
            field_dict["browser"] = browser
        if activation_date is not UNSET:
            field_dict["activation_date"] = activation_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        operating_system = d.pop("operating_system", UNSET)

        browser = d.pop("browser", UNSET)

        activation_date = d.pop("activation_date", UNSET)

        list_trusted_devices_response_items = cls(
            id=id,
            operating_system=operating_system,
            browser=browser,
            activation_date=activation_date,
        )

        list_trusted_devices_response_items.additional_properties = d
        return list_trusted_devices_response_items

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
