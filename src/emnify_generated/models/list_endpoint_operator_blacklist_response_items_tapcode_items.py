from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListEndpointOperatorBlacklistResponseItemsTapcodeItems")


@_attrs_define
class ListEndpointOperatorBlacklistResponseItemsTapcodeItems:
    """
    Attributes:
        id (int | None | Unset):
        tapcode (None | str | Unset):
    """

    id: int | None | Unset = UNSET
    tapcode: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        tapcode: None | str | Unset
        if isinstance(self.tapcode, Unset):
            tapcode = UNSET
        else:
            tapcode = self.tapcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if tapcode is not UNSET:
            field_dict["tapcode"] = tapcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        def _parse_tapcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tapcode = _parse_tapcode(d.pop("tapcode", UNSET))

        list_endpoint_operator_blacklist_response_items_tapcode_items = cls(
            id=id,
            tapcode=tapcode,
        )

        list_endpoint_operator_blacklist_response_items_tapcode_items.additional_properties = d
        return list_endpoint_operator_blacklist_response_items_tapcode_items

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
