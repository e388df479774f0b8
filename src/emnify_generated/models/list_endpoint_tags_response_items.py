from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        id (int | Unset):
        name (str | Unset):
        resource_count (float | Unset):
        tag_color (ListEndpointTagsResponseItemsTagColor | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    resource_count: float | Unset = UNSET
    tag_color: ListEndpointTagsResponseItemsTagColor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        resource_count = self.resource_count

        tag_color: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tag_color, Unset):
            tag_color = self.tag_color.to_dict()

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
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        resource_count = d.pop("resource_count", UNSET)

        _tag_color = d.pop("tag_color", UNSET)
        tag_color: ListEndpointTagsResponseItemsTagColor | Unset
        if isinstance(_tag_color, Unset):
            tag_color = UNSET
        else:
            tag_color = ListEndpointTagsResponseItemsTagColor.from_dict(_tag_color)

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
