from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageMinuteSeries")


@_attrs_define
class UsageMinuteSeries:
    """
    Attributes:
        rx (list[list[Any]] | Unset):
        tx (list[list[Any]] | Unset):
    """

    rx: list[list[Any]] | Unset = UNSET
    tx: list[list[Any]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rx: list[list[Any]] | Unset = UNSET
        if not isinstance(self.rx, Unset):
            rx = []
            for rx_item_data in self.rx:
                rx_item = rx_item_data

                rx.append(rx_item)

        tx: list[list[Any]] | Unset = UNSET
        if not isinstance(self.tx, Unset):
            tx = []
            for tx_item_data in self.tx:
                tx_item = tx_item_data

                tx.append(tx_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rx is not UNSET:
            field_dict["rx"] = rx
        if tx is not UNSET:
            field_dict["tx"] = tx

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _rx = d.pop("rx", UNSET)
        rx: list[list[Any]] | Unset = UNSET
        if _rx is not UNSET:
            rx = []
            for rx_item_data in _rx:
                rx_item = cast(list[Any], rx_item_data)

                rx.append(rx_item)

        _tx = d.pop("tx", UNSET)
        tx: list[list[Any]] | Unset = UNSET
        if _tx is not UNSET:
            tx = []
            for tx_item_data in _tx:
                tx_item = cast(list[Any], tx_item_data)

                tx.append(tx_item)

        usage_minute_series = cls(
            rx=rx,
            tx=tx,
        )

        usage_minute_series.additional_properties = d
        return usage_minute_series

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
