from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_mfa_key_response_status import CreateMfaKeyResponseStatus
    from ..models.create_mfa_key_response_type import CreateMfaKeyResponseType


T = TypeVar("T", bound="CreateMfaKeyResponse200")


@_attrs_define
class CreateMfaKeyResponse200:
    """
    Attributes:
        id (int | None | Unset):
        status (CreateMfaKeyResponseStatus | None | Unset):
        type_ (CreateMfaKeyResponseType | None | Unset):
        secret_key (None | str | Unset):
        otpauth (None | str | Unset):
        creation_date (None | str | Unset):
    """

    id: int | None | Unset = UNSET
    status: CreateMfaKeyResponseStatus | None | Unset = UNSET
    type_: CreateMfaKeyResponseType | None | Unset = UNSET
    secret_key: None | str | Unset = UNSET
    otpauth: None | str | Unset = UNSET
    creation_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_mfa_key_response_status import CreateMfaKeyResponseStatus  # noqa: PLC0415
        from ..models.create_mfa_key_response_type import CreateMfaKeyResponseType  # noqa: PLC0415

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, CreateMfaKeyResponseStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        type_: dict[str, Any] | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, CreateMfaKeyResponseType):
            type_ = self.type_.to_dict()
        else:
            type_ = self.type_

        secret_key: None | str | Unset
        if isinstance(self.secret_key, Unset):
            secret_key = UNSET
        else:
            secret_key = self.secret_key

        otpauth: None | str | Unset
        if isinstance(self.otpauth, Unset):
            otpauth = UNSET
        else:
            otpauth = self.otpauth

        creation_date: None | str | Unset
        if isinstance(self.creation_date, Unset):
            creation_date = UNSET
        else:
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

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        def _parse_status(data: object) -> CreateMfaKeyResponseStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = CreateMfaKeyResponseStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateMfaKeyResponseStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_type_(data: object) -> CreateMfaKeyResponseType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                type_type_0 = CreateMfaKeyResponseType.from_dict(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateMfaKeyResponseType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_secret_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret_key = _parse_secret_key(d.pop("secret_key", UNSET))

        def _parse_otpauth(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        otpauth = _parse_otpauth(d.pop("otpauth", UNSET))

        def _parse_creation_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        creation_date = _parse_creation_date(d.pop("creation_date", UNSET))

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
