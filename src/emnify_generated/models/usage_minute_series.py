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
        rx (list[list[Any]] | None | Unset):
        tx (list[list[Any]] | None | Unset):
    """

    rx: list[list[Any]] | None | Unset = UNSET
    tx: list[list[Any]] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rx: list[list[Any]] | None | Unset
        if isinstance(self.rx, Unset):
            rx = UNSET
        elif isinstance(self.rx, list):
            rx = []
            for rx_type_0_item_data in self.rx:
                rx_type_0_item = rx_type_0_item_data

                rx.append(rx_type_0_item)

        else:
            rx = self.rx

        tx: list[list[Any]] | None | Unset
        if isinstance(self.tx, Unset):
            tx = UNSET
        elif isinstance(self.tx, list):
            tx = []
            for tx_type_0_item_data in self.tx:
                tx_type_0_item = tx_type_0_item_data

                tx.append(tx_type_0_item)

        else:
            tx = self.tx

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

        def _parse_rx(data: object) -> list[list[Any]] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                rx_type_0 = []
                _rx_type_0 = data
                for rx_type_0_item_data in _rx_type_0:
                    rx_type_0_item = cast(list[Any], rx_type_0_item_data)

                    rx_type_0.append(rx_type_0_item)

                return rx_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[list[Any]] | None | Unset, data)

        rx = _parse_rx(d.pop("rx", UNSET))

        def _parse_tx(data: object) -> list[list[Any]] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tx_type_0 = []
                _tx_type_0 = data
                for tx_type_0_item_data in _tx_type_0:
                    tx_type_0_item = cast(list[Any], tx_type_0_item_data)

                    tx_type_0.append(tx_type_0_item)

                return tx_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[list[Any]] | None | Unset, data)

        tx = _parse_tx(d.pop("tx", UNSET))

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
