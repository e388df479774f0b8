from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_data_stream_response_destination import GetDataStreamResponseDestination
    from ..models.get_data_stream_response_filters_items import GetDataStreamResponseFiltersItems
    from ..models.get_data_stream_response_status import GetDataStreamResponseStatus


T = TypeVar("T", bound="GetDataStreamResponse200")


@_attrs_define
class GetDataStreamResponse200:
    """
    Attributes:
        name (None | str | Unset):
        destination (GetDataStreamResponseDestination | None | Unset):
        filters (list[GetDataStreamResponseFiltersItems] | None | Unset):
        data_stream_type (Any | Unset):
        relation_resolution (Any | Unset):
        status (GetDataStreamResponseStatus | None | Unset):
    """

    name: None | str | Unset = UNSET
    destination: GetDataStreamResponseDestination | None | Unset = UNSET
    filters: list[GetDataStreamResponseFiltersItems] | None | Unset = UNSET
    data_stream_type: Any | Unset = UNSET
    relation_resolution: Any | Unset = UNSET
    status: GetDataStreamResponseStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_data_stream_response_destination import GetDataStreamResponseDestination  # noqa: PLC0415
        from ..models.get_data_stream_response_status import GetDataStreamResponseStatus  # noqa: PLC0415

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        destination: dict[str, Any] | None | Unset
        if isinstance(self.destination, Unset):
            destination = UNSET
        elif isinstance(self.destination, GetDataStreamResponseDestination):
            destination = self.destination.to_dict()
        else:
            destination = self.destination

        filters: list[dict[str, Any]] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, list):
            filters = []
            for filters_type_0_item_data in self.filters:
                filters_type_0_item = filters_type_0_item_data.to_dict()
                filters.append(filters_type_0_item)

        else:
            filters = self.filters

        data_stream_type = self.data_stream_type

        relation_resolution = self.relation_resolution

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, GetDataStreamResponseStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if destination is not UNSET:
            field_dict["destination"] = destination
        if filters is not UNSET:
            field_dict["filters"] = filters
        if data_stream_type is not UNSET:
            field_dict["data_stream_type"] = data_stream_type
        if relation_resolution is not UNSET:
            field_dict["relation_resolution"] = relation_resolution
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_data_stream_response_destination import GetDataStreamResponseDestination  # noqa: PLC0415
        from ..models.get_data_stream_response_filters_items import (
            GetDataStreamResponseFiltersItems,  # noqa: PLC0415
        )
        from ..models.get_data_stream_response_status import GetDataStreamResponseStatus  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_destination(data: object) -> GetDataStreamResponseDestination | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                destination_type_0 = GetDataStreamResponseDestination.from_dict(data)

                return destination_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetDataStreamResponseDestination | None | Unset, data)

        destination = _parse_destination(d.pop("destination", UNSET))

        def _parse_filters(data: object) -> list[GetDataStreamResponseFiltersItems] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                filters_type_0 = []
                _filters_type_0 = data
                for filters_type_0_item_data in _filters_type_0:
                    filters_type_0_item = GetDataStreamResponseFiltersItems.from_dict(
                        filters_type_0_item_data
                    )

                    filters_type_0.append(filters_type_0_item)

                return filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[GetDataStreamResponseFiltersItems] | None | Unset, data)

        filters = _parse_filters(d.pop("filters", UNSET))

        data_stream_type = d.pop("data_stream_type", UNSET)

        relation_resolution = d.pop("relation_resolution", UNSET)

        def _parse_status(data: object) -> GetDataStreamResponseStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = GetDataStreamResponseStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetDataStreamResponseStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        get_data_stream_response_200 = cls(
            name=name,
            destination=destination,
            filters=filters,
            data_stream_type=data_stream_type,
            relation_resolution=relation_resolution,
            status=status,
        )

        get_data_stream_response_200.additional_properties = d
        return get_data_stream_response_200

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
