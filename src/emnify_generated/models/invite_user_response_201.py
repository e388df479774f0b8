from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invite_user_response_organisation import InviteUserResponseOrganisation
    from ..models.invite_user_response_roles_items import InviteUserResponseRolesItems


T = TypeVar("T", bound="InviteUserResponse201")


@_attrs_define
class InviteUserResponse201:
    """
    Attributes:
        id (int | None | Unset):
        username (None | str | Unset):
        name (None | str | Unset):
        organisation (InviteUserResponseOrganisation | None | Unset):
        roles (list[InviteUserResponseRolesItems] | None | Unset):
        location (None | str | Unset):
    """

    id: int | None | Unset = UNSET
    username: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    organisation: InviteUserResponseOrganisation | None | Unset = UNSET
    roles: list[InviteUserResponseRolesItems] | None | Unset = UNSET
    location: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.invite_user_response_organisation import InviteUserResponseOrganisation  # noqa: PLC0415

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        organisation: dict[str, Any] | None | Unset
        if isinstance(self.organisation, Unset):
            organisation = UNSET
        elif isinstance(self.organisation, InviteUserResponseOrganisation):
            organisation = self.organisation.to_dict()
        else:
            organisation = self.organisation

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

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
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

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_organisation(data: object) -> InviteUserResponseOrganisation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                organisation_type_0 = InviteUserResponseOrganisation.from_dict(data)

                return organisation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InviteUserResponseOrganisation | None | Unset, data)

        organisation = _parse_organisation(d.pop("organisation", UNSET))

        def _parse_roles(data: object) -> list[InviteUserResponseRolesItems] | None | Unset:
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
                    roles_type_0_item = InviteUserResponseRolesItems.from_dict(
                        roles_type_0_item_data
                    )

                    roles_type_0.append(roles_type_0_item)

                return roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InviteUserResponseRolesItems] | None | Unset, data)

        roles = _parse_roles(d.pop("roles", UNSET))

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

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
