from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_workspace_daily_stats_response_days_items import (
        GetWorkspaceDailyStatsResponseDaysItems,
    )
    from ..models.get_workspace_daily_stats_response_total import (
        GetWorkspaceDailyStatsResponseTotal,
    )


T = TypeVar("T", bound="GetWorkspaceDailyStatsResponse200")


@_attrs_define
class GetWorkspaceDailyStatsResponse200:
    """
    Attributes:
        id (int | None | Unset):
        days (list[GetWorkspaceDailyStatsResponseDaysItems] | None | Unset):
        total (GetWorkspaceDailyStatsResponseTotal | None | Unset):
    """

    id: int | None | Unset = UNSET
    days: list[GetWorkspaceDailyStatsResponseDaysItems] | None | Unset = UNSET
    total: GetWorkspaceDailyStatsResponseTotal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_workspace_daily_stats_response_total import (
            GetWorkspaceDailyStatsResponseTotal,  # noqa: PLC0415
        )

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        days: list[dict[str, Any]] | None | Unset
        if isinstance(self.days, Unset):
            days = UNSET
        elif isinstance(self.days, list):
            days = []
            for days_type_0_item_data in self.days:
                days_type_0_item = days_type_0_item_data.to_dict()
                days.append(days_type_0_item)

        else:
            days = self.days

        total: dict[str, Any] | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        elif isinstance(self.total, GetWorkspaceDailyStatsResponseTotal):
            total = self.total.to_dict()
        else:
            total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if days is not UNSET:
            field_dict["days"] = days
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_workspace_daily_stats_response_days_items import (
            GetWorkspaceDailyStatsResponseDaysItems,  # noqa: PLC0415
        )
        from ..models.get_workspace_daily_stats_response_total import (
            GetWorkspaceDailyStatsResponseTotal,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        def _parse_days(
            data: object,
        ) -> list[GetWorkspaceDailyStatsResponseDaysItems] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                days_type_0 = []
                _days_type_0 = data
                for days_type_0_item_data in _days_type_0:
                    days_type_0_item = GetWorkspaceDailyStatsResponseDaysItems.from_dict(
                        days_type_0_item_data
                    )

                    days_type_0.append(days_type_0_item)

                return days_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[GetWorkspaceDailyStatsResponseDaysItems] | None | Unset, data)

        days = _parse_days(d.pop("days", UNSET))

        def _parse_total(data: object) -> GetWorkspaceDailyStatsResponseTotal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                total_type_0 = GetWorkspaceDailyStatsResponseTotal.from_dict(data)

                return total_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetWorkspaceDailyStatsResponseTotal | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        get_workspace_daily_stats_response_200 = cls(
            id=id,
            days=days,
            total=total,
        )

        get_workspace_daily_stats_response_200.additional_properties = d
        return get_workspace_daily_stats_response_200

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
