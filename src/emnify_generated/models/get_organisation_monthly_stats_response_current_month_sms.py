from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_organisation_monthly_stats_response_current_month_sms_currency import (
        GetOrganisationMonthlyStatsResponseCurrentMonthSmsCurrency,
    )
    from ..models.get_organisation_monthly_stats_response_current_month_sms_traffic_type import (
        GetOrganisationMonthlyStatsResponseCurrentMonthSmsTrafficType,
    )


T = TypeVar("T", bound="GetOrganisationMonthlyStatsResponseCurrentMonthSms")


@_attrs_define
class GetOrganisationMonthlyStatsResponseCurrentMonthSms:
    """
    Attributes:
        cost (float | Unset):
        month (str | Unset):
        currency (GetOrganisationMonthlyStatsResponseCurrentMonthSmsCurrency | Unset):
        traffic_type (GetOrganisationMonthlyStatsResponseCurrentMonthSmsTrafficType | Unset):
        volume (float | Unset):
        volume_rx (float | Unset):
        volume_tx (float | Unset):
    """

    cost: float | Unset = UNSET
    month: str | Unset = UNSET
    currency: GetOrganisationMonthlyStatsResponseCurrentMonthSmsCurrency | Unset = UNSET
    traffic_type: GetOrganisationMonthlyStatsResponseCurrentMonthSmsTrafficType | Unset = UNSET
    volume: float | Unset = UNSET
    volume_rx: float | Unset = UNSET
    volume_tx: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost = self.cost

        month = self.month

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

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
        from ..models.get_organisation_monthly_stats_response_current_month_sms_currency import (
            GetOrganisationMonthlyStatsResponseCurrentMonthSmsCurrency,  # noqa: PLC0415
        )
        from ..models.get_organisation_monthly_stats_response_current_month_sms_traffic_type import (
            GetOrganisationMonthlyStatsResponseCurrentMonthSmsTrafficType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        cost = d.pop("cost", UNSET)

        month = d.pop("month", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: GetOrganisationMonthlyStatsResponseCurrentMonthSmsCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = GetOrganisationMonthlyStatsResponseCurrentMonthSmsCurrency.from_dict(
                _currency
            )

        _traffic_type = d.pop("traffic_type", UNSET)
        traffic_type: GetOrganisationMonthlyStatsResponseCurrentMonthSmsTrafficType | Unset
        if isinstance(_traffic_type, Unset):
            traffic_type = UNSET
        else:
            traffic_type = GetOrganisationMonthlyStatsResponseCurrentMonthSmsTrafficType.from_dict(
                _traffic_type
            )

        volume = d.pop("volume", UNSET)

        volume_rx = d.pop("volume_rx", UNSET)

        volume_tx = d.pop("volume_tx", UNSET)

        get_organisation_monthly_stats_response_current_month_sms = cls(
            cost=cost,
            month=month,
            currency=currency,
            traffic_type=traffic_type,
            volume=volume,
            volume_rx=volume_rx,
            volume_tx=volume_tx,
        )

        get_organisation_monthly_stats_response_current_month_sms.additional_properties = d
        return get_organisation_monthly_stats_response_current_month_sms

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
