from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.usage_minute_series import UsageMinuteSeries


T = TypeVar("T", bound="UsageLastHour")


@_attrs_define
class UsageLastHour:
    """
    Attributes:
        data (UsageMinuteSeries | Unset):
        sms (UsageMinuteSeries | Unset):
    """

    data: UsageMinuteSeries | Unset = UNSET
    sms: UsageMinuteSeries | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        sms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sms, Unset):
            sms = self.sms.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if sms is not UNSET:
            field_dict["sms"] = sms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.usage_minute_series import UsageMinuteSeries  # noqa: PLC0415

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: UsageMinuteSeries | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = UsageMinuteSeries.from_dict(_data)

        _sms = d.pop("sms", UNSET)
        sms: UsageMinuteSeries | Unset
        if isinstance(_sms, Unset):
            sms = UNSET
        else:
            sms = UsageMinuteSeries.from_dict(_sms)

        usage_last_hour = cls(
            data=data,
            sms=sms,
        )

        usage_last_hour.additional_properties = d
        return usage_last_hour

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
