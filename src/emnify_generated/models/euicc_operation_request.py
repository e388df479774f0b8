from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.euicc_operation_action_ref import EuiccOperationActionRef


T = TypeVar("T", bound="EuiccOperationRequest")


@_attrs_define
class EuiccOperationRequest:
    """
    Attributes:
        action (EuiccOperationActionRef):
        validity_period (int | Unset):
        iccid_with_luhn (str | Unset):
        activation_code (str | Unset):
        enable (bool | Unset):
        rollback (bool | Unset):
    """

    action: EuiccOperationActionRef
    validity_period: int | Unset = UNSET
    iccid_with_luhn: str | Unset = UNSET
    activation_code: str | Unset = UNSET
    enable: bool | Unset = UNSET
    rollback: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.to_dict()

        validity_period = self.validity_period

        iccid_with_luhn = self.iccid_with_luhn

        activation_code = self.activation_code

        enable = self.enable

        rollback = self.rollback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if validity_period is not UNSET:
            field_dict["validity_period"] = validity_period
        if iccid_with_luhn is not UNSET:
            field_dict["iccid_with_luhn"] = iccid_with_luhn
        if activation_code is not UNSET:
            field_dict["activation_code"] = activation_code
        if enable is not UNSET:
            field_dict["enable"] = enable
        if rollback is not UNSET:
            field_dict["rollback"] = rollback

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.euicc_operation_action_ref import EuiccOperationActionRef  # noqa: PLC0415

        d = dict(src_dict)
        action = EuiccOperationActionRef.from_dict(d.pop("action"))

        validity_period = d.pop("validity_period", UNSET)

        iccid_with_luhn = d.pop("iccid_with_luhn", UNSET)

        activation_code = d.pop("activation_code", UNSET)

        enable = d.pop("enable", UNSET)

        rollback = d.pop("rollback", UNSET)

        euicc_operation_request = cls(
            action=action,
            validity_period=validity_period,
            iccid_with_luhn=iccid_with_luhn,
            activation_code=activation_code,
            enable=enable,
            rollback=rollback,
        )

        euicc_operation_request.additional_properties = d
        return euicc_operation_request

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
