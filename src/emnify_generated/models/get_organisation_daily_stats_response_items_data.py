from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_organisation_daily_stats_response_items_data_currency import (
        GetOrganisationDailyStatsResponseItemsDataCurrency,
    )
    from ..models.get_organisation_daily_stats_response_items_data_traffic_type import (
        GetOrganisationDailyStatsResponseItemsDataTrafficType,
    )


T = TypeVar("T", bound="GetOrganisationDailyStatsResponseItemsData")


@_attrs_define
class GetOrganisationDailyStatsResponseItemsData:
    """
    Attributes:
        cost (str | Unset):
        currency_id (str | Unset):
        currency (GetOrganisationDailyStatsResponseItemsDataCurrency | Unset):
        traffic_type_id (str | Unset):
        traffic_type (GetOrganisationDailyStatsResponseItemsDataTrafficType | Unset):
        volume (str | Unset):
        volume_rx (str | Unset):
        volume_tx (str | Unset):
    """

    cost: str | Unset = UNSET
    currency_id: str | Unset = UNSET
    currency: GetOrganisationDailyStatsResponseItemsDataCurrency | Unset = UNSET
    traffic_type_id: str | Unset = UNSET
    traffic_type: GetOrganisationDailyStatsResponseItemsDataTrafficType | Unset = UNSET
    volume: str | Unset = UNSET
    volume_rx: str | Unset = UNSET
    volume_tx: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost = self.cost

        currency_id = self.currency_id

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        traffic_type_id = self.traffic_type_id

        traffic_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.traffic_type, Unset):
            traffic_type = self.traffic_type.to_dict()

        volume = self.volume

        volume_rx = self.volume_rx

        volume_tx = self.volume_tx

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cost is not UNSET:
            field_dict["cost"] = cost
        if currency_id is not UNSET:
            field_dict["currency_id"] = currency_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if traffic_type_id is not UNSET:
            field_dict["traffic_type_id"] = traffic_type_id
        if traffic_type is not UNSET:
            field_dict["traffic_type"] = traffic_type
        if volume is not UNSET:
            field_dict["volume"] = volume
        if volume_rx is not UNSET:
            field_dict["volume_rx"] = volume_rx
        if volume_tx is not UNSET:
            field_dict["volume_tx"] = volume_tx

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_organisation_daily_stats_response_items_data_currency import (
            GetOrganisationDailyStatsResponseItemsDataCurrency,  # noqa: PLC0415
        )
        from ..models.get_organisation_daily_stats_response_items_data_traffic_type import (
            GetOrganisationDailyStatsResponseItemsDataTrafficType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        cost = d.pop("cost", UNSET)

        currency_id = d.pop("currency_id", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: GetOrganisationDailyStatsResponseItemsDataCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = GetOrganisationDailyStatsResponseItemsDataCurrency.from_dict(_currency)

        traffic_type_id = d.pop("traffic_type_id", UNSET)

        _traffic_type = d.pop("traffic_type", UNSET)
        traffic_type: GetOrganisationDailyStatsResponseItemsDataTrafficType | Unset
        if isinstance(_traffic_type, Unset):
            traffic_type = UNSET
        else:
            traffic_type = GetOrganisationDailyStatsResponseItemsDataTrafficType.from_dict(
                _traffic_type
            )

        volume = d.pop("volume", UNSET)

        volume_rx = d.pop("volume_rx", UNSET)

        volume_tx = d.pop("volume_tx", UNSET)

        get_organisation_daily_stats_response_items_data = cls(
            cost=cost,
            currency_id=currency_id,
            currency=currency,
            traffic_type_id=traffic_type_id,
            traffic_type=traffic_type,
            volume=volume,
            volume_rx=volume_rx,
            volume_tx=volume_tx,
        )

        get_organisation_daily_stats_response_items_data.additional_properties = d
        return get_organisation_daily_stats_response_items_data

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
