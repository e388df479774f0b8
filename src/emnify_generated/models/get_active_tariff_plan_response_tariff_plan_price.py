from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_active_tariff_plan_response_tariff_plan_price_sim_activated_rate_items import (
        GetActiveTariffPlanResponseTariffPlanPriceSimActivatedRateItems,
    )


T = TypeVar("T", bound="GetActiveTariffPlanResponseTariffPlanPrice")


@_attrs_define
class GetActiveTariffPlanResponseTariffPlanPrice:
    """
    Attributes:
        sim_activated_rate (list[GetActiveTariffPlanResponseTariffPlanPriceSimActivatedRateItems] | None | Unset):
    """

    sim_activated_rate: (
        list[GetActiveTariffPlanResponseTariffPlanPriceSimActivatedRateItems] | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sim_activated_rate: list[dict[str, Any]] | None | Unset
        if isinstance(self.sim_activated_rate, Unset):
            sim_activated_rate = UNSET
        elif isinstance(self.sim_activated_rate, list):
            sim_activated_rate = []
            for sim_activated_rate_type_0_item_data in self.sim_activated_rate:
                sim_activated_rate_type_0_item = sim_activated_rate_type_0_item_data.to_dict()
                sim_activated_rate.append(sim_activated_rate_type_0_item)

        else:
            sim_activated_rate = self.sim_activated_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sim_activated_rate is not UNSET:
            field_dict["sim_activated_rate"] = sim_activated_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_active_tariff_plan_response_tariff_plan_price_sim_activated_rate_items import (
            GetActiveTariffPlanResponseTariffPlanPriceSimActivatedRateItems,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_sim_activated_rate(
            data: object,
        ) -> list[GetActiveTariffPlanResponseTariffPlanPriceSimActivatedRateItems] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sim_activated_rate_type_0 = []
                _sim_activated_rate_type_0 = data
                for sim_activated_rate_type_0_item_data in _sim_activated_rate_type_0:
                    sim_activated_rate_type_0_item = (
                        GetActiveTariffPlanResponseTariffPlanPriceSimActivatedRateItems.from_dict(
                            sim_activated_rate_type_0_item_data
                        )
                    )

                    sim_activated_rate_type_0.append(sim_activated_rate_type_0_item)

                return sim_activated_rate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[GetActiveTariffPlanResponseTariffPlanPriceSimActivatedRateItems]
                | None
                | Unset,
                data,
            )

        sim_activated_rate = _parse_sim_activated_rate(d.pop("sim_activated_rate", UNSET))

        get_active_tariff_plan_response_tariff_plan_price = cls(
            sim_activated_rate=sim_activated_rate,
        )

        get_active_tariff_plan_response_tariff_plan_price.additional_properties = d
        return get_active_tariff_plan_response_tariff_plan_price

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
