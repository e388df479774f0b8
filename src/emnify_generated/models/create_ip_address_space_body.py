from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateIpAddressSpaceBody")


@_attrs_define
class CreateIpAddressSpaceBody:
    """
    Attributes:
        ip_address_space (str):
        ip_address_version (int):
    """

    ip_address_space: str
    ip_address_version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ip_address_space = self.ip_address_space

        ip_address_version = self.ip_address_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ip_address_space": ip_address_space,
                "ip_address_version": ip_address_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ip_address_space = d.pop("ip_address_space")

        ip_address_version = d.pop("ip_address_version")

        create_ip_address_space_body = cls(
            ip_address_space=ip_address_space,
            ip_address_version=ip_address_version,
        )

        create_ip_address_space_body.additional_properties = d
        return create_ip_address_space_body

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
