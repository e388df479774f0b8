from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.migrate_sims_to_workspace_request_allowed_sim_statuses_items import (
        MigrateSimsToWorkspaceRequestAllowedSimStatusesItems,
    )
    from ..models.migrate_sims_to_workspace_request_iccid_range import (
        MigrateSimsToWorkspaceRequestIccidRange,
    )
    from ..models.migrate_sims_to_workspace_request_sims_items import (
        MigrateSimsToWorkspaceRequestSimsItems,
    )
    from ..models.migrate_sims_to_workspace_request_target_workspace import (
        MigrateSimsToWorkspaceRequestTargetWorkspace,
    )


T = TypeVar("T", bound="MigrateSimsToWorkspaceBody")


@_attrs_define
class MigrateSimsToWorkspaceBody:
    """
    Attributes:
        target_workspace (MigrateSimsToWorkspaceRequestTargetWorkspace):
        sims (list[MigrateSimsToWorkspaceRequestSimsItems] | Unset):
        iccids (list[str] | Unset):
        iccid_range (MigrateSimsToWorkspaceRequestIccidRange | Unset):
        allowed_sim_statuses (list[MigrateSimsToWorkspaceRequestAllowedSimStatusesItems] | Unset):
        dry_run (bool | Unset):  Default: True.
        auto_detach_devices (bool | Unset):
    """

    target_workspace: MigrateSimsToWorkspaceRequestTargetWorkspace
    sims: list[MigrateSimsToWorkspaceRequestSimsItems] | Unset = UNSET
    iccids: list[str] | Unset = UNSET
    iccid_range: MigrateSimsToWorkspaceRequestIccidRange | Unset = UNSET
    allowed_sim_statuses: list[MigrateSimsToWorkspaceRequestAllowedSimStatusesItems] | Unset = UNSET
    dry_run: bool | Unset = True
    auto_detach_devices: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_workspace = self.target_workspace.to_dict()

        sims: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sims, Unset):
            sims = []
            for sims_item_data in self.sims:
                sims_item = sims_item_data.to_dict()
                sims.append(sims_item)

        iccids: list[str] | Unset = UNSET
        if not isinstance(self.iccids, Unset):
            iccids = self.iccids

        iccid_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.iccid_range, Unset):
            iccid_range = self.iccid_range.to_dict()

        allowed_sim_statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allowed_sim_statuses, Unset):
            allowed_sim_statuses = []
            for allowed_sim_statuses_item_data in self.allowed_sim_statuses:
                allowed_sim_statuses_item = allowed_sim_statuses_item_data.to_dict()
                allowed_sim_statuses.append(allowed_sim_statuses_item)

        dry_run = self.dry_run

        auto_detach_devices = self.auto_detach_devices

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target_workspace": target_workspace,
            }
        )
        if sims is not UNSET:
            field_dict["sims"] = sims
        if iccids is not UNSET:
            field_dict["iccids"] = iccids
        if iccid_range is not UNSET:
            field_dict["iccid_range"] = iccid_range
        if allowed_sim_statuses is not UNSET:
            field_dict["allowed_sim_statuses"] = allowed_sim_statuses
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if auto_detach_devices is not UNSET:
            field_dict["auto_detach_devices"] = auto_detach_devices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.migrate_sims_to_workspace_request_allowed_sim_statuses_items import (
            MigrateSimsToWorkspaceRequestAllowedSimStatusesItems,  # noqa: PLC0415
        )
        from ..models.migrate_sims_to_workspace_request_iccid_range import (
            MigrateSimsToWorkspaceRequestIccidRange,  # noqa: PLC0415
        )
        from ..models.migrate_sims_to_workspace_request_sims_items import (
            MigrateSimsToWorkspaceRequestSimsItems,  # noqa: PLC0415
        )
        from ..models.migrate_sims_to_workspace_request_target_workspace import (
            MigrateSimsToWorkspaceRequestTargetWorkspace,  # noqa: PLC0415
        )

        d = dict(src_dict)
        target_workspace = MigrateSimsToWorkspaceRequestTargetWorkspace.from_dict(
            d.pop("target_workspace")
        )

        _sims = d.pop("sims", UNSET)
        sims: list[MigrateSimsToWorkspaceRequestSimsItems] | Unset = UNSET
        if _sims is not UNSET:
            sims = []
            for sims_item_data in _sims:
                sims_item = MigrateSimsToWorkspaceRequestSimsItems.from_dict(sims_item_data)

                sims.append(sims_item)

        iccids = cast(list[str], d.pop("iccids", UNSET))

        _iccid_range = d.pop("iccid_range", UNSET)
        iccid_range: MigrateSimsToWorkspaceRequestIccidRange | Unset
        if isinstance(_iccid_range, Unset):
            iccid_range = UNSET
        else:
            iccid_range = MigrateSimsToWorkspaceRequestIccidRange.from_dict(_iccid_range)

        _allowed_sim_statuses = d.pop("allowed_sim_statuses", UNSET)
        allowed_sim_statuses: list[MigrateSimsToWorkspaceRequestAllowedSimStatusesItems] | Unset = (
            UNSET
        )
        if _allowed_sim_statuses is not UNSET:
            allowed_sim_statuses = []
            for allowed_sim_statuses_item_data in _allowed_sim_statuses:
                allowed_sim_statuses_item = (
                    MigrateSimsToWorkspaceRequestAllowedSimStatusesItems.from_dict(
                        allowed_sim_statuses_item_data
                    )
                )

                allowed_sim_statuses.append(allowed_sim_statuses_item)

        dry_run = d.pop("dry_run", UNSET)

        auto_detach_devices = d.pop("auto_detach_devices", UNSET)

        migrate_sims_to_workspace_body = cls(
            target_workspace=target_workspace,
            sims=sims,
            iccids=iccids,
            iccid_range=iccid_range,
            allowed_sim_statuses=allowed_sim_statuses,
            dry_run=dry_run,
            auto_detach_devices=auto_detach_devices,
        )

        migrate_sims_to_workspace_body.additional_properties = d
        return migrate_sims_to_workspace_body

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
