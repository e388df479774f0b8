from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_sim_events_response_items_endpoint import ListSimEventsResponseItemsEndpoint
    from ..models.list_sim_events_response_items_event_severity import (
        ListSimEventsResponseItemsEventSeverity,
    )
    from ..models.list_sim_events_response_items_event_source import (
        ListSimEventsResponseItemsEventSource,
    )
    from ..models.list_sim_events_response_items_event_type import (
        ListSimEventsResponseItemsEventType,
    )
    from ..models.list_sim_events_response_items_imsi import ListSimEventsResponseItemsImsi
    from ..models.list_sim_events_response_items_organisation import (
        ListSimEventsResponseItemsOrganisation,
    )
    from ..models.list_sim_events_response_items_sim import ListSimEventsResponseItemsSim
    from ..models.list_sim_events_response_items_user_type_0 import (
        ListSimEventsResponseItemsUserType0,
    )


T = TypeVar("T", bound="ListSimEventsResponseItems")


@_attrs_define
class ListSimEventsResponseItems:
    """
    Attributes:
        timestamp (None | str | Unset):
        alert (bool | None | Unset):
        description (None | str | Unset):
        id (int | None | Unset):
        event_type (ListSimEventsResponseItemsEventType | None | Unset):
        event_source (ListSimEventsResponseItemsEventSource | None | Unset):
        event_severity (ListSimEventsResponseItemsEventSeverity | None | Unset):
        organisation (ListSimEventsResponseItemsOrganisation | None | Unset):
        endpoint (ListSimEventsResponseItemsEndpoint | None | Unset):
        sim (ListSimEventsResponseItemsSim | None | Unset):
        imsi (ListSimEventsResponseItemsImsi | None | Unset):
        user (ListSimEventsResponseItemsUserType0 | None | Unset):
    """

    timestamp: None | str | Unset = UNSET
    alert: bool | None | Unset = UNSET
    description: None | str | Unset = UNSET
    id: int | None | Unset = UNSET
    event_type: ListSimEventsResponseItemsEventType | None | Unset = UNSET
    event_source: ListSimEventsResponseItemsEventSource | None | Unset = UNSET
    event_severity: ListSimEventsResponseItemsEventSeverity | None | Unset = UNSET
    organisation: ListSimEventsResponseItemsOrganisation | None | Unset = UNSET
    endpoint: ListSimEventsResponseItemsEndpoint | None | Unset = UNSET
    sim: ListSimEventsResponseItemsSim | None | Unset = UNSET
    imsi: ListSimEventsResponseItemsImsi | None | Unset = UNSET
    user: ListSimEventsResponseItemsUserType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_sim_events_response_items_endpoint import (
            ListSimEventsResponseItemsEndpoint,  # noqa: PLC0415
        )
        from ..models.list_sim_events_response_items_event_severity import (
            ListSimEventsResponseItemsEventSeverity,  # noqa: PLC0415
        )
        from ..models.list_sim_events_response_items_event_source import (
            ListSimEventsResponseItemsEventSource,  # noqa: PLC0415
        )
        from ..models.list_sim_events_response_items_event_type import (
            ListSimEventsResponseItemsEventType,  # noqa: PLC0415
        )
        from ..models.list_sim_events_response_items_imsi import ListSimEventsResponseItemsImsi  # noqa: PLC0415
        from ..models.list_sim_events_response_items_organisation import (
            ListSimEventsResponseItemsOrganisation,  # noqa: PLC0415
        )
        from ..models.list_sim_events_response_items_sim import ListSimEventsResponseItemsSim  # noqa: PLC0415
        from ..models.list_sim_events_response_items_user_type_0 import (
            ListSimEventsResponseItemsUserType0,  # noqa: PLC0415
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
        elif isinstance(self.event_type, ListSimEventsResponseItemsEventType):
            event_type = self.event_type.to_dict()
        else:
            event_type = self.event_type

        event_source: dict[str, Any] | None | Unset
        if isinstance(self.event_source, Unset):
            event_source = UNSET
        elif isinstance(self.event_source, ListSimEventsResponseItemsEventSource):
            event_source = self.event_source.to_dict()
        else:
            event_source = self.event_source

        event_severity: dict[str, Any] | None | Unset
        if isinstance(self.event_severity, Unset):
            event_severity = UNSET
        elif isinstance(self.event_severity, ListSimEventsResponseItemsEventSeverity):
            event_severity = self.event_severity.to_dict()
        else:
            event_severity = self.event_severity

        organisation: dict[str, Any] | None | Unset
        if isinstance(self.organisation, Unset):
            organisation = UNSET
        elif isinstance(self.organisation, ListSimEventsResponseItemsOrganisation):
            organisation = self.organisation.to_dict()
        else:
            organisation = self.organisation

        endpoint: dict[str, Any] | None | Unset
        if isinstance(self.endpoint, Unset):
            endpoint = UNSET
        elif isinstance(self.endpoint, ListSimEventsResponseItemsEndpoint):
            endpoint = self.endpoint.to_dict()
        else:
            endpoint = self.endpoint

        sim: dict[str, Any] | None | Unset
        if isinstance(self.sim, Unset):
            sim = UNSET
        elif isinstance(self.sim, ListSimEventsResponseItemsSim):
            sim = self.sim.to_dict()
        else:
            sim = self.sim

        imsi: dict[str, Any] | None | Unset
        if isinstance(self.imsi, Unset):
            imsi = UNSET
        elif isinstance(self.imsi, ListSimEventsResponseItemsImsi):
            imsi = self.imsi.to_dict()
        else:
            imsi = self.imsi

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, ListSimEventsResponseItemsUserType0):
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
        from ..models.list_sim_events_response_items_endpoint import (
            ListSimEventsResponseItemsEndpoint,  # noqa: PLC0415
        )
        from ..models.list_sim_events_response_items_event_severity import (
            ListSimEventsResponseItemsEventSeverity,  # noqa: PLC0415
        )
        from ..models.list_sim_events_response_items_event_source import (
            ListSimEventsResponseItemsEventSource,  # noqa: PLC0415
        )
        from ..models.list_sim_events_response_items_event_type import (
            ListSimEventsResponseItemsEventType,  # noqa: PLC0415
        )
        from ..models.list_sim_events_response_items_imsi import ListSimEventsResponseItemsImsi  # noqa: PLC0415
        from ..models.list_sim_events_response_items_organisation import (
            ListSimEventsResponseItemsOrganisation,  # noqa: PLC0415
        )
        from ..models.list_sim_events_response_items_sim import ListSimEventsResponseItemsSim  # noqa: PLC0415
        from ..models.list_sim_events_response_items_user_type_0 import (
            ListSimEventsResponseItemsUserType0,  # noqa: PLC0415
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

        def _parse_event_type(data: object) -> ListSimEventsResponseItemsEventType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_type_type_0 = ListSimEventsResponseItemsEventType.from_dict(data)

                return event_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListSimEventsResponseItemsEventType | None | Unset, data)

        event_type = _parse_event_type(d.pop("event_type", UNSET))

        def _parse_event_source(
            data: object,
        ) -> ListSimEventsResponseItemsEventSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_source_type_0 = ListSimEventsResponseItemsEventSource.from_dict(data)

                return event_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListSimEventsResponseItemsEventSource | None | Unset, data)

        event_source = _parse_event_source(d.pop("event_source", UNSET))

        def _parse_event_severity(
            data: object,
        ) -> ListSimEventsResponseItemsEventSeverity | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_severity_type_0 = ListSimEventsResponseItemsEventSeverity.from_dict(data)

                return event_severity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListSimEventsResponseItemsEventSeverity | None | Unset, data)

        event_severity = _parse_event_severity(d.pop("event_severity", UNSET))

        def _parse_organisation(
            data: object,
        ) -> ListSimEventsResponseItemsOrganisation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                organisation_type_0 = ListSimEventsResponseItemsOrganisation.from_dict(data)

                return organisation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListSimEventsResponseItemsOrganisation | None | Unset, data)

        organisation = _parse_organisation(d.pop("organisation", UNSET))

        def _parse_endpoint(data: object) -> ListSimEventsResponseItemsEndpoint | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                endpoint_type_0 = ListSimEventsResponseItemsEndpoint.from_dict(data)

                return endpoint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListSimEventsResponseItemsEndpoint | None | Unset, data)

        endpoint = _parse_endpoint(d.pop("endpoint", UNSET))

        def _parse_sim(data: object) -> ListSimEventsResponseItemsSim | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sim_type_0 = ListSimEventsResponseItemsSim.from_dict(data)

                return sim_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListSimEventsResponseItemsSim | None | Unset, data)

        sim = _parse_sim(d.pop("sim", UNSET))

        def _parse_imsi(data: object) -> ListSimEventsResponseItemsImsi | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                imsi_type_0 = ListSimEventsResponseItemsImsi.from_dict(data)

                return imsi_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListSimEventsResponseItemsImsi | None | Unset, data)

        imsi = _parse_imsi(d.pop("imsi", UNSET))

        def _parse_user(data: object) -> ListSimEventsResponseItemsUserType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = ListSimEventsResponseItemsUserType0.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListSimEventsResponseItemsUserType0 | None | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        list_sim_events_response_items = cls(
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

        list_sim_events_response_items.additional_properties = d
        return list_sim_events_response_items

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
