from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
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
        id (int | None | Unset):
        username (None | str | Unset):
        name (None | str | Unset):
        created (None | str | Unset):
        status (GetUserResponseStatus | None | Unset):
        organisation (GetUserResponseOrganisation | None | Unset):
        roles (list[GetUserResponseRolesItems] | None | Unset):
        mfa (list[GetUserResponseMfaItems] | None | Unset):
    """

    id: int | None | Unset = UNSET
    username: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    created: None | str | Unset = UNSET
    status: GetUserResponseStatus | None | Unset = UNSET
    organisation: GetUserResponseOrganisation | None | Unset = UNSET
    roles: list[GetUserResponseRolesItems] | None | Unset = UNSET
    mfa: list[GetUserResponseMfaItems] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_user_response_organisation import GetUserResponseOrganisation  # noqa: PLC0415
        from ..models.get_user_response_status import GetUserResponseStatus  # noqa: PLC0415

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

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, GetUserResponseStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        organisation: dict[str, Any] | None | Unset
        if isinstance(self.organisation, Unset):
            organisation = UNSET
        elif isinstance(self.organisation, GetUserResponseOrganisation):
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

        mfa: list[dict[str, Any]] | None | Unset
        if isinstance(self.mfa, Unset):
            mfa = UNSET
        elif isinstance(self.mfa, list):
            mfa = []
            for mfa_type_0_item_data in self.mfa:
                mfa_type_0_item = mfa_type_0_item_data.to_dict()
                mfa.append(mfa_type_0_item)

        else:
            mfa = self.mfa

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

        def _parse_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_status(data: object) -> GetUserResponseStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = GetUserResponseStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetUserResponseStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_organisation(data: object) -> GetUserResponseOrganisation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                organisation_type_0 = GetUserResponseOrganisation.from_dict(data)

                return organisation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetUserResponseOrganisation | None | Unset, data)

        organisation = _parse_organisation(d.pop("organisation", UNSET))

        def _parse_roles(data: object) -> list[GetUserResponseRolesItems] | None | Unset:
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
                    roles_type_0_item = GetUserResponseRolesItems.from_dict(roles_type_0_item_data)

                    roles_type_0.append(roles_type_0_item)

                return roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[GetUserResponseRolesItems] | None | Unset, data)

        roles = _parse_roles(d.pop("roles", UNSET))

        def _parse_mfa(data: object) -> list[GetUserResponseMfaItems] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                mfa_type_0 = []
                _mfa_type_0 = data
                for mfa_type_0_item_data in _mfa_type_0:
                    mfa_type_0_item = GetUserResponseMfaItems.from_dict(mfa_type_0_item_data)

                    mfa_type_0.append(mfa_type_0_item)

                return mfa_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[GetUserResponseMfaItems] | None | Unset, data)

        mfa = _parse_mfa(d.pop("mfa", UNSET))

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
