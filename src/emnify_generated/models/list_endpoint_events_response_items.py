from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_endpoint_events_response_items_endpoint import (
        ListEndpointEventsResponseItemsEndpoint,
    )
    from ..models.list_endpoint_events_response_items_event_severity import (
        ListEndpointEventsResponseItemsEventSeverity,
    )
    from ..models.list_endpoint_events_response_items_event_source import (
        ListEndpointEventsResponseItemsEventSource,
    )
    from ..models.list_endpoint_events_response_items_event_type import (
        ListEndpointEventsResponseItemsEventType,
    )
    from ..models.list_endpoint_events_response_items_imsi import (
        ListEndpointEventsResponseItemsImsi,
    )
    from ..models.list_endpoint_events_response_items_organisation import (
        ListEndpointEventsResponseItemsOrganisation,
    )
    from ..models.list_endpoint_events_response_items_sim import ListEndpointEventsResponseItemsSim


T = TypeVar("T", bound="ListEndpointEventsResponseItems")


@_attrs_define
class ListEndpointEventsResponseItems:
    """
    Attributes:
        timestamp (str | Unset):
        alert (bool | Unset):
        description (str | Unset):
        id (int | Unset):
        event_type (ListEndpointEventsResponseItemsEventType | Unset):
        event_source (ListEndpointEventsResponseItemsEventSource | Unset):
        event_severity (ListEndpointEventsResponseItemsEventSeverity | Unset):
        organisation (ListEndpointEventsResponseItemsOrganisation | Unset):
        endpoint (ListEndpointEventsResponseItemsEndpoint | Unset):
        sim (ListEndpointEventsResponseItemsSim | Unset):
        imsi (ListEndpointEventsResponseItemsImsi | Unset):
    """

    timestamp: str | Unset = UNSET
    alert: bool | Unset = UNSET
    description: str | Unset = UNSET
    id: int | Unset = UNSET
    event_type: ListEndpointEventsResponseItemsEventType | Unset = UNSET
    event_source: ListEndpointEventsResponseItemsEventSource | Unset = UNSET
    event_severity: ListEndpointEventsResponseItemsEventSeverity | Unset = UNSET
    organisation: ListEndpointEventsResponseItemsOrganisation | Unset = UNSET
    endpoint: ListEndpointEventsResponseItemsEndpoint | Unset = UNSET
    sim: ListEndpointEventsResponseItemsSim | Unset = UNSET
    imsi: ListEndpointEventsResponseItemsImsi | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        alert = self.alert

        description = self.description

        id = self.id

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

        endpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.endpoint, Unset):
            endpoint = self.endpoint.to_dict()

        sim: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sim, Unset):
            sim = self.sim.to_dict()

        imsi: dict[str, Any] | Unset = UNSET
        if not isinstance(self.imsi, Unset):
            imsi = self.imsi.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if alert is not UNSET:
            field_dict["alert"] = alert
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if event_source is not UNSET:
            field_dict["event_source"] = event_source
        if event_severity is not UNSET:
            field_dict["event_severity"] = event_severity
        if organisation is not UNSET:
            field_dict["organisation"] = organisation
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if sim is not UNSET:
            field_dict["sim"] = sim
        if imsi is not UNSET:
            field_dict["imsi"] = imsi

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_endpoint_events_response_items_endpoint import (
            ListEndpointEventsResponseItemsEndpoint,  # noqa: PLC0415
        )
        from ..models.list_endpoint_events_response_items_event_severity import (
            ListEndpointEventsResponseItemsEventSeverity,  # noqa: PLC0415
        )
        from ..models.list_endpoint_events_response_items_event_source import (
            ListEndpointEventsResponseItemsEventSource,  # noqa: PLC0415
        )
        from ..models.list_endpoint_events_response_items_event_type import (
            ListEndpointEventsResponseItemsEventType,  # noqa: PLC0415
        )
        from ..models.list_endpoint_events_response_items_imsi import (
            ListEndpointEventsResponseItemsImsi,  # noqa: PLC0415
        )
        from ..models.list_endpoint_events_response_items_organisation import (
            ListEndpointEventsResponseItemsOrganisation,  # noqa: PLC0415
        )
        from ..models.list_endpoint_events_response_items_sim import (
            ListEndpointEventsResponseItemsSim,  # noqa: PLC0415
        )

        d = dict(src_dict)
        timestamp = d.pop("timestamp", UNSET)

        alert = d.pop("alert", UNSET)

        description = d.pop("description", UNSET)

        id = d.pop("id", UNSET)

        _event_type = d.pop("event_type", UNSET)
        event_type: ListEndpointEventsResponseItemsEventType | Unset
        if isinstance(_event_type, Unset):
            event_type = UNSET
        else:
            event_type = ListEndpointEventsResponseItemsEventType.from_dict(_event_type)

        _event_source = d.pop("event_source", UNSET)
        event_source: ListEndpointEventsResponseItemsEventSource | Unset
        if isinstance(_event_source, Unset):
            event_source = UNSET
        else:
            event_source = ListEndpointEventsResponseItemsEventSource.from_dict(_event_source)

        _event_severity = d.pop("event_severity", UNSET)
        event_severity: ListEndpointEventsResponseItemsEventSeverity | Unset
        if isinstance(_event_severity, Unset):
            event_severity = UNSET
        else:
            event_severity = ListEndpointEventsResponseItemsEventSeverity.from_dict(_event_severity)

        _organisation = d.pop("organisation", UNSET)
        organisation: ListEndpointEventsResponseItemsOrganisation | Unset
        if isinstance(_organisation, Unset):
            organisation = UNSET
        else:
            organisation = ListEndpointEventsResponseItemsOrganisation.from_dict(_organisation)

        _endpoint = d.pop("endpoint", UNSET)
        endpoint: ListEndpointEventsResponseItemsEndpoint | Unset
        if isinstance(_endpoint, Unset):
            endpoint = UNSET
        else:
            endpoint = ListEndpointEventsResponseItemsEndpoint.from_dict(_endpoint)

        _sim = d.pop("sim", UNSET)
        sim: ListEndpointEventsResponseItemsSim | Unset
        if isinstance(_sim, Unset):
            sim = UNSET
        else:
            sim = ListEndpointEventsResponseItemsSim.from_dict(_sim)

        _imsi = d.pop("imsi", UNSET)
        imsi: ListEndpointEventsResponseItemsImsi | Unset
        if isinstance(_imsi, Unset):
            imsi = UNSET
        else:
            imsi = ListEndpointEventsResponseItemsImsi.from_dict(_imsi)

        list_endpoint_events_response_items = cls(
            timestamp=timestamp,
            alert=alert,
            description=description,
            id=id,
            event_type=event_type,
            event_source=event_source,
            event_severity=event_severity,
            organisation=organisation,
            endpoint=endpoint,
            sim=sim,
            imsi=imsi,
        )

        list_endpoint_events_response_items.additional_properties = d
        return list_endpoint_events_response_items

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
