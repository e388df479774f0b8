from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateIpAddressSpaceResponse201")


@_attrs_define
class CreateIpAddressSpaceResponse201:
    """
    Attributes:
        id (int | Unset):
        ip_address_space (str | Unset):
        ip_address_version (int | Unset):
        location (str | Unset):
    """

    id: int | Unset = UNSET
    ip_address_space: str | Unset = UNSET
    ip_address_version: int | Unset = UNSET
    location: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ip_address_space = self.ip_address_space

        ip_address_version = self.ip_address_version

        location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if ip_address_space is not UNSET:
            field_dict["ip_address_space"] = ip_address_space
        if ip_address_version is not UNSET:
            field_dict["ip_address_version"] = ip_address_version
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        ip_address_space = d.pop("ip_address_space", UNSET)

        ip_address_version = d.pop("ip_address_version", UNSET)

        location = d.pop("location", UNSET)

        create_ip_address_space_response_201 = cls(
            id=id,
            ip_address_space=ip_address_space,
            ip_address_version=ip_address_version,
            location=location,
        )

        create_ip_address_space_response_201.additional_properties = d
        return create_ip_address_space_response_201

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
