from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_workspace_daily_stats_response_days_items_data_volume import (
        GetWorkspaceDailyStatsResponseDaysItemsDataVolume,
    )
    from ..models.get_workspace_daily_stats_response_days_items_sat_geo_data_volume import (
        GetWorkspaceDailyStatsResponseDaysItemsSatGeoDataVolume,
    )
    from ..models.get_workspace_daily_stats_response_days_items_sat_geo_sms_volume import (
        GetWorkspaceDailyStatsResponseDaysItemsSatGeoSmsVolume,
    )
    from ..models.get_workspace_daily_stats_response_days_items_sms_volume import (
        GetWorkspaceDailyStatsResponseDaysItemsSmsVolume,
    )


T = TypeVar("T", bound="GetWorkspaceDailyStatsResponseDaysItems")


@_attrs_define
class GetWorkspaceDailyStatsResponseDaysItems:
    """
    Attributes:
        date (datetime.date | Unset):
        sms_volume (GetWorkspaceDailyStatsResponseDaysItemsSmsVolume | Unset):
        data_volume (GetWorkspaceDailyStatsResponseDaysItemsDataVolume | Unset):
        sat_geo_data_volume (GetWorkspaceDailyStatsResponseDaysItemsSatGeoDataVolume | Unset):
        sat_geo_sms_volume (GetWorkspaceDailyStatsResponseDaysItemsSatGeoSmsVolume | Unset):
    """

    date: datetime.date | Unset = UNSET
    sms_volume: GetWorkspaceDailyStatsResponseDaysItemsSmsVolume | Unset = UNSET
    data_volume: GetWorkspaceDailyStatsResponseDaysItemsDataVolume | Unset = UNSET
    sat_geo_data_volume: GetWorkspaceDailyStatsResponseDaysItemsSatGeoDataVolume | Unset = UNSET
    sat_geo_sms_volume: GetWorkspaceDailyStatsResponseDaysItemsSatGeoSmsVolume | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        sms_volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sms_volume, Unset):
            sms_volume = self.sms_volume.to_dict()

        data_volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_volume, Unset):
            data_volume = self.data_volume.to_dict()

        sat_geo_data_volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sat_geo_data_volume, Unset):
            sat_geo_data_volume = self.sat_geo_data_volume.to_dict()

        sat_geo_sms_volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sat_geo_sms_volume, Unset):
            sat_geo_sms_volume = self.sat_geo_sms_volume.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if sms_volume is not UNSET:
            field_dict["sms_volume"] = sms_volume
        if data_volume is not UNSET:
            field_dict["data_volume"] = data_volume
        if sat_geo_data_volume is not UNSET:
            field_dict["sat_geo_data_volume"] = sat_geo_data_volume
        if sat_geo_sms_volume is not UNSET:
            field_dict["sat_geo_sms_volume"] = sat_geo_sms_volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_workspace_daily_stats_response_days_items_data_volume import (
            GetWorkspaceDailyStatsResponseDaysItemsDataVolume,  # noqa: PLC0415
        )
        from ..models.get_workspace_daily_stats_response_days_items_sat_geo_data_volume import (
            GetWorkspaceDailyStatsResponseDaysItemsSatGeoDataVolume,  # noqa: PLC0415
        )
        from ..models.get_workspace_daily_stats_response_days_items_sat_geo_sms_volume import (
            GetWorkspaceDailyStatsResponseDaysItemsSatGeoSmsVolume,  # noqa: PLC0415
        )
        from ..models.get_workspace_daily_stats_response_days_items_sms_volume import (
            GetWorkspaceDailyStatsResponseDaysItemsSmsVolume,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        _sms_volume = d.pop("sms_volume", UNSET)
        sms_volume: GetWorkspaceDailyStatsResponseDaysItemsSmsVolume | Unset
        if isinstance(_sms_volume, Unset):
            sms_volume = UNSET
        else:
            sms_volume = GetWorkspaceDailyStatsResponseDaysItemsSmsVolume.from_dict(_sms_volume)

        _data_volume = d.pop("data_volume", UNSET)
        data_volume: GetWorkspaceDailyStatsResponseDaysItemsDataVolume | Unset
        if isinstance(_data_volume, Unset):
            data_volume = UNSET
        else:
            data_volume = GetWorkspaceDailyStatsResponseDaysItemsDataVolume.from_dict(_data_volume)

        _sat_geo_data_volume = d.pop("sat_geo_data_volume", UNSET)
        sat_geo_data_volume: GetWorkspaceDailyStatsResponseDaysItemsSatGeoDataVolume | Unset
        if isinstance(_sat_geo_data_volume, Unset):
            sat_geo_data_volume = UNSET
        else:
            sat_geo_data_volume = GetWorkspaceDailyStatsResponseDaysItemsSatGeoDataVolume.from_dict(
                _sat_geo_data_volume
            )

        _sat_geo_sms_volume = d.pop("sat_geo_sms_volume", UNSET)
        sat_geo_sms_volume: GetWorkspaceDailyStatsResponseDaysItemsSatGeoSmsVolume | Unset
        if isinstance(_sat_geo_sms_volume, Unset):
            sat_geo_sms_volume = UNSET
        else:
            sat_geo_sms_volume = GetWorkspaceDailyStatsResponseDaysItemsSatGeoSmsVolume.from_dict(
                _sat_geo_sms_volume
            )

        get_workspace_daily_stats_response_days_items = cls(
            date=date,
            sms_volume=sms_volume,
            data_volume=data_volume,
            sat_geo_data_volume=sat_geo_data_volume,
            sat_geo_sms_volume=sat_geo_sms_volume,
        )

        get_workspace_daily_stats_response_days_items.additional_properties = d
        return get_workspace_daily_stats_response_days_items

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
