from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from .._numbers import number_as_float, number_as_int
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
        id (int | None | Unset):
        volume (float | None | Unset):
        rate (float | None | Unset):
        pooled (bool | None | Unset):
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):
        currency (ListActiveOrganisationInclusiveVolumesResponseItemsCurrency | None | Unset):
        tariff (ListActiveOrganisationInclusiveVolumesResponseItemsTariff | None | Unset):
    """

    id: int | None | Unset = UNSET
    volume: float | None | Unset = UNSET
    rate: float | None | Unset = UNSET
    pooled: bool | None | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    currency: ListActiveOrganisationInclusiveVolumesResponseItemsCurrency | None | Unset = UNSET
    tariff: ListActiveOrganisationInclusiveVolumesResponseItemsTariff | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_active_organisation_inclusive_volumes_response_items_currency import (
            ListActiveOrganisationInclusiveVolumesResponseItemsCurrency,  # noqa: PLC0415
        )
        from ..models.list_active_organisation_inclusive_volumes_response_items_tariff import (
            ListActiveOrganisationInclusiveVolumesResponseItemsTariff,  # noqa: PLC0415
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
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        currency: dict[str, Any] | None | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, ListActiveOrganisationInclusiveVolumesResponseItemsCurrency):
            currency = self.currency.to_dict()
        else:
            currency = self.currency

        tariff: dict[str, Any] | None | Unset
        if isinstance(self.tariff, Unset):
            tariff = UNSET
        elif isinstance(self.tariff, ListActiveOrganisationInclusiveVolumesResponseItemsTariff):
            tariff = self.tariff.to_dict()
        else:
            tariff = self.tariff

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

        def _parse_start_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = isoparse(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_end_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = isoparse(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        def _parse_currency(
            data: object,
        ) -> ListActiveOrganisationInclusiveVolumesResponseItemsCurrency | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                currency_type_0 = (
                    ListActiveOrganisationInclusiveVolumesResponseItemsCurrency.from_dict(data)
                )

                return currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ListActiveOrganisationInclusiveVolumesResponseItemsCurrency | None | Unset, data
            )

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_tariff(
            data: object,
        ) -> ListActiveOrganisationInclusiveVolumesResponseItemsTariff | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tariff_type_0 = ListActiveOrganisationInclusiveVolumesResponseItemsTariff.from_dict(
                    data
                )

                return tariff_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ListActiveOrganisationInclusiveVolumesResponseItemsTariff | None | Unset, data
            )

        tariff = _parse_tariff(d.pop("tariff", UNSET))

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
