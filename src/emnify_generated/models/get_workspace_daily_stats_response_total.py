from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_workspace_daily_stats_response_total_data_volume import (
        GetWorkspaceDailyStatsResponseTotalDataVolume,
    )
    from ..models.get_workspace_daily_stats_response_total_sat_geo_data_volume import (
        GetWorkspaceDailyStatsResponseTotalSatGeoDataVolume,
    )
    from ..models.get_workspace_daily_stats_response_total_sat_geo_sms_volume import (
        GetWorkspaceDailyStatsResponseTotalSatGeoSmsVolume,
    )
    from ..models.get_workspace_daily_stats_response_total_sms_volume import (
        GetWorkspaceDailyStatsResponseTotalSmsVolume,
    )


T = TypeVar("T", bound="GetWorkspaceDailyStatsResponseTotal")


@_attrs_define
class GetWorkspaceDailyStatsResponseTotal:
    """
    Attributes:
        data_volume (GetWorkspaceDailyStatsResponseTotalDataVolume):
        sms_volume (GetWorkspaceDailyStatsResponseTotalSmsVolume):
        sat_geo_data_volume (GetWorkspaceDailyStatsResponseTotalSatGeoDataVolume | Unset):
        sat_geo_sms_volume (GetWorkspaceDailyStatsResponseTotalSatGeoSmsVolume | Unset):
    """

    data_volume: GetWorkspaceDailyStatsResponseTotalDataVolume
    sms_volume: GetWorkspaceDailyStatsResponseTotalSmsVolume
    sat_geo_data_volume: GetWorkspaceDailyStatsResponseTotalSatGeoDataVolume | Unset = UNSET
    sat_geo_sms_volume: GetWorkspaceDailyStatsResponseTotalSatGeoSmsVolume | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_volume = self.data_volume.to_dict()

        sms_volume = self.sms_volume.to_dict()

        sat_geo_data_volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sat_geo_data_volume, Unset):
            sat_geo_data_volume = self.sat_geo_data_volume.to_dict()

        sat_geo_sms_volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sat_geo_sms_volume, Unset):
            sat_geo_sms_volume = self.sat_geo_sms_volume.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data_volume": data_volume,
                "sms_volume": sms_volume,
            }
        )
        if sat_geo_data_volume is not UNSET:
            field_dict["sat_geo_data_volume"] = sat_geo_data_volume
        if sat_geo_sms_volume is not UNSET:
            field_dict["sat_geo_sms_volume"] = sat_geo_sms_volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_workspace_daily_stats_response_total_data_volume import (
            GetWorkspaceDailyStatsResponseTotalDataVolume,  # noqa: PLC0415
        )
        from ..models.get_workspace_daily_stats_response_total_sat_geo_data_volume import (
            GetWorkspaceDailyStatsResponseTotalSatGeoDataVolume,  # noqa: PLC0415
        )
        from ..models.get_workspace_daily_stats_response_total_sat_geo_sms_volume import (
            GetWorkspaceDailyStatsResponseTotalSatGeoSmsVolume,  # noqa: PLC0415
        )
        from ..models.get_workspace_daily_stats_response_total_sms_volume import (
            GetWorkspaceDailyStatsResponseTotalSmsVolume,  # noqa: PLC0415
        )

        d = dict(src_dict)
        data_volume = GetWorkspaceDailyStatsResponseTotalDataVolume.from_dict(d.pop("data_volume"))

        sms_volume = GetWorkspaceDailyStatsResponseTotalSmsVolume.from_dict(d.pop("sms_volume"))

        _sat_geo_data_volume = d.pop("sat_geo_data_volume", UNSET)
        sat_geo_data_volume: GetWorkspaceDailyStatsResponseTotalSatGeoDataVolume | Unset
        if isinstance(_sat_geo_data_volume, Unset):
            sat_geo_data_volume = UNSET
        else:
            sat_geo_data_volume = GetWorkspaceDailyStatsResponseTotalSatGeoDataVolume.from_dict(
                _sat_geo_data_volume
            )

        _sat_geo_sms_volume = d.pop("sat_geo_sms_volume", UNSET)
        sat_geo_sms_volume: GetWorkspaceDailyStatsResponseTotalSatGeoSmsVolume | Unset
        if isinstance(_sat_geo_sms_volume, Unset):
            sat_geo_sms_volume = UNSET
        else:
            sat_geo_sms_volume = GetWorkspaceDailyStatsResponseTotalSatGeoSmsVolume.from_dict(
                _sat_geo_sms_volume
            )

        get_workspace_daily_stats_response_total = cls(
            data_volume=data_volume,
            sms_volume=sms_volume,
            sat_geo_data_volume=sat_geo_data_volume,
            sat_geo_sms_volume=sat_geo_sms_volume,
        )

        get_workspace_daily_stats_response_total.additional_properties = d
        return get_workspace_daily_stats_response_total

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
