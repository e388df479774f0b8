from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_user_events_response_items_endpoint_type_0 import (
        ListUserEventsResponseItemsEndpointType0,
    )
    from ..models.list_user_events_response_items_event_severity import (
        ListUserEventsResponseItemsEventSeverity,
    )
    from ..models.list_user_events_response_items_event_source import (
        ListUserEventsResponseItemsEventSource,
    )
    from ..models.list_user_events_response_items_event_type import (
        ListUserEventsResponseItemsEventType,
    )
    from ..models.list_user_events_response_items_imsi_type_0 import (
        ListUserEventsResponseItemsImsiType0,
    )
    from ..models.list_user_events_response_items_organisation import (
        ListUserEventsResponseItemsOrganisation,
    )
    from ..models.list_user_events_response_items_sim_type_0 import (
        ListUserEventsResponseItemsSimType0,
    )
    from ..models.list_user_events_response_items_user import ListUserEventsResponseItemsUser


T = TypeVar("T", bound="ListUserEventsResponseItems")


@_attrs_define
class ListUserEventsResponseItems:
    """
    Attributes:
        id (int | None | Unset):
        alert (bool | None | Unset):
        description (None | str | Unset):
        timestamp (None | str | Unset):
        event_type (ListUserEventsResponseItemsEventType | None | Unset):
        event_source (ListUserEventsResponseItemsEventSource | None | Unset):
        event_severity (ListUserEventsResponseItemsEventSeverity | None | Unset):
        organisation (ListUserEventsResponseItemsOrganisation | None | Unset):
        user (ListUserEventsResponseItemsUser | None | Unset):
        endpoint (ListUserEventsResponseItemsEndpointType0 | None | Unset):
        sim (ListUserEventsResponseItemsSimType0 | None | Unset):
        imsi (ListUserEventsResponseItemsImsiType0 | None | Unset):
    """

    id: int | None | Unset = UNSET
    alert: bool | None | Unset = UNSET
    description: None | str | Unset = UNSET
    timestamp: None | str | Unset = UNSET
    event_type: ListUserEventsResponseItemsEventType | None | Unset = UNSET
    event_source: ListUserEventsResponseItemsEventSource | None | Unset = UNSET
    event_severity: ListUserEventsResponseItemsEventSeverity | None | Unset = UNSET
    organisation: ListUserEventsResponseItemsOrganisation | None | Unset = UNSET
    user: ListUserEventsResponseItemsUser | None | Unset = UNSET
    endpoint: ListUserEventsResponseItemsEndpointType0 | None | Unset = UNSET
    sim: ListUserEventsResponseItemsSimType0 | None | Unset = UNSET
    imsi: ListUserEventsResponseItemsImsiType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_user_events_response_items_endpoint_type_0 import (
            ListUserEventsResponseItemsEndpointType0,  # noqa: PLC0415
        )
        from ..models.list_user_events_response_items_event_severity import (
            ListUserEventsResponseItemsEventSeverity,  # noqa: PLC0415
        )
        from ..models.list_user_events_response_items_event_source import (
            ListUserEventsResponseItemsEventSource,  # noqa: PLC0415
        )
        from ..models.list_user_events_response_items_event_type import (
            ListUserEventsResponseItemsEventType,  # noqa: PLC0415
        )
        from ..models.list_user_events_response_items_imsi_type_0 import (
            ListUserEventsResponseItemsImsiType0,  # noqa: PLC0415
        )
        from ..models.list_user_events_response_items_organisation import (
            ListUserEventsResponseItemsOrganisation,  # noqa: PLC0415
        )
        from ..models.list_user_events_response_items_sim_type_0 import (
            ListUserEventsResponseItemsSimType0,  # noqa: PLC0415
        )
        from ..models.list_user_events_response_items_user import ListUserEventsResponseItemsUser  # noqa: PLC0415

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

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

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        event_type: dict[str, Any] | None | Unset
        if isinstance(self.event_type, Unset):
            event_type = UNSET
        elif isinstance(self.event_type, ListUserEventsResponseItemsEventType):
            event_type = self.event_type.to_dict()
        else:
            event_type = self.event_type

        event_source: dict[str, Any] | None | Unset
        if isinstance(self.event_source, Unset):
            event_source = UNSET
        elif isinstance(self.event_source, ListUserEventsResponseItemsEventSource):
            event_source = self.event_source.to_dict()
        else:
            event_source = self.event_source

        event_severity: dict[str, Any] | None | Unset
        if isinstance(self.event_severity, Unset):
            event_severity = UNSET
        elif isinstance(self.event_severity, ListUserEventsResponseItemsEventSeverity):
            event_severity = self.event_severity.to_dict()
        else:
            event_severity = self.event_severity

        organisation: dict[str, Any] | None | Unset
        if isinstance(self.organisation, Unset):
            organisation = UNSET
        elif isinstance(self.organisation, ListUserEventsResponseItemsOrganisation):
            organisation = self.organisation.to_dict()
        else:
            organisation = self.organisation

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, ListUserEventsResponseItemsUser):
            user = self.user.to_dict()
        else:
            user = self.user

        endpoint: dict[str, Any] | None | Unset
        if isinstance(self.endpoint, Unset):
            endpoint = UNSET
        elif isinstance(self.endpoint, ListUserEventsResponseItemsEndpointType0):
            endpoint = self.endpoint.to_dict()
        else:
            endpoint = self.endpoint

        sim: dict[str, Any] | None | Unset
        if isinstance(self.sim, Unset):
            sim = UNSET
        elif isinstance(self.sim, ListUserEventsResponseItemsSimType0):
            sim = self.sim.to_dict()
        else:
            sim = self.sim

        imsi: dict[str, Any] | None | Unset
        if isinstance(self.imsi, Unset):
            imsi = UNSET
        elif isinstance(self.imsi, ListUserEventsResponseItemsImsiType0):
            imsi = self.imsi.to_dict()
        else:
            imsi = self.imsi

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
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if sim is not UNSET:
            field_dict["sim"] = sim
        if imsi is not UNSET:
            field_dict["imsi"] = imsi

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_user_events_response_items_endpoint_type_0 import (
            ListUserEventsResponseItemsEndpointType0,  # noqa: PLC0415
        )
        from ..models.list_user_events_response_items_event_severity import (
            ListUserEventsResponseItemsEventSeverity,  # noqa: PLC0415
        )
        from ..models.list_user_events_response_items_event_source import (
            ListUserEventsResponseItemsEventSource,  # noqa: PLC0415
        )
        from ..models.list_user_events_response_items_event_type import (
            ListUserEventsResponseItemsEventType,  # noqa: PLC0415
        )
        from ..models.list_user_events_response_items_imsi_type_0 import (
            ListUserEventsResponseItemsImsiType0,  # noqa: PLC0415
        )
        from ..models.list_user_events_response_items_organisation import (
            ListUserEventsResponseItemsOrganisation,  # noqa: PLC0415
        )
        from ..models.list_user_events_response_items_sim_type_0 import (
            ListUserEventsResponseItemsSimType0,  # noqa: PLC0415
        )
        from ..models.list_user_events_response_items_user import ListUserEventsResponseItemsUser  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

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

        def _parse_timestamp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_event_type(data: object) -> ListUserEventsResponseItemsEventType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_type_type_0 = ListUserEventsResponseItemsEventType.from_dict(data)

                return event_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListUserEventsResponseItemsEventType | None | Unset, data)

        event_type = _parse_event_type(d.pop("event_type", UNSET))

        def _parse_event_source(
            data: object,
        ) -> ListUserEventsResponseItemsEventSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_source_type_0 = ListUserEventsResponseItemsEventSource.from_dict(data)

                return event_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListUserEventsResponseItemsEventSource | None | Unset, data)

        event_source = _parse_event_source(d.pop("event_source", UNSET))

        def _parse_event_severity(
            data: object,
        ) -> ListUserEventsResponseItemsEventSeverity | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_severity_type_0 = ListUserEventsResponseItemsEventSeverity.from_dict(data)

                return event_severity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListUserEventsResponseItemsEventSeverity | None | Unset, data)

        event_severity = _parse_event_severity(d.pop("event_severity", UNSET))

        def _parse_organisation(
            data: object,
        ) -> ListUserEventsResponseItemsOrganisation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                organisation_type_0 = ListUserEventsResponseItemsOrganisation.from_dict(data)

                return organisation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListUserEventsResponseItemsOrganisation | None | Unset, data)

        organisation = _parse_organisation(d.pop("organisation", UNSET))

        def _parse_user(data: object) -> ListUserEventsResponseItemsUser | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = ListUserEventsResponseItemsUser.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListUserEventsResponseItemsUser | None | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        def _parse_endpoint(
            data: object,
        ) -> ListUserEventsResponseItemsEndpointType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                endpoint_type_0 = ListUserEventsResponseItemsEndpointType0.from_dict(data)

                return endpoint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListUserEventsResponseItemsEndpointType0 | None | Unset, data)

        endpoint = _parse_endpoint(d.pop("endpoint", UNSET))

        def _parse_sim(data: object) -> ListUserEventsResponseItemsSimType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sim_type_0 = ListUserEventsResponseItemsSimType0.from_dict(data)

                return sim_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListUserEventsResponseItemsSimType0 | None | Unset, data)

        sim = _parse_sim(d.pop("sim", UNSET))

        def _parse_imsi(data: object) -> ListUserEventsResponseItemsImsiType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                imsi_type_0 = ListUserEventsResponseItemsImsiType0.from_dict(data)

                return imsi_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListUserEventsResponseItemsImsiType0 | None | Unset, data)

        imsi = _parse_imsi(d.pop("imsi", UNSET))

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
            endpoint=endpoint,
            sim=sim,
            imsi=imsi,
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
