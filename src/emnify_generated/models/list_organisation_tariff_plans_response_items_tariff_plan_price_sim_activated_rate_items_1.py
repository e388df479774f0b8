from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_float
from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="ListOrganisationTariffPlansResponseItemsTariffPlanPriceSimActivatedRateItems1"
)


@_attrs_define
class ListOrganisationTariffPlansResponseItemsTariffPlanPriceSimActivatedRateItems1:
    """
    Attributes:
        rate (float | None | Unset):
    """

    rate: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rate: float | None | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rate is not UNSET:
            field_dict["rate"] = rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        rate = _parse_rate(d.pop("rate", UNSET))

        list_organisation_tariff_plans_response_items_tariff_plan_price_sim_activated_rate_items_1 = cls(
            rate=rate,
        )

        list_organisation_tariff_plans_response_items_tariff_plan_price_sim_activated_rate_items_1.additional_properties = d
        return list_organisation_tariff_plans_response_items_tariff_plan_price_sim_activated_rate_items_1

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
