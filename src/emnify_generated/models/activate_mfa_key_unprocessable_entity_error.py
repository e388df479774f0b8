from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivateMfaKeyUnprocessableEntityError")


@_attrs_define
class ActivateMfaKeyUnprocessableEntityError:
    """
    Attributes:
        error_code (int | Unset):
        error_token (str | Unset):
        message (str | Unset):
    """

    error_code: int | Unset = UNSET
    error_token: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        error_token = self.error_token

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_token is not UNSET:
            field_dict["error_token"] = error_token
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error_code = d.pop("error_code", UNSET)

        error_token = d.pop("error_token", UNSET)

        message = d.pop("message", UNSET)

        activate_mfa_key_unprocessable_entity_error = cls(
            error_code=error_code,
            error_token=error_token,
            message=message,
        )

        activate_mfa_key_unprocessable_entity_error.additional_properties = d
        return activate_mfa_key_unprocessable_entity_error

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
