from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        organisation_id (int | Unset):
        start_date (str | Unset):
        expiry_date (str | Unset):
        sim_activated_rate (float | Unset):
        sim_activated_idle_rate (float | Unset):
        sim_suspended_rate (float | Unset):
        sim_suspended_active_rate (float | Unset):
        sim_activated_amount (float | Unset):
        applied_price (GetOrganisationActiveTariffPlanResponseAppliedPrice | Unset):
        tariff_plan (GetOrganisationActiveTariffPlanResponseTariffPlan | Unset):
        tariff_plan_runtime (GetOrganisationActiveTariffPlanResponseTariffPlanRuntime | Unset):
        active (bool | Unset):
        applied_rate (float | Unset):
        id (int | Unset):
        service_level (GetOrganisationActiveTariffPlanResponseServiceLevel | Unset):
        workspaces_enabled (bool | Unset):
    """

    organisation_id: int | Unset = UNSET
    start_date: str | Unset = UNSET
    expiry_date: str | Unset = UNSET
    sim_activated_rate: float | Unset = UNSET
    sim_activated_idle_rate: float | Unset = UNSET
    sim_suspended_rate: float | Unset = UNSET
    sim_suspended_active_rate: float | Unset = UNSET
    sim_activated_amount: float | Unset = UNSET
    applied_price: GetOrganisationActiveTariffPlanResponseAppliedPrice | Unset = UNSET
    tariff_plan: GetOrganisationActiveTariffPlanResponseTariffPlan | Unset = UNSET
    tariff_plan_runtime: GetOrganisationActiveTariffPlanResponseTariffPlanRuntime | Unset = UNSET
    active: bool | Unset = UNSET
    applied_rate: float | Unset = UNSET
    id: int | Unset = UNSET
    service_level: GetOrganisationActiveTariffPlanResponseServiceLevel | Unset = UNSET
    workspaces_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organisation_id = self.organisation_id

        start_date = self.start_date

        expiry_date = self.expiry_date

        sim_activated_rate = self.sim_activated_rate

        sim_activated_idle_rate = self.sim_activated_idle_rate

        sim_suspended_rate = self.sim_suspended_rate

        sim_suspended_active_rate = self.sim_suspended_active_rate

        sim_activated_amount = self.sim_activated_amount

        applied_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.applied_price, Unset):
            applied_price = self.applied_price.to_dict()

        tariff_plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tariff_plan, Unset):
            tariff_plan = self.tariff_plan.to_dict()

        tariff_plan_runtime: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tariff_plan_runtime, Unset):
            tariff_plan_runtime = self.tariff_plan_runtime.to_dict()

        active = self.active

        applied_rate = self.applied_rate

        id = self.id

        service_level: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_level, Unset):
            service_level = self.service_level.to_dict()

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
        organisation_id = d.pop("organisation_id", UNSET)

        start_date = d.pop("start_date", UNSET)

        expiry_date = d.pop("expiry_date", UNSET)

        sim_activated_rate = d.pop("sim_activated_rate", UNSET)

        sim_activated_idle_rate = d.pop("sim_activated_idle_rate", UNSET)

        sim_suspended_rate = d.pop("sim_suspended_rate", UNSET)

        sim_suspended_active_rate = d.pop("sim_suspended_active_rate", UNSET)

        sim_activated_amount = d.pop("sim_activated_amount", UNSET)

        _applied_price = d.pop("applied_price", UNSET)
        applied_price: GetOrganisationActiveTariffPlanResponseAppliedPrice | Unset
        if isinstance(_applied_price, Unset):
            applied_price = UNSET
        else:
            applied_price = GetOrganisationActiveTariffPlanResponseAppliedPrice.from_dict(
                _applied_price
            )

        _tariff_plan = d.pop("tariff_plan", UNSET)
        tariff_plan: GetOrganisationActiveTariffPlanResponseTariffPlan | Unset
        if isinstance(_tariff_plan, Unset):
            tariff_plan = UNSET
        else:
            tariff_plan = GetOrganisationActiveTariffPlanResponseTariffPlan.from_dict(_tariff_plan)

        _tariff_plan_runtime = d.pop("tariff_plan_runtime", UNSET)
        tariff_plan_runtime: GetOrganisationActiveTariffPlanResponseTariffPlanRuntime | Unset
        if isinstance(_tariff_plan_runtime, Unset):
            tariff_plan_runtime = UNSET
        else:
            tariff_plan_runtime = (
                GetOrganisationActiveTariffPlanResponseTariffPlanRuntime.from_dict(
                    _tariff_plan_runtime
                )
            )

        active = d.pop("active", UNSET)

        applied_rate = d.pop("applied_rate", UNSET)

        id = d.pop("id", UNSET)

        _service_level = d.pop("service_level", UNSET)
        service_level: GetOrganisationActiveTariffPlanResponseServiceLevel | Unset
        if isinstance(_service_level, Unset):
            service_level = UNSET
        else:
            service_level = GetOrganisationActiveTariffPlanResponseServiceLevel.from_dict(
                _service_level
            )

        workspaces_enabled = d.pop("workspaces_enabled", UNSET)

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
