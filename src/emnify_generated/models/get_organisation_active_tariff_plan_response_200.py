from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_float, number_as_int
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_organisation_active_tariff_plan_response_applied_price import (
        GetOrganisationActiveTariffPlanResponseAppliedPrice,
    )
    from ..models.get_organisation_active_tariff_plan_response_service_level import (
        GetOrganisationActiveTariffPlanResponseServiceLevel,
    )
    from ..models.get_organisation_active_tariff_plan_response_tariff_plan import (
        GetOrganisationActiveTariffPlanResponseTariffPlan,
    )
    from ..models.get_organisation_active_tariff_plan_response_tariff_plan_runtime import (
        GetOrganisationActiveTariffPlanResponseTariffPlanRuntime,
    )


T = TypeVar("T", bound="GetOrganisationActiveTariffPlanResponse200")


@_attrs_define
class GetOrganisationActiveTariffPlanResponse200:
    """
    Attributes:
        organisation_id (int | None | Unset):
        start_date (None | str | Unset):
        expiry_date (None | str | Unset):
        sim_activated_rate (float | None | Unset):
        sim_activated_idle_rate (float | None | Unset):
        sim_suspended_rate (float | None | Unset):
        sim_suspended_active_rate (float | None | Unset):
        sim_activated_amount (float | None | Unset):
        applied_price (GetOrganisationActiveTariffPlanResponseAppliedPrice | None | Unset):
        tariff_plan (GetOrganisationActiveTariffPlanResponseTariffPlan | None | Unset):
        tariff_plan_runtime (GetOrganisationActiveTariffPlanResponseTariffPlanRuntime | None | Unset):
        active (bool | None | Unset):
        applied_rate (float | None | Unset):
        id (int | None | Unset):
        service_level (GetOrganisationActiveTariffPlanResponseServiceLevel | None | Unset):
        workspaces_enabled (bool | None | Unset):
    """

    organisation_id: int | None | Unset = UNSET
    start_date: None | str | Unset = UNSET
    expiry_date: None | str | Unset = UNSET
    sim_activated_rate: float | None | Unset = UNSET
    sim_activated_idle_rate: float | None | Unset = UNSET
    sim_suspended_rate: float | None | Unset = UNSET
    sim_suspended_active_rate: float | None | Unset = UNSET
    sim_activated_amount: float | None | Unset = UNSET
    applied_price: GetOrganisationActiveTariffPlanResponseAppliedPrice | None | Unset = UNSET
    tariff_plan: GetOrganisationActiveTariffPlanResponseTariffPlan | None | Unset = UNSET
    tariff_plan_runtime: GetOrganisationActiveTariffPlanResponseTariffPlanRuntime | None | Unset = (
        UNSET
    )
    active: bool | None | Unset = UNSET
    applied_rate: float | None | Unset = UNSET
    id: int | None | Unset = UNSET
    service_level: GetOrganisationActiveTariffPlanResponseServiceLevel | None | Unset = UNSET
    workspaces_enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_organisation_active_tariff_plan_response_applied_price import (
            GetOrganisationActiveTariffPlanResponseAppliedPrice,  # noqa: PLC0415
        )
        from ..models.get_organisation_active_tariff_plan_response_service_level import (
            GetOrganisationActiveTariffPlanResponseServiceLevel,  # noqa: PLC0415
        )
        from ..models.get_organisation_active_tariff_plan_response_tariff_plan import (
            GetOrganisationActiveTariffPlanResponseTariffPlan,  # noqa: PLC0415
        )
        from ..models.get_organisation_active_tariff_plan_response_tariff_plan_runtime import (
            GetOrganisationActiveTariffPlanResponseTariffPlanRuntime,  # noqa: PLC0415
        )

        organisation_id: int | None | Unset
        if isinstance(self.organisation_id, Unset):
            organisation_id = UNSET
        else:
            organisation_id = self.organisation_id

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        else:
            start_date = self.start_date

        expiry_date: None | str | Unset
        if isinstance(self.expiry_date, Unset):
            expiry_date = UNSET
        else:
            expiry_date = self.expiry_date

        sim_activated_rate: float | None | Unset
        if isinstance(self.sim_activated_rate, Unset):
            sim_activated_rate = UNSET
        else:
            sim_activated_rate = self.sim_activated_rate

        sim_activated_idle_rate: float | None | Unset
        if isinstance(self.sim_activated_idle_rate, Unset):
            sim_activated_idle_rate = UNSET
        else:
            sim_activated_idle_rate = self.sim_activated_idle_rate

        sim_suspended_rate: float | None | Unset
        if isinstance(self.sim_suspended_rate, Unset):
            sim_suspended_rate = UNSET
        else:
            sim_suspended_rate = self.sim_suspended_rate

        sim_suspended_active_rate: float | None | Unset
        if isinstance(self.sim_suspended_active_rate, Unset):
            sim_suspended_active_rate = UNSET
        else:
            sim_suspended_active_rate = self.sim_suspended_active_rate

        sim_activated_amount: float | None | Unset
        if isinstance(self.sim_activated_amount, Unset):
            sim_activated_amount = UNSET
        else:
            sim_activated_amount = self.sim_activated_amount

        applied_price: dict[str, Any] | None | Unset
        if isinstance(self.applied_price, Unset):
            applied_price = UNSET
        elif isinstance(self.applied_price, GetOrganisationActiveTariffPlanResponseAppliedPrice):
            applied_price = self.applied_price.to_dict()
        else:
            applied_price = self.applied_price

        tariff_plan: dict[str, Any] | None | Unset
        if isinstance(self.tariff_plan, Unset):
            tariff_plan = UNSET
        elif isinstance(self.tariff_plan, GetOrganisationActiveTariffPlanResponseTariffPlan):
            tariff_plan = self.tariff_plan.to_dict()
        else:
            tariff_plan = self.tariff_plan

        tariff_plan_runtime: dict[str, Any] | None | Unset
        if isinstance(self.tariff_plan_runtime, Unset):
            tariff_plan_runtime = UNSET
        elif isinstance(
            self.tariff_plan_runtime, GetOrganisationActiveTariffPlanResponseTariffPlanRuntime
        ):
            tariff_plan_runtime = self.tariff_plan_runtime.to_dict()
        else:
            tariff_plan_runtime = self.tariff_plan_runtime

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        applied_rate: float | None | Unset
        if isinstance(self.applied_rate, Unset):
            applied_rate = UNSET
        else:
            applied_rate = self.applied_rate

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        service_level: dict[str, Any] | None | Unset
        if isinstance(self.service_level, Unset):
            service_level = UNSET
        elif isinstance(self.service_level, GetOrganisationActiveTariffPlanResponseServiceLevel):
            service_level = self.service_level.to_dict()
        else:
            service_level = self.service_level

        workspaces_enabled: bool | None | Unset
        if isinstance(self.workspaces_enabled, Unset):
            workspaces_enabled = UNSET
        else:
            workspaces_enabled = self.workspaces_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organisation_id is not UNSET:
            field_dict["organisation_id"] = organisation_id
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if sim_activated_rate is not UNSET:
            field_dict["sim_activated_rate"] = sim_activated_rate
        if sim_activated_idle_rate is not UNSET:
            field_dict["sim_activated_idle_rate"] = sim_activated_idle_rate
        if sim_suspended_rate is not UNSET:
            field_dict["sim_suspended_rate"] = sim_suspended_rate
        if sim_suspended_active_rate is not UNSET:
            field_dict["sim_suspended_active_rate"] = sim_suspended_active_rate
        if sim_activated_amount is not UNSET:
            field_dict["sim_activated_amount"] = sim_activated_amount
        if applied_price is not UNSET:
            field_dict["applied_price"] = applied_price
        if tariff_plan is not UNSET:
            field_dict["tariff_plan"] = tariff_plan
        if tariff_plan_runtime is not UNSET:
            field_dict["tariff_plan_runtime"] = tariff_plan_runtime
        if active is not UNSET:
            field_dict["active"] = active
        if applied_rate is not UNSET:
            field_dict["applied_rate"] = applied_rate
        if id is not UNSET:
            field_dict["id"] = id
        if service_level is not UNSET:
            field_dict["service_level"] = service_level
        if workspaces_enabled is not UNSET:
            field_dict["workspaces_enabled"] = workspaces_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_organisation_active_tariff_plan_response_applied_price import (
            GetOrganisationActiveTariffPlanResponseAppliedPrice,  # noqa: PLC0415
        )
        from ..models.get_organisation_active_tariff_plan_response_service_level import (
            GetOrganisationActiveTariffPlanResponseServiceLevel,  # noqa: PLC0415
        )
        from ..models.get_organisation_active_tariff_plan_response_tariff_plan import (
            GetOrganisationActiveTariffPlanResponseTariffPlan,  # noqa: PLC0415
        )
        from ..models.get_organisation_active_tariff_plan_response_tariff_plan_runtime import (
            GetOrganisationActiveTariffPlanResponseTariffPlanRuntime,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_organisation_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        organisation_id = _parse_organisation_id(d.pop("organisation_id", UNSET))

        def _parse_start_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_expiry_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expiry_date = _parse_expiry_date(d.pop("expiry_date", UNSET))

        def _parse_sim_activated_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        sim_activated_rate = _parse_sim_activated_rate(d.pop("sim_activated_rate", UNSET))

        def _parse_sim_activated_idle_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        sim_activated_idle_rate = _parse_sim_activated_idle_rate(
            d.pop("sim_activated_idle_rate", UNSET)
        )

        def _parse_sim_suspended_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        sim_suspended_rate = _parse_sim_suspended_rate(d.pop("sim_suspended_rate", UNSET))

        def _parse_sim_suspended_active_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        sim_suspended_active_rate = _parse_sim_suspended_active_rate(
            d.pop("sim_suspended_active_rate", UNSET)
        )

        def _parse_sim_activated_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        sim_activated_amount = _parse_sim_activated_amount(d.pop("sim_activated_amount", UNSET))

        def _parse_applied_price(
            data: object,
        ) -> GetOrganisationActiveTariffPlanResponseAppliedPrice | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                applied_price_type_0 = (
                    GetOrganisationActiveTariffPlanResponseAppliedPrice.from_dict(data)
                )

                return applied_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetOrganisationActiveTariffPlanResponseAppliedPrice | None | Unset, data)

        applied_price = _parse_applied_price(d.pop("applied_price", UNSET))

        def _parse_tariff_plan(
            data: object,
        ) -> GetOrganisationActiveTariffPlanResponseTariffPlan | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tariff_plan_type_0 = GetOrganisationActiveTariffPlanResponseTariffPlan.from_dict(
                    data
                )

                return tariff_plan_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetOrganisationActiveTariffPlanResponseTariffPlan | None | Unset, data)

        tariff_plan = _parse_tariff_plan(d.pop("tariff_plan", UNSET))

        def _parse_tariff_plan_runtime(
            data: object,
        ) -> GetOrganisationActiveTariffPlanResponseTariffPlanRuntime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tariff_plan_runtime_type_0 = (
                    GetOrganisationActiveTariffPlanResponseTariffPlanRuntime.from_dict(data)
                )

                return tariff_plan_runtime_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                GetOrganisationActiveTariffPlanResponseTariffPlanRuntime | None | Unset, data
            )

        tariff_plan_runtime = _parse_tariff_plan_runtime(d.pop("tariff_plan_runtime", UNSET))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_applied_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        applied_rate = _parse_applied_rate(d.pop("applied_rate", UNSET))

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        def _parse_service_level(
            data: object,
        ) -> GetOrganisationActiveTariffPlanResponseServiceLevel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                service_level_type_0 = (
                    GetOrganisationActiveTariffPlanResponseServiceLevel.from_dict(data)
                )

                return service_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetOrganisationActiveTariffPlanResponseServiceLevel | None | Unset, data)

        service_level = _parse_service_level(d.pop("service_level", UNSET))

        def _parse_workspaces_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        workspaces_enabled = _parse_workspaces_enabled(d.pop("workspaces_enabled", UNSET))

        get_organisation_active_tariff_plan_response_200 = cls(
            organisation_id=organisation_id,
            start_date=start_date,
            expiry_date=expiry_date,
            sim_activated_rate=sim_activated_rate,
            sim_activated_idle_rate=sim_activated_idle_rate,
            sim_suspended_rate=sim_suspended_rate,
            sim_suspended_active_rate=sim_suspended_active_rate,
            sim_activated_amount=sim_activated_amount,
            applied_price=applied_price,
            tariff_plan=tariff_plan,
            tariff_plan_runtime=tariff_plan_runtime,
            active=active,
            applied_rate=applied_rate,
            id=id,
            service_level=service_level,
            workspaces_enabled=workspaces_enabled,
        )

        get_organisation_active_tariff_plan_response_200.additional_properties = d
        return get_organisation_active_tariff_plan_response_200

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
