from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        date (datetime.date | None | Unset):
        sms_volume (GetWorkspaceDailyStatsResponseDaysItemsSmsVolume | None | Unset):
        data_volume (GetWorkspaceDailyStatsResponseDaysItemsDataVolume | None | Unset):
        sat_geo_data_volume (GetWorkspaceDailyStatsResponseDaysItemsSatGeoDataVolume | None | Unset):
        sat_geo_sms_volume (GetWorkspaceDailyStatsResponseDaysItemsSatGeoSmsVolume | None | Unset):
    """

    date: datetime.date | None | Unset = UNSET
    sms_volume: GetWorkspaceDailyStatsResponseDaysItemsSmsVolume | None | Unset = UNSET
    data_volume: GetWorkspaceDailyStatsResponseDaysItemsDataVolume | None | Unset = UNSET
    sat_geo_data_volume: GetWorkspaceDailyStatsResponseDaysItemsSatGeoDataVolume | None | Unset = (
        UNSET
    )
    sat_geo_sms_volume: GetWorkspaceDailyStatsResponseDaysItemsSatGeoSmsVolume | None | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        sms_volume: dict[str, Any] | None | Unset
        if isinstance(self.sms_volume, Unset):
            sms_volume = UNSET
        elif isinstance(self.sms_volume, GetWorkspaceDailyStatsResponseDaysItemsSmsVolume):
            sms_volume = self.sms_volume.to_dict()
        else:
            sms_volume = self.sms_volume

        data_volume: dict[str, Any] | None | Unset
        if isinstance(self.data_volume, Unset):
            data_volume = UNSET
        elif isinstance(self.data_volume, GetWorkspaceDailyStatsResponseDaysItemsDataVolume):
            data_volume = self.data_volume.to_dict()
        else:
            data_volume = self.data_volume

        sat_geo_data_volume: dict[str, Any] | None | Unset
        if isinstance(self.sat_geo_data_volume, Unset):
            sat_geo_data_volume = UNSET
        elif isinstance(
            self.sat_geo_data_volume, GetWorkspaceDailyStatsResponseDaysItemsSatGeoDataVolume
        ):
            sat_geo_data_volume = self.sat_geo_data_volume.to_dict()
        else:
            sat_geo_data_volume = self.sat_geo_data_volume

        sat_geo_sms_volume: dict[str, Any] | None | Unset
        if isinstance(self.sat_geo_sms_volume, Unset):
            sat_geo_sms_volume = UNSET
        elif isinstance(
            self.sat_geo_sms_volume, GetWorkspaceDailyStatsResponseDaysItemsSatGeoSmsVolume
        ):
            sat_geo_sms_volume = self.sat_geo_sms_volume.to_dict()
        else:
            sat_geo_sms_volume = self.sat_geo_sms_volume

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

        def _parse_sms_volume(
            data: object,
        ) -> GetWorkspaceDailyStatsResponseDaysItemsSmsVolume | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sms_volume_type_0 = GetWorkspaceDailyStatsResponseDaysItemsSmsVolume.from_dict(data)

                return sms_volume_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetWorkspaceDailyStatsResponseDaysItemsSmsVolume | None | Unset, data)

        sms_volume = _parse_sms_volume(d.pop("sms_volume", UNSET))

        def _parse_data_volume(
            data: object,
        ) -> GetWorkspaceDailyStatsResponseDaysItemsDataVolume | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_volume_type_0 = GetWorkspaceDailyStatsResponseDaysItemsDataVolume.from_dict(
                    data
                )

                return data_volume_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetWorkspaceDailyStatsResponseDaysItemsDataVolume | None | Unset, data)

        data_volume = _parse_data_volume(d.pop("data_volume", UNSET))

        def _parse_sat_geo_data_volume(
            data: object,
        ) -> GetWorkspaceDailyStatsResponseDaysItemsSatGeoDataVolume | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sat_geo_data_volume_type_0 = (
                    GetWorkspaceDailyStatsResponseDaysItemsSatGeoDataVolume.from_dict(data)
                )

                return sat_geo_data_volume_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                GetWorkspaceDailyStatsResponseDaysItemsSatGeoDataVolume | None | Unset, data
            )

        sat_geo_data_volume = _parse_sat_geo_data_volume(d.pop("sat_geo_data_volume", UNSET))

        def _parse_sat_geo_sms_volume(
            data: object,
        ) -> GetWorkspaceDailyStatsResponseDaysItemsSatGeoSmsVolume | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sat_geo_sms_volume_type_0 = (
                    GetWorkspaceDailyStatsResponseDaysItemsSatGeoSmsVolume.from_dict(data)
                )

                return sat_geo_sms_volume_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetWorkspaceDailyStatsResponseDaysItemsSatGeoSmsVolume | None | Unset, data)

        sat_geo_sms_volume = _parse_sat_geo_sms_volume(d.pop("sat_geo_sms_volume", UNSET))

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
