from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
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
        id (int | None | Unset):
        name (None | str | Unset):
        status (ListAssignedWorkspacesResponseItemsStatus | None | Unset):
        roles (list[ListAssignedWorkspacesResponseItemsRolesItems] | None | Unset):
        owner (bool | None | Unset):
        default_workspace (bool | None | Unset):
    """

    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    status: ListAssignedWorkspacesResponseItemsStatus | None | Unset = UNSET
    roles: list[ListAssignedWorkspacesResponseItemsRolesItems] | None | Unset = UNSET
    owner: bool | None | Unset = UNSET
    default_workspace: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_assigned_workspaces_response_items_status import (
            ListAssignedWorkspacesResponseItemsStatus,  # noqa: PLC0415
        )

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ListAssignedWorkspacesResponseItemsStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        roles: list[dict[str, Any]] | None | Unset
        if isinstance(self.roles, Unset):
            roles = UNSET
        elif isinstance(self.roles, list):
            roles = []
            for roles_type_0_item_data in self.roles:
                roles_type_0_item = roles_type_0_item_data.to_dict()
                roles.append(roles_type_0_item)

        else:
            roles = self.roles

        owner: bool | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        default_workspace: bool | None | Unset
        if isinstance(self.default_workspace, Unset):
            default_workspace = UNSET
        else:
            default_workspace = self.default_workspace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if roles is not UNSET:
            field_dict["roles"] = roles
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

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_status(data: object) -> ListAssignedWorkspacesResponseItemsStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = ListAssignedWorkspacesResponseItemsStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListAssignedWorkspacesResponseItemsStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_roles(
            data: object,
        ) -> list[ListAssignedWorkspacesResponseItemsRolesItems] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                roles_type_0 = []
                _roles_type_0 = data
                for roles_type_0_item_data in _roles_type_0:
                    roles_type_0_item = ListAssignedWorkspacesResponseItemsRolesItems.from_dict(
                        roles_type_0_item_data
                    )

                    roles_type_0.append(roles_type_0_item)

                return roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ListAssignedWorkspacesResponseItemsRolesItems] | None | Unset, data)

        roles = _parse_roles(d.pop("roles", UNSET))

        def _parse_owner(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        def _parse_default_workspace(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        default_workspace = _parse_default_workspace(d.pop("default_workspace", UNSET))

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
