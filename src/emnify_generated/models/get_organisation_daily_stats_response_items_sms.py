from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_organisation_daily_stats_response_items_sms_currency import (
        GetOrganisationDailyStatsResponseItemsSmsCurrency,
    )
    from ..models.get_organisation_daily_stats_response_items_sms_traffic_type import (
        GetOrganisationDailyStatsResponseItemsSmsTrafficType,
    )


T = TypeVar("T", bound="GetOrganisationDailyStatsResponseItemsSms")


@_attrs_define
class GetOrganisationDailyStatsResponseItemsSms:
    """
    Attributes:
        cost (None | str | Unset):
        currency_id (None | str | Unset):
        currency (GetOrganisationDailyStatsResponseItemsSmsCurrency | None | Unset):
        traffic_type_id (None | str | Unset):
        traffic_type (GetOrganisationDailyStatsResponseItemsSmsTrafficType | None | Unset):
        volume (None | str | Unset):
        volume_rx (None | str | Unset):
        volume_tx (None | str | Unset):
    """

    cost: None | str | Unset = UNSET
    currency_id: None | str | Unset = UNSET
    currency: GetOrganisationDailyStatsResponseItemsSmsCurrency | None | Unset = UNSET
    traffic_type_id: None | str | Unset = UNSET
    traffic_type: GetOrganisationDailyStatsResponseItemsSmsTrafficType | None | Unset = UNSET
    volume: None | str | Unset = UNSET
    volume_rx: None | str | Unset = UNSET
    volume_tx: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_organisation_daily_stats_response_items_sms_currency import (
            GetOrganisationDailyStatsResponseItemsSmsCurrency,  # noqa: PLC0415
        )
        from ..models.get_organisation_daily_stats_response_items_sms_traffic_type import (
            GetOrganisationDailyStatsResponseItemsSmsTrafficType,  # noqa: PLC0415
        )

        cost: None | str | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        currency_id: None | str | Unset
        if isinstance(self.currency_id, Unset):
            currency_id = UNSET
        else:
            currency_id = self.currency_id

        currency: dict[str, Any] | None | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, GetOrganisationDailyStatsResponseItemsSmsCurrency):
            currency = self.currency.to_dict()
        else:
            currency = self.currency

        traffic_type_id: None | str | Unset
        if isinstance(self.traffic_type_id, Unset):
            traffic_type_id = UNSET
        else:
            traffic_type_id = self.traffic_type_id

        traffic_type: dict[str, Any] | None | Unset
        if isinstance(self.traffic_type, Unset):
            traffic_type = UNSET
        elif isinstance(self.traffic_type, GetOrganisationDailyStatsResponseItemsSmsTrafficType):
            traffic_type = self.traffic_type.to_dict()
        else:
            traffic_type = self.traffic_type

        volume: None | str | Unset
        if isinstance(self.volume, Unset):
            volume = UNSET
        else:
            volume = self.volume

        volume_rx: None | str | Unset
        if isinstance(self.volume_rx, Unset):
            volume_rx = UNSET
        else:
            volume_rx = self.volume_rx

        volume_tx: None | str | Unset
        if isinstance(self.volume_tx, Unset):
            volume_tx = UNSET
        else:
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
        from ..models.get_organisation_daily_stats_response_items_sms_currency import (
            GetOrganisationDailyStatsResponseItemsSmsCurrency,  # noqa: PLC0415
        )
        from ..models.get_organisation_daily_stats_response_items_sms_traffic_type import (
            GetOrganisationDailyStatsResponseItemsSmsTrafficType,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_cost(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cost = _parse_cost(d.pop("cost", UNSET))

        def _parse_currency_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency_id = _parse_currency_id(d.pop("currency_id", UNSET))

        def _parse_currency(
            data: object,
        ) -> GetOrganisationDailyStatsResponseItemsSmsCurrency | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                currency_type_0 = GetOrganisationDailyStatsResponseItemsSmsCurrency.from_dict(data)

                return currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetOrganisationDailyStatsResponseItemsSmsCurrency | None | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_traffic_type_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        traffic_type_id = _parse_traffic_type_id(d.pop("traffic_type_id", UNSET))

        def _parse_traffic_type(
            data: object,
        ) -> GetOrganisationDailyStatsResponseItemsSmsTrafficType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                traffic_type_type_0 = (
                    GetOrganisationDailyStatsResponseItemsSmsTrafficType.from_dict(data)
                )

                return traffic_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetOrganisationDailyStatsResponseItemsSmsTrafficType | None | Unset, data)

        traffic_type = _parse_traffic_type(d.pop("traffic_type", UNSET))

        def _parse_volume(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        volume = _parse_volume(d.pop("volume", UNSET))

        def _parse_volume_rx(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        volume_rx = _parse_volume_rx(d.pop("volume_rx", UNSET))

        def _parse_volume_tx(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        volume_tx = _parse_volume_tx(d.pop("volume_tx", UNSET))

        get_organisation_daily_stats_response_items_sms = cls(
            cost=cost,
            currency_id=currency_id,
            currency=currency,
            traffic_type_id=traffic_type_id,
            traffic_type=traffic_type,
            volume=volume,
            volume_rx=volume_rx,
            volume_tx=volume_tx,
        )

        get_organisation_daily_stats_response_items_sms.additional_properties = d
        return get_organisation_daily_stats_response_items_sms

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
