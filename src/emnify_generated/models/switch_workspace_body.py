from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.switch_workspace_request_target_organisation import (
        SwitchWorkspaceRequestTargetOrganisation,
    )


T = TypeVar("T", bound="SwitchWorkspaceBody")


@_attrs_define
class SwitchWorkspaceBody:
    """
    Attributes:
        target_organisation (SwitchWorkspaceRequestTargetOrganisation):
    """

    target_organisation: SwitchWorkspaceRequestTargetOrganisation
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_organisation = self.target_organisation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target_organisation": target_organisation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.switch_workspace_request_target_organisation import (
            SwitchWorkspaceRequestTargetOrganisation,  # noqa: PLC0415
        )

        d = dict(src_dict)
        target_organisation = SwitchWorkspaceRequestTargetOrganisation.from_dict(
            d.pop("target_organisation")
        )

        switch_workspace_body = cls(
            target_organisation=target_organisation,
        )

        switch_workspace_body.additional_properties = d
        return switch_workspace_body

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
