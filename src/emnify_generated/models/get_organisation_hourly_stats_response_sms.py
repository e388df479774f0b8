from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetOrganisationHourlyStatsResponseSms")


@_attrs_define
class GetOrganisationHourlyStatsResponseSms:
    """
    Attributes:
        rx (list[str] | None | Unset):
        tx (list[str] | None | Unset):
    """

    rx: list[str] | None | Unset = UNSET
    tx: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rx: list[str] | None | Unset
        if isinstance(self.rx, Unset):
            rx = UNSET
        elif isinstance(self.rx, list):
            rx = self.rx

        else:
            rx = self.rx

        tx: list[str] | None | Unset
        if isinstance(self.tx, Unset):
            tx = UNSET
        elif isinstance(self.tx, list):
            tx = self.tx

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

        def _parse_rx(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                rx_type_0 = cast(list[str], data)

                return rx_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        rx = _parse_rx(d.pop("rx", UNSET))

        def _parse_tx(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tx_type_0 = cast(list[str], data)

                return tx_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tx = _parse_tx(d.pop("tx", UNSET))

        get_organisation_hourly_stats_response_sms = cls(
            rx=rx,
            tx=tx,
        )

        get_organisation_hourly_stats_response_sms.additional_properties = d
        return get_organisation_hourly_stats_response_sms

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
