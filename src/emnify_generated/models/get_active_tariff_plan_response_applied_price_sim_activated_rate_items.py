from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_float, number_as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetActiveTariffPlanResponseAppliedPriceSimActivatedRateItems")


@_attrs_define
class GetActiveTariffPlanResponseAppliedPriceSimActivatedRateItems:
    """
    Attributes:
        scale_start (float | None | Unset):
        rate (float | None | Unset):
        volume (int | None | Unset):
    """

    scale_start: float | None | Unset = UNSET
    rate: float | None | Unset = UNSET
    volume: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scale_start: float | None | Unset
        if isinstance(self.scale_start, Unset):
            scale_start = UNSET
        else:
            scale_start = self.scale_start

        rate: float | None | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

        volume: int | None | Unset
        if isinstance(self.volume, Unset):
            volume = UNSET
        else:
            volume = self.volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scale_start is not UNSET:
            field_dict["scale_start"] = scale_start
        if rate is not UNSET:
            field_dict["rate"] = rate
        if volume is not UNSET:
            field_dict["volume"] = volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_scale_start(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        scale_start = _parse_scale_start(d.pop("scale_start", UNSET))

        def _parse_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        rate = _parse_rate(d.pop("rate", UNSET))

        def _parse_volume(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        volume = _parse_volume(d.pop("volume", UNSET))

        get_active_tariff_plan_response_applied_price_sim_activated_rate_items = cls(
            scale_start=scale_start,
            rate=rate,
            volume=volume,
        )

        get_active_tariff_plan_response_applied_price_sim_activated_rate_items.additional_properties = d
        return get_active_tariff_plan_response_applied_price_sim_activated_rate_items

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
