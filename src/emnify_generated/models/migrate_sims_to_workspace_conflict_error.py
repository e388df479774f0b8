from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.migrate_sims_to_workspace_response_errors_items import (
        MigrateSimsToWorkspaceResponseErrorsItems,
    )


T = TypeVar("T", bound="MigrateSimsToWorkspaceConflictError")


@_attrs_define
class MigrateSimsToWorkspaceConflictError:
    """
    Attributes:
        status_code (float):
        message (str):
        errors (list[MigrateSimsToWorkspaceResponseErrorsItems]):
    """

    status_code: float
    message: str
    errors: list[MigrateSimsToWorkspaceResponseErrorsItems]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        message = self.message

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status_code": status_code,
                "message": message,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.migrate_sims_to_workspace_response_errors_items import (
            MigrateSimsToWorkspaceResponseErrorsItems,  # noqa: PLC0415
        )

        d = dict(src_dict)
        status_code = d.pop("status_code")

        message = d.pop("message")

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = MigrateSimsToWorkspaceResponseErrorsItems.from_dict(errors_item_data)

            errors.append(errors_item)

        migrate_sims_to_workspace_conflict_error = cls(
            status_code=status_code,
            message=message,
            errors=errors,
        )

        migrate_sims_to_workspace_conflict_error.additional_properties = d
        return migrate_sims_to_workspace_conflict_error

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
