from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_float, number_as_int
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
        organisation_id (None | str | Unset):
        name (None | str | Unset):
        description (None | str | Unset):
        tariff_plan_type_id (None | str | Unset):
        min_tariff_plan_runtime_id (None | str | Unset):
        level (None | str | Unset):
        tariff_plan_runtime_id (ListOrganisationTariffPlansResponseItemsTariffPlanTariffPlanRuntimeId | None | Unset):
        owner_organisation_id (None | str | Unset):
        public_for_child_organisations (bool | None | Unset):
        creation_date (None | str | Unset):
        activation_date (None | str | Unset):
        deprecation_date (None | str | Unset):
        notes (ListOrganisationTariffPlansResponseItemsTariffPlanNotes | None | Unset):
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
        api_access_allowed (float | None | Unset):
        vpn_access (float | None | Unset):
        private (float | None | Unset):
        dtype (None | str | Unset):
        evaluation (bool | None | Unset):
        expiry_time (float | None | Unset):
        billing_disabled (bool | None | Unset):
        used_count (float | None | Unset):
        id (int | None | Unset):
        status (ListOrganisationTariffPlansResponseItemsTariffPlanStatus | None | Unset):
        currency (ListOrganisationTariffPlansResponseItemsTariffPlanCurrency | None | Unset):
        visibility (ListOrganisationTariffPlansResponseItemsTariffPlanVisibility | None | Unset):
        price (ListOrganisationTariffPlansResponseItemsTariffPlanPrice | None | Unset):
        service_level (ListOrganisationTariffPlansResponseItemsTariffPlanServiceLevel | None | Unset):
        federation_allowed (bool | None | Unset):
        factory_test_mode_allowed (bool | None | Unset):
    """

    organisation_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    tariff_plan_type_id: None | str | Unset = UNSET
    min_tariff_plan_runtime_id: None | str | Unset = UNSET
    level: None | str | Unset = UNSET
    tariff_plan_runtime_id: (
        ListOrganisationTariffPlansResponseItemsTariffPlanTariffPlanRuntimeId | None | Unset
    ) = UNSET
    owner_organisation_id: None | str | Unset = UNSET
    public_for_child_organisations: bool | None | Unset = UNSET
    creation_date: None | str | Unset = UNSET
    activation_date: None | str | Unset = UNSET
    deprecation_date: None | str | Unset = UNSET
    notes: ListOrganisationTariffPlansResponseItemsTariffPlanNotes | None | Unset = UNSET
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
    api_access_allowed: float | None | Unset = UNSET
    vpn_access: float | None | Unset = UNSET
    private: float | None | Unset = UNSET
    dtype: None | str | Unset = UNSET
    evaluation: bool | None | Unset = UNSET
    expiry_time: float | None | Unset = UNSET
    billing_disabled: bool | None | Unset = UNSET
    used_count: float | None | Unset = UNSET
    id: int | None | Unset = UNSET
    status: ListOrganisationTariffPlansResponseItemsTariffPlanStatus | None | Unset = UNSET
    currency: ListOrganisationTariffPlansResponseItemsTariffPlanCurrency | None | Unset = UNSET
    visibility: ListOrganisationTariffPlansResponseItemsTariffPlanVisibility | None | Unset = UNSET
    price: ListOrganisationTariffPlansResponseItemsTariffPlanPrice | None | Unset = UNSET
    service_level: ListOrganisationTariffPlansResponseItemsTariffPlanServiceLevel | None | Unset = (
        UNSET
    )
    federation_allowed: bool | None | Unset = UNSET
    factory_test_mode_allowed: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        organisation_id: None | str | Unset
        if isinstance(self.organisation_id, Unset):
            organisation_id = UNSET
        else:
            organisation_id = self.organisation_id

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

        tariff_plan_type_id: None | str | Unset
        if isinstance(self.tariff_plan_type_id, Unset):
            tariff_plan_type_id = UNSET
        else:
            tariff_plan_type_id = self.tariff_plan_type_id

        min_tariff_plan_runtime_id: None | str | Unset
        if isinstance(self.min_tariff_plan_runtime_id, Unset):
            min_tariff_plan_runtime_id = UNSET
        else:
            min_tariff_plan_runtime_id = self.min_tariff_plan_runtime_id

        level: None | str | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        else:
            level = self.level

        tariff_plan_runtime_id: dict[str, Any] | None | Unset
        if isinstance(self.tariff_plan_runtime_id, Unset):
            tariff_plan_runtime_id = UNSET
        elif isinstance(
            self.tariff_plan_runtime_id,
            ListOrganisationTariffPlansResponseItemsTariffPlanTariffPlanRuntimeId,
        ):
            tariff_plan_runtime_id = self.tariff_plan_runtime_id.to_dict()
        else:
            tariff_plan_runtime_id = self.tariff_plan_runtime_id

        owner_organisation_id: None | str | Unset
        if isinstance(self.owner_organisation_id, Unset):
            owner_organisation_id = UNSET
        else:
            owner_organisation_id = self.owner_organisation_id

        public_for_child_organisations: bool | None | Unset
        if isinstance(self.public_for_child_organisations, Unset):
            public_for_child_organisations = UNSET
        else:
            public_for_child_organisations = self.public_for_child_organisations

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

        notes: dict[str, Any] | None | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        elif isinstance(self.notes, ListOrganisationTariffPlansResponseItemsTariffPlanNotes):
            notes = self.notes.to_dict()
        else:
            notes = self.notes

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

        api_access_allowed: float | None | Unset
        if isinstance(self.api_access_allowed, Unset):
            api_access_allowed = UNSET
        else:
            api_access_allowed = self.api_access_allowed

        vpn_access: float | None | Unset
        if isinstance(self.vpn_access, Unset):
            vpn_access = UNSET
        else:
            vpn_access = self.vpn_access

        private: float | None | Unset
        if isinstance(self.private, Unset):
            private = UNSET
        else:
            private = self.private

        dtype: None | str | Unset
        if isinstance(self.dtype, Unset):
            dtype = UNSET
        else:
            dtype = self.dtype

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

        billing_disabled: bool | None | Unset
        if isinstance(self.billing_disabled, Unset):
            billing_disabled = UNSET
        else:
            billing_disabled = self.billing_disabled

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

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ListOrganisationTariffPlansResponseItemsTariffPlanStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        currency: dict[str, Any] | None | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, ListOrganisationTariffPlansResponseItemsTariffPlanCurrency):
            currency = self.currency.to_dict()
        else:
            currency = self.currency

        visibility: dict[str, Any] | None | Unset
        if isinstance(self.visibility, Unset):
            visibility = UNSET
        elif isinstance(
            self.visibility, ListOrganisationTariffPlansResponseItemsTariffPlanVisibility
        ):
            visibility = self.visibility.to_dict()
        else:
            visibility = self.visibility

        price: dict[str, Any] | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        elif isinstance(self.price, ListOrganisationTariffPlansResponseItemsTariffPlanPrice):
            price = self.price.to_dict()
        else:
            price = self.price

        service_level: dict[str, Any] | None | Unset
        if isinstance(self.service_level, Unset):
            service_level = UNSET
        elif isinstance(
            self.service_level, ListOrganisationTariffPlansResponseItemsTariffPlanServiceLevel
        ):
            service_level = self.service_level.to_dict()
        else:
            service_level = self.service_level

        federation_allowed: bool | None | Unset
        if isinstance(self.federation_allowed, Unset):
            federation_allowed = UNSET
        else:
            federation_allowed = self.federation_allowed

        factory_test_mode_allowed: bool | None | Unset
        if isinstance(self.factory_test_mode_allowed, Unset):
            factory_test_mode_allowed = UNSET
        else:
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

        def _parse_organisation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organisation_id = _parse_organisation_id(d.pop("organisation_id", UNSET))

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

        def _parse_tariff_plan_type_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tariff_plan_type_id = _parse_tariff_plan_type_id(d.pop("tariff_plan_type_id", UNSET))

        def _parse_min_tariff_plan_runtime_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        min_tariff_plan_runtime_id = _parse_min_tariff_plan_runtime_id(
            d.pop("min_tariff_plan_runtime_id", UNSET)
        )

        def _parse_level(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        level = _parse_level(d.pop("level", UNSET))

        def _parse_tariff_plan_runtime_id(
            data: object,
        ) -> ListOrganisationTariffPlansResponseItemsTariffPlanTariffPlanRuntimeId | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tariff_plan_runtime_id_type_0 = (
                    ListOrganisationTariffPlansResponseItemsTariffPlanTariffPlanRuntimeId.from_dict(
                        data
                    )
                )

                return tariff_plan_runtime_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ListOrganisationTariffPlansResponseItemsTariffPlanTariffPlanRuntimeId
                | None
                | Unset,
                data,
            )

        tariff_plan_runtime_id = _parse_tariff_plan_runtime_id(
            d.pop("tariff_plan_runtime_id", UNSET)
        )

        def _parse_owner_organisation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner_organisation_id = _parse_owner_organisation_id(d.pop("owner_organisation_id", UNSET))

        def _parse_public_for_child_organisations(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        public_for_child_organisations = _parse_public_for_child_organisations(
            d.pop("public_for_child_organisations", UNSET)
        )

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

        def _parse_notes(
            data: object,
        ) -> ListOrganisationTariffPlansResponseItemsTariffPlanNotes | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                notes_type_0 = ListOrganisationTariffPlansResponseItemsTariffPlanNotes.from_dict(
                    data
                )

                return notes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ListOrganisationTariffPlansResponseItemsTariffPlanNotes | None | Unset, data
            )

        notes = _parse_notes(d.pop("notes", UNSET))

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

        def _parse_api_access_allowed(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        api_access_allowed = _parse_api_access_allowed(d.pop("api_access_allowed", UNSET))

        def _parse_vpn_access(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        vpn_access = _parse_vpn_access(d.pop("vpn_access", UNSET))

        def _parse_private(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        private = _parse_private(d.pop("private", UNSET))

        def _parse_dtype(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dtype = _parse_dtype(d.pop("dtype", UNSET))

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

        def _parse_billing_disabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        billing_disabled = _parse_billing_disabled(d.pop("billing_disabled", UNSET))

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

        def _parse_status(
            data: object,
        ) -> ListOrganisationTariffPlansResponseItemsTariffPlanStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = ListOrganisationTariffPlansResponseItemsTariffPlanStatus.from_dict(
                    data
                )

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ListOrganisationTariffPlansResponseItemsTariffPlanStatus | None | Unset, data
            )

        status = _parse_status(d.pop("status", UNSET))

        def _parse_currency(
            data: object,
        ) -> ListOrganisationTariffPlansResponseItemsTariffPlanCurrency | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                currency_type_0 = (
                    ListOrganisationTariffPlansResponseItemsTariffPlanCurrency.from_dict(data)
                )

                return currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ListOrganisationTariffPlansResponseItemsTariffPlanCurrency | None | Unset, data
            )

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_visibility(
            data: object,
        ) -> ListOrganisationTariffPlansResponseItemsTariffPlanVisibility | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                visibility_type_0 = (
                    ListOrganisationTariffPlansResponseItemsTariffPlanVisibility.from_dict(data)
                )

                return visibility_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ListOrganisationTariffPlansResponseItemsTariffPlanVisibility | None | Unset, data
            )

        visibility = _parse_visibility(d.pop("visibility", UNSET))

        def _parse_price(
            data: object,
        ) -> ListOrganisationTariffPlansResponseItemsTariffPlanPrice | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                price_type_0 = ListOrganisationTariffPlansResponseItemsTariffPlanPrice.from_dict(
                    data
                )

                return price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ListOrganisationTariffPlansResponseItemsTariffPlanPrice | None | Unset, data
            )

        price = _parse_price(d.pop("price", UNSET))

        def _parse_service_level(
            data: object,
        ) -> ListOrganisationTariffPlansResponseItemsTariffPlanServiceLevel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                service_level_type_0 = (
                    ListOrganisationTariffPlansResponseItemsTariffPlanServiceLevel.from_dict(data)
                )

                return service_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ListOrganisationTariffPlansResponseItemsTariffPlanServiceLevel | None | Unset, data
            )

        service_level = _parse_service_level(d.pop("service_level", UNSET))

        def _parse_federation_allowed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        federation_allowed = _parse_federation_allowed(d.pop("federation_allowed", UNSET))

        def _parse_factory_test_mode_allowed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        factory_test_mode_allowed = _parse_factory_test_mode_allowed(
            d.pop("factory_test_mode_allowed", UNSET)
        )

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
