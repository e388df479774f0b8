from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
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
        id (int | None | Unset):
        description (None | str | Unset):
        created (None | str | Unset):
        status (ListApplicationTokensResponseItemsStatus | None | Unset):
        expiry_date (None | str | Unset):
        ip (None | str | Unset):
        creator (ListApplicationTokensResponseItemsCreator | None | Unset):
    """

    id: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    created: None | str | Unset = UNSET
    status: ListApplicationTokensResponseItemsStatus | None | Unset = UNSET
    expiry_date: None | str | Unset = UNSET
    ip: None | str | Unset = UNSET
    creator: ListApplicationTokensResponseItemsCreator | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_application_tokens_response_items_creator import (
            ListApplicationTokensResponseItemsCreator,  # noqa: PLC0415
        )
        from ..models.list_application_tokens_response_items_status import (
            ListApplicationTokensResponseItemsStatus,  # noqa: PLC0415
        )

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ListApplicationTokensResponseItemsStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        expiry_date: None | str | Unset
        if isinstance(self.expiry_date, Unset):
            expiry_date = UNSET
        else:
            expiry_date = self.expiry_date

        ip: None | str | Unset
        if isinstance(self.ip, Unset):
            ip = UNSET
        else:
            ip = self.ip

        creator: dict[str, Any] | None | Unset
        if isinstance(self.creator, Unset):
            creator = UNSET
        elif isinstance(self.creator, ListApplicationTokensResponseItemsCreator):
            creator = self.creator.to_dict()
        else:
            creator = self.creator

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

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_status(data: object) -> ListApplicationTokensResponseItemsStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = ListApplicationTokensResponseItemsStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListApplicationTokensResponseItemsStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_expiry_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expiry_date = _parse_expiry_date(d.pop("expiry_date", UNSET))

        def _parse_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip = _parse_ip(d.pop("ip", UNSET))

        def _parse_creator(
            data: object,
        ) -> ListApplicationTokensResponseItemsCreator | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                creator_type_0 = ListApplicationTokensResponseItemsCreator.from_dict(data)

                return creator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListApplicationTokensResponseItemsCreator | None | Unset, data)

        creator = _parse_creator(d.pop("creator", UNSET))

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
