from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_organisation_active_tariff_plan_response_tariff_plan_currency import (
        GetOrganisationActiveTariffPlanResponseTariffPlanCurrency,
    )
    from ..models.get_organisation_active_tariff_plan_response_tariff_plan_price import (
        GetOrganisationActiveTariffPlanResponseTariffPlanPrice,
    )


T = TypeVar("T", bound="GetOrganisationActiveTariffPlanResponseTariffPlan")


@_attrs_define
class GetOrganisationActiveTariffPlanResponseTariffPlan:
    """
    Attributes:
        name (str | Unset):
        description (str | Unset):
        creation_date (str | Unset):
        activation_date (str | Unset):
        deprecation_date (str | Unset):
        rate (float | Unset):
        yearly_rate (float | Unset):
        sim_activation_fee (float | Unset):
        max_active_sims (float | Unset):
        add_active_sims_rate (float | Unset):
        add_active_sim_batch (float | Unset):
        max_service_profiles (float | Unset):
        max_tariff_profiles (float | Unset):
        max_users (float | Unset):
        minimum_runtime (float | Unset):
        api_access_allowed (bool | Unset):
        vpn_access (bool | Unset):
        evaluation (bool | Unset):
        expiry_time (float | Unset):
        used_count (float | Unset):
        id (int | Unset):
        price (GetOrganisationActiveTariffPlanResponseTariffPlanPrice | Unset):
        currency (GetOrganisationActiveTariffPlanResponseTariffPlanCurrency | Unset):
        workspaces_enabled (bool | Unset):
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    creation_date: str | Unset = UNSET
    activation_date: str | Unset = UNSET
    deprecation_date: str | Unset = UNSET
    rate: float | Unset = UNSET
    yearly_rate: float | Unset = UNSET
    sim_activation_fee: float | Unset = UNSET
    max_active_sims: float | Unset = UNSET
    add_active_sims_rate: float | Unset = UNSET
    add_active_sim_batch: float | Unset = UNSET
    max_service_profiles: float | Unset = UNSET
    max_tariff_profiles: float | Unset = UNSET
    max_users: float | Unset = UNSET
    minimum_runtime: float | Unset = UNSET
    api_access_allowed: bool | Unset = UNSET
    vpn_access: bool | Unset = UNSET
    evaluation: bool | Unset = UNSET
    expiry_time: float | Unset = UNSET
    used_count: float | Unset = UNSET
    id: int | Unset = UNSET
    price: GetOrganisationActiveTariffPlanResponseTariffPlanPrice | Unset = UNSET
    currency: GetOrganisationActiveTariffPlanResponseTariffPlanCurrency | Unset = UNSET
    workspaces_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        creation_date = self.creation_date

        activation_date = self.activation_date

        deprecation_date = self.deprecation_date

        rate = self.rate

        yearly_rate = self.yearly_rate

        sim_activation_fee = self.sim_activation_fee

        max_active_sims = self.max_active_sims

        add_active_sims_rate = self.add_active_sims_rate

        add_active_sim_batch = self.add_active_sim_batch

        max_service_profiles = self.max_service_profiles

        max_tariff_profiles = self.max_tariff_profiles

        max_users = self.max_users

        minimum_runtime = self.minimum_runtime

        api_access_allowed = self.api_access_allowed

        vpn_access = self.vpn_access

        evaluation = self.evaluation

        expiry_time = self.expiry_time

        used_count = self.used_count

        id = self.id

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        workspaces_enabled = self.workspaces_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if creation_date is not UNSET:
            field_dict["creation_date"] = creation_date
        if activation_date is not UNSET:
            field_dict["activation_date"] = activation_date
        if deprecation_date is not UNSET:
            field_dict["deprecation_date"] = deprecation_date
        if rate is not UNSET:
            field_dict["rate"] = rate
        if yearly_rate is not UNSET:
            field_dict["yearly_rate"] = yearly_rate
        if sim_activation_fee is not UNSET:
            field_dict["sim_activation_fee"] = sim_activation_fee
        if max_active_sims is not UNSET:
            field_dict["max_active_sims"] = max_active_sims
        if add_active_sims_rate is not UNSET:
            field_dict["add_active_sims_rate"] = add_active_sims_rate
        if add_active_sim_batch is not UNSET:
            field_dict["add_active_sim_batch"] = add_active_sim_batch
        if max_service_profiles is not UNSET:
            field_dict["max_service_profiles"] = max_service_profiles
        if max_tariff_profiles is not UNSET:
            field_dict["max_tariff_profiles"] = max_tariff_profiles
        if max_users is not UNSET:
            field_dict["max_users"] = max_users
        if minimum_runtime is not UNSET:
            field_dict["minimum_runtime"] = minimum_runtime
        if api_access_allowed is not UNSET:
            field_dict["api_access_allowed"] = api_access_allowed
        if vpn_access is not UNSET:
            field_dict["vpn_access"] = vpn_access
        if evaluation is not UNSET:
            field_dict["evaluation"] = evaluation
        if expiry_time is not UNSET:
            field_dict["expiry_time"] = expiry_time
        if used_count is not UNSET:
            field_dict["used_count"] = used_count
        if id is not UNSET:
            field_dict["id"] = id
        if price is not UNSET:
            field_dict["price"] = price
        if currency is not UNSET:
            field_dict["currency"] = currency
        if workspaces_enabled is not UNSET:
            field_dict["workspaces_enabled"] = workspaces_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_organisation_active_tariff_plan_response_tariff_plan_currency import (
            GetOrganisationActiveTariffPlanResponseTariffPlanCurrency,  # noqa: PLC0415
        )
        from ..models.get_organisation_active_tariff_plan_response_tariff_plan_price import (
            GetOrganisationActiveTariffPlanResponseTariffPlanPrice,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        creation_date = d.pop("creation_date", UNSET)

        activation_date = d.pop("activation_date", UNSET)

        deprecation_date = d.pop("deprecation_date", UNSET)

        rate = d.pop("rate", UNSET)

        yearly_rate = d.pop("yearly_rate", UNSET)

        sim_activation_fee = d.pop("sim_activation_fee", UNSET)

        max_active_sims = d.pop("max_active_sims", UNSET)

        add_active_sims_rate = d.pop("add_active_sims_rate", UNSET)

        add_active_sim_batch = d.pop("add_active_sim_batch", UNSET)

        max_service_profiles = d.pop("max_service_profiles", UNSET)

        max_tariff_profiles = d.pop("max_tariff_profiles", UNSET)

        max_users = d.pop("max_users", UNSET)

        minimum_runtime = d.pop("minimum_runtime", UNSET)

        api_access_allowed = d.pop("api_access_allowed", UNSET)

        vpn_access = d.pop("vpn_access", UNSET)

        evaluation = d.pop("evaluation", UNSET)

        expiry_time = d.pop("expiry_time", UNSET)

        used_count = d.pop("used_count", UNSET)

        id = d.pop("id", UNSET)

        _price = d.pop("price", UNSET)
        price: GetOrganisationActiveTariffPlanResponseTariffPlanPrice | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = GetOrganisationActiveTariffPlanResponseTariffPlanPrice.from_dict(_price)

        _currency = d.pop("currency", UNSET)
        currency: GetOrganisationActiveTariffPlanResponseTariffPlanCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = GetOrganisationActiveTariffPlanResponseTariffPlanCurrency.from_dict(
                _currency
            )

        workspaces_enabled = d.pop("workspaces_enabled", UNSET)

        get_organisation_active_tariff_plan_response_tariff_plan = cls(
            name=name,
            description=description,
            creation_date=creation_date,
            activation_date=activation_date,
            deprecation_date=deprecation_date,
            rate=rate,
            yearly_rate=yearly_rate,
            sim_activation_fee=sim_activation_fee,
            max_active_sims=max_active_sims,
            add_active_sims_rate=add_active_sims_rate,
            add_active_sim_batch=add_active_sim_batch,
            max_service_profiles=max_service_profiles,
            max_tariff_profiles=max_tariff_profiles,
            max_users=max_users,
            minimum_runtime=minimum_runtime,
            api_access_allowed=api_access_allowed,
            vpn_access=vpn_access,
            evaluation=evaluation,
            expiry_time=expiry_time,
            used_count=used_count,
            id=id,
            price=price,
            currency=currency,
            workspaces_enabled=workspaces_enabled,
        )

        get_organisation_active_tariff_plan_response_tariff_plan.additional_properties = d
        return get_organisation_active_tariff_plan_response_tariff_plan

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
