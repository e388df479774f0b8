from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_data_stream_request_destination import CreateDataStreamRequestDestination
    from ..models.create_data_stream_request_filters_items import (
        CreateDataStreamRequestFiltersItems,
    )


T = TypeVar("T", bound="CreateDataStreamBody")


@_attrs_define
class CreateDataStreamBody:
    """
    Attributes:
        name (str | Unset):
        destination (CreateDataStreamRequestDestination | Unset):
        filters (list[CreateDataStreamRequestFiltersItems] | Unset):
        data_stream_type (Any | Unset):
        relation_resolution (Any | Unset):
        status (Any | Unset):
    """

    name: str | Unset = UNSET
    destination: CreateDataStreamRequestDestination | Unset = UNSET
    filters: list[CreateDataStreamRequestFiltersItems] | Unset = UNSET
    data_stream_type: Any | Unset = UNSET
    relation_resolution: Any | Unset = UNSET
    status: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        destination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = self.destination.to_dict()

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        data_stream_type = self.data_stream_type

        relation_resolution = self.relation_resolution

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
        from ..models.create_data_stream_request_destination import (
            CreateDataStreamRequestDestination,  # noqa: PLC0415
        )
        from ..models.create_data_stream_request_filters_items import (
            CreateDataStreamRequestFiltersItems,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _destination = d.pop("destination", UNSET)
        destination: CreateDataStreamRequestDestination | Unset
        if isinstance(_destination, Unset):
            destination = UNSET
        else:
            destination = CreateDataStreamRequestDestination.from_dict(_destination)

        _filters = d.pop("filters", UNSET)
        filters: list[CreateDataStreamRequestFiltersItems] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = CreateDataStreamRequestFiltersItems.from_dict(filters_item_data)

                filters.append(filters_item)

        data_stream_type = d.pop("data_stream_type", UNSET)

        relation_resolution = d.pop("relation_resolution", UNSET)

        status = d.pop("status", UNSET)

        create_data_stream_body = cls(
            name=name,
            destination=destination,
            filters=filters,
            data_stream_type=data_stream_type,
            relation_resolution=relation_resolution,
            status=status,
        )

        create_data_stream_body.additional_properties = d
        return create_data_stream_body

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
