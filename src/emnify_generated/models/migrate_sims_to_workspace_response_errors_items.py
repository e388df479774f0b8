from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.migrate_sims_to_workspace_response_errors_items_sims_items import (
        MigrateSimsToWorkspaceResponseErrorsItemsSimsItems,
    )


T = TypeVar("T", bound="MigrateSimsToWorkspaceResponseErrorsItems")


@_attrs_define
class MigrateSimsToWorkspaceResponseErrorsItems:
    """
    Attributes:
        error_code (float):
        message (str):
        sims (list[MigrateSimsToWorkspaceResponseErrorsItemsSimsItems]):
    """

    error_code: float
    message: str
    sims: list[MigrateSimsToWorkspaceResponseErrorsItemsSimsItems]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        message = self.message

        sims = []
        for sims_item_data in self.sims:
            sims_item = sims_item_data.to_dict()
            sims.append(sims_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error_code": error_code,
                "message": message,
                "sims": sims,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.migrate_sims_to_workspace_response_errors_items_sims_items import (
            MigrateSimsToWorkspaceResponseErrorsItemsSimsItems,  # noqa: PLC0415
        )

        d = dict(src_dict)
        error_code = d.pop("error_code")

        message = d.pop("message")

        sims = []
        _sims = d.pop("sims")
        for sims_item_data in _sims:
            sims_item = MigrateSimsToWorkspaceResponseErrorsItemsSimsItems.from_dict(sims_item_data)

            sims.append(sims_item)

        migrate_sims_to_workspace_response_errors_items = cls(
            error_code=error_code,
            message=message,
            sims=sims,
        )

        migrate_sims_to_workspace_response_errors_items.additional_properties = d
        return migrate_sims_to_workspace_response_errors_items

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
