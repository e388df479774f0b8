from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from .._numbers import number_as_float, number_as_int
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.usage_currency import UsageCurrency
    from ..models.usage_traffic_type import UsageTrafficType


T = TypeVar("T", bound="UsageRecord")


@_attrs_define
class UsageRecord:
    """
    Attributes:
        id (int | None | Unset):
        sim_id (int | None | Unset):
        endpoint_id (int | None | Unset):
        month (datetime.datetime | None | Unset):
        volume (float | None | Unset):
        volume_tx (float | None | Unset):
        volume_rx (float | None | Unset):
        traffic_type_id (int | None | Unset):
        traffic_type (None | Unset | UsageTrafficType):
        cost (float | None | Unset):
        currency_id (int | None | Unset):
        currency (None | Unset | UsageCurrency):
        last_updated (datetime.datetime | None | Unset):
    """

    id: int | None | Unset = UNSET
    sim_id: int | None | Unset = UNSET
    endpoint_id: int | None | Unset = UNSET
    month: datetime.datetime | None | Unset = UNSET
    volume: float | None | Unset = UNSET
    volume_tx: float | None | Unset = UNSET
    volume_rx: float | None | Unset = UNSET
    traffic_type_id: int | None | Unset = UNSET
    traffic_type: None | Unset | UsageTrafficType = UNSET
    cost: float | None | Unset = UNSET
    currency_id: int | None | Unset = UNSET
    currency: None | Unset | UsageCurrency = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.usage_currency import UsageCurrency  # noqa: PLC0415
        from ..models.usage_traffic_type import UsageTrafficType  # noqa: PLC0415

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        sim_id: int | None | Unset
        if isinstance(self.sim_id, Unset):
            sim_id = UNSET
        else:
            sim_id = self.sim_id

        endpoint_id: int | None | Unset
        if isinstance(self.endpoint_id, Unset):
            endpoint_id = UNSET
        else:
            endpoint_id = self.endpoint_id

        month: None | str | Unset
        if isinstance(self.month, Unset):
            month = UNSET
        elif isinstance(self.month, datetime.datetime):
            month = self.month.isoformat()
        else:
            month = self.month

        volume: float | None | Unset
        if isinstance(self.volume, Unset):
            volume = UNSET
        else:
            volume = self.volume

        volume_tx: float | None | Unset
        if isinstance(self.volume_tx, Unset):
            volume_tx = UNSET
        else:
            volume_tx = self.volume_tx

        volume_rx: float | None | Unset
        if isinstance(self.volume_rx, Unset):
            volume_rx = UNSET
        else:
            volume_rx = self.volume_rx

        traffic_type_id: int | None | Unset
        if isinstance(self.traffic_type_id, Unset):
            traffic_type_id = UNSET
        else:
            traffic_type_id = self.traffic_type_id

        traffic_type: dict[str, Any] | None | Unset
        if isinstance(self.traffic_type, Unset):
            traffic_type = UNSET
        elif isinstance(self.traffic_type, UsageTrafficType):
            traffic_type = self.traffic_type.to_dict()
        else:
            traffic_type = self.traffic_type

        cost: float | None | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        currency_id: int | None | Unset
        if isinstance(self.currency_id, Unset):
            currency_id = UNSET
        else:
            currency_id = self.currency_id

        currency: dict[str, Any] | None | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, UsageCurrency):
            currency = self.currency.to_dict()
        else:
            currency = self.currency

        last_updated: None | str | Unset
        if isinstance(self.last_updated, Unset):
            last_updated = UNSET
        elif isinstance(self.last_updated, datetime.datetime):
            last_updated = self.last_updated.isoformat()
        else:
            last_updated = self.last_updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if sim_id is not UNSET:
            field_dict["sim_id"] = sim_id
        if endpoint_id is not UNSET:
            field_dict["endpoint_id"] = endpoint_id
        if month is not UNSET:
            field_dict["month"] = month
        if volume is not UNSET:
            field_dict["volume"] = volume
        if volume_tx is not UNSET:
            field_dict["volume_tx"] = volume_tx
        if volume_rx is not UNSET:
            field_dict["volume_rx"] = volume_rx
        if traffic_type_id is not UNSET:
            field_dict["traffic_type_id"] = traffic_type_id
        if traffic_type is not UNSET:
            field_dict["traffic_type"] = traffic_type
        if cost is not UNSET:
            field_dict["cost"] = cost
        if currency_id is not UNSET:
            field_dict["currency_id"] = currency_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.usage_currency import UsageCurrency  # noqa: PLC0415
        from ..models.usage_traffic_type import UsageTrafficType  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        def _parse_sim_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        sim_id = _parse_sim_id(d.pop("sim_id", UNSET))

        def _parse_endpoint_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        endpoint_id = _parse_endpoint_id(d.pop("endpoint_id", UNSET))

        def _parse_month(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                month_type_0 = isoparse(data)

                return month_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        month = _parse_month(d.pop("month", UNSET))

        def _parse_volume(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        volume = _parse_volume(d.pop("volume", UNSET))

        def _parse_volume_tx(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        volume_tx = _parse_volume_tx(d.pop("volume_tx", UNSET))

        def _parse_volume_rx(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        volume_rx = _parse_volume_rx(d.pop("volume_rx", UNSET))

        def _parse_traffic_type_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        traffic_type_id = _parse_traffic_type_id(d.pop("traffic_type_id", UNSET))

        def _parse_traffic_type(data: object) -> None | Unset | UsageTrafficType:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                traffic_type_type_0 = UsageTrafficType.from_dict(data)

                return traffic_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UsageTrafficType, data)

        traffic_type = _parse_traffic_type(d.pop("traffic_type", UNSET))

        def _parse_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        cost = _parse_cost(d.pop("cost", UNSET))

        def _parse_currency_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        currency_id = _parse_currency_id(d.pop("currency_id", UNSET))

        def _parse_currency(data: object) -> None | Unset | UsageCurrency:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                currency_type_0 = UsageCurrency.from_dict(data)

                return currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UsageCurrency, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_last_updated(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_updated_type_0 = isoparse(data)

                return last_updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_updated = _parse_last_updated(d.pop("last_updated", UNSET))

        usage_record = cls(
            id=id,
            sim_id=sim_id,
            endpoint_id=endpoint_id,
            month=month,
            volume=volume,
            volume_tx=volume_tx,
            volume_rx=volume_rx,
            traffic_type_id=traffic_type_id,
            traffic_type=traffic_type,
            cost=cost,
            currency_id=currency_id,
            currency=currency,
            last_updated=last_updated,
        )

        usage_record.additional_properties = d
        return usage_record

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
