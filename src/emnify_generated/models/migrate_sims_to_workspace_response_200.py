from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.migrate_sims_to_workspace_response_allowed_sim_statuses_items import (
        MigrateSimsToWorkspaceResponseAllowedSimStatusesItems,
    )
    from ..models.migrate_sims_to_workspace_response_sims_items import (
        MigrateSimsToWorkspaceResponseSimsItems,
    )
    from ..models.migrate_sims_to_workspace_response_target_workspace import (
        MigrateSimsToWorkspaceResponseTargetWorkspace,
    )


T = TypeVar("T", bound="MigrateSimsToWorkspaceResponse200")


@_attrs_define
class MigrateSimsToWorkspaceResponse200:
    """
    Attributes:
        sim_count (float):
        dry_run (bool):
        target_workspace (MigrateSimsToWorkspaceResponseTargetWorkspace):
        auto_detach_devices (bool):
        sims (list[MigrateSimsToWorkspaceResponseSimsItems]):
        allowed_sim_statuses (list[MigrateSimsToWorkspaceResponseAllowedSimStatusesItems] | Unset):
    """

    sim_count: float
    dry_run: bool
    target_workspace: MigrateSimsToWorkspaceResponseTargetWorkspace
    auto_detach_devices: bool
    sims: list[MigrateSimsToWorkspaceResponseSimsItems]
    allowed_sim_statuses: list[MigrateSimsToWorkspaceResponseAllowedSimStatusesItems] | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sim_count = self.sim_count

        dry_run = self.dry_run

        target_workspace = self.target_workspace.to_dict()

        auto_detach_devices = self.auto_detach_devices

        sims = []
        for sims_item_data in self.sims:
            sims_item = sims_item_data.to_dict()
            sims.append(sims_item)

        allowed_sim_statuses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allowed_sim_statuses, Unset):
            allowed_sim_statuses = []
            for allowed_sim_statuses_item_data in self.allowed_sim_statuses:
                allowed_sim_statuses_item = allowed_sim_statuses_item_data.to_dict()
                allowed_sim_statuses.append(allowed_sim_statuses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sim_count": sim_count,
                "dry_run": dry_run,
                "target_workspace": target_workspace,
                "auto_detach_devices": auto_detach_devices,
                "sims": sims,
            }
        )
        if allowed_sim_statuses is not UNSET:
            field_dict["allowed_sim_statuses"] = allowed_sim_statuses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.migrate_sims_to_workspace_response_allowed_sim_statuses_items import (
            MigrateSimsToWorkspaceResponseAllowedSimStatusesItems,  # noqa: PLC0415
        )
        from ..models.migrate_sims_to_workspace_response_sims_items import (
            MigrateSimsToWorkspaceResponseSimsItems,  # noqa: PLC0415
        )
        from ..models.migrate_sims_to_workspace_response_target_workspace import (
            MigrateSimsToWorkspaceResponseTargetWorkspace,  # noqa: PLC0415
        )

        d = dict(src_dict)
        sim_count = d.pop("sim_count")

        dry_run = d.pop("dry_run")

        target_workspace = MigrateSimsToWorkspaceResponseTargetWorkspace.from_dict(
            d.pop("target_workspace")
        )

        auto_detach_devices = d.pop("auto_detach_devices")

        sims = []
        _sims = d.pop("sims")
        for sims_item_data in _sims:
            sims_item = MigrateSimsToWorkspaceResponseSimsItems.from_dict(sims_item_data)

            sims.append(sims_item)

        _allowed_sim_statuses = d.pop("allowed_sim_statuses", UNSET)
        allowed_sim_statuses: (
            list[MigrateSimsToWorkspaceResponseAllowedSimStatusesItems] | Unset
        ) = UNSET
        if _allowed_sim_statuses is not UNSET:
            allowed_sim_statuses = []
            for allowed_sim_statuses_item_data in _allowed_sim_statuses:
                allowed_sim_statuses_item = (
                    MigrateSimsToWorkspaceResponseAllowedSimStatusesItems.from_dict(
                        allowed_sim_statuses_item_data
                    )
                )

                allowed_sim_statuses.append(allowed_sim_statuses_item)

        migrate_sims_to_workspace_response_200 = cls(
            sim_count=sim_count,
            dry_run=dry_run,
            target_workspace=target_workspace,
            auto_detach_devices=auto_detach_devices,
            sims=sims,
            allowed_sim_statuses=allowed_sim_statuses,
        )

        migrate_sims_to_workspace_response_200.additional_properties = d
        return migrate_sims_to_workspace_response_200

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
