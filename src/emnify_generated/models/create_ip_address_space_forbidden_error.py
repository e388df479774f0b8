from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_ip_address_space_response_errors_items import (
        CreateIpAddressSpaceResponseErrorsItems,
    )


T = TypeVar("T", bound="CreateIpAddressSpaceForbiddenError")


@_attrs_define
class CreateIpAddressSpaceForbiddenError:
    """
    Attributes:
        error_token (str):
        message (str):
        error_code (int | Unset):
        errors (list[CreateIpAddressSpaceResponseErrorsItems] | Unset):
    """

    error_token: str
    message: str
    error_code: int | Unset = UNSET
    errors: list[CreateIpAddressSpaceResponseErrorsItems] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_token = self.error_token

        message = self.message

        error_code = self.error_code

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error_token": error_token,
                "message": message,
            }
        )
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_ip_address_space_response_errors_items import (
            CreateIpAddressSpaceResponseErrorsItems,  # noqa: PLC0415
        )

        d = dict(src_dict)
        error_token = d.pop("error_token")

        message = d.pop("message")

        error_code = d.pop("error_code", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[CreateIpAddressSpaceResponseErrorsItems] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = CreateIpAddressSpaceResponseErrorsItems.from_dict(errors_item_data)

                errors.append(errors_item)

        create_ip_address_space_forbidden_error = cls(
            error_token=error_token,
            message=message,
            error_code=error_code,
            errors=errors,
        )

        create_ip_address_space_forbidden_error.additional_properties = d
        return create_ip_address_space_forbidden_error

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
