from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_users_response_items_organisation import ListUsersResponseItemsOrganisation
    from ..models.list_users_response_items_status import ListUsersResponseItemsStatus


T = TypeVar("T", bound="ListUsersResponseItems")


@_attrs_define
class ListUsersResponseItems:
    """
    Attributes:
        id (int | None | Unset):
        username (None | str | Unset):
        name (None | str | Unset):
        created (None | str | Unset):
        status (ListUsersResponseItemsStatus | None | Unset):
        organisation (ListUsersResponseItemsOrganisation | None | Unset):
    """

    id: int | None | Unset = UNSET
    username: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    created: None | str | Unset = UNSET
    status: ListUsersResponseItemsStatus | None | Unset = UNSET
    organisation: ListUsersResponseItemsOrganisation | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_users_response_items_organisation import (
            ListUsersResponseItemsOrganisation,  # noqa: PLC0415
        )
        from ..models.list_users_response_items_status import ListUsersResponseItemsStatus  # noqa: PLC0415

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
        elif isinstance(self.status, ListUsersResponseItemsStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        organisation: dict[str, Any] | None | Unset
        if isinstance(self.organisation, Unset):
            organisation = UNSET
        elif isinstance(self.organisation, ListUsersResponseItemsOrganisation):
            organisation = self.organisation.to_dict()
        else:
            organisation = self.organisation

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_users_response_items_organisation import (
            ListUsersResponseItemsOrganisation,  # noqa: PLC0415
        )
        from ..models.list_users_response_items_status import ListUsersResponseItemsStatus  # noqa: PLC0415

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

        def _parse_status(data: object) -> ListUsersResponseItemsStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = ListUsersResponseItemsStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListUsersResponseItemsStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_organisation(data: object) -> ListUsersResponseItemsOrganisation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                organisation_type_0 = ListUsersResponseItemsOrganisation.from_dict(data)

                return organisation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListUsersResponseItemsOrganisation | None | Unset, data)

        organisation = _parse_organisation(d.pop("organisation", UNSET))

        list_users_response_items = cls(
            id=id,
            username=username,
            name=name,
            created=created,
            status=status,
            organisation=organisation,
        )

        list_users_response_items.additional_properties = d
        return list_users_response_items

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
