from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
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
    from ..models.list_endpoint_events_response_items_user_type_0 import (
        ListEndpointEventsResponseItemsUserType0,
    )


T = TypeVar("T", bound="ListEndpointEventsResponseItems")


@_attrs_define
class ListEndpointEventsResponseItems:
    """
    Attributes:
        timestamp (None | str | Unset):
        alert (bool | None | Unset):
        description (None | str | Unset):
        id (int | None | Unset):
        event_type (ListEndpointEventsResponseItemsEventType | None | Unset):
        event_source (ListEndpointEventsResponseItemsEventSource | None | Unset):
        event_severity (ListEndpointEventsResponseItemsEventSeverity | None | Unset):
        organisation (ListEndpointEventsResponseItemsOrganisation | None | Unset):
        endpoint (ListEndpointEventsResponseItemsEndpoint | None | Unset):
        sim (ListEndpointEventsResponseItemsSim | None | Unset):
        imsi (ListEndpointEventsResponseItemsImsi | None | Unset):
        user (ListEndpointEventsResponseItemsUserType0 | None | Unset):
    """

    timestamp: None | str | Unset = UNSET
    alert: bool | None | Unset = UNSET
    description: None | str | Unset = UNSET
    id: int | None | Unset = UNSET
    event_type: ListEndpointEventsResponseItemsEventType | None | Unset = UNSET
    event_source: ListEndpointEventsResponseItemsEventSource | None | Unset = UNSET
    event_severity: ListEndpointEventsResponseItemsEventSeverity | None | Unset = UNSET
    organisation: ListEndpointEventsResponseItemsOrganisation | None | Unset = UNSET
    endpoint: ListEndpointEventsResponseItemsEndpoint | None | Unset = UNSET
    sim: ListEndpointEventsResponseItemsSim | None | Unset = UNSET
    imsi: ListEndpointEventsResponseItemsImsi | None | Unset = UNSET
    user: ListEndpointEventsResponseItemsUserType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.list_endpoint_events_response_items_user_type_0 import (
            ListEndpointEventsResponseItemsUserType0,  # noqa: PLC0415
        )

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        alert: bool | None | Unset
        if isinstance(self.alert, Unset):
            alert = UNSET
        else:
            alert = self.alert

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        event_type: dict[str, Any] | None | Unset
        if isinstance(self.event_type, Unset):
            event_type = UNSET
        elif isinstance(self.event_type, ListEndpointEventsResponseItemsEventType):
            event_type = self.event_type.to_dict()
        else:
            event_type = self.event_type

        event_source: dict[str, Any] | None | Unset
        if isinstance(self.event_source, Unset):
            event_source = UNSET
        elif isinstance(self.event_source, ListEndpointEventsResponseItemsEventSource):
            event_source = self.event_source.to_dict()
        else:
            event_source = self.event_source

        event_severity: dict[str, Any] | None | Unset
        if isinstance(self.event_severity, Unset):
            event_severity = UNSET
        elif isinstance(self.event_severity, ListEndpointEventsResponseItemsEventSeverity):
            event_severity = self.event_severity.to_dict()
        else:
            event_severity = self.event_severity

        organisation: dict[str, Any] | None | Unset
        if isinstance(self.organisation, Unset):
            organisation = UNSET
        elif isinstance(self.organisation, ListEndpointEventsResponseItemsOrganisation):
            organisation = self.organisation.to_dict()
        else:
            organisation = self.organisation

        endpoint: dict[str, Any] | None | Unset
        if isinstance(self.endpoint, Unset):
            endpoint = UNSET
        elif isinstance(self.endpoint, ListEndpointEventsResponseItemsEndpoint):
            endpoint = self.endpoint.to_dict()
        else:
            endpoint = self.endpoint

        sim: dict[str, Any] | None | Unset
        if isinstance(self.sim, Unset):
            sim = UNSET
        elif isinstance(self.sim, ListEndpointEventsResponseItemsSim):
            sim = self.sim.to_dict()
        else:
            sim = self.sim

        imsi: dict[str, Any] | None | Unset
        if isinstance(self.imsi, Unset):
            imsi = UNSET
        elif isinstance(self.imsi, ListEndpointEventsResponseItemsImsi):
            imsi = self.imsi.to_dict()
        else:
            imsi = self.imsi

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, ListEndpointEventsResponseItemsUserType0):
            user = self.user.to_dict()
        else:
            user = self.user

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
        if user is not UNSET:
            field_dict["user"] = user

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
        from ..models.list_endpoint_events_response_items_user_type_0 import (
            ListEndpointEventsResponseItemsUserType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_timestamp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_alert(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        alert = _parse_alert(d.pop("alert", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        def _parse_event_type(
            data: object,
        ) -> ListEndpointEventsResponseItemsEventType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_type_type_0 = ListEndpointEventsResponseItemsEventType.from_dict(data)

                return event_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListEndpointEventsResponseItemsEventType | None | Unset, data)

        event_type = _parse_event_type(d.pop("event_type", UNSET))

        def _parse_event_source(
            data: object,
        ) -> ListEndpointEventsResponseItemsEventSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_source_type_0 = ListEndpointEventsResponseItemsEventSource.from_dict(data)

                return event_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListEndpointEventsResponseItemsEventSource | None | Unset, data)

        event_source = _parse_event_source(d.pop("event_source", UNSET))

        def _parse_event_severity(
            data: object,
        ) -> ListEndpointEventsResponseItemsEventSeverity | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_severity_type_0 = ListEndpointEventsResponseItemsEventSeverity.from_dict(data)

                return event_severity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListEndpointEventsResponseItemsEventSeverity | None | Unset, data)

        event_severity = _parse_event_severity(d.pop("event_severity", UNSET))

        def _parse_organisation(
            data: object,
        ) -> ListEndpointEventsResponseItemsOrganisation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                organisation_type_0 = ListEndpointEventsResponseItemsOrganisation.from_dict(data)

                return organisation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListEndpointEventsResponseItemsOrganisation | None | Unset, data)

        organisation = _parse_organisation(d.pop("organisation", UNSET))

        def _parse_endpoint(data: object) -> ListEndpointEventsResponseItemsEndpoint | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                endpoint_type_0 = ListEndpointEventsResponseItemsEndpoint.from_dict(data)

                return endpoint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListEndpointEventsResponseItemsEndpoint | None | Unset, data)

        endpoint = _parse_endpoint(d.pop("endpoint", UNSET))

        def _parse_sim(data: object) -> ListEndpointEventsResponseItemsSim | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sim_type_0 = ListEndpointEventsResponseItemsSim.from_dict(data)

                return sim_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListEndpointEventsResponseItemsSim | None | Unset, data)

        sim = _parse_sim(d.pop("sim", UNSET))

        def _parse_imsi(data: object) -> ListEndpointEventsResponseItemsImsi | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                imsi_type_0 = ListEndpointEventsResponseItemsImsi.from_dict(data)

                return imsi_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListEndpointEventsResponseItemsImsi | None | Unset, data)

        imsi = _parse_imsi(d.pop("imsi", UNSET))

        def _parse_user(data: object) -> ListEndpointEventsResponseItemsUserType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = ListEndpointEventsResponseItemsUserType0.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListEndpointEventsResponseItemsUserType0 | None | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

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
            user=user,
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
