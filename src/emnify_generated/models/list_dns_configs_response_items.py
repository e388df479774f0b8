from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListDnsConfigsResponseItems")


@_attrs_define
class ListDnsConfigsResponseItems:
    """
    Attributes:
        id (int | Unset):
        primary (str | Unset):
        secondary (str | Unset):
        ip_address_version (int | Unset):
    """

    id: int | Unset = UNSET
    primary: str | Unset = UNSET
    secondary: str | Unset = UNSET
    ip_address_version: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        primary = self.primary

        secondary = self.secondary

        ip_address_version = self.ip_address_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if primary is not UNSET:
            field_dict["primary"] = primary
        if secondary is not UNSET:
            field_dict["secondary"] = secondary
        if ip_address_version is not UNSET:
            field_dict["ip_address_version"] = ip_address_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        primary = d.pop("primary", UNSET)

        secondary = d.pop("secondary", UNSET)

        ip_address_version = d.pop("ip_address_version", UNSET)

        list_dns_configs_response_items = cls(
            id=id,
            primary=primary,
            secondary=secondary,
            ip_address_version=ip_address_version,
        )

        list_dns_configs_response_items.additional_properties = d
        return list_dns_configs_response_items

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
