from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        id (GetTariffProfileResponseTariffCurrencyId | None | Unset):
        code (None | str | Unset):
        symbol (None | str | Unset):
    """

    id: GetTariffProfileResponseTariffCurrencyId | None | Unset = UNSET
    code: None | str | Unset = UNSET
    symbol: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_tariff_profile_response_tariff_currency_id import (
            GetTariffProfileResponseTariffCurrencyId,  # noqa: PLC0415
        )

        id: dict[str, Any] | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, GetTariffProfileResponseTariffCurrencyId):
            id = self.id.to_dict()
        else:
            id = self.id

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
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

        def _parse_id(data: object) -> GetTariffProfileResponseTariffCurrencyId | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                id_type_0 = GetTariffProfileResponseTariffCurrencyId.from_dict(data)

                return id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetTariffProfileResponseTariffCurrencyId | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        symbol = _parse_symbol(d.pop("symbol", UNSET))

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
