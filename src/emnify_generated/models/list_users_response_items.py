from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_users_response_items_organisation import ListUsersResponseItemsOrganisation
    from ..models.list_users_response_items_status import ListUsersResponseItemsStatus


T = TypeVar("T", bound="ListUsersResponseItems")


@_attrs_define
class ListUsersResponseItems:
    """
    Attributes:
        id (int | Unset):
        username (str | Unset):
        name (str | Unset):
        created (str | Unset):
        status (ListUsersResponseItemsStatus | Unset):
        organisation (ListUsersResponseItemsOrganisation | Unset):
    """

    id: int | Unset = UNSET
    username: str | Unset = UNSET
    name: str | Unset = UNSET
    created: str | Unset = UNSET
    status: ListUsersResponseItemsStatus | Unset = UNSET
    organisation: ListUsersResponseItemsOrganisation | Unset = UNSET
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
        id = d.pop("id", UNSET)

        username = d.pop("username", UNSET)

        name = d.pop("name", UNSET)

        created = d.pop("created", UNSET)

        _status = d.pop("status", UNSET)
        status: ListUsersResponseItemsStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ListUsersResponseItemsStatus.from_dict(_status)

        _organisation = d.pop("organisation", UNSET)
        organisation: ListUsersResponseItemsOrganisation | Unset
        if isinstance(_organisation, Unset):
            organisation = UNSET
        else:
            organisation = ListUsersResponseItemsOrganisation.from_dict(_organisation)

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
