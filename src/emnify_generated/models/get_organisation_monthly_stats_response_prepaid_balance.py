from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_float
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_organisation_monthly_stats_response_prepaid_balance_currency import (
        GetOrganisationMonthlyStatsResponsePrepaidBalanceCurrency,
    )


T = TypeVar("T", bound="GetOrganisationMonthlyStatsResponsePrepaidBalance")


@_attrs_define
class GetOrganisationMonthlyStatsResponsePrepaidBalance:
    """
    Attributes:
        amount (float | None | Unset):
        currency (GetOrganisationMonthlyStatsResponsePrepaidBalanceCurrency | None | Unset):
        last_updated (None | str | Unset):
    """

    amount: float | None | Unset = UNSET
    currency: GetOrganisationMonthlyStatsResponsePrepaidBalanceCurrency | None | Unset = UNSET
    last_updated: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_organisation_monthly_stats_response_prepaid_balance_currency import (
            GetOrganisationMonthlyStatsResponsePrepaidBalanceCurrency,  # noqa: PLC0415
        )

        amount: float | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        currency: dict[str, Any] | None | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, GetOrganisationMonthlyStatsResponsePrepaidBalanceCurrency):
            currency = self.currency.to_dict()
        else:
            currency = self.currency

        last_updated: None | str | Unset
        if isinstance(self.last_updated, Unset):
            last_updated = UNSET
        else:
            last_updated = self.last_updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_organisation_monthly_stats_response_prepaid_balance_currency import (
            GetOrganisationMonthlyStatsResponsePrepaidBalanceCurrency,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_currency(
            data: object,
        ) -> GetOrganisationMonthlyStatsResponsePrepaidBalanceCurrency | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                currency_type_0 = (
                    GetOrganisationMonthlyStatsResponsePrepaidBalanceCurrency.from_dict(data)
                )

                return currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                GetOrganisationMonthlyStatsResponsePrepaidBalanceCurrency | None | Unset, data
            )

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_last_updated(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_updated = _parse_last_updated(d.pop("last_updated", UNSET))

        get_organisation_monthly_stats_response_prepaid_balance = cls(
            amount=amount,
            currency=currency,
            last_updated=last_updated,
        )

        get_organisation_monthly_stats_response_prepaid_balance.additional_properties = d
        return get_organisation_monthly_stats_response_prepaid_balance

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
