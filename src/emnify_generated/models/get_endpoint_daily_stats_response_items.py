from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_endpoint_daily_stats_response_items_data import (
        GetEndpointDailyStatsResponseItemsData,
    )
    from ..models.get_endpoint_daily_stats_response_items_sat_geo_data import (
        GetEndpointDailyStatsResponseItemsSatGeoData,
    )
    from ..models.get_endpoint_daily_stats_response_items_sat_geo_sms import (
        GetEndpointDailyStatsResponseItemsSatGeoSms,
    )
    from ..models.get_endpoint_daily_stats_response_items_sms import (
        GetEndpointDailyStatsResponseItemsSms,
    )


T = TypeVar("T", bound="GetEndpointDailyStatsResponseItems")


@_attrs_define
class GetEndpointDailyStatsResponseItems:
    """
    Attributes:
        date (datetime.date | None | Unset):
        data (GetEndpointDailyStatsResponseItemsData | None | Unset):
        sms (GetEndpointDailyStatsResponseItemsSms | None | Unset):
        sat_geo_data (GetEndpointDailyStatsResponseItemsSatGeoData | None | Unset):
        sat_geo_sms (GetEndpointDailyStatsResponseItemsSatGeoSms | None | Unset):
    """

    date: datetime.date | None | Unset = UNSET
    data: GetEndpointDailyStatsResponseItemsData | None | Unset = UNSET
    sms: GetEndpointDailyStatsResponseItemsSms | None | Unset = UNSET
    sat_geo_data: GetEndpointDailyStatsResponseItemsSatGeoData | None | Unset = UNSET
    sat_geo_sms: GetEndpointDailyStatsResponseItemsSatGeoSms | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_endpoint_daily_stats_response_items_data import (
            GetEndpointDailyStatsResponseItemsData,  # noqa: PLC0415
        )
        from ..models.get_endpoint_daily_stats_response_items_sat_geo_data import (
            GetEndpointDailyStatsResponseItemsSatGeoData,  # noqa: PLC0415
        )
        from ..models.get_endpoint_daily_stats_response_items_sat_geo_sms import (
            GetEndpointDailyStatsResponseItemsSatGeoSms,  # noqa: PLC0415
        )
        from ..models.get_endpoint_daily_stats_response_items_sms import (
            GetEndpointDailyStatsResponseItemsSms,  # noqa: PLC0415
        )

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, GetEndpointDailyStatsResponseItemsData):
            data = self.data.to_dict()
        else:
            data = self.data

        sms: dict[str, Any] | None | Unset
        if isinstance(self.sms, Unset):
            sms = UNSET
        elif isinstance(self.sms, GetEndpointDailyStatsResponseItemsSms):
            sms = self.sms.to_dict()
        else:
            sms = self.sms

        sat_geo_data: dict[str, Any] | None | Unset
        if isinstance(self.sat_geo_data, Unset):
            sat_geo_data = UNSET
        elif isinstance(self.sat_geo_data, GetEndpointDailyStatsResponseItemsSatGeoData):
            sat_geo_data = self.sat_geo_data.to_dict()
        else:
            sat_geo_data = self.sat_geo_data

        sat_geo_sms: dict[str, Any] | None | Unset
        if isinstance(self.sat_geo_sms, Unset):
            sat_geo_sms = UNSET
        elif isinstance(self.sat_geo_sms, GetEndpointDailyStatsResponseItemsSatGeoSms):
            sat_geo_sms = self.sat_geo_sms.to_dict()
        else:
            sat_geo_sms = self.sat_geo_sms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if data is not UNSET:
            field_dict["data"] = data
        if sms is not UNSET:
            field_dict["sms"] = sms
        if sat_geo_data is not UNSET:
            field_dict["sat_geo_data"] = sat_geo_data
        if sat_geo_sms is not UNSET:
            field_dict["sat_geo_sms"] = sat_geo_sms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_endpoint_daily_stats_response_items_data import (
            GetEndpointDailyStatsResponseItemsData,  # noqa: PLC0415
        )
        from ..models.get_endpoint_daily_stats_response_items_sat_geo_data import (
            GetEndpointDailyStatsResponseItemsSatGeoData,  # noqa: PLC0415
        )
        from ..models.get_endpoint_daily_stats_response_items_sat_geo_sms import (
            GetEndpointDailyStatsResponseItemsSatGeoSms,  # noqa: PLC0415
        )
        from ..models.get_endpoint_daily_stats_response_items_sms import (
            GetEndpointDailyStatsResponseItemsSms,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_data(data: object) -> GetEndpointDailyStatsResponseItemsData | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = GetEndpointDailyStatsResponseItemsData.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetEndpointDailyStatsResponseItemsData | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_sms(data: object) -> GetEndpointDailyStatsResponseItemsSms | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sms_type_0 = GetEndpointDailyStatsResponseItemsSms.from_dict(data)

                return sms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetEndpointDailyStatsResponseItemsSms | None | Unset, data)

        sms = _parse_sms(d.pop("sms", UNSET))

        def _parse_sat_geo_data(
            data: object,
        ) -> GetEndpointDailyStatsResponseItemsSatGeoData | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sat_geo_data_type_0 = GetEndpointDailyStatsResponseItemsSatGeoData.from_dict(data)

                return sat_geo_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetEndpointDailyStatsResponseItemsSatGeoData | None | Unset, data)

        sat_geo_data = _parse_sat_geo_data(d.pop("sat_geo_data", UNSET))

        def _parse_sat_geo_sms(
            data: object,
        ) -> GetEndpointDailyStatsResponseItemsSatGeoSms | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sat_geo_sms_type_0 = GetEndpointDailyStatsResponseItemsSatGeoSms.from_dict(data)

                return sat_geo_sms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetEndpointDailyStatsResponseItemsSatGeoSms | None | Unset, data)

        sat_geo_sms = _parse_sat_geo_sms(d.pop("sat_geo_sms", UNSET))

        get_endpoint_daily_stats_response_items = cls(
            date=date,
            data=data,
            sms=sms,
            sat_geo_data=sat_geo_data,
            sat_geo_sms=sat_geo_sms,
        )

        get_endpoint_daily_stats_response_items.additional_properties = d
        return get_endpoint_daily_stats_response_items

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
