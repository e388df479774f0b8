from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_organisation_tariff_plans_response_items_tariff_plan_currency import (
        ListOrganisationTariffPlansResponseItemsTariffPlanCurrency,
    )
    from ..models.list_organisation_tariff_plans_response_items_tariff_plan_notes import (
        ListOrganisationTariffPlansResponseItemsTariffPlanNotes,
    )
    from ..models.list_organisation_tariff_plans_response_items_tariff_plan_price import (
        ListOrganisationTariffPlansResponseItemsTariffPlanPrice,
    )
    from ..models.list_organisation_tariff_plans_response_items_tariff_plan_service_level import (
        ListOrganisationTariffPlansResponseItemsTariffPlanServiceLevel,
    )
    from ..models.list_organisation_tariff_plans_response_items_tariff_plan_status import (
        ListOrganisationTariffPlansResponseItemsTariffPlanStatus,
    )
    from ..models.list_organisation_tariff_plans_response_items_tariff_plan_tariff_plan_runtime_id import (
        ListOrganisationTariffPlansResponseItemsTariffPlanTariffPlanRuntimeId,
    )
    from ..models.list_organisation_tariff_plans_response_items_tariff_plan_visibility import (
        ListOrganisationTariffPlansResponseItemsTariffPlanVisibility,
    )


T = TypeVar("T", bound="ListOrganisationTariffPlansResponseItemsTariffPlan")


@_attrs_define
class ListOrganisationTariffPlansResponseItemsTariffPlan:
    """
    Attributes:
        organisation_id (str | Unset):
        name (str | Unset):
        description (str | Unset):
        tariff_plan_type_id (str | Unset):
        min_tariff_plan_runtime_id (str | Unset):
        level (str | Unset):
        tariff_plan_runtime_id (ListOrganisationTariffPlansResponseItemsTariffPlanTariffPlanRuntimeId | Unset):
        owner_organisation_id (str | Unset):
        public_for_child_organisations (bool | Unset):
        creation_date (str | Unset):
        activation_date (str | Unset):
        deprecation_date (str | Unset):
        notes (ListOrganisationTariffPlansResponseItemsTariffPlanNotes | Unset):
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
        api_access_allowed (float | Unset):
        vpn_access (float | Unset):
        private (float | Unset):
        dtype (str | Unset):
        evaluation (bool | Unset):
        expiry_time (float | Unset):
        billing_disabled (bool | Unset):
        used_count (float | Unset):
        id (int | Unset):
        status (ListOrganisationTariffPlansResponseItemsTariffPlanStatus | Unset):
        currency (ListOrganisationTariffPlansResponseItemsTariffPlanCurrency | Unset):
        visibility (ListOrganisationTariffPlansResponseItemsTariffPlanVisibility | Unset):
        price (ListOrganisationTariffPlansResponseItemsTariffPlanPrice | Unset):
        service_level (ListOrganisationTariffPlansResponseItemsTariffPlanServiceLevel | Unset):
        federation_allowed (bool | Unset):
        factory_test_mode_allowed (bool | Unset):
    """

    organisation_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    tariff_plan_type_id: str | Unset = UNSET
    min_tariff_plan_runtime_id: str | Unset = UNSET
    level: str | Unset = UNSET
    tariff_plan_runtime_id: (
        ListOrganisationTariffPlansResponseItemsTariffPlanTariffPlanRuntimeId | Unset
    ) = UNSET
    owner_organisation_id: str | Unset = UNSET
    public_for_child_organisations: bool | Unset = UNSET
    creation_date: str | Unset = UNSET
    activation_date: str | Unset = UNSET
    deprecation_date: str | Unset = UNSET
    notes: ListOrganisationTariffPlansResponseItemsTariffPlanNotes | Unset = UNSET
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
    api_access_allowed: float | Unset = UNSET
    vpn_access: float | Unset = UNSET
    private: float | Unset = UNSET
    dtype: str | Unset = UNSET
    evaluation: bool | Unset = UNSET
    expiry_time: float | Unset = UNSET
    billing_disabled: bool | Unset = UNSET
    used_count: float | Unset = UNSET
    id: int | Unset = UNSET
    status: ListOrganisationTariffPlansResponseItemsTariffPlanStatus | Unset = UNSET
    currency: ListOrganisationTariffPlansResponseItemsTariffPlanCurrency | Unset = UNSET
    visibility: ListOrganisationTariffPlansResponseItemsTariffPlanVisibility | Unset = UNSET
    price: ListOrganisationTariffPlansResponseItemsTariffPlanPrice | Unset = UNSET
    service_level: ListOrganisationTariffPlansResponseItemsTariffPlanServiceLevel | Unset = UNSET
    federation_allowed: bool | Unset = UNSET
    factory_test_mode_allowed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organisation_id = self.organisation_id

        name = self.name

        description = self.description

        tariff_plan_type_id = self.tariff_plan_type_id

        min_tariff_plan_runtime_id = self.min_tariff_plan_runtime_id

        level = self.level

        tariff_plan_runtime_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tariff_plan_runtime_id, Unset):
            tariff_plan_runtime_id = self.tariff_plan_runtime_id.to_dict()

        owner_organisation_id = self.owner_organisation_id

        public_for_child_organisations = self.public_for_child_organisations

        creation_date = self.creation_date

        activation_date = self.activation_date

        deprecation_date = self.deprecation_date

        notes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = self.notes.to_dict()

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

        private = self.private

        dtype = self.dtype

        evaluation = self.evaluation

        expiry_time = self.expiry_time

        billing_disabled = self.billing_disabled

        used_count = self.used_count

        id = self.id

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        visibility: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.to_dict()

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        service_level: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_level, Unset):
            service_level = self.service_level.to_dict()

        federation_allowed = self.federation_allowed

        factory_test_mode_allowed = self.factory_test_mode_allowed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organisation_id is not UNSET:
            field_dict["organisation_id"] = organisation_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if tariff_plan_type_id is not UNSET:
            field_dict["tariff_plan_type_id"] = tariff_plan_type_id
        if min_tariff_plan_runtime_id is not UNSET:
            field_dict["min_tariff_plan_runtime_id"] = min_tariff_plan_runtime_id
        if level is not UNSET:
            field_dict["level"] = level
        if tariff_plan_runtime_id is not UNSET:
            field_dict["tariff_plan_runtime_id"] = tariff_plan_runtime_id
        if owner_organisation_id is not UNSET:
            field_dict["owner_organisation_id"] = owner_organisation_id
        if public_for_child_organisations is not UNSET:
            field_dict["public_for_child_organisations"] = public_for_child_organisations
        if creation_date is not UNSET:
            field_dict["creation_date"] = creation_date
        if activation_date is not UNSET:
            field_dict["activation_date"] = activation_date
        if deprecation_date is not UNSET:
            field_dict["deprecation_date"] = deprecation_date
        if notes is not UNSET:
            field_dict["notes"] = notes
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
        if private is not UNSET:
            field_dict["private"] = private
        if dtype is not UNSET:
            field_dict["dtype"] = dtype
        if evaluation is not UNSET:
            field_dict["evaluation"] = evaluation
        if expiry_time is not UNSET:
            field_dict["expiry_time"] = expiry_time
        if billing_disabled is not UNSET:
            field_dict["billing_disabled"] = billing_disabled
        if used_count is not UNSET:
            field_dict["used_count"] = used_count
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if currency is not UNSET:
            field_dict["currency"] = currency
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if price is not UNSET:
            field_dict["price"] = price
        if service_level is not UNSET:
            field_dict["service_level"] = service_level
        if federation_allowed is not UNSET:
            field_dict["federation_allowed"] = federation_allowed
        if factory_test_mode_allowed is not UNSET:
            field_dict["factory_test_mode_allowed"] = factory_test_mode_allowed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_organisation_tariff_plans_response_items_tariff_plan_currency import (
            ListOrganisationTariffPlansResponseItemsTariffPlanCurrency,  # noqa: PLC0415
        )
        from ..models.list_organisation_tariff_plans_response_items_tariff_plan_notes import (
            ListOrganisationTariffPlansResponseItemsTariffPlanNotes,  # noqa: PLC0415
        )
        from ..models.list_organisation_tariff_plans_response_items_tariff_plan_price import (
            ListOrganisationTariffPlansResponseItemsTariffPlanPrice,  # noqa: PLC0415
        )
        from ..models.list_organisation_tariff_plans_response_items_tariff_plan_service_level import (
            ListOrganisationTariffPlansResponseItemsTariffPlanServiceLevel,  # noqa: PLC0415
        )
        from ..models.list_organisation_tariff_plans_response_items_tariff_plan_status import (
            ListOrganisationTariffPlansResponseItemsTariffPlanStatus,  # noqa: PLC0415
        )
        from ..models.list_organisation_tariff_plans_response_items_tariff_plan_tariff_plan_runtime_id import (
            ListOrganisationTariffPlansResponseItemsTariffPlanTariffPlanRuntimeId,  # noqa: PLC0415
        )
        from ..models.list_organisation_tariff_plans_response_items_tariff_plan_visibility import (
            ListOrganisationTariffPlansResponseItemsTariffPlanVisibility,  # noqa: PLC0415
        )

        d = dict(src_dict)
        organisation_id = d.pop("organisation_id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        tariff_plan_type_id = d.pop("tariff_plan_type_id", UNSET)

        min_tariff_plan_runtime_id = d.pop("min_tariff_plan_runtime_id", UNSET)

        level = d.pop("level", UNSET)

        _tariff_plan_runtime_id = d.pop("tariff_plan_runtime_id", UNSET)
        tariff_plan_runtime_id: (
            ListOrganisationTariffPlansResponseItemsTariffPlanTariffPlanRuntimeId | Unset
        )
        if isinstance(_tariff_plan_runtime_id, Unset):
            tariff_plan_runtime_id = UNSET
        else:
            tariff_plan_runtime_id = (
                ListOrganisationTariffPlansResponseItemsTariffPlanTariffPlanRuntimeId.from_dict(
                    _tariff_plan_runtime_id
                )
            )

        owner_organisation_id = d.pop("owner_organisation_id", UNSET)

        public_for_child_organisations = d.pop("public_for_child_organisations", UNSET)

        creation_date = d.pop("creation_date", UNSET)

        activation_date = d.pop("activation_date", UNSET)

        deprecation_date = d.pop("deprecation_date", UNSET)

        _notes = d.pop("notes", UNSET)
        notes: ListOrganisationTariffPlansResponseItemsTariffPlanNotes | Unset
        if isinstance(_notes, Unset):
            notes = UNSET
        else:
            notes = ListOrganisationTariffPlansResponseItemsTariffPlanNotes.from_dict(_notes)

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

        private = d.pop("private", UNSET)

        dtype = d.pop("dtype", UNSET)

        evaluation = d.pop("evaluation", UNSET)

        expiry_time = d.pop("expiry_time", UNSET)

        billing_disabled = d.pop("billing_disabled", UNSET)

        used_count = d.pop("used_count", UNSET)

        id = d.pop("id", UNSET)

        _status = d.pop("status", UNSET)
        status: ListOrganisationTariffPlansResponseItemsTariffPlanStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ListOrganisationTariffPlansResponseItemsTariffPlanStatus.from_dict(_status)

        _currency = d.pop("currency", UNSET)
        currency: ListOrganisationTariffPlansResponseItemsTariffPlanCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = ListOrganisationTariffPlansResponseItemsTariffPlanCurrency.from_dict(
                _currency
            )

        _visibility = d.pop("visibility", UNSET)
        visibility: ListOrganisationTariffPlansResponseItemsTariffPlanVisibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = ListOrganisationTariffPlansResponseItemsTariffPlanVisibility.from_dict(
                _visibility
            )

        _price = d.pop("price", UNSET)
        price: ListOrganisationTariffPlansResponseItemsTariffPlanPrice | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = ListOrganisationTariffPlansResponseItemsTariffPlanPrice.from_dict(_price)

        _service_level = d.pop("service_level", UNSET)
        service_level: ListOrganisationTariffPlansResponseItemsTariffPlanServiceLevel | Unset
        if isinstance(_service_level, Unset):
            service_level = UNSET
        else:
            service_level = (
                ListOrganisationTariffPlansResponseItemsTariffPlanServiceLevel.from_dict(
                    _service_level
                )
            )

        federation_allowed = d.pop("federation_allowed", UNSET)

        factory_test_mode_allowed = d.pop("factory_test_mode_allowed", UNSET)

        list_organisation_tariff_plans_response_items_tariff_plan = cls(
            organisation_id=organisation_id,
            name=name,
            description=description,
            tariff_plan_type_id=tariff_plan_type_id,
            min_tariff_plan_runtime_id=min_tariff_plan_runtime_id,
            level=level,
            tariff_plan_runtime_id=tariff_plan_runtime_id,
            owner_organisation_id=owner_organisation_id,
            public_for_child_organisations=public_for_child_organisations,
            creation_date=creation_date,
            activation_date=activation_date,
            deprecation_date=deprecation_date,
            notes=notes,
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
            private=private,
            dtype=dtype,
            evaluation=evaluation,
            expiry_time=expiry_time,
            billing_disabled=billing_disabled,
            used_count=used_count,
            id=id,
            status=status,
            currency=currency,
            visibility=visibility,
            price=price,
            service_level=service_level,
            federation_allowed=federation_allowed,
            factory_test_mode_allowed=factory_test_mode_allowed,
        )

        list_organisation_tariff_plans_response_items_tariff_plan.additional_properties = d
        return list_organisation_tariff_plans_response_items_tariff_plan

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
