from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.create_user_request_organisation import CreateUserRequestOrganisation
    from ..models.create_user_request_roles_items import CreateUserRequestRolesItems


T = TypeVar("T", bound="CreateUserBody")


@_attrs_define
class CreateUserBody:
    """
    Attributes:
        username (str):
        name (str):
        organisation (CreateUserRequestOrganisation):
        roles (list[CreateUserRequestRolesItems]):
    """

    username: str
    name: str
    organisation: CreateUserRequestOrganisation
    roles: list[CreateUserRequestRolesItems]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        name = self.name

        organisation = self.organisation.to_dict()

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.to_dict()
            roles.append(roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "name": name,
                "organisation": organisation,
                "roles": roles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_user_request_organisation import CreateUserRequestOrganisation  # noqa: PLC0415
        from ..models.create_user_request_roles_items import CreateUserRequestRolesItems  # noqa: PLC0415

        d = dict(src_dict)
        username = d.pop("username")

        name = d.pop("name")

        organisation = CreateUserRequestOrganisation.from_dict(d.pop("organisation"))

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = CreateUserRequestRolesItems.from_dict(roles_item_data)

            roles.append(roles_item)

        create_user_body = cls(
            username=username,
            name=name,
            organisation=organisation,
            roles=roles,
        )

        create_user_body.additional_properties = d
        return create_user_body

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
