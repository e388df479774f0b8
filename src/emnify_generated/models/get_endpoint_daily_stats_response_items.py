from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
        date (datetime.date | Unset):
        data (GetEndpointDailyStatsResponseItemsData | Unset):
        sms (GetEndpointDailyStatsResponseItemsSms | Unset):
        sat_geo_data (GetEndpointDailyStatsResponseItemsSatGeoData | Unset):
        sat_geo_sms (GetEndpointDailyStatsResponseItemsSatGeoSms | Unset):
    """

    date: datetime.date | Unset = UNSET
    data: GetEndpointDailyStatsResponseItemsData | Unset = UNSET
    sms: GetEndpointDailyStatsResponseItemsSms | Unset = UNSET
    sat_geo_data: GetEndpointDailyStatsResponseItemsSatGeoData | Unset = UNSET
    sat_geo_sms: GetEndpointDailyStatsResponseItemsSatGeoSms | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        sms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sms, Unset):
            sms = self.sms.to_dict()

        sat_geo_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sat_geo_data, Unset):
            sat_geo_data = self.sat_geo_data.to_dict()

        sat_geo_sms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sat_geo_sms, Unset):
            sat_geo_sms = self.sat_geo_sms.to_dict()

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
        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        _data = d.pop("data", UNSET)
        data: GetEndpointDailyStatsResponseItemsData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = GetEndpointDailyStatsResponseItemsData.from_dict(_data)

        _sms = d.pop("sms", UNSET)
        sms: GetEndpointDailyStatsResponseItemsSms | Unset
        if isinstance(_sms, Unset):
            sms = UNSET
        else:
            sms = GetEndpointDailyStatsResponseItemsSms.from_dict(_sms)

        _sat_geo_data = d.pop("sat_geo_data", UNSET)
        sat_geo_data: GetEndpointDailyStatsResponseItemsSatGeoData | Unset
        if isinstance(_sat_geo_data, Unset):
            sat_geo_data = UNSET
        else:
            sat_geo_data = GetEndpointDailyStatsResponseItemsSatGeoData.from_dict(_sat_geo_data)

        _sat_geo_sms = d.pop("sat_geo_sms", UNSET)
        sat_geo_sms: GetEndpointDailyStatsResponseItemsSatGeoSms | Unset
        if isinstance(_sat_geo_sms, Unset):
            sat_geo_sms = UNSET
        else:
            sat_geo_sms = GetEndpointDailyStatsResponseItemsSatGeoSms.from_dict(_sat_geo_sms)

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
