from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_delete_tags_request_tags_items import BulkDeleteTagsRequestTagsItems


T = TypeVar("T", bound="BulkDeleteTagsBody")


@_attrs_define
class BulkDeleteTagsBody:
    """
    Attributes:
        tags (list[BulkDeleteTagsRequestTagsItems] | Unset):
    """

    tags: list[BulkDeleteTagsRequestTagsItems] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_delete_tags_request_tags_items import BulkDeleteTagsRequestTagsItems  # noqa: PLC0415

        d = dict(src_dict)
        _tags = d.pop("tags", UNSET)
        tags: list[BulkDeleteTagsRequestTagsItems] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = BulkDeleteTagsRequestTagsItems.from_dict(tags_item_data)

                tags.append(tags_item)

        bulk_delete_tags_body = cls(
            tags=tags,
        )

        bulk_delete_tags_body.additional_properties = d
        return bulk_delete_tags_body

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
