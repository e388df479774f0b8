from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_organisation_tariff_plans_response_items_service_level import (
        ListOrganisationTariffPlansResponseItemsServiceLevel,
    )
    from ..models.list_organisation_tariff_plans_response_items_tariff_plan import (
        ListOrganisationTariffPlansResponseItemsTariffPlan,
    )


T = TypeVar("T", bound="ListOrganisationTariffPlansResponseItems")


@_attrs_define
class ListOrganisationTariffPlansResponseItems:
    """
    Attributes:
        id (int | Unset):
        organisation_id (str | Unset):
        start_date (str | Unset):
        expiry_date (str | Unset):
        sim_activated_rate (float | Unset):
        sim_activated_idle_rate (float | Unset):
        sim_suspended_rate (float | Unset):
        sim_suspended_active_rate (float | Unset):
        currency_id (str | Unset):
        federation_allowed (bool | Unset):
        factory_test_mode_allowed (bool | Unset):
        service_level (ListOrganisationTariffPlansResponseItemsServiceLevel | Unset):
        active (bool | Unset):
        applied_rate (float | Unset):
        price_model (str | Unset):
        tariff_plan (ListOrganisationTariffPlansResponseItemsTariffPlan | Unset):
    """

    id: int | Unset = UNSET
    organisation_id: str | Unset = UNSET
    start_date: str | Unset = UNSET
    expiry_date: str | Unset = UNSET
    sim_activated_rate: float | Unset = UNSET
    sim_activated_idle_rate: float | Unset = UNSET
    sim_suspended_rate: float | Unset = UNSET
    sim_suspended_active_rate: float | Unset = UNSET
    currency_id: str | Unset = UNSET
    federation_allowed: bool | Unset = UNSET
    factory_test_mode_allowed: bool | Unset = UNSET
    service_level: ListOrganisationTariffPlansResponseItemsServiceLevel | Unset = UNSET
    active: bool | Unset = UNSET
    applied_rate: float | Unset = UNSET
    price_model: str | Unset = UNSET
    tariff_plan: ListOrganisationTariffPlansResponseItemsTariffPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organisation_id = self.organisation_id

        start_date = self.start_date

        expiry_date = self.expiry_date

        sim_activated_rate = self.sim_activated_rate

        sim_activated_idle_rate = self.sim_activated_idle_rate

        sim_suspended_rate = self.sim_suspended_rate

        sim_suspended_active_rate = self.sim_suspended_active_rate

        currency_id = self.currency_id

        federation_allowed = self.federation_allowed

        factory_test_mode_allowed = self.factory_test_mode_allowed

        service_level: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_level, Unset):
            service_level = self.service_level.to_dict()

        active = self.active

        applied_rate = self.applied_rate

        price_model = self.price_model

        tariff_plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tariff_plan, Unset):
            tariff_plan = self.tariff_plan.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
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
        if currency_id is not UNSET:
            field_dict["currency_id"] = currency_id
        if federation_allowed is not UNSET:
            field_dict["federation_allowed"] = federation_allowed
        if factory_test_mode_allowed is not UNSET:
            field_dict["factory_test_mode_allowed"] = factory_test_mode_allowed
        if service_level is not UNSET:
            field_dict["service_level"] = service_level
        if active is not UNSET:
            field_dict["active"] = active
        if applied_rate is not UNSET:
            field_dict["applied_rate"] = applied_rate
        if price_model is not UNSET:
            field_dict["price_model"] = price_model
        if tariff_plan is not UNSET:
            field_dict["tariff_plan"] = tariff_plan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_organisation_tariff_plans_response_items_service_level import (
            ListOrganisationTariffPlansResponseItemsServiceLevel,  # noqa: PLC0415
        )
        from ..models.list_organisation_tariff_plans_response_items_tariff_plan import (
            ListOrganisationTariffPlansResponseItemsTariffPlan,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        organisation_id = d.pop("organisation_id", UNSET)

        start_date = d.pop("start_date", UNSET)

        expiry_date = d.pop("expiry_date", UNSET)

        sim_activated_rate = d.pop("sim_activated_rate", UNSET)

        sim_activated_idle_rate = d.pop("sim_activated_idle_rate", UNSET)

        sim_suspended_rate = d.pop("sim_suspended_rate", UNSET)

        sim_suspended_active_rate = d.pop("sim_suspended_active_rate", UNSET)

        currency_id = d.pop("currency_id", UNSET)

        federation_allowed = d.pop("federation_allowed", UNSET)

        factory_test_mode_allowed = d.pop("factory_test_mode_allowed", UNSET)

        _service_level = d.pop("service_level", UNSET)
        service_level: ListOrganisationTariffPlansResponseItemsServiceLevel | Unset
        if isinstance(_service_level, Unset):
            service_level = UNSET
        else:
            service_level = ListOrganisationTariffPlansResponseItemsServiceLevel.from_dict(
                _service_level
            )

        active = d.pop("active", UNSET)

        applied_rate = d.pop("applied_rate", UNSET)

        price_model = d.pop("price_model", UNSET)

        _tariff_plan = d.pop("tariff_plan", UNSET)
        tariff_plan: ListOrganisationTariffPlansResponseItemsTariffPlan | Unset
        if isinstance(_tariff_plan, Unset):
            tariff_plan = UNSET
        else:
            tariff_plan = ListOrganisationTariffPlansResponseItemsTariffPlan.from_dict(_tariff_plan)

        list_organisation_tariff_plans_response_items = cls(
            id=id,
            organisation_id=organisation_id,
            start_date=start_date,
            expiry_date=expiry_date,
            sim_activated_rate=sim_activated_rate,
            sim_activated_idle_rate=sim_activated_idle_rate,
            sim_suspended_rate=sim_suspended_rate,
            sim_suspended_active_rate=sim_suspended_active_rate,
            currency_id=currency_id,
            federation_allowed=federation_allowed,
            factory_test_mode_allowed=factory_test_mode_allowed,
            service_level=service_level,
            active=active,
            applied_rate=applied_rate,
            price_model=price_model,
            tariff_plan=tariff_plan,
        )

        list_organisation_tariff_plans_response_items.additional_properties = d
        return list_organisation_tariff_plans_response_items

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
