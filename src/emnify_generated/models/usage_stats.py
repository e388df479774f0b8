from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        last_month (None | Unset | UsagePeriod):
        current_month (None | Unset | UsagePeriod):
        last_hour (None | Unset | UsageLastHour):
    """

    last_month: None | Unset | UsagePeriod = UNSET
    current_month: None | Unset | UsagePeriod = UNSET
    last_hour: None | Unset | UsageLastHour = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.usage_last_hour import UsageLastHour  # noqa: PLC0415
        from ..models.usage_period import UsagePeriod  # noqa: PLC0415

        last_month: dict[str, Any] | None | Unset
        if isinstance(self.last_month, Unset):
            last_month = UNSET
        elif isinstance(self.last_month, UsagePeriod):
            last_month = self.last_month.to_dict()
        else:
            last_month = self.last_month

        current_month: dict[str, Any] | None | Unset
        if isinstance(self.current_month, Unset):
            current_month = UNSET
        elif isinstance(self.current_month, UsagePeriod):
            current_month = self.current_month.to_dict()
        else:
            current_month = self.current_month

        last_hour: dict[str, Any] | None | Unset
        if isinstance(self.last_hour, Unset):
            last_hour = UNSET
        elif isinstance(self.last_hour, UsageLastHour):
            last_hour = self.last_hour.to_dict()
        else:
            last_hour = self.last_hour

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

        def _parse_last_month(data: object) -> None | Unset | UsagePeriod:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_month_type_0 = UsagePeriod.from_dict(data)

                return last_month_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UsagePeriod, data)

        last_month = _parse_last_month(d.pop("last_month", UNSET))

        def _parse_current_month(data: object) -> None | Unset | UsagePeriod:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                current_month_type_0 = UsagePeriod.from_dict(data)

                return current_month_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UsagePeriod, data)

        current_month = _parse_current_month(d.pop("current_month", UNSET))

        def _parse_last_hour(data: object) -> None | Unset | UsageLastHour:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_hour_type_0 = UsageLastHour.from_dict(data)

                return last_hour_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UsageLastHour, data)

        last_hour = _parse_last_hour(d.pop("last_hour", UNSET))

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
