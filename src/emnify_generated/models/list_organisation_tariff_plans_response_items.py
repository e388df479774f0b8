from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_float, number_as_int
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
        id (int | None | Unset):
        organisation_id (None | str | Unset):
        start_date (None | str | Unset):
        expiry_date (None | str | Unset):
        sim_activated_rate (float | None | Unset):
        sim_activated_idle_rate (float | None | Unset):
        sim_suspended_rate (float | None | Unset):
        sim_suspended_active_rate (float | None | Unset):
        currency_id (None | str | Unset):
        federation_allowed (bool | None | Unset):
        factory_test_mode_allowed (bool | None | Unset):
        service_level (ListOrganisationTariffPlansResponseItemsServiceLevel | None | Unset):
        active (bool | None | Unset):
        applied_rate (float | None | Unset):
        price_model (None | str | Unset):
        tariff_plan (ListOrganisationTariffPlansResponseItemsTariffPlan | None | Unset):
    """

    id: int | None | Unset = UNSET
    organisation_id: None | str | Unset = UNSET
    start_date: None | str | Unset = UNSET
    expiry_date: None | str | Unset = UNSET
    sim_activated_rate: float | None | Unset = UNSET
    sim_activated_idle_rate: float | None | Unset = UNSET
    sim_suspended_rate: float | None | Unset = UNSET
    sim_suspended_active_rate: float | None | Unset = UNSET
    currency_id: None | str | Unset = UNSET
    federation_allowed: bool | None | Unset = UNSET
    factory_test_mode_allowed: bool | None | Unset = UNSET
    service_level: ListOrganisationTariffPlansResponseItemsServiceLevel | None | Unset = UNSET
    active: bool | None | Unset = UNSET
    applied_rate: float | None | Unset = UNSET
    price_model: None | str | Unset = UNSET
    tariff_plan: ListOrganisationTariffPlansResponseItemsTariffPlan | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_organisation_tariff_plans_response_items_service_level import (
            ListOrganisationTariffPlansResponseItemsServiceLevel,  # noqa: PLC0415
        )
        from ..models.list_organisation_tariff_plans_response_items_tariff_plan import (
            ListOrganisationTariffPlansResponseItemsTariffPlan,  # noqa: PLC0415
        )

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        organisation_id: None | str | Unset
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

        currency_id: None | str | Unset
        if isinstance(self.currency_id, Unset):
            currency_id = UNSET
        else:
            currency_id = self.currency_id

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

        service_level: dict[str, Any] | None | Unset
        if isinstance(self.service_level, Unset):
            service_level = UNSET
        elif isinstance(self.service_level, ListOrganisationTariffPlansResponseItemsServiceLevel):
            service_level = self.service_level.to_dict()
        else:
            service_level = self.service_level

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

        price_model: None | str | Unset
        if isinstance(self.price_model, Unset):
            price_model = UNSET
        else:
            price_model = self.price_model

        tariff_plan: dict[str, Any] | None | Unset
        if isinstance(self.tariff_plan, Unset):
            tariff_plan = UNSET
        elif isinstance(self.tariff_plan, ListOrganisationTariffPlansResponseItemsTariffPlan):
            tariff_plan = self.tariff_plan.to_dict()
        else:
            tariff_plan = self.tariff_plan

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

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        def _parse_organisation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

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

        def _parse_currency_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency_id = _parse_currency_id(d.pop("currency_id", UNSET))

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

        def _parse_service_level(
            data: object,
        ) -> ListOrganisationTariffPlansResponseItemsServiceLevel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                service_level_type_0 = (
                    ListOrganisationTariffPlansResponseItemsServiceLevel.from_dict(data)
                )

                return service_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListOrganisationTariffPlansResponseItemsServiceLevel | None | Unset, data)

        service_level = _parse_service_level(d.pop("service_level", UNSET))

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

        def _parse_price_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        price_model = _parse_price_model(d.pop("price_model", UNSET))

        def _parse_tariff_plan(
            data: object,
        ) -> ListOrganisationTariffPlansResponseItemsTariffPlan | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tariff_plan_type_0 = ListOrganisationTariffPlansResponseItemsTariffPlan.from_dict(
                    data
                )

                return tariff_plan_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListOrganisationTariffPlansResponseItemsTariffPlan | None | Unset, data)

        tariff_plan = _parse_tariff_plan(d.pop("tariff_plan", UNSET))

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
