from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.authenticate_request_trusted_device import AuthenticateRequestTrustedDevice


T = TypeVar("T", bound="AuthenticateBody")


@_attrs_define
class AuthenticateBody:
    """
    Attributes:
        application_token (str | Unset):
        username (str | Unset):
        password (str | Unset):
        fingerprint (str | Unset):
        refresh_token (str | Unset):
        mfa_token (str | Unset):
        code (str | Unset):
        trusted_device (AuthenticateRequestTrustedDevice | Unset):
    """

    application_token: str | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    fingerprint: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    mfa_token: str | Unset = UNSET
    code: str | Unset = UNSET
    trusted_device: AuthenticateRequestTrustedDevice | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_token = self.application_token

        username = self.username

        password = self.password

        fingerprint = self.fingerprint

        refresh_token = self.refresh_token

        mfa_token = self.mfa_token

        code = self.code

        trusted_device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trusted_device, Unset):
            trusted_device = self.trusted_device.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if application_token is not UNSET:
            field_dict["application_token"] = application_token
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if mfa_token is not UNSET:
            field_dict["mfa_token"] = mfa_token
        if code is not UNSET:
            field_dict["code"] = code
        if trusted_device is not UNSET:
            field_dict["trusted_device"] = trusted_device

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authenticate_request_trusted_device import AuthenticateRequestTrustedDevice  # noqa: PLC0415

        d = dict(src_dict)
        application_token = d.pop("application_token", UNSET)

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        fingerprint = d.pop("fingerprint", UNSET)

        refresh_token = d.pop("refresh_token", UNSET)

        mfa_token = d.pop("mfa_token", UNSET)

        code = d.pop("code", UNSET)

        _trusted_device = d.pop("trusted_device", UNSET)
        trusted_device: AuthenticateRequestTrustedDevice | Unset
        if isinstance(_trusted_device, Unset):
            trusted_device = UNSET
        else:
            trusted_device = AuthenticateRequestTrustedDevice.from_dict(_trusted_device)

        authenticate_body = cls(
            application_token=application_token,
            username=username,
            password=password,
            fingerprint=fingerprint,
            refresh_token=refresh_token,
            mfa_token=mfa_token,
            code=code,
            trusted_device=trusted_device,
        )

        authenticate_body.additional_properties = d
        return authenticate_body

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
