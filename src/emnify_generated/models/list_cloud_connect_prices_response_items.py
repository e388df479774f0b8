from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_float, number_as_int
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_cloud_connect_prices_response_items_currency import (
        ListCloudConnectPricesResponseItemsCurrency,
    )


T = TypeVar("T", bound="ListCloudConnectPricesResponseItems")


@_attrs_define
class ListCloudConnectPricesResponseItems:
    """
    Attributes:
        id (int | None | Unset):
        breakout_type_id (int | None | Unset):
        amount (float | None | Unset):
        currency (ListCloudConnectPricesResponseItemsCurrency | None | Unset):
    """

    id: int | None | Unset = UNSET
    breakout_type_id: int | None | Unset = UNSET
    amount: float | None | Unset = UNSET
    currency: ListCloudConnectPricesResponseItemsCurrency | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_cloud_connect_prices_response_items_currency import (
            ListCloudConnectPricesResponseItemsCurrency,  # noqa: PLC0415
        )

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        breakout_type_id: int | None | Unset
        if isinstance(self.breakout_type_id, Unset):
            breakout_type_id = UNSET
        else:
            breakout_type_id = self.breakout_type_id

        amount: float | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        currency: dict[str, Any] | None | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, ListCloudConnectPricesResponseItemsCurrency):
            currency = self.currency.to_dict()
        else:
            currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if breakout_type_id is not UNSET:
            field_dict["breakout_type_id"] = breakout_type_id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_cloud_connect_prices_response_items_currency import (
            ListCloudConnectPricesResponseItemsCurrency,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        def _parse_breakout_type_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        breakout_type_id = _parse_breakout_type_id(d.pop("breakout_type_id", UNSET))

        def _parse_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        amount = _parse_amount(d.pop("amount", UNSET))

        def _parse_currency(
            data: object,
        ) -> ListCloudConnectPricesResponseItemsCurrency | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                currency_type_0 = ListCloudConnectPricesResponseItemsCurrency.from_dict(data)

                return currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListCloudConnectPricesResponseItemsCurrency | None | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        list_cloud_connect_prices_response_items = cls(
            id=id,
            breakout_type_id=breakout_type_id,
            amount=amount,
            currency=currency,
        )

        list_cloud_connect_prices_response_items.additional_properties = d
        return list_cloud_connect_prices_response_items

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
