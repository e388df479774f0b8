from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_events_response_items_event_severity import (
        ListEventsResponseItemsEventSeverity,
    )
    from ..models.list_events_response_items_event_source import ListEventsResponseItemsEventSource
    from ..models.list_events_response_items_event_type import ListEventsResponseItemsEventType
    from ..models.list_events_response_items_organisation import ListEventsResponseItemsOrganisation
    from ..models.list_events_response_items_user import ListEventsResponseItemsUser


T = TypeVar("T", bound="ListEventsResponseItems")


@_attrs_define
class ListEventsResponseItems:
    """
    Attributes:
        id (int | Unset):
        alert (bool | Unset):
        description (str | Unset):
        timestamp (str | Unset):
        event_type (ListEventsResponseItemsEventType | Unset):
        event_source (ListEventsResponseItemsEventSource | Unset):
        event_severity (ListEventsResponseItemsEventSeverity | Unset):
        organisation (ListEventsResponseItemsOrganisation | Unset):
        user (ListEventsResponseItemsUser | Unset):
    """

    id: int | Unset = UNSET
    alert: bool | Unset = UNSET
    description: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    event_type: ListEventsResponseItemsEventType | Unset = UNSET
    event_source: ListEventsResponseItemsEventSource | Unset = UNSET
    event_severity: ListEventsResponseItemsEventSeverity | Unset = UNSET
    organisation: ListEventsResponseItemsOrganisation | Unset = UNSET
    user: ListEventsResponseItemsUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        alert = self.alert

        description = self.description

        timestamp = self.timestamp

        event_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_type, Unset):
            event_type = self.event_type.to_dict()

        event_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_source, Unset):
            event_source = self.event_source.to_dict()

        event_severity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_severity, Unset):
            event_severity = self.event_severity.to_dict()

        organisation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organisation, Unset):
            organisation = self.organisation.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if alert is not UNSET:
            field_dict["alert"] = alert
        if description is not UNSET:
            field_dict["description"] = description
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if event_source is not UNSET:
            field_dict["event_source"] = event_source
        if event_severity is not UNSET:
            field_dict["event_severity"] = event_severity
        if organisation is not UNSET:
            field_dict["organisation"] = organisation
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_events_response_items_event_severity import (
            ListEventsResponseItemsEventSeverity,  # noqa: PLC0415
        )
        from ..models.list_events_response_items_event_source import (
            ListEventsResponseItemsEventSource,  # noqa: PLC0415
        )
        from ..models.list_events_response_items_event_type import ListEventsResponseItemsEventType  # noqa: PLC0415
        from ..models.list_events_response_items_organisation import (
            ListEventsResponseItemsOrganisation,  # noqa: PLC0415
        )
        from ..models.list_events_response_items_user import ListEventsResponseItemsUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        alert = d.pop("alert", UNSET)

        description = d.pop("description", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        _event_type = d.pop("event_type", UNSET)
        event_type: ListEventsResponseItemsEventType | Unset
        if isinstance(_event_type, Unset):
            event_type = UNSET
        else:
            event_type = ListEventsResponseItemsEventType.from_dict(_event_type)

        _event_source = d.pop("event_source", UNSET)
        event_source: ListEventsResponseItemsEventSource | Unset
        if isinstance(_event_source, Unset):
            event_source = UNSET
        else:
            event_source = ListEventsResponseItemsEventSource.from_dict(_event_source)

        _event_severity = d.pop("event_severity", UNSET)
        event_severity: ListEventsResponseItemsEventSeverity | Unset
        if isinstance(_event_severity, Unset):
            event_severity = UNSET
        else:
            event_severity = ListEventsResponseItemsEventSeverity.from_dict(_event_severity)

        _organisation = d.pop("organisation", UNSET)
        organisation: ListEventsResponseItemsOrganisation | Unset
        if isinstance(_organisation, Unset):
            organisation = UNSET
        else:
            organisation = ListEventsResponseItemsOrganisation.from_dict(_organisation)

        _user = d.pop("user", UNSET)
        user: ListEventsResponseItemsUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = ListEventsResponseItemsUser.from_dict(_user)

        list_events_response_items = cls(
            id=id,
            alert=alert,
            description=description,
            timestamp=timestamp,
            event_type=event_type,
            event_source=event_source,
            event_severity=event_severity,
            organisation=organisation,
            user=user,
        )

        list_events_response_items.additional_properties = d
        return list_events_response_items

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
