from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_user_response_mfa_items import GetUserResponseMfaItems
    from ..models.get_user_response_organisation import GetUserResponseOrganisation
    from ..models.get_user_response_roles_items import GetUserResponseRolesItems
    from ..models.get_user_response_status import GetUserResponseStatus


T = TypeVar("T", bound="GetUserResponse200")


@_attrs_define
class GetUserResponse200:
    """
    Attributes:
        id (int | Unset):
        username (str | Unset):
        name (str | Unset):
        created (str | Unset):
        status (GetUserResponseStatus | Unset):
        organisation (GetUserResponseOrganisation | Unset):
        roles (list[GetUserResponseRolesItems] | Unset):
        mfa (list[GetUserResponseMfaItems] | Unset):
    """

    id: int | Unset = UNSET
    username: str | Unset = UNSET
    name: str | Unset = UNSET
    created: str | Unset = UNSET
    status: GetUserResponseStatus | Unset = UNSET
    organisation: GetUserResponseOrganisation | Unset = UNSET
    roles: list[GetUserResponseRolesItems] | Unset = UNSET
    mfa: list[GetUserResponseMfaItems] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        name = self.name

        created = self.created

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        organisation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organisation, Unset):
            organisation = self.organisation.to_dict()

        roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.to_dict()
                roles.append(roles_item)

        mfa: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mfa, Unset):
            mfa = []
            for mfa_item_data in self.mfa:
                mfa_item = mfa_item_data.to_dict()
                mfa.append(mfa_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if username is not UNSET:
            field_dict["username"] = username
        if name is not UNSET:
            field_dict["name"] = name
        if created is not UNSET:
            field_dict["created"] = created
        if status is not UNSET:
            field_dict["status"] = status
        if organisation is not UNSET:
            field_dict["organisation"] = organisation
        if roles is not UNSET:
            field_dict["roles"] = roles
        if mfa is not UNSET:
            field_dict["mfa"] = mfa

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_user_response_mfa_items import GetUserResponseMfaItems  # noqa: PLC0415
        from ..models.get_user_response_organisation import GetUserResponseOrganisation  # noqa: PLC0415
        from ..models.get_user_response_roles_items import GetUserResponseRolesItems  # noqa: PLC0415
        from ..models.get_user_response_status import GetUserResponseStatus  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        username = d.pop("username", UNSET)

        name = d.pop("name", UNSET)

        created = d.pop("created", UNSET)

        _status = d.pop("status", UNSET)
        status: GetUserResponseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = GetUserResponseStatus.from_dict(_status)

        _organisation = d.pop("organisation", UNSET)
        organisation: GetUserResponseOrganisation | Unset
        if isinstance(_organisation, Unset):
            organisation = UNSET
        else:
            organisation = GetUserResponseOrganisation.from_dict(_organisation)

        _roles = d.pop("roles", UNSET)
        roles: list[GetUserResponseRolesItems] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = GetUserResponseRolesItems.from_dict(roles_item_data)

                roles.append(roles_item)

        _mfa = d.pop("mfa", UNSET)
        mfa: list[GetUserResponseMfaItems] | Unset = UNSET
        if _mfa is not UNSET:
            mfa = []
            for mfa_item_data in _mfa:
                mfa_item = GetUserResponseMfaItems.from_dict(mfa_item_data)

                mfa.append(mfa_item)

        get_user_response_200 = cls(
            id=id,
            username=username,
            name=name,
            created=created,
            status=status,
            organisation=organisation,
            roles=roles,
            mfa=mfa,
        )

        get_user_response_200.additional_properties = d
        return get_user_response_200

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
