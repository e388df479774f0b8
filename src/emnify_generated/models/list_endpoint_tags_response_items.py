from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_float, number_as_int
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_endpoint_tags_response_items_tag_color import (
        ListEndpointTagsResponseItemsTagColor,
    )


T = TypeVar("T", bound="ListEndpointTagsResponseItems")


@_attrs_define
class ListEndpointTagsResponseItems:
    """
    Attributes:
        id (int | None | Unset):
        name (None | str | Unset):
        resource_count (float | None | Unset):
        tag_color (ListEndpointTagsResponseItemsTagColor | None | Unset):
    """

    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    resource_count: float | None | Unset = UNSET
    tag_color: ListEndpointTagsResponseItemsTagColor | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_endpoint_tags_response_items_tag_color import (
            ListEndpointTagsResponseItemsTagColor,  # noqa: PLC0415
        )

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        resource_count: float | None | Unset
        if isinstance(self.resource_count, Unset):
            resource_count = UNSET
        else:
            resource_count = self.resource_count

        tag_color: dict[str, Any] | None | Unset
        if isinstance(self.tag_color, Unset):
            tag_color = UNSET
        elif isinstance(self.tag_color, ListEndpointTagsResponseItemsTagColor):
            tag_color = self.tag_color.to_dict()
        else:
            tag_color = self.tag_color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if resource_count is not UNSET:
            field_dict["resource_count"] = resource_count
        if tag_color is not UNSET:
            field_dict["tag_color"] = tag_color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_endpoint_tags_response_items_tag_color import (
            ListEndpointTagsResponseItemsTagColor,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_resource_count(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        resource_count = _parse_resource_count(d.pop("resource_count", UNSET))

        def _parse_tag_color(data: object) -> ListEndpointTagsResponseItemsTagColor | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tag_color_type_0 = ListEndpointTagsResponseItemsTagColor.from_dict(data)

                return tag_color_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListEndpointTagsResponseItemsTagColor | None | Unset, data)

        tag_color = _parse_tag_color(d.pop("tag_color", UNSET))

        list_endpoint_tags_response_items = cls(
            id=id,
            name=name,
            resource_count=resource_count,
            tag_color=tag_color,
        )

        list_endpoint_tags_response_items.additional_properties = d
        return list_endpoint_tags_response_items

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
