from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.usage_last_hour import UsageLastHour
    from ..models.usage_period import UsagePeriod


T = TypeVar("T", bound="UsageStats")


@_attrs_define
class UsageStats:
    """
    Attributes:
        last_month (UsagePeriod | Unset):
        current_month (UsagePeriod | Unset):
        last_hour (UsageLastHour | Unset):
    """

    last_month: UsagePeriod | Unset = UNSET
    current_month: UsagePeriod | Unset = UNSET
    last_hour: UsageLastHour | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        last_month: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_month, Unset):
            last_month = self.last_month.to_dict()

        current_month: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_month, Unset):
            current_month = self.current_month.to_dict()

        last_hour: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_hour, Unset):
            last_hour = self.last_hour.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_month is not UNSET:
            field_dict["last_month"] = last_month
        if current_month is not UNSET:
            field_dict["current_month"] = current_month
        if last_hour is not UNSET:
            field_dict["last_hour"] = last_hour

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.usage_last_hour import UsageLastHour  # noqa: PLC0415
        from ..models.usage_period import UsagePeriod  # noqa: PLC0415

        d = dict(src_dict)
        _last_month = d.pop("last_month", UNSET)
        last_month: UsagePeriod | Unset
        if isinstance(_last_month, Unset):
            last_month = UNSET
        else:
            last_month = UsagePeriod.from_dict(_last_month)

        _current_month = d.pop("current_month", UNSET)
        current_month: UsagePeriod | Unset
        if isinstance(_current_month, Unset):
            current_month = UNSET
        else:
            current_month = UsagePeriod.from_dict(_current_month)

        _last_hour = d.pop("last_hour", UNSET)
        last_hour: UsageLastHour | Unset
        if isinstance(_last_hour, Unset):
            last_hour = UNSET
        else:
            last_hour = UsageLastHour.from_dict(_last_hour)

        usage_stats = cls(
            last_month=last_month,
            current_month=current_month,
            last_hour=last_hour,
        )

        usage_stats.additional_properties = d
        return usage_stats

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
