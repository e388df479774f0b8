from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_float, number_as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetActiveTariffPlanResponseTariffPlanRuntime")


@_attrs_define
class GetActiveTariffPlanResponseTariffPlanRuntime:
    """
    Attributes:
        number_of_units (float | None | Unset):
        time_unit_id (int | None | Unset):
        id (int | None | Unset):
    """

    number_of_units: float | None | Unset = UNSET
    time_unit_id: int | None | Unset = UNSET
    id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number_of_units: float | None | Unset
        if isinstance(self.number_of_units, Unset):
            number_of_units = UNSET
        else:
            number_of_units = self.number_of_units

        time_unit_id: int | None | Unset
        if isinstance(self.time_unit_id, Unset):
            time_unit_id = UNSET
        else:
            time_unit_id = self.time_unit_id

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number_of_units is not UNSET:
            field_dict["number_of_units"] = number_of_units
        if time_unit_id is not UNSET:
            field_dict["time_unit_id"] = time_unit_id
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_number_of_units(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        number_of_units = _parse_number_of_units(d.pop("number_of_units", UNSET))

        def _parse_time_unit_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        time_unit_id = _parse_time_unit_id(d.pop("time_unit_id", UNSET))

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        get_active_tariff_plan_response_tariff_plan_runtime = cls(
            number_of_units=number_of_units,
            time_unit_id=time_unit_id,
            id=id,
        )

        get_active_tariff_plan_response_tariff_plan_runtime.additional_properties = d
        return get_active_tariff_plan_response_tariff_plan_runtime

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
