from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_unassign_endpoint_tags_request_items_items_endpoint import (
        BulkUnassignEndpointTagsRequestItemsItemsEndpoint,
    )
    from ..models.bulk_unassign_endpoint_tags_request_items_items_tags_items import (
        BulkUnassignEndpointTagsRequestItemsItemsTagsItems,
    )


T = TypeVar("T", bound="BulkUnassignEndpointTagsRequestItemsItems")


@_attrs_define
class BulkUnassignEndpointTagsRequestItemsItems:
    """
    Attributes:
        endpoint (BulkUnassignEndpointTagsRequestItemsItemsEndpoint | Unset):
        tags (list[BulkUnassignEndpointTagsRequestItemsItemsTagsItems] | Unset):
    """

    endpoint: BulkUnassignEndpointTagsRequestItemsItemsEndpoint | Unset = UNSET
    tags: list[BulkUnassignEndpointTagsRequestItemsItemsTagsItems] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.endpoint, Unset):
            endpoint = self.endpoint.to_dict()

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_unassign_endpoint_tags_request_items_items_endpoint import (
            BulkUnassignEndpointTagsRequestItemsItemsEndpoint,  # noqa: PLC0415
        )
        from ..models.bulk_unassign_endpoint_tags_request_items_items_tags_items import (
            BulkUnassignEndpointTagsRequestItemsItemsTagsItems,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _endpoint = d.pop("endpoint", UNSET)
        endpoint: BulkUnassignEndpointTagsRequestItemsItemsEndpoint | Unset
        if isinstance(_endpoint, Unset):
            endpoint = UNSET
        else:
            endpoint = BulkUnassignEndpointTagsRequestItemsItemsEndpoint.from_dict(_endpoint)

        _tags = d.pop("tags", UNSET)
        tags: list[BulkUnassignEndpointTagsRequestItemsItemsTagsItems] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = BulkUnassignEndpointTagsRequestItemsItemsTagsItems.from_dict(
                    tags_item_data
                )

                tags.append(tags_item)

        bulk_unassign_endpoint_tags_request_items_items = cls(
            endpoint=endpoint,
            tags=tags,
        )

        bulk_unassign_endpoint_tags_request_items_items.additional_properties = d
        return bulk_unassign_endpoint_tags_request_items_items

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
