from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        id (int | Unset):
        breakout_type_id (int | Unset):
        amount (float | Unset):
        currency (ListCloudConnectPricesResponseItemsCurrency | Unset):
    """

    id: int | Unset = UNSET
    breakout_type_id: int | Unset = UNSET
    amount: float | Unset = UNSET
    currency: ListCloudConnectPricesResponseItemsCurrency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        breakout_type_id = self.breakout_type_id

        amount = self.amount

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

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
        id = d.pop("id", UNSET)

        breakout_type_id = d.pop("breakout_type_id", UNSET)

        amount = d.pop("amount", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: ListCloudConnectPricesResponseItemsCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = ListCloudConnectPricesResponseItemsCurrency.from_dict(_currency)

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
