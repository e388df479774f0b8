from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_assigned_workspaces_response_items_roles_items import (
        ListAssignedWorkspacesResponseItemsRolesItems,
    )
    from ..models.list_assigned_workspaces_response_items_status import (
        ListAssignedWorkspacesResponseItemsStatus,
    )


T = TypeVar("T", bound="ListAssignedWorkspacesResponseItems")


@_attrs_define
class ListAssignedWorkspacesResponseItems:
    """
    Attributes:
        id (int):
        name (str):
        status (ListAssignedWorkspacesResponseItemsStatus):
        roles (list[ListAssignedWorkspacesResponseItemsRolesItems]):
        owner (bool | Unset):
        default_workspace (bool | Unset):
    """

    id: int
    name: str
    status: ListAssignedWorkspacesResponseItemsStatus
    roles: list[ListAssignedWorkspacesResponseItemsRolesItems]
    owner: bool | Unset = UNSET
    default_workspace: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status = self.status.to_dict()

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.to_dict()
            roles.append(roles_item)

        owner = self.owner

        default_workspace = self.default_workspace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
                "roles": roles,
            }
        )
        if owner is not UNSET:
            field_dict["owner"] = owner
        if default_workspace is not UNSET:
            field_dict["default_workspace"] = default_workspace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_assigned_workspaces_response_items_roles_items import (
            ListAssignedWorkspacesResponseItemsRolesItems,  # noqa: PLC0415
        )
        from ..models.list_assigned_workspaces_response_items_status import (
            ListAssignedWorkspacesResponseItemsStatus,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        status = ListAssignedWorkspacesResponseItemsStatus.from_dict(d.pop("status"))

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = ListAssignedWorkspacesResponseItemsRolesItems.from_dict(roles_item_data)

            roles.append(roles_item)

        owner = d.pop("owner", UNSET)

        default_workspace = d.pop("default_workspace", UNSET)

        list_assigned_workspaces_response_items = cls(
            id=id,
            name=name,
            status=status,
            roles=roles,
            owner=owner,
            default_workspace=default_workspace,
        )

        list_assigned_workspaces_response_items.additional_properties = d
        return list_assigned_workspaces_response_items

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
