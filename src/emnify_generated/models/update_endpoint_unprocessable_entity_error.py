from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.update_endpoint_response_errors_items import UpdateEndpointResponseErrorsItems


T = TypeVar("T", bound="UpdateEndpointUnprocessableEntityError")


@_attrs_define
class UpdateEndpointUnprocessableEntityError:
    """
    Attributes:
        message (str):
        error_code (float):
        error_token (str):
        errors (list[UpdateEndpointResponseErrorsItems]):
    """

    message: str
    error_code: float
    error_token: str
    errors: list[UpdateEndpointResponseErrorsItems]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        error_code = self.error_code

        error_token = self.error_token

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "error_code": error_code,
                "error_token": error_token,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_endpoint_response_errors_items import UpdateEndpointResponseErrorsItems  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")

        error_code = d.pop("error_code")

        error_token = d.pop("error_token")

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = UpdateEndpointResponseErrorsItems.from_dict(errors_item_data)

            errors.append(errors_item)

        update_endpoint_unprocessable_entity_error = cls(
            message=message,
            error_code=error_code,
            error_token=error_token,
            errors=errors,
        )

        update_endpoint_unprocessable_entity_error.additional_properties = d
        return update_endpoint_unprocessable_entity_error

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
