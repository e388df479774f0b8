from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_tariff_profile_response_tariff_currency_id import (
        GetTariffProfileResponseTariffCurrencyId,
    )


T = TypeVar("T", bound="GetTariffProfileResponseTariffCurrency")


@_attrs_define
class GetTariffProfileResponseTariffCurrency:
    """
    Attributes:
        id (GetTariffProfileResponseTariffCurrencyId | Unset):
        code (str | Unset):
        symbol (str | Unset):
    """

    id: GetTariffProfileResponseTariffCurrencyId | Unset = UNSET
    code: str | Unset = UNSET
    symbol: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = self.id.to_dict()

        code = self.code

        symbol = self.symbol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if code is not UNSET:
            field_dict["code"] = code
        if symbol is not UNSET:
            field_dict["symbol"] = symbol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_tariff_profile_response_tariff_currency_id import (
            GetTariffProfileResponseTariffCurrencyId,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: GetTariffProfileResponseTariffCurrencyId | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = GetTariffProfileResponseTariffCurrencyId.from_dict(_id)

        code = d.pop("code", UNSET)

        symbol = d.pop("symbol", UNSET)

        get_tariff_profile_response_tariff_currency = cls(
            id=id,
            code=code,
            symbol=symbol,
        )

        get_tariff_profile_response_tariff_currency.additional_properties = d
        return get_tariff_profile_response_tariff_currency

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
