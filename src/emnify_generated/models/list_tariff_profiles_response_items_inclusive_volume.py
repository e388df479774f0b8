from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_float, number_as_int
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_tariff_profiles_response_items_inclusive_volume_currency import (
        ListTariffProfilesResponseItemsInclusiveVolumeCurrency,
    )
    from ..models.list_tariff_profiles_response_items_inclusive_volume_ratezone import (
        ListTariffProfilesResponseItemsInclusiveVolumeRatezone,
    )


T = TypeVar("T", bound="ListTariffProfilesResponseItemsInclusiveVolume")


@_attrs_define
class ListTariffProfilesResponseItemsInclusiveVolume:
    """
    Attributes:
        id (int | None | Unset):
        volume (float | None | Unset):
        rate (float | None | Unset):
        pooled (bool | None | Unset):
        start_date (None | str | Unset):
        end_date (None | str | Unset):
        ratezone (ListTariffProfilesResponseItemsInclusiveVolumeRatezone | None | Unset):
        currency (ListTariffProfilesResponseItemsInclusiveVolumeCurrency | None | Unset):
    """

    id: int | None | Unset = UNSET
    volume: float | None | Unset = UNSET
    rate: float | None | Unset = UNSET
    pooled: bool | None | Unset = UNSET
    start_date: None | str | Unset = UNSET
    end_date: None | str | Unset = UNSET
    ratezone: ListTariffProfilesResponseItemsInclusiveVolumeRatezone | None | Unset = UNSET
    currency: ListTariffProfilesResponseItemsInclusiveVolumeCurrency | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_tariff_profiles_response_items_inclusive_volume_currency import (
            ListTariffProfilesResponseItemsInclusiveVolumeCurrency,  # noqa: PLC0415
        )
        from ..models.list_tariff_profiles_response_items_inclusive_volume_ratezone import (
            ListTariffProfilesResponseItemsInclusiveVolumeRatezone,  # noqa: PLC0415
        )

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        volume: float | None | Unset
        if isinstance(self.volume, Unset):
            volume = UNSET
        else:
            volume = self.volume

        rate: float | None | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

        pooled: bool | None | Unset
        if isinstance(self.pooled, Unset):
            pooled = UNSET
        else:
            pooled = self.pooled

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        else:
            end_date = self.end_date

        ratezone: dict[str, Any] | None | Unset
        if isinstance(self.ratezone, Unset):
            ratezone = UNSET
        elif isinstance(self.ratezone, ListTariffProfilesResponseItemsInclusiveVolumeRatezone):
            ratezone = self.ratezone.to_dict()
        else:
            ratezone = self.ratezone

        currency: dict[str, Any] | None | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, ListTariffProfilesResponseItemsInclusiveVolumeCurrency):
            currency = self.currency.to_dict()
        else:
            currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if volume is not UNSET:
            field_dict["volume"] = volume
        if rate is not UNSET:
            field_dict["rate"] = rate
        if pooled is not UNSET:
            field_dict["pooled"] = pooled
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if ratezone is not UNSET:
            field_dict["ratezone"] = ratezone
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_tariff_profiles_response_items_inclusive_volume_currency import (
            ListTariffProfilesResponseItemsInclusiveVolumeCurrency,  # noqa: PLC0415
        )
        from ..models.list_tariff_profiles_response_items_inclusive_volume_ratezone import (
            ListTariffProfilesResponseItemsInclusiveVolumeRatezone,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        def _parse_volume(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        volume = _parse_volume(d.pop("volume", UNSET))

        def _parse_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        rate = _parse_rate(d.pop("rate", UNSET))

        def _parse_pooled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        pooled = _parse_pooled(d.pop("pooled", UNSET))

        def _parse_start_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_end_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        def _parse_ratezone(
            data: object,
        ) -> ListTariffProfilesResponseItemsInclusiveVolumeRatezone | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ratezone_type_0 = ListTariffProfilesResponseItemsInclusiveVolumeRatezone.from_dict(
                    data
                )

                return ratezone_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListTariffProfilesResponseItemsInclusiveVolumeRatezone | None | Unset, data)

        ratezone = _parse_ratezone(d.pop("ratezone", UNSET))

        def _parse_currency(
            data: object,
        ) -> ListTariffProfilesResponseItemsInclusiveVolumeCurrency | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                currency_type_0 = ListTariffProfilesResponseItemsInclusiveVolumeCurrency.from_dict(
                    data
                )

                return currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListTariffProfilesResponseItemsInclusiveVolumeCurrency | None | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        list_tariff_profiles_response_items_inclusive_volume = cls(
            id=id,
            volume=volume,
            rate=rate,
            pooled=pooled,
            start_date=start_date,
            end_date=end_date,
            ratezone=ratezone,
            currency=currency,
        )

        list_tariff_profiles_response_items_inclusive_volume.additional_properties = d
        return list_tariff_profiles_response_items_inclusive_volume

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
