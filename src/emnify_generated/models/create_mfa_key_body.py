from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.create_mfa_key_request_type import CreateMfaKeyRequestType


T = TypeVar("T", bound="CreateMfaKeyBody")


@_attrs_define
class CreateMfaKeyBody:
    """
    Attributes:
        type_ (CreateMfaKeyRequestType):
        password (str):
    """

    type_: CreateMfaKeyRequestType
    password: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.to_dict()

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_mfa_key_request_type import CreateMfaKeyRequestType  # noqa: PLC0415

        d = dict(src_dict)
        type_ = CreateMfaKeyRequestType.from_dict(d.pop("type"))

        password = d.pop("password")

        create_mfa_key_body = cls(
            type_=type_,
            password=password,
        )

        create_mfa_key_body.additional_properties = d
        return create_mfa_key_body

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
