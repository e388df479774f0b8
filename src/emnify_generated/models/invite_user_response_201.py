from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invite_user_response_organisation import InviteUserResponseOrganisation
    from ..models.invite_user_response_roles_items import InviteUserResponseRolesItems


T = TypeVar("T", bound="InviteUserResponse201")


@_attrs_define
class InviteUserResponse201:
    """
    Attributes:
        id (int | Unset):
        username (str | Unset):
        name (str | Unset):
        organisation (InviteUserResponseOrganisation | Unset):
        roles (list[InviteUserResponseRolesItems] | Unset):
        location (str | Unset):
    """

    id: int | Unset = UNSET
    username: str | Unset = UNSET
    name: str | Unset = UNSET
    organisation: InviteUserResponseOrganisation | Unset = UNSET
    roles: list[InviteUserResponseRolesItems] | Unset = UNSET
    location: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        name = self.name

        organisation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organisation, Unset):
            organisation = self.organisation.to_dict()

        roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.to_dict()
                roles.append(roles_item)

        location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if username is not UNSET:
            field_dict["username"] = username
        if name is not UNSET:
            field_dict["name"] = name
        if organisation is not UNSET:
            field_dict["organisation"] = organisation
        if roles is not UNSET:
            field_dict["roles"] = roles
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invite_user_response_organisation import InviteUserResponseOrganisation  # noqa: PLC0415
        from ..models.invite_user_response_roles_items import InviteUserResponseRolesItems  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        username = d.pop("username", UNSET)

        name = d.pop("name", UNSET)

        _organisation = d.pop("organisation", UNSET)
        organisation: InviteUserResponseOrganisation | Unset
        if isinstance(_organisation, Unset):
            organisation = UNSET
        else:
            organisation = InviteUserResponseOrganisation.from_dict(_organisation)

        _roles = d.pop("roles", UNSET)
        roles: list[InviteUserResponseRolesItems] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = InviteUserResponseRolesItems.from_dict(roles_item_data)

                roles.append(roles_item)

        location = d.pop("location", UNSET)

        invite_user_response_201 = cls(
            id=id,
            username=username,
            name=name,
            organisation=organisation,
            roles=roles,
            location=location,
        )

        invite_user_response_201.additional_properties = d
        return invite_user_response_201

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
