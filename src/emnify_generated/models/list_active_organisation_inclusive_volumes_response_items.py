from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_active_organisation_inclusive_volumes_response_items_currency import (
        ListActiveOrganisationInclusiveVolumesResponseItemsCurrency,
    )
    from ..models.list_active_organisation_inclusive_volumes_response_items_tariff import (
        ListActiveOrganisationInclusiveVolumesResponseItemsTariff,
    )


T = TypeVar("T", bound="ListActiveOrganisationInclusiveVolumesResponseItems")


@_attrs_define
class ListActiveOrganisationInclusiveVolumesResponseItems:
    """
    Attributes:
        id (int | Unset):
        volume (float | Unset):
        rate (float | Unset):
        pooled (bool | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        currency (ListActiveOrganisationInclusiveVolumesResponseItemsCurrency | Unset):
        tariff (ListActiveOrganisationInclusiveVolumesResponseItemsTariff | Unset):
    """

    id: int | Unset = UNSET
    volume: float | Unset = UNSET
    rate: float | Unset = UNSET
    pooled: bool | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    currency: ListActiveOrganisationInclusiveVolumesResponseItemsCurrency | Unset = UNSET
    tariff: ListActiveOrganisationInclusiveVolumesResponseItemsTariff | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        volume = self.volume

        rate = self.rate

        pooled = self.pooled

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        tariff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tariff, Unset):
            tariff = self.tariff.to_dict()

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
        if currency is not UNSET:
            field_dict["currency"] = currency
        if tariff is not UNSET:
            field_dict["tariff"] = tariff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_active_organisation_inclusive_volumes_response_items_currency import (
            ListActiveOrganisationInclusiveVolumesResponseItemsCurrency,  # noqa: PLC0415
        )
        from ..models.list_active_organisation_inclusive_volumes_response_items_tariff import (
            ListActiveOrganisationInclusiveVolumesResponseItemsTariff,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        volume = d.pop("volume", UNSET)

        rate = d.pop("rate", UNSET)

        pooled = d.pop("pooled", UNSET)

        _start_date = d.pop("start_date", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = isoparse(_start_date)

        _end_date = d.pop("end_date", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = isoparse(_end_date)

        _currency = d.pop("currency", UNSET)
        currency: ListActiveOrganisationInclusiveVolumesResponseItemsCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = ListActiveOrganisationInclusiveVolumesResponseItemsCurrency.from_dict(
                _currency
            )

        _tariff = d.pop("tariff", UNSET)
        tariff: ListActiveOrganisationInclusiveVolumesResponseItemsTariff | Unset
        if isinstance(_tariff, Unset):
            tariff = UNSET
        else:
            tariff = ListActiveOrganisationInclusiveVolumesResponseItemsTariff.from_dict(_tariff)

        list_active_organisation_inclusive_volumes_response_items = cls(
            id=id,
            volume=volume,
            rate=rate,
            pooled=pooled,
            start_date=start_date,
            end_date=end_date,
            currency=currency,
            tariff=tariff,
        )

        list_active_organisation_inclusive_volumes_response_items.additional_properties = d
        return list_active_organisation_inclusive_volumes_response_items

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
