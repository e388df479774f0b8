from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activate_mfa_key_request_status import ActivateMfaKeyRequestStatus


T = TypeVar("T", bound="ActivateMfaKeyBody")


@_attrs_define
class ActivateMfaKeyBody:
    """
    Attributes:
        status (ActivateMfaKeyRequestStatus | None | Unset):
        code (None | str | Unset):
    """

    status: ActivateMfaKeyRequestStatus | None | Unset = UNSET
    code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.activate_mfa_key_request_status import ActivateMfaKeyRequestStatus  # noqa: PLC0415

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ActivateMfaKeyRequestStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activate_mfa_key_request_status import ActivateMfaKeyRequestStatus  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_status(data: object) -> ActivateMfaKeyRequestStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = ActivateMfaKeyRequestStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActivateMfaKeyRequestStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        activate_mfa_key_body = cls(
            status=status,
            code=code,
        )

        activate_mfa_key_body.additional_properties = d
        return activate_mfa_key_body

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
