from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        data_volume (GetWorkspaceDailyStatsResponseTotalDataVolume | None | Unset):
        sms_volume (GetWorkspaceDailyStatsResponseTotalSmsVolume | None | Unset):
        sat_geo_data_volume (GetWorkspaceDailyStatsResponseTotalSatGeoDataVolume | None | Unset):
        sat_geo_sms_volume (GetWorkspaceDailyStatsResponseTotalSatGeoSmsVolume | None | Unset):
    """

    data_volume: GetWorkspaceDailyStatsResponseTotalDataVolume | None | Unset = UNSET
    sms_volume: GetWorkspaceDailyStatsResponseTotalSmsVolume | None | Unset = UNSET
    sat_geo_data_volume: GetWorkspaceDailyStatsResponseTotalSatGeoDataVolume | None | Unset = UNSET
    sat_geo_sms_volume: GetWorkspaceDailyStatsResponseTotalSatGeoSmsVolume | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        data_volume: dict[str, Any] | None | Unset
        if isinstance(self.data_volume, Unset):
            data_volume = UNSET
        elif isinstance(self.data_volume, GetWorkspaceDailyStatsResponseTotalDataVolume):
            data_volume = self.data_volume.to_dict()
        else:
            data_volume = self.data_volume

        sms_volume: dict[str, Any] | None | Unset
        if isinstance(self.sms_volume, Unset):
            sms_volume = UNSET
        elif isinstance(self.sms_volume, GetWorkspaceDailyStatsResponseTotalSmsVolume):
            sms_volume = self.sms_volume.to_dict()
        else:
            sms_volume = self.sms_volume

        sat_geo_data_volume: dict[str, Any] | None | Unset
        if isinstance(self.sat_geo_data_volume, Unset):
            sat_geo_data_volume = UNSET
        elif isinstance(
            self.sat_geo_data_volume, GetWorkspaceDailyStatsResponseTotalSatGeoDataVolume
        ):
            sat_geo_data_volume = self.sat_geo_data_volume.to_dict()
        else:
            sat_geo_data_volume = self.sat_geo_data_volume

        sat_geo_sms_volume: dict[str, Any] | None | Unset
        if isinstance(self.sat_geo_sms_volume, Unset):
            sat_geo_sms_volume = UNSET
        elif isinstance(
            self.sat_geo_sms_volume, GetWorkspaceDailyStatsResponseTotalSatGeoSmsVolume
        ):
            sat_geo_sms_volume = self.sat_geo_sms_volume.to_dict()
        else:
            sat_geo_sms_volume = self.sat_geo_sms_volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_volume is not UNSET:
            field_dict["data_volume"] = data_volume
        if sms_volume is not UNSET:
            field_dict["sms_volume"] = sms_volume
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

        def _parse_data_volume(
            data: object,
        ) -> GetWorkspaceDailyStatsResponseTotalDataVolume | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_volume_type_0 = GetWorkspaceDailyStatsResponseTotalDataVolume.from_dict(data)

                return data_volume_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetWorkspaceDailyStatsResponseTotalDataVolume | None | Unset, data)

        data_volume = _parse_data_volume(d.pop("data_volume", UNSET))

        def _parse_sms_volume(
            data: object,
        ) -> GetWorkspaceDailyStatsResponseTotalSmsVolume | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sms_volume_type_0 = GetWorkspaceDailyStatsResponseTotalSmsVolume.from_dict(data)

                return sms_volume_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetWorkspaceDailyStatsResponseTotalSmsVolume | None | Unset, data)

        sms_volume = _parse_sms_volume(d.pop("sms_volume", UNSET))

        def _parse_sat_geo_data_volume(
            data: object,
        ) -> GetWorkspaceDailyStatsResponseTotalSatGeoDataVolume | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sat_geo_data_volume_type_0 = (
                    GetWorkspaceDailyStatsResponseTotalSatGeoDataVolume.from_dict(data)
                )

                return sat_geo_data_volume_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetWorkspaceDailyStatsResponseTotalSatGeoDataVolume | None | Unset, data)

        sat_geo_data_volume = _parse_sat_geo_data_volume(d.pop("sat_geo_data_volume", UNSET))

        def _parse_sat_geo_sms_volume(
            data: object,
        ) -> GetWorkspaceDailyStatsResponseTotalSatGeoSmsVolume | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sat_geo_sms_volume_type_0 = (
                    GetWorkspaceDailyStatsResponseTotalSatGeoSmsVolume.from_dict(data)
                )

                return sat_geo_sms_volume_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetWorkspaceDailyStatsResponseTotalSatGeoSmsVolume | None | Unset, data)

        sat_geo_sms_volume = _parse_sat_geo_sms_volume(d.pop("sat_geo_sms_volume", UNSET))

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
