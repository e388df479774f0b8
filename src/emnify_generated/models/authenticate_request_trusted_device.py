from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthenticateRequestTrustedDevice")


@_attrs_define
class AuthenticateRequestTrustedDevice:
    """
    Attributes:
        fingerprint (str | Unset):
        operating_system (str | Unset):
        browser (str | Unset):
        name (str | Unset):
    """

    fingerprint: str | Unset = UNSET
    operating_system: str | Unset = UNSET
    browser: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fingerprint = self.fingerprint

        operating_system = self.operating_system

        browser = self.browser

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint
        if operating_system is not UNSET:
            field_dict["operating_system"] = operating_system
        if browser is not UNSET:
            field_dict["browser"] = browser
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fingerprint = d.pop("fingerprint", UNSET)

        operating_system = d.pop("operating_system", UNSET)

        browser = d.pop("browser", UNSET)

        name = d.pop("name", UNSET)

        authenticate_request_trusted_device = cls(
            fingerprint=fingerprint,
            operating_system=operating_system,
            browser=browser,
            name=name,
        )

        authenticate_request_trusted_device.additional_properties = d
        return authenticate_request_trusted_device

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
