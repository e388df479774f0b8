from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        id (int | Unset):
        volume (float | Unset):
        rate (float | Unset):
        pooled (bool | Unset):
        start_date (str | Unset):
        end_date (str | Unset):
        ratezone (ListTariffProfilesResponseItemsInclusiveVolumeRatezone | Unset):
        currency (ListTariffProfilesResponseItemsInclusiveVolumeCurrency | Unset):
    """

    id: int | Unset = UNSET
    volume: float | Unset = UNSET
    rate: float | Unset = UNSET
    pooled: bool | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    ratezone: ListTariffProfilesResponseItemsInclusiveVolumeRatezone | Unset = UNSET
    currency: ListTariffProfilesResponseItemsInclusiveVolumeCurrency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        volume = self.volume

        rate = self.rate

        pooled = self.pooled

        start_date = self.start_date

        end_date = self.end_date

        ratezone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ratezone, Unset):
            ratezone = self.ratezone.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

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
        id = d.pop("id", UNSET)

        volume = d.pop("volume", UNSET)

        rate = d.pop("rate", UNSET)

        pooled = d.pop("pooled", UNSET)

        start_date = d.pop("start_date", UNSET)

        end_date = d.pop("end_date", UNSET)

        _ratezone = d.pop("ratezone", UNSET)
        ratezone: ListTariffProfilesResponseItemsInclusiveVolumeRatezone | Unset
        if isinstance(_ratezone, Unset):
            ratezone = UNSET
        else:
            ratezone = ListTariffProfilesResponseItemsInclusiveVolumeRatezone.from_dict(_ratezone)

        _currency = d.pop("currency", UNSET)
        currency: ListTariffProfilesResponseItemsInclusiveVolumeCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = ListTariffProfilesResponseItemsInclusiveVolumeCurrency.from_dict(_currency)

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
