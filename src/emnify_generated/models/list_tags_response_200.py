from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_tags_response_data_items import ListTagsResponseDataItems


T = TypeVar("T", bound="ListTagsResponse200")


@_attrs_define
class ListTagsResponse200:
    """
    Attributes:
        total (float | Unset):
        page (float | Unset):
        page_size (float | Unset):
        last_page (float | Unset):
        data (list[ListTagsResponseDataItems] | Unset):
    """

    total: float | Unset = UNSET
    page: float | Unset = UNSET
    page_size: float | Unset = UNSET
    last_page: float | Unset = UNSET
    data: list[ListTagsResponseDataItems] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        page = self.page

        page_size = self.page_size

        last_page = self.last_page

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if last_page is not UNSET:
            field_dict["last_page"] = last_page
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_tags_response_data_items import ListTagsResponseDataItems  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total", UNSET)

        page = d.pop("page", UNSET)

        page_size = d.pop("page_size", UNSET)

        last_page = d.pop("last_page", UNSET)

        _data = d.pop("data", UNSET)
        data: list[ListTagsResponseDataItems] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = ListTagsResponseDataItems.from_dict(data_item_data)

                data.append(data_item)

        list_tags_response_200 = cls(
            total=total,
            page=page,
            page_size=page_size,
            last_page=last_page,
            data=data,
        )

        list_tags_response_200.additional_properties = d
        return list_tags_response_200

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
