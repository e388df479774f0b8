from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_float
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
        sim_count (float | None | Unset):
        dry_run (bool | None | Unset):
        allowed_sim_statuses (list[MigrateSimsToWorkspaceResponseAllowedSimStatusesItems] | None | Unset):
        target_workspace (MigrateSimsToWorkspaceResponseTargetWorkspace | None | Unset):
        auto_detach_devices (bool | None | Unset):
        sims (list[MigrateSimsToWorkspaceResponseSimsItems] | None | Unset):
    """

    sim_count: float | None | Unset = UNSET
    dry_run: bool | None | Unset = UNSET
    allowed_sim_statuses: (
        list[MigrateSimsToWorkspaceResponseAllowedSimStatusesItems] | None | Unset
    ) = UNSET
    target_workspace: MigrateSimsToWorkspaceResponseTargetWorkspace | None | Unset = UNSET
    auto_detach_devices: bool | None | Unset = UNSET
    sims: list[MigrateSimsToWorkspaceResponseSimsItems] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.migrate_sims_to_workspace_response_target_workspace import (
            MigrateSimsToWorkspaceResponseTargetWorkspace,  # noqa: PLC0415
        )

        sim_count: float | None | Unset
        if isinstance(self.sim_count, Unset):
            sim_count = UNSET
        else:
            sim_count = self.sim_count

        dry_run: bool | None | Unset
        if isinstance(self.dry_run, Unset):
            dry_run = UNSET
        else:
            dry_run = self.dry_run

        allowed_sim_statuses: list[dict[str, Any]] | None | Unset
        if isinstance(self.allowed_sim_statuses, Unset):
            allowed_sim_statuses = UNSET
        elif isinstance(self.allowed_sim_statuses, list):
            allowed_sim_statuses = []
            for allowed_sim_statuses_type_0_item_data in self.allowed_sim_statuses:
                allowed_sim_statuses_type_0_item = allowed_sim_statuses_type_0_item_data.to_dict()
                allowed_sim_statuses.append(allowed_sim_statuses_type_0_item)

        else:
            allowed_sim_statuses = self.allowed_sim_statuses

        target_workspace: dict[str, Any] | None | Unset
        if isinstance(self.target_workspace, Unset):
            target_workspace = UNSET
        elif isinstance(self.target_workspace, MigrateSimsToWorkspaceResponseTargetWorkspace):
            target_workspace = self.target_workspace.to_dict()
        else:
            target_workspace = self.target_workspace

        auto_detach_devices: bool | None | Unset
        if isinstance(self.auto_detach_devices, Unset):
            auto_detach_devices = UNSET
        else:
            auto_detach_devices = self.auto_detach_devices

        sims: list[dict[str, Any]] | None | Unset
        if isinstance(self.sims, Unset):
            sims = UNSET
        elif isinstance(self.sims, list):
            sims = []
            for sims_type_0_item_data in self.sims:
                sims_type_0_item = sims_type_0_item_data.to_dict()
                sims.append(sims_type_0_item)

        else:
            sims = self.sims

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sim_count is not UNSET:
            field_dict["sim_count"] = sim_count
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if allowed_sim_statuses is not UNSET:
            field_dict["allowed_sim_statuses"] = allowed_sim_statuses
        if target_workspace is not UNSET:
            field_dict["target_workspace"] = target_workspace
        if auto_detach_devices is not UNSET:
            field_dict["auto_detach_devices"] = auto_detach_devices
        if sims is not UNSET:
            field_dict["sims"] = sims

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

        def _parse_sim_count(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        sim_count = _parse_sim_count(d.pop("sim_count", UNSET))

        def _parse_dry_run(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        dry_run = _parse_dry_run(d.pop("dry_run", UNSET))

        def _parse_allowed_sim_statuses(
            data: object,
        ) -> list[MigrateSimsToWorkspaceResponseAllowedSimStatusesItems] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_sim_statuses_type_0 = []
                _allowed_sim_statuses_type_0 = data
                for allowed_sim_statuses_type_0_item_data in _allowed_sim_statuses_type_0:
                    allowed_sim_statuses_type_0_item = (
                        MigrateSimsToWorkspaceResponseAllowedSimStatusesItems.from_dict(
                            allowed_sim_statuses_type_0_item_data
                        )
                    )

                    allowed_sim_statuses_type_0.append(allowed_sim_statuses_type_0_item)

                return allowed_sim_statuses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[MigrateSimsToWorkspaceResponseAllowedSimStatusesItems] | None | Unset, data
            )

        allowed_sim_statuses = _parse_allowed_sim_statuses(d.pop("allowed_sim_statuses", UNSET))

        def _parse_target_workspace(
            data: object,
        ) -> MigrateSimsToWorkspaceResponseTargetWorkspace | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                target_workspace_type_0 = MigrateSimsToWorkspaceResponseTargetWorkspace.from_dict(
                    data
                )

                return target_workspace_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MigrateSimsToWorkspaceResponseTargetWorkspace | None | Unset, data)

        target_workspace = _parse_target_workspace(d.pop("target_workspace", UNSET))

        def _parse_auto_detach_devices(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_detach_devices = _parse_auto_detach_devices(d.pop("auto_detach_devices", UNSET))

        def _parse_sims(
            data: object,
        ) -> list[MigrateSimsToWorkspaceResponseSimsItems] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sims_type_0 = []
                _sims_type_0 = data
                for sims_type_0_item_data in _sims_type_0:
                    sims_type_0_item = MigrateSimsToWorkspaceResponseSimsItems.from_dict(
                        sims_type_0_item_data
                    )

                    sims_type_0.append(sims_type_0_item)

                return sims_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MigrateSimsToWorkspaceResponseSimsItems] | None | Unset, data)

        sims = _parse_sims(d.pop("sims", UNSET))

        migrate_sims_to_workspace_response_200 = cls(
            sim_count=sim_count,
            dry_run=dry_run,
            allowed_sim_statuses=allowed_sim_statuses,
            target_workspace=target_workspace,
            auto_detach_devices=auto_detach_devices,
            sims=sims,
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
