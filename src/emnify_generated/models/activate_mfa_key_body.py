from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.activate_mfa_key_request_status import ActivateMfaKeyRequestStatus


T = TypeVar("T", bound="ActivateMfaKeyBody")


@_attrs_define
class ActivateMfaKeyBody:
    """
    Attributes:
        status (ActivateMfaKeyRequestStatus):
        code (str):
    """

    status: ActivateMfaKeyRequestStatus
    code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.to_dict()

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "code": code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activate_mfa_key_request_status import ActivateMfaKeyRequestStatus  # noqa: PLC0415

        d = dict(src_dict)
        status = ActivateMfaKeyRequestStatus.from_dict(d.pop("status"))

        code = d.pop("code")

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
