from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_mfa_key_response_status import CreateMfaKeyResponseStatus
    from ..models.create_mfa_key_response_type import CreateMfaKeyResponseType


T = TypeVar("T", bound="CreateMfaKeyResponse200")


@_attrs_define
class CreateMfaKeyResponse200:
    """
    Attributes:
        id (int | Unset):
        status (CreateMfaKeyResponseStatus | Unset):
        type_ (CreateMfaKeyResponseType | Unset):
        secret_key (str | Unset):
        otpauth (str | Unset):
        creation_date (str | Unset):
    """

    id: int | Unset = UNSET
    status: CreateMfaKeyResponseStatus | Unset = UNSET
    type_: CreateMfaKeyResponseType | Unset = UNSET
    secret_key: str | Unset = UNSET
    otpauth: str | Unset = UNSET
    creation_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        secret_key = self.secret_key

        otpauth = self.otpauth

        creation_date = self.creation_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if secret_key is not UNSET:
            field_dict["secret_key"] = secret_key
        if otpauth is not UNSET:
            field_dict["otpauth"] = otpauth
        if creation_date is not UNSET:
            field_dict["creation_date"] = creation_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_mfa_key_response_status import CreateMfaKeyResponseStatus  # noqa: PLC0415
        from ..models.create_mfa_key_response_type import CreateMfaKeyResponseType  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _status = d.pop("status", UNSET)
        status: CreateMfaKeyResponseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CreateMfaKeyResponseStatus.from_dict(_status)

        _type_ = d.pop("type", UNSET)
        type_: CreateMfaKeyResponseType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CreateMfaKeyResponseType.from_dict(_type_)

        secret_key = d.pop("secret_key", UNSET)

        otpauth = d.pop("otpauth", UNSET)

        creation_date = d.pop("creation_date", UNSET)

        create_mfa_key_response_200 = cls(
            id=id,
            status=status,
            type_=type_,
            secret_key=secret_key,
            otpauth=otpauth,
            creation_date=creation_date,
        )

        create_mfa_key_response_200.additional_properties = d
        return create_mfa_key_response_200

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
