from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.usage_currency import UsageCurrency
    from ..models.usage_traffic_type import UsageTrafficType


T = TypeVar("T", bound="UsageRecord")


@_attrs_define
class UsageRecord:
    """
    Attributes:
        id (int | Unset):
        sim_id (int | Unset):
        endpoint_id (int | Unset):
        month (datetime.datetime | Unset):
        volume (float | Unset):
        volume_tx (float | Unset):
        volume_rx (float | Unset):
        traffic_type_id (int | Unset):
        traffic_type (UsageTrafficType | Unset):
        cost (float | Unset):
        currency_id (int | Unset):
        currency (UsageCurrency | Unset):
        last_updated (datetime.datetime | Unset):
    """

    id: int | Unset = UNSET
    sim_id: int | Unset = UNSET
    endpoint_id: int | Unset = UNSET
    month: datetime.datetime | Unset = UNSET
    volume: float | Unset = UNSET
    volume_tx: float | Unset = UNSET
    volume_rx: float | Unset = UNSET
    traffic_type_id: int | Unset = UNSET
    traffic_type: UsageTrafficType | Unset = UNSET
    cost: float | Unset = UNSET
    currency_id: int | Unset = UNSET
    currency: UsageCurrency | Unset = UNSET
    last_updated: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sim_id = self.sim_id

        endpoint_id = self.endpoint_id

        month: str | Unset = UNSET
        if not isinstance(self.month, Unset):
            month = self.month.isoformat()

        volume = self.volume

        volume_tx = self.volume_tx

        volume_rx = self.volume_rx

        traffic_type_id = self.traffic_type_id

        traffic_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.traffic_type, Unset):
            traffic_type = self.traffic_type.to_dict()

        cost = self.cost

        currency_id = self.currency_id

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        last_updated: str | Unset = UNSET
        if not isinstance(self.last_updated, Unset):
            last_updated = self.last_updated.isoformat()

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
        id = d.pop("id", UNSET)

        sim_id = d.pop("sim_id", UNSET)

        endpoint_id = d.pop("endpoint_id", UNSET)

        _month = d.pop("month", UNSET)
        month: datetime.datetime | Unset
        if isinstance(_month, Unset):
            month = UNSET
        else:
            month = isoparse(_month)

        volume = d.pop("volume", UNSET)

        volume_tx = d.pop("volume_tx", UNSET)

        volume_rx = d.pop("volume_rx", UNSET)

        traffic_type_id = d.pop("traffic_type_id", UNSET)

        _traffic_type = d.pop("traffic_type", UNSET)
        traffic_type: UsageTrafficType | Unset
        if isinstance(_traffic_type, Unset):
            traffic_type = UNSET
        else:
            traffic_type = UsageTrafficType.from_dict(_traffic_type)

        cost = d.pop("cost", UNSET)

        currency_id = d.pop("currency_id", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: UsageCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = UsageCurrency.from_dict(_currency)

        _last_updated = d.pop("last_updated", UNSET)
        last_updated: datetime.datetime | Unset
        if isinstance(_last_updated, Unset):
            last_updated = UNSET
        else:
            last_updated = isoparse(_last_updated)

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
