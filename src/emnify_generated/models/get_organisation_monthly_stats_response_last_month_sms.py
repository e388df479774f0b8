from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_float
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_organisation_monthly_stats_response_last_month_sms_currency import (
        GetOrganisationMonthlyStatsResponseLastMonthSmsCurrency,
    )
    from ..models.get_organisation_monthly_stats_response_last_month_sms_traffic_type import (
        GetOrganisationMonthlyStatsResponseLastMonthSmsTrafficType,
    )


T = TypeVar("T", bound="GetOrganisationMonthlyStatsResponseLastMonthSms")


@_attrs_define
class GetOrganisationMonthlyStatsResponseLastMonthSms:
    """
    Attributes:
        cost (float | None | Unset):
        month (None | str | Unset):
        currency (GetOrganisationMonthlyStatsResponseLastMonthSmsCurrency | None | Unset):
        traffic_type (GetOrganisationMonthlyStatsResponseLastMonthSmsTrafficType | None | Unset):
        volume (float | None | Unset):
        volume_rx (float | None | Unset):
        volume_tx (float | None | Unset):
    """

    cost: float | None | Unset = UNSET
    month: None | str | Unset = UNSET
    currency: GetOrganisationMonthlyStatsResponseLastMonthSmsCurrency | None | Unset = UNSET
    traffic_type: GetOrganisationMonthlyStatsResponseLastMonthSmsTrafficType | None | Unset = UNSET
    volume: float | None | Unset = UNSET
    volume_rx: float | None | Unset = UNSET
    volume_tx: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_organisation_monthly_stats_response_last_month_sms_currency import (
            GetOrganisationMonthlyStatsResponseLastMonthSmsCurrency,  # noqa: PLC0415
        )
        from ..models.get_organisation_monthly_stats_response_last_month_sms_traffic_type import (
            GetOrganisationMonthlyStatsResponseLastMonthSmsTrafficType,  # noqa: PLC0415
        )

        cost: float | None | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        month: None | str | Unset
        if isinstance(self.month, Unset):
            month = UNSET
        else:
            month = self.month

        currency: dict[str, Any] | None | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, GetOrganisationMonthlyStatsResponseLastMonthSmsCurrency):
            currency = self.currency.to_dict()
        else:
            currency = self.currency

        traffic_type: dict[str, Any] | None | Unset
        if isinstance(self.traffic_type, Unset):
            traffic_type = UNSET
        elif isinstance(
            self.traffic_type, GetOrganisationMonthlyStatsResponseLastMonthSmsTrafficType
        ):
            traffic_type = self.traffic_type.to_dict()
        else:
            traffic_type = self.traffic_type

        volume: float | None | Unset
        if isinstance(self.volume, Unset):
            volume = UNSET
        else:
            volume = self.volume

        volume_rx: float | None | Unset
        if isinstance(self.volume_rx, Unset):
            volume_rx = UNSET
        else:
            volume_rx = self.volume_rx

        volume_tx: float | None | Unset
        if isinstance(self.volume_tx, Unset):
            volume_tx = UNSET
        else:
            volume_tx = self.volume_tx

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cost is not UNSET:
            field_dict["cost"] = cost
        if month is not UNSET:
            field_dict["month"] = month
        if currency is not UNSET:
            field_dict["currency"] = currency
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
        from ..models.get_organisation_monthly_stats_response_last_month_sms_currency import (
            GetOrganisationMonthlyStatsResponseLastMonthSmsCurrency,  # noqa: PLC0415
        )
        from ..models.get_organisation_monthly_stats_response_last_month_sms_traffic_type import (
            GetOrganisationMonthlyStatsResponseLastMonthSmsTrafficType,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        cost = _parse_cost(d.pop("cost", UNSET))

        def _parse_month(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        month = _parse_month(d.pop("month", UNSET))

        def _parse_currency(
            data: object,
        ) -> GetOrganisationMonthlyStatsResponseLastMonthSmsCurrency | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                currency_type_0 = GetOrganisationMonthlyStatsResponseLastMonthSmsCurrency.from_dict(
                    data
                )

                return currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                GetOrganisationMonthlyStatsResponseLastMonthSmsCurrency | None | Unset, data
            )

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_traffic_type(
            data: object,
        ) -> GetOrganisationMonthlyStatsResponseLastMonthSmsTrafficType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                traffic_type_type_0 = (
                    GetOrganisationMonthlyStatsResponseLastMonthSmsTrafficType.from_dict(data)
                )

                return traffic_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                GetOrganisationMonthlyStatsResponseLastMonthSmsTrafficType | None | Unset, data
            )

        traffic_type = _parse_traffic_type(d.pop("traffic_type", UNSET))

        def _parse_volume(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        volume = _parse_volume(d.pop("volume", UNSET))

        def _parse_volume_rx(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        volume_rx = _parse_volume_rx(d.pop("volume_rx", UNSET))

        def _parse_volume_tx(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        volume_tx = _parse_volume_tx(d.pop("volume_tx", UNSET))

        get_organisation_monthly_stats_response_last_month_sms = cls(
            cost=cost,
            month=month,
            currency=currency,
            traffic_type=traffic_type,
            volume=volume,
            volume_rx=volume_rx,
            volume_tx=volume_tx,
        )

        get_organisation_monthly_stats_response_last_month_sms.additional_properties = d
        return get_organisation_monthly_stats_response_last_month_sms

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
