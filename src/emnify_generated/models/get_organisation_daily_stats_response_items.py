from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_organisation_daily_stats_response_items_data import (
        GetOrganisationDailyStatsResponseItemsData,
    )
    from ..models.get_organisation_daily_stats_response_items_sms import (
        GetOrganisationDailyStatsResponseItemsSms,
    )


T = TypeVar("T", bound="GetOrganisationDailyStatsResponseItems")


@_attrs_define
class GetOrganisationDailyStatsResponseItems:
    """
    Attributes:
        date (None | str | Unset):
        data (GetOrganisationDailyStatsResponseItemsData | None | Unset):
        sms (GetOrganisationDailyStatsResponseItemsSms | None | Unset):
    """

    date: None | str | Unset = UNSET
    data: GetOrganisationDailyStatsResponseItemsData | None | Unset = UNSET
    sms: GetOrganisationDailyStatsResponseItemsSms | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_organisation_daily_stats_response_items_data import (
            GetOrganisationDailyStatsResponseItemsData,  # noqa: PLC0415
        )
        from ..models.get_organisation_daily_stats_response_items_sms import (
            GetOrganisationDailyStatsResponseItemsSms,  # noqa: PLC0415
        )

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, GetOrganisationDailyStatsResponseItemsData):
            data = self.data.to_dict()
        else:
            data = self.data

        sms: dict[str, Any] | None | Unset
        if isinstance(self.sms, Unset):
            sms = UNSET
        elif isinstance(self.sms, GetOrganisationDailyStatsResponseItemsSms):
            sms = self.sms.to_dict()
        else:
            sms = self.sms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if data is not UNSET:
            field_dict["data"] = data
        if sms is not UNSET:
            field_dict["sms"] = sms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_organisation_daily_stats_response_items_data import (
            GetOrganisationDailyStatsResponseItemsData,  # noqa: PLC0415
        )
        from ..models.get_organisation_daily_stats_response_items_sms import (
            GetOrganisationDailyStatsResponseItemsSms,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_data(data: object) -> GetOrganisationDailyStatsResponseItemsData | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = GetOrganisationDailyStatsResponseItemsData.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetOrganisationDailyStatsResponseItemsData | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_sms(data: object) -> GetOrganisationDailyStatsResponseItemsSms | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sms_type_0 = GetOrganisationDailyStatsResponseItemsSms.from_dict(data)

                return sms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetOrganisationDailyStatsResponseItemsSms | None | Unset, data)

        sms = _parse_sms(d.pop("sms", UNSET))

        get_organisation_daily_stats_response_items = cls(
            date=date,
            data=data,
            sms=sms,
        )

        get_organisation_daily_stats_response_items.additional_properties = d
        return get_organisation_daily_stats_response_items

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
