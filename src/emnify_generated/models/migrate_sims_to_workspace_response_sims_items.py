from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.migrate_sims_to_workspace_response_sims_items_endpoint import (
        MigrateSimsToWorkspaceResponseSimsItemsEndpoint,
    )
    from ..models.migrate_sims_to_workspace_response_sims_items_source_workspace import (
        MigrateSimsToWorkspaceResponseSimsItemsSourceWorkspace,
    )
    from ..models.migrate_sims_to_workspace_response_sims_items_status import (
        MigrateSimsToWorkspaceResponseSimsItemsStatus,
    )


T = TypeVar("T", bound="MigrateSimsToWorkspaceResponseSimsItems")


@_attrs_define
class MigrateSimsToWorkspaceResponseSimsItems:
    """
    Attributes:
        id (int | None | Unset):
        iccid (None | str | Unset):
        iccid_with_luhn (None | str | Unset):
        endpoint (MigrateSimsToWorkspaceResponseSimsItemsEndpoint | None | Unset):
        status (MigrateSimsToWorkspaceResponseSimsItemsStatus | None | Unset):
        source_workspace (MigrateSimsToWorkspaceResponseSimsItemsSourceWorkspace | None | Unset):
    """

    id: int | None | Unset = UNSET
    iccid: None | str | Unset = UNSET
    iccid_with_luhn: None | str | Unset = UNSET
    endpoint: MigrateSimsToWorkspaceResponseSimsItemsEndpoint | None | Unset = UNSET
    status: MigrateSimsToWorkspaceResponseSimsItemsStatus | None | Unset = UNSET
    source_workspace: MigrateSimsToWorkspaceResponseSimsItemsSourceWorkspace | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.migrate_sims_to_workspace_response_sims_items_endpoint import (
            MigrateSimsToWorkspaceResponseSimsItemsEndpoint,  # noqa: PLC0415
        )
        from ..models.migrate_sims_to_workspace_response_sims_items_source_workspace import (
            MigrateSimsToWorkspaceResponseSimsItemsSourceWorkspace,  # noqa: PLC0415
        )
        from ..models.migrate_sims_to_workspace_response_sims_items_status import (
            MigrateSimsToWorkspaceResponseSimsItemsStatus,  # noqa: PLC0415
        )

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        iccid: None | str | Unset
        if isinstance(self.iccid, Unset):
            iccid = UNSET
        else:
            iccid = self.iccid

        iccid_with_luhn: None | str | Unset
        if isinstance(self.iccid_with_luhn, Unset):
            iccid_with_luhn = UNSET
        else:
            iccid_with_luhn = self.iccid_with_luhn

        endpoint: dict[str, Any] | None | Unset
        if isinstance(self.endpoint, Unset):
            endpoint = UNSET
        elif isinstance(self.endpoint, MigrateSimsToWorkspaceResponseSimsItemsEndpoint):
            endpoint = self.endpoint.to_dict()
        else:
            endpoint = self.endpoint

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, MigrateSimsToWorkspaceResponseSimsItemsStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        source_workspace: dict[str, Any] | None | Unset
        if isinstance(self.source_workspace, Unset):
            source_workspace = UNSET
        elif isinstance(
            self.source_workspace, MigrateSimsToWorkspaceResponseSimsItemsSourceWorkspace
        ):
            source_workspace = self.source_workspace.to_dict()
        else:
            source_workspace = self.source_workspace

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
        from ..models.migrate_sims_to_workspace_response_sims_items_endpoint import (
            MigrateSimsToWorkspaceResponseSimsItemsEndpoint,  # noqa: PLC0415
        )
        from ..models.migrate_sims_to_workspace_response_sims_items_source_workspace import (
            MigrateSimsToWorkspaceResponseSimsItemsSourceWorkspace,  # noqa: PLC0415
        )
        from ..models.migrate_sims_to_workspace_response_sims_items_status import (
            MigrateSimsToWorkspaceResponseSimsItemsStatus,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        def _parse_iccid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iccid = _parse_iccid(d.pop("iccid", UNSET))

        def _parse_iccid_with_luhn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iccid_with_luhn = _parse_iccid_with_luhn(d.pop("iccid_with_luhn", UNSET))

        def _parse_endpoint(
            data: object,
        ) -> MigrateSimsToWorkspaceResponseSimsItemsEndpoint | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                endpoint_type_0 = MigrateSimsToWorkspaceResponseSimsItemsEndpoint.from_dict(data)

                return endpoint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MigrateSimsToWorkspaceResponseSimsItemsEndpoint | None | Unset, data)

        endpoint = _parse_endpoint(d.pop("endpoint", UNSET))

        def _parse_status(
            data: object,
        ) -> MigrateSimsToWorkspaceResponseSimsItemsStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = MigrateSimsToWorkspaceResponseSimsItemsStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MigrateSimsToWorkspaceResponseSimsItemsStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_source_workspace(
            data: object,
        ) -> MigrateSimsToWorkspaceResponseSimsItemsSourceWorkspace | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_workspace_type_0 = (
                    MigrateSimsToWorkspaceResponseSimsItemsSourceWorkspace.from_dict(data)
                )

                return source_workspace_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MigrateSimsToWorkspaceResponseSimsItemsSourceWorkspace | None | Unset, data)

        source_workspace = _parse_source_workspace(d.pop("source_workspace", UNSET))

        migrate_sims_to_workspace_response_sims_items = cls(
            id=id,
            iccid=iccid,
            iccid_with_luhn=iccid_with_luhn,
            endpoint=endpoint,
            status=status,
            source_workspace=source_workspace,
        )

        migrate_sims_to_workspace_response_sims_items.additional_properties = d
        return migrate_sims_to_workspace_response_sims_items

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
