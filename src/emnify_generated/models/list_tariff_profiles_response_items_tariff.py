from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_tariff_profiles_response_items_tariff_currency import (
        ListTariffProfilesResponseItemsTariffCurrency,
    )


T = TypeVar("T", bound="ListTariffProfilesResponseItemsTariff")


@_attrs_define
class ListTariffProfilesResponseItemsTariff:
    """
    Attributes:
        id (int | Unset):
        organisation_id (str | Unset):
        name (str | Unset):
        description (str | Unset):
        created (str | Unset):
        tariff_status_id (str | Unset):
        currency_id (str | Unset):
        default_sms_mt_rate (float | Unset):
        default_sms_mo_rate (float | Unset):
        sim_issued_rate (float | Unset):
        sim_activated_rate (float | Unset):
        sim_suspended_rate (float | Unset):
        sim_activation_rate (float | Unset):
        sim_reactivation_rate (float | Unset):
        sim_suspension_rate (float | Unset):
        sim_termination_rate (float | Unset):
        data_throttle_id (str | Unset):
        data_blocksize_id (str | Unset):
        public (str | Unset):
        tariff_category_id (str | Unset):
        visibility_id (str | Unset):
        tariff_currency_category_id (str | Unset):
        used_count (str | Unset):
        assigned_count (str | Unset):
        currency (ListTariffProfilesResponseItemsTariffCurrency | Unset):
    """

    id: int | Unset = UNSET
    organisation_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    created: str | Unset = UNSET
    tariff_status_id: str | Unset = UNSET
    currency_id: str | Unset = UNSET
    default_sms_mt_rate: float | Unset = UNSET
    default_sms_mo_rate: float | Unset = UNSET
    sim_issued_rate: float | Unset = UNSET
    sim_activated_rate: float | Unset = UNSET
    sim_suspended_rate: float | Unset = UNSET
    sim_activation_rate: float | Unset = UNSET
    sim_reactivation_rate: float | Unset = UNSET
    sim_suspension_rate: float | Unset = UNSET
    sim_termination_rate: float | Unset = UNSET
    data_throttle_id: str | Unset = UNSET
    data_blocksize_id: str | Unset = UNSET
    public: str | Unset = UNSET
    tariff_category_id: str | Unset = UNSET
    visibility_id: str | Unset = UNSET
    tariff_currency_category_id: str | Unset = UNSET
    used_count: str | Unset = UNSET
    assigned_count: str | Unset = UNSET
    currency: ListTariffProfilesResponseItemsTariffCurrency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organisation_id = self.organisation_id

        name = self.name

        description = self.description

        created = self.created

        tariff_status_id = self.tariff_status_id

        currency_id = self.currency_id

        default_sms_mt_rate = self.default_sms_mt_rate

        default_sms_mo_rate = self.default_sms_mo_rate

        sim_issued_rate = self.sim_issued_rate

        sim_activated_rate = self.sim_activated_rate

        sim_suspended_rate = self.sim_suspended_rate

        sim_activation_rate = self.sim_activation_rate

        sim_reactivation_rate = self.sim_reactivation_rate

        sim_suspension_rate = self.sim_suspension_rate

        sim_termination_rate = self.sim_termination_rate

        data_throttle_id = self.data_throttle_id

        data_blocksize_id = self.data_blocksize_id

        public = self.public

        tariff_category_id = self.tariff_category_id

        visibility_id = self.visibility_id

        tariff_currency_category_id = self.tariff_currency_category_id

        used_count = self.used_count

        assigned_count = self.assigned_count

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if organisation_id is not UNSET:
            field_dict["organisation_id"] = organisation_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if created is not UNSET:
            field_dict["created"] = created
        if tariff_status_id is not UNSET:
            field_dict["tariff_status_id"] = tariff_status_id
        if currency_id is not UNSET:
            field_dict["currency_id"] = currency_id
        if default_sms_mt_rate is not UNSET:
            field_dict["default_sms_mt_rate"] = default_sms_mt_rate
        if default_sms_mo_rate is not UNSET:
            field_dict["default_sms_mo_rate"] = default_sms_mo_rate
        if sim_issued_rate is not UNSET:
            field_dict["sim_issued_rate"] = sim_issued_rate
        if sim_activated_rate is not UNSET:
            field_dict["sim_activated_rate"] = sim_activated_rate
        if sim_suspended_rate is not UNSET:
            field_dict["sim_suspended_rate"] = sim_suspended_rate
        if sim_activation_rate is not UNSET:
            field_dict["sim_activation_rate"] = sim_activation_rate
        if sim_reactivation_rate is not UNSET:
            field_dict["sim_reactivation_rate"] = sim_reactivation_rate
        if sim_suspension_rate is not UNSET:
            field_dict["sim_suspension_rate"] = sim_suspension_rate
        if sim_termination_rate is not UNSET:
            field_dict["sim_termination_rate"] = sim_termination_rate
        if data_throttle_id is not UNSET:
            field_dict["data_throttle_id"] = data_throttle_id
        if data_blocksize_id is not UNSET:
            field_dict["data_blocksize_id"] = data_blocksize_id
        if public is not UNSET:
            field_dict["public"] = public
        if tariff_category_id is not UNSET:
            field_dict["tariff_category_id"] = tariff_category_id
        if visibility_id is not UNSET:
            field_dict["visibility_id"] = visibility_id
        if tariff_currency_category_id is not UNSET:
            field_dict["tariff_currency_category_id"] = tariff_currency_category_id
        if used_count is not UNSET:
            field_dict["used_count"] = used_count
        if assigned_count is not UNSET:
            field_dict["assigned_count"] = assigned_count
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_tariff_profiles_response_items_tariff_currency import (
            ListTariffProfilesResponseItemsTariffCurrency,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        organisation_id = d.pop("organisation_id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        created = d.pop("created", UNSET)

        tariff_status_id = d.pop("tariff_status_id", UNSET)

        currency_id = d.pop("currency_id", UNSET)

        default_sms_mt_rate = d.pop("default_sms_mt_rate", UNSET)

        default_sms_mo_rate = d.pop("default_sms_mo_rate", UNSET)

        sim_issued_rate = d.pop("sim_issued_rate", UNSET)

        sim_activated_rate = d.pop("sim_activated_rate", UNSET)

        sim_suspended_rate = d.pop("sim_suspended_rate", UNSET)

        sim_activation_rate = d.pop("sim_activation_rate", UNSET)

        sim_reactivation_rate = d.pop("sim_reactivation_rate", UNSET)

        sim_suspension_rate = d.pop("sim_suspension_rate", UNSET)

        sim_termination_rate = d.pop("sim_termination_rate", UNSET)

        data_throttle_id = d.pop("data_throttle_id", UNSET)

        data_blocksize_id = d.pop("data_blocksize_id", UNSET)

        public = d.pop("public", UNSET)

        tariff_category_id = d.pop("tariff_category_id", UNSET)

        visibility_id = d.pop("visibility_id", UNSET)

        tariff_currency_category_id = d.pop("tariff_currency_category_id", UNSET)

        used_count = d.pop("used_count", UNSET)

        assigned_count = d.pop("assigned_count", UNSET)

        _currency = d.pop("currency", UNSET)
        currency: ListTariffProfilesResponseItemsTariffCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = ListTariffProfilesResponseItemsTariffCurrency.from_dict(_currency)

        list_tariff_profiles_response_items_tariff = cls(
            id=id,
            organisation_id=organisation_id,
            name=name,
            description=description,
            created=created,
            tariff_status_id=tariff_status_id,
            currency_id=currency_id,
            default_sms_mt_rate=default_sms_mt_rate,
            default_sms_mo_rate=default_sms_mo_rate,
            sim_issued_rate=sim_issued_rate,
            sim_activated_rate=sim_activated_rate,
            sim_suspended_rate=sim_suspended_rate,
            sim_activation_rate=sim_activation_rate,
            sim_reactivation_rate=sim_reactivation_rate,
            sim_suspension_rate=sim_suspension_rate,
            sim_termination_rate=sim_termination_rate,
            data_throttle_id=data_throttle_id,
            data_blocksize_id=data_blocksize_id,
            public=public,
            tariff_category_id=tariff_category_id,
            visibility_id=visibility_id,
            tariff_currency_category_id=tariff_currency_category_id,
            used_count=used_count,
            assigned_count=assigned_count,
            currency=currency,
        )

        list_tariff_profiles_response_items_tariff.additional_properties = d
        return list_tariff_profiles_response_items_tariff

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
