from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_float
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_tags_response_data_items import ListTagsResponseDataItems


T = TypeVar("T", bound="ListTagsResponse200")


@_attrs_define
class ListTagsResponse200:
    """
    Attributes:
        total (float | None | Unset):
        page (float | None | Unset):
        page_size (float | None | Unset):
        last_page (float | None | Unset):
        data (list[ListTagsResponseDataItems] | None | Unset):
    """

    total: float | None | Unset = UNSET
    page: float | None | Unset = UNSET
    page_size: float | None | Unset = UNSET
    last_page: float | None | Unset = UNSET
    data: list[ListTagsResponseDataItems] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total: float | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        page: float | None | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        page_size: float | None | Unset
        if isinstance(self.page_size, Unset):
            page_size = UNSET
        else:
            page_size = self.page_size

        last_page: float | None | Unset
        if isinstance(self.last_page, Unset):
            last_page = UNSET
        else:
            last_page = self.last_page

        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

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

        def _parse_total(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        total = _parse_total(d.pop("total", UNSET))

        def _parse_page(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        page = _parse_page(d.pop("page", UNSET))

        def _parse_page_size(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        page_size = _parse_page_size(d.pop("page_size", UNSET))

        def _parse_last_page(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        last_page = _parse_last_page(d.pop("last_page", UNSET))

        def _parse_data(data: object) -> list[ListTagsResponseDataItems] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = ListTagsResponseDataItems.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ListTagsResponseDataItems] | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

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
