from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_application_tokens_response_items_creator import (
        ListApplicationTokensResponseItemsCreator,
    )
    from ..models.list_application_tokens_response_items_status import (
        ListApplicationTokensResponseItemsStatus,
    )


T = TypeVar("T", bound="ListApplicationTokensResponseItems")


@_attrs_define
class ListApplicationTokensResponseItems:
    """
    Attributes:
        id (int | Unset):
        description (str | Unset):
        created (str | Unset):
        status (ListApplicationTokensResponseItemsStatus | Unset):
        expiry_date (str | Unset):
        ip (str | Unset):
        creator (ListApplicationTokensResponseItemsCreator | Unset):
    """

    id: int | Unset = UNSET
    description: str | Unset = UNSET
    created: str | Unset = UNSET
    status: ListApplicationTokensResponseItemsStatus | Unset = UNSET
    expiry_date: str | Unset = UNSET
    ip: str | Unset = UNSET
    creator: ListApplicationTokensResponseItemsCreator | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        created = self.created

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        expiry_date = self.expiry_date

        ip = self.ip

        creator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creator, Unset):
            creator = self.creator.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if created is not UNSET:
            field_dict["created"] = created
        if status is not UNSET:
            field_dict["status"] = status
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if ip is not UNSET:
            field_dict["ip"] = ip
        if creator is not UNSET:
            field_dict["creator"] = creator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_application_tokens_response_items_creator import (
            ListApplicationTokensResponseItemsCreator,  # noqa: PLC0415
        )
        from ..models.list_application_tokens_response_items_status import (
            ListApplicationTokensResponseItemsStatus,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        created = d.pop("created", UNSET)

        _status = d.pop("status", UNSET)
        status: ListApplicationTokensResponseItemsStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ListApplicationTokensResponseItemsStatus.from_dict(_status)

        expiry_date = d.pop("expiry_date", UNSET)

        ip = d.pop("ip", UNSET)

        _creator = d.pop("creator", UNSET)
        creator: ListApplicationTokensResponseItemsCreator | Unset
        if isinstance(_creator, Unset):
            creator = UNSET
        else:
            creator = ListApplicationTokensResponseItemsCreator.from_dict(_creator)

        list_application_tokens_response_items = cls(
            id=id,
            description=description,
            created=created,
            status=status,
            expiry_date=expiry_date,
            ip=ip,
            creator=creator,
        )

        list_application_tokens_response_items.additional_properties = d
        return list_application_tokens_response_items

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
