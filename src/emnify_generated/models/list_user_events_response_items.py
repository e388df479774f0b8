from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.list_user_events_response_items_event_severity import (
        ListUserEventsResponseItemsEventSeverity,
    )
    from ..models.list_user_events_response_items_event_source import (
        ListUserEventsResponseItemsEventSource,
    )
    from ..models.list_user_events_response_items_event_type import (
        ListUserEventsResponseItemsEventType,
    )
    from ..models.list_user_events_response_items_organisation import (
        ListUserEventsResponseItemsOrganisation,
    )
    from ..models.list_user_events_response_items_user import ListUserEventsResponseItemsUser


T = TypeVar("T", bound="ListUserEventsResponseItems")


@_attrs_define
class ListUserEventsResponseItems:
    """
    Attributes:
        id (int):
        alert (bool):
        description (str):
        timestamp (str):
        event_type (ListUserEventsResponseItemsEventType):
        event_source (ListUserEventsResponseItemsEventSource):
        event_severity (ListUserEventsResponseItemsEventSeverity):
        organisation (ListUserEventsResponseItemsOrganisation):
        user (ListUserEventsResponseItemsUser):
    """

    id: int
    alert: bool
    description: str
    timestamp: str
    event_type: ListUserEventsResponseItemsEventType
    event_source: ListUserEventsResponseItemsEventSource
    event_severity: ListUserEventsResponseItemsEventSeverity
    organisation: ListUserEventsResponseItemsOrganisation
    user: ListUserEventsResponseItemsUser
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        alert = self.alert

        description = self.description

        timestamp = self.timestamp

        event_type = self.event_type.to_dict()

        event_source = self.event_source.to_dict()

        event_severity = self.event_severity.to_dict()

        organisation = self.organisation.to_dict()

        user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "alert": alert,
                "description": description,
                "timestamp": timestamp,
                "event_type": event_type,
                "event_source": event_source,
                "event_severity": event_severity,
                "organisation": organisation,
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_user_events_response_items_event_severity import (
            ListUserEventsResponseItemsEventSeverity,  # noqa: PLC0415
        )
        from ..models.list_user_events_response_items_event_source import (
            ListUserEventsResponseItemsEventSource,  # noqa: PLC0415
        )
        from ..models.list_user_events_response_items_event_type import (
            ListUserEventsResponseItemsEventType,  # noqa: PLC0415
        )
        from ..models.list_user_events_response_items_organisation import (
            ListUserEventsResponseItemsOrganisation,  # noqa: PLC0415
        )
        from ..models.list_user_events_response_items_user import ListUserEventsResponseItemsUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        alert = d.pop("alert")

        description = d.pop("description")

        timestamp = d.pop("timestamp")

        event_type = ListUserEventsResponseItemsEventType.from_dict(d.pop("event_type"))

        event_source = ListUserEventsResponseItemsEventSource.from_dict(d.pop("event_source"))

        event_severity = ListUserEventsResponseItemsEventSeverity.from_dict(d.pop("event_severity"))

        organisation = ListUserEventsResponseItemsOrganisation.from_dict(d.pop("organisation"))

        user = ListUserEventsResponseItemsUser.from_dict(d.pop("user"))

        list_user_events_response_items = cls(
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

        list_user_events_response_items.additional_properties = d
        return list_user_events_response_items

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
