from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.migrate_sims_to_workspace_response_errors_items_sims_items_endpoint import (
        MigrateSimsToWorkspaceResponseErrorsItemsSimsItemsEndpoint,
    )
    from ..models.migrate_sims_to_workspace_response_errors_items_sims_items_source_workspace import (
        MigrateSimsToWorkspaceResponseErrorsItemsSimsItemsSourceWorkspace,
    )
    from ..models.migrate_sims_to_workspace_response_errors_items_sims_items_status import (
        MigrateSimsToWorkspaceResponseErrorsItemsSimsItemsStatus,
    )


T = TypeVar("T", bound="MigrateSimsToWorkspaceResponseErrorsItemsSimsItems")


@_attrs_define
class MigrateSimsToWorkspaceResponseErrorsItemsSimsItems:
    """
    Attributes:
        id (int | Unset):
        iccid (str | Unset):
        iccid_with_luhn (str | Unset):
        endpoint (MigrateSimsToWorkspaceResponseErrorsItemsSimsItemsEndpoint | Unset):
        status (MigrateSimsToWorkspaceResponseErrorsItemsSimsItemsStatus | Unset):
        source_workspace (MigrateSimsToWorkspaceResponseErrorsItemsSimsItemsSourceWorkspace | Unset):
    """

    id: int | Unset = UNSET
    iccid: str | Unset = UNSET
    iccid_with_luhn: str | Unset = UNSET
    endpoint: MigrateSimsToWorkspaceResponseErrorsItemsSimsItemsEndpoint | Unset = UNSET
    status: MigrateSimsToWorkspaceResponseErrorsItemsSimsItemsStatus | Unset = UNSET
    source_workspace: MigrateSimsToWorkspaceResponseErrorsItemsSimsItemsSourceWorkspace | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        iccid = self.iccid

        iccid_with_luhn = self.iccid_with_luhn

        endpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.endpoint, Unset):
            endpoint = self.endpoint.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        source_workspace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_workspace, Unset):
            source_workspace = self.source_workspace.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if iccid is not UNSET:
            field_dict["iccid"] = iccid
        if iccid_with_luhn is not UNSET:
            field_dict["iccid_with_luhn"] = iccid_with_luhn
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if status is not UNSET:
            field_dict["status"] = status
        if source_workspace is not UNSET:
            field_dict["source_workspace"] = source_workspace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.migrate_sims_to_workspace_response_errors_items_sims_items_endpoint import (
            MigrateSimsToWorkspaceResponseErrorsItemsSimsItemsEndpoint,  # noqa: PLC0415
        )
        from ..models.migrate_sims_to_workspace_response_errors_items_sims_items_source_workspace import (
            MigrateSimsToWorkspaceResponseErrorsItemsSimsItemsSourceWorkspace,  # noqa: PLC0415
        )
        from ..models.migrate_sims_to_workspace_response_errors_items_sims_items_status import (
            MigrateSimsToWorkspaceResponseErrorsItemsSimsItemsStatus,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        iccid = d.pop("iccid", UNSET)

        iccid_with_luhn = d.pop("iccid_with_luhn", UNSET)

        _endpoint = d.pop("endpoint", UNSET)
        endpoint: MigrateSimsToWorkspaceResponseErrorsItemsSimsItemsEndpoint | Unset
        if isinstance(_endpoint, Unset):
            endpoint = UNSET
        else:
            endpoint = MigrateSimsToWorkspaceResponseErrorsItemsSimsItemsEndpoint.from_dict(
                _endpoint
            )

        _status = d.pop("status", UNSET)
        status: MigrateSimsToWorkspaceResponseErrorsItemsSimsItemsStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MigrateSimsToWorkspaceResponseErrorsItemsSimsItemsStatus.from_dict(_status)

        _source_workspace = d.pop("source_workspace", UNSET)
        source_workspace: MigrateSimsToWorkspaceResponseErrorsItemsSimsItemsSourceWorkspace | Unset
        if isinstance(_source_workspace, Unset):
            source_workspace = UNSET
        else:
            source_workspace = (
                MigrateSimsToWorkspaceResponseErrorsItemsSimsItemsSourceWorkspace.from_dict(
                    _source_workspace
                )
            )

        migrate_sims_to_workspace_response_errors_items_sims_items = cls(
            id=id,
            iccid=iccid,
            iccid_with_luhn=iccid_with_luhn,
            endpoint=endpoint,
            status=status,
            source_workspace=source_workspace,
        )

        migrate_sims_to_workspace_response_errors_items_sims_items.additional_properties = d
        return migrate_sims_to_workspace_response_errors_items_sims_items

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
