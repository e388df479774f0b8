from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_endpoint_daily_stats_response_items_data_currency import (
        GetEndpointDailyStatsResponseItemsDataCurrency,
    )
    from ..models.get_endpoint_daily_stats_response_items_data_traffic_type import (
        GetEndpointDailyStatsResponseItemsDataTrafficType,
    )


T = TypeVar("T", bound="GetEndpointDailyStatsResponseItemsData")


@_attrs_define
class GetEndpointDailyStatsResponseItemsData:
    """
    Attributes:
        volume (float | Unset):
        volume_tx (float | Unset):
        volume_rx (float | Unset):
        cost (float | Unset):
        traffic_type (GetEndpointDailyStatsResponseItemsDataTrafficType | Unset):
        currency (GetEndpointDailyStatsResponseItemsDataCurrency | Unset):
    """

    volume: float | Unset = UNSET
    volume_tx: float | Unset = UNSET
    volume_rx: float | Unset = UNSET
    cost: float | Unset = UNSET
    traffic_type: GetEndpointDailyStatsResponseItemsDataTrafficType | Unset = UNSET
    currency: GetEndpointDailyStatsResponseItemsDataCurrency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volume = self.volume

        volume_tx = self.volume_tx

        volume_rx = self.volume_rx

        cost = self.cost

        traffic_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.traffic_type, Unset):
            traffic_type = self.traffic_type.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if volume is not UNSET:
            field_dict["volume"] = volume
        if volume_tx is not UNSET:
            field_dict["volume_tx"] = volume_tx
        if volume_rx is not UNSET:
            field_dict["volume_rx"] = volume_rx
        if cost is not UNSET:
            field_dict["cost"] = cost
        if traffic_type is not UNSET:
            field_dict["traffic_type"] = traffic_type
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_endpoint_daily_stats_response_items_data_currency import (
            GetEndpointDailyStatsResponseItemsDataCurrency,  # noqa: PLC0415
        )
        from ..models.get_endpoint_daily_stats_response_items_data_traffic_type import (
            GetEndpointDailyStatsResponseItemsDataTrafficType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        volume = d.pop("volume", UNSET)

        volume_tx = d.pop("volume_tx", UNSET)

        volume_rx = d.pop("volume_rx", UNSET)

        cost = d.pop("cost", UNSET)

        _traffic_type = d.pop("traffic_type", UNSET)
        traffic_type: GetEndpointDailyStatsResponseItemsDataTrafficType | Unset
        if isinstance(_traffic_type, Unset):
            traffic_type = UNSET
        else:
            traffic_type = GetEndpointDailyStatsResponseItemsDataTrafficType.from_dict(
                _traffic_type
            )

        _currency = d.pop("currency", UNSET)
        currency: GetEndpointDailyStatsResponseItemsDataCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = GetEndpointDailyStatsResponseItemsDataCurrency.from_dict(_currency)

        get_endpoint_daily_stats_response_items_data = cls(
            volume=volume,
            volume_tx=volume_tx,
            volume_rx=volume_rx,
            cost=cost,
            traffic_type=traffic_type,
            currency=currency,
        )

        get_endpoint_daily_stats_response_items_data.additional_properties = d
        return get_endpoint_daily_stats_response_items_data

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
