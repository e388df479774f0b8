from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_float, number_as_int
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
        name (None | str | Unset):
        description (None | str | Unset):
        creation_date (None | str | Unset):
        activation_date (None | str | Unset):
        deprecation_date (None | str | Unset):
        rate (float | None | Unset):
        yearly_rate (float | None | Unset):
        sim_activation_fee (float | None | Unset):
        max_active_sims (float | None | Unset):
        add_active_sims_rate (float | None | Unset):
        add_active_sim_batch (float | None | Unset):
        max_service_profiles (float | None | Unset):
        max_tariff_profiles (float | None | Unset):
        max_users (float | None | Unset):
        minimum_runtime (float | None | Unset):
        api_access_allowed (bool | None | Unset):
        vpn_access (bool | None | Unset):
        evaluation (bool | None | Unset):
        expiry_time (float | None | Unset):
        used_count (float | None | Unset):
        id (int | None | Unset):
        price (GetOrganisationActiveTariffPlanResponseTariffPlanPrice | None | Unset):
        currency (GetOrganisationActiveTariffPlanResponseTariffPlanCurrency | None | Unset):
        workspaces_enabled (bool | None | Unset):
    """

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    creation_date: None | str | Unset = UNSET
    activation_date: None | str | Unset = UNSET
    deprecation_date: None | str | Unset = UNSET
    rate: float | None | Unset = UNSET
    yearly_rate: float | None | Unset = UNSET
    sim_activation_fee: float | None | Unset = UNSET
    max_active_sims: float | None | Unset = UNSET
    add_active_sims_rate: float | None | Unset = UNSET
    add_active_sim_batch: float | None | Unset = UNSET
    max_service_profiles: float | None | Unset = UNSET
    max_tariff_profiles: float | None | Unset = UNSET
    max_users: float | None | Unset = UNSET
    minimum_runtime: float | None | Unset = UNSET
    api_access_allowed: bool | None | Unset = UNSET
    vpn_access: bool | None | Unset = UNSET
    evaluation: bool | None | Unset = UNSET
    expiry_time: float | None | Unset = UNSET
    used_count: float | None | Unset = UNSET
    id: int | None | Unset = UNSET
    price: GetOrganisationActiveTariffPlanResponseTariffPlanPrice | None | Unset = UNSET
    currency: GetOrganisationActiveTariffPlanResponseTariffPlanCurrency | None | Unset = UNSET
    workspaces_enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_organisation_active_tariff_plan_response_tariff_plan_currency import (
            GetOrganisationActiveTariffPlanResponseTariffPlanCurrency,  # noqa: PLC0415
        )
        from ..models.get_organisation_active_tariff_plan_response_tariff_plan_price import (
            GetOrganisationActiveTariffPlanResponseTariffPlanPrice,  # noqa: PLC0415
        )

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        creation_date: None | str | Unset
        if isinstance(self.creation_date, Unset):
            creation_date = UNSET
        else:
            creation_date = self.creation_date

        activation_date: None | str | Unset
        if isinstance(self.activation_date, Unset):
            activation_date = UNSET
        else:
            activation_date = self.activation_date

        deprecation_date: None | str | Unset
        if isinstance(self.deprecation_date, Unset):
            deprecation_date = UNSET
        else:
            deprecation_date = self.deprecation_date

        rate: float | None | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

        yearly_rate: float | None | Unset
        if isinstance(self.yearly_rate, Unset):
            yearly_rate = UNSET
        else:
            yearly_rate = self.yearly_rate

        sim_activation_fee: float | None | Unset
        if isinstance(self.sim_activation_fee, Unset):
            sim_activation_fee = UNSET
        else:
            sim_activation_fee = self.sim_activation_fee

        max_active_sims: float | None | Unset
        if isinstance(self.max_active_sims, Unset):
            max_active_sims = UNSET
        else:
            max_active_sims = self.max_active_sims

        add_active_sims_rate: float | None | Unset
        if isinstance(self.add_active_sims_rate, Unset):
            add_active_sims_rate = UNSET
        else:
            add_active_sims_rate = self.add_active_sims_rate

        add_active_sim_batch: float | None | Unset
        if isinstance(self.add_active_sim_batch, Unset):
            add_active_sim_batch = UNSET
        else:
            add_active_sim_batch = self.add_active_sim_batch

        max_service_profiles: float | None | Unset
        if isinstance(self.max_service_profiles, Unset):
            max_service_profiles = UNSET
        else:
            max_service_profiles = self.max_service_profiles

        max_tariff_profiles: float | None | Unset
        if isinstance(self.max_tariff_profiles, Unset):
            max_tariff_profiles = UNSET
        else:
            max_tariff_profiles = self.max_tariff_profiles

        max_users: float | None | Unset
        if isinstance(self.max_users, Unset):
            max_users = UNSET
        else:
            max_users = self.max_users

        minimum_runtime: float | None | Unset
        if isinstance(self.minimum_runtime, Unset):
            minimum_runtime = UNSET
        else:
            minimum_runtime = self.minimum_runtime

        api_access_allowed: bool | None | Unset
        if isinstance(self.api_access_allowed, Unset):
            api_access_allowed = UNSET
        else:
            api_access_allowed = self.api_access_allowed

        vpn_access: bool | None | Unset
        if isinstance(self.vpn_access, Unset):
            vpn_access = UNSET
        else:
            vpn_access = self.vpn_access

        evaluation: bool | None | Unset
        if isinstance(self.evaluation, Unset):
            evaluation = UNSET
        else:
            evaluation = self.evaluation

        expiry_time: float | None | Unset
        if isinstance(self.expiry_time, Unset):
            expiry_time = UNSET
        else:
            expiry_time = self.expiry_time

        used_count: float | None | Unset
        if isinstance(self.used_count, Unset):
            used_count = UNSET
        else:
            used_count = self.used_count

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        price: dict[str, Any] | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        elif isinstance(self.price, GetOrganisationActiveTariffPlanResponseTariffPlanPrice):
            price = self.price.to_dict()
        else:
            price = self.price

        currency: dict[str, Any] | None | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, GetOrganisationActiveTariffPlanResponseTariffPlanCurrency):
            currency = self.currency.to_dict()
        else:
            currency = self.currency

        workspaces_enabled: bool | None | Unset
        if isinstance(self.workspaces_enabled, Unset):
            workspaces_enabled = UNSET
        else:
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

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_creation_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        creation_date = _parse_creation_date(d.pop("creation_date", UNSET))

        def _parse_activation_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        activation_date = _parse_activation_date(d.pop("activation_date", UNSET))

        def _parse_deprecation_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deprecation_date = _parse_deprecation_date(d.pop("deprecation_date", UNSET))

        def _parse_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        rate = _parse_rate(d.pop("rate", UNSET))

        def _parse_yearly_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        yearly_rate = _parse_yearly_rate(d.pop("yearly_rate", UNSET))

        def _parse_sim_activation_fee(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        sim_activation_fee = _parse_sim_activation_fee(d.pop("sim_activation_fee", UNSET))

        def _parse_max_active_sims(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        max_active_sims = _parse_max_active_sims(d.pop("max_active_sims", UNSET))

        def _parse_add_active_sims_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        add_active_sims_rate = _parse_add_active_sims_rate(d.pop("add_active_sims_rate", UNSET))

        def _parse_add_active_sim_batch(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        add_active_sim_batch = _parse_add_active_sim_batch(d.pop("add_active_sim_batch", UNSET))

        def _parse_max_service_profiles(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        max_service_profiles = _parse_max_service_profiles(d.pop("max_service_profiles", UNSET))

        def _parse_max_tariff_profiles(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        max_tariff_profiles = _parse_max_tariff_profiles(d.pop("max_tariff_profiles", UNSET))

        def _parse_max_users(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        max_users = _parse_max_users(d.pop("max_users", UNSET))

        def _parse_minimum_runtime(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        minimum_runtime = _parse_minimum_runtime(d.pop("minimum_runtime", UNSET))

        def _parse_api_access_allowed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        api_access_allowed = _parse_api_access_allowed(d.pop("api_access_allowed", UNSET))

        def _parse_vpn_access(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        vpn_access = _parse_vpn_access(d.pop("vpn_access", UNSET))

        def _parse_evaluation(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        evaluation = _parse_evaluation(d.pop("evaluation", UNSET))

        def _parse_expiry_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        expiry_time = _parse_expiry_time(d.pop("expiry_time", UNSET))

        def _parse_used_count(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        used_count = _parse_used_count(d.pop("used_count", UNSET))

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        def _parse_price(
            data: object,
        ) -> GetOrganisationActiveTariffPlanResponseTariffPlanPrice | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                price_type_0 = GetOrganisationActiveTariffPlanResponseTariffPlanPrice.from_dict(
                    data
                )

                return price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetOrganisationActiveTariffPlanResponseTariffPlanPrice | None | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_currency(
            data: object,
        ) -> GetOrganisationActiveTariffPlanResponseTariffPlanCurrency | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                currency_type_0 = (
                    GetOrganisationActiveTariffPlanResponseTariffPlanCurrency.from_dict(data)
                )

                return currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                GetOrganisationActiveTariffPlanResponseTariffPlanCurrency | None | Unset, data
            )

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_workspaces_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        workspaces_enabled = _parse_workspaces_enabled(d.pop("workspaces_enabled", UNSET))

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
