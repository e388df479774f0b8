from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_service_traffic_limit_response_items_period import (
        GetServiceTrafficLimitResponseItemsPeriod,
    )


T = TypeVar("T", bound="GetServiceTrafficLimitResponseItems")


@_attrs_define
class GetServiceTrafficLimitResponseItems:
    """
    Attributes:
        id (int | Unset):
        volume (int | Unset):
        period (GetServiceTrafficLimitResponseItemsPeriod | Unset):
    """

    id: int | Unset = UNSET
    volume: int | Unset = UNSET
    period: GetServiceTrafficLimitResponseItemsPeriod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        volume = self.volume

        period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.period, Unset):
            period = self.period.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if volume is not UNSET:
            field_dict["volume"] = volume
        if period is not UNSET:
            field_dict["period"] = period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_service_traffic_limit_response_items_period import (
            GetServiceTrafficLimitResponseItemsPeriod,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        volume = d.pop("volume", UNSET)

        _period = d.pop("period", UNSET)
        period: GetServiceTrafficLimitResponseItemsPeriod | Unset
        if isinstance(_period, Unset):
            period = UNSET
        else:
            period = GetServiceTrafficLimitResponseItemsPeriod.from_dict(_period)

        get_service_traffic_limit_response_items = cls(
            id=id,
            volume=volume,
            period=period,
        )

        get_service_traffic_limit_response_items.additional_properties = d
        return get_service_traffic_limit_response_items

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
