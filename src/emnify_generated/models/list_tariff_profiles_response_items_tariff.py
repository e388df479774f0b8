from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_float, number_as_int
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
        id (int | None | Unset):
        organisation_id (None | str | Unset):
        name (None | str | Unset):
        description (None | str | Unset):
        created (None | str | Unset):
        tariff_status_id (None | str | Unset):
        currency_id (None | str | Unset):
        default_sms_mt_rate (float | None | Unset):
        default_sms_mo_rate (float | None | Unset):
        sim_issued_rate (float | None | Unset):
        sim_activated_rate (float | None | Unset):
        sim_suspended_rate (float | None | Unset):
        sim_activation_rate (float | None | Unset):
        sim_reactivation_rate (float | None | Unset):
        sim_suspension_rate (float | None | Unset):
        sim_termination_rate (float | None | Unset):
        data_throttle_id (None | str | Unset):
        data_blocksize_id (None | str | Unset):
        public (None | str | Unset):
        tariff_category_id (None | str | Unset):
        visibility_id (None | str | Unset):
        tariff_currency_category_id (None | str | Unset):
        used_count (None | str | Unset):
        assigned_count (None | str | Unset):
        currency (ListTariffProfilesResponseItemsTariffCurrency | None | Unset):
    """

    id: int | None | Unset = UNSET
    organisation_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    created: None | str | Unset = UNSET
    tariff_status_id: None | str | Unset = UNSET
    currency_id: None | str | Unset = UNSET
    default_sms_mt_rate: float | None | Unset = UNSET
    default_sms_mo_rate: float | None | Unset = UNSET
    sim_issued_rate: float | None | Unset = UNSET
    sim_activated_rate: float | None | Unset = UNSET
    sim_suspended_rate: float | None | Unset = UNSET
    sim_activation_rate: float | None | Unset = UNSET
    sim_reactivation_rate: float | None | Unset = UNSET
    sim_suspension_rate: float | None | Unset = UNSET
    sim_termination_rate: float | None | Unset = UNSET
    data_throttle_id: None | str | Unset = UNSET
    data_blocksize_id: None | str | Unset = UNSET
    public: None | str | Unset = UNSET
    tariff_category_id: None | str | Unset = UNSET
    visibility_id: None | str | Unset = UNSET
    tariff_currency_category_id: None | str | Unset = UNSET
    used_count: None | str | Unset = UNSET
    assigned_count: None | str | Unset = UNSET
    currency: ListTariffProfilesResponseItemsTariffCurrency | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_tariff_profiles_response_items_tariff_currency import (
            ListTariffProfilesResponseItemsTariffCurrency,  # noqa: PLC0415
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

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        tariff_status_id: None | str | Unset
        if isinstance(self.tariff_status_id, Unset):
            tariff_status_id = UNSET
        else:
            tariff_status_id = self.tariff_status_id

        currency_id: None | str | Unset
        if isinstance(self.currency_id, Unset):
            currency_id = UNSET
        else:
            currency_id = self.currency_id

        default_sms_mt_rate: float | None | Unset
        if isinstance(self.default_sms_mt_rate, Unset):
            default_sms_mt_rate = UNSET
        else:
            default_sms_mt_rate = self.default_sms_mt_rate

        default_sms_mo_rate: float | None | Unset
        if isinstance(self.default_sms_mo_rate, Unset):
            default_sms_mo_rate = UNSET
        else:
            default_sms_mo_rate = self.default_sms_mo_rate

        sim_issued_rate: float | None | Unset
        if isinstance(self.sim_issued_rate, Unset):
            sim_issued_rate = UNSET
        else:
            sim_issued_rate = self.sim_issued_rate

        sim_activated_rate: float | None | Unset
        if isinstance(self.sim_activated_rate, Unset):
            sim_activated_rate = UNSET
        else:
            sim_activated_rate = self.sim_activated_rate

        sim_suspended_rate: float | None | Unset
        if isinstance(self.sim_suspended_rate, Unset):
            sim_suspended_rate = UNSET
        else:
            sim_suspended_rate = self.sim_suspended_rate

        sim_activation_rate: float | None | Unset
        if isinstance(self.sim_activation_rate, Unset):
            sim_activation_rate = UNSET
        else:
            sim_activation_rate = self.sim_activation_rate

        sim_reactivation_rate: float | None | Unset
        if isinstance(self.sim_reactivation_rate, Unset):
            sim_reactivation_rate = UNSET
        else:
            sim_reactivation_rate = self.sim_reactivation_rate

        sim_suspension_rate: float | None | Unset
        if isinstance(self.sim_suspension_rate, Unset):
            sim_suspension_rate = UNSET
        else:
            sim_suspension_rate = self.sim_suspension_rate

        sim_termination_rate: float | None | Unset
        if isinstance(self.sim_termination_rate, Unset):
            sim_termination_rate = UNSET
        else:
            sim_termination_rate = self.sim_termination_rate

        data_throttle_id: None | str | Unset
        if isinstance(self.data_throttle_id, Unset):
            data_throttle_id = UNSET
        else:
            data_throttle_id = self.data_throttle_id

        data_blocksize_id: None | str | Unset
        if isinstance(self.data_blocksize_id, Unset):
            data_blocksize_id = UNSET
        else:
            data_blocksize_id = self.data_blocksize_id

        public: None | str | Unset
        if isinstance(self.public, Unset):
            public = UNSET
        else:
            public = self.public

        tariff_category_id: None | str | Unset
        if isinstance(self.tariff_category_id, Unset):
            tariff_category_id = UNSET
        else:
            tariff_category_id = self.tariff_category_id

        visibility_id: None | str | Unset
        if isinstance(self.visibility_id, Unset):
            visibility_id = UNSET
        else:
            visibility_id = self.visibility_id

        tariff_currency_category_id: None | str | Unset
        if isinstance(self.tariff_currency_category_id, Unset):
            tariff_currency_category_id = UNSET
        else:
            tariff_currency_category_id = self.tariff_currency_category_id

        used_count: None | str | Unset
        if isinstance(self.used_count, Unset):
            used_count = UNSET
        else:
            used_count = self.used_count

        assigned_count: None | str | Unset
        if isinstance(self.assigned_count, Unset):
            assigned_count = UNSET
        else:
            assigned_count = self.assigned_count

        currency: dict[str, Any] | None | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, ListTariffProfilesResponseItemsTariffCurrency):
            currency = self.currency.to_dict()
        else:
            currency = self.currency

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

        def _parse_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_tariff_status_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tariff_status_id = _parse_tariff_status_id(d.pop("tariff_status_id", UNSET))

        def _parse_currency_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency_id = _parse_currency_id(d.pop("currency_id", UNSET))

        def _parse_default_sms_mt_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        default_sms_mt_rate = _parse_default_sms_mt_rate(d.pop("default_sms_mt_rate", UNSET))

        def _parse_default_sms_mo_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        default_sms_mo_rate = _parse_default_sms_mo_rate(d.pop("default_sms_mo_rate", UNSET))

        def _parse_sim_issued_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        sim_issued_rate = _parse_sim_issued_rate(d.pop("sim_issued_rate", UNSET))

        def _parse_sim_activated_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        sim_activated_rate = _parse_sim_activated_rate(d.pop("sim_activated_rate", UNSET))

        def _parse_sim_suspended_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        sim_suspended_rate = _parse_sim_suspended_rate(d.pop("sim_suspended_rate", UNSET))

        def _parse_sim_activation_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        sim_activation_rate = _parse_sim_activation_rate(d.pop("sim_activation_rate", UNSET))

        def _parse_sim_reactivation_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        sim_reactivation_rate = _parse_sim_reactivation_rate(d.pop("sim_reactivation_rate", UNSET))

        def _parse_sim_suspension_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        sim_suspension_rate = _parse_sim_suspension_rate(d.pop("sim_suspension_rate", UNSET))

        def _parse_sim_termination_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        sim_termination_rate = _parse_sim_termination_rate(d.pop("sim_termination_rate", UNSET))

        def _parse_data_throttle_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_throttle_id = _parse_data_throttle_id(d.pop("data_throttle_id", UNSET))

        def _parse_data_blocksize_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data_blocksize_id = _parse_data_blocksize_id(d.pop("data_blocksize_id", UNSET))

        def _parse_public(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        public = _parse_public(d.pop("public", UNSET))

        def _parse_tariff_category_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tariff_category_id = _parse_tariff_category_id(d.pop("tariff_category_id", UNSET))

        def _parse_visibility_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        visibility_id = _parse_visibility_id(d.pop("visibility_id", UNSET))

        def _parse_tariff_currency_category_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tariff_currency_category_id = _parse_tariff_currency_category_id(
            d.pop("tariff_currency_category_id", UNSET)
        )

        def _parse_used_count(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        used_count = _parse_used_count(d.pop("used_count", UNSET))

        def _parse_assigned_count(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assigned_count = _parse_assigned_count(d.pop("assigned_count", UNSET))

        def _parse_currency(
            data: object,
        ) -> ListTariffProfilesResponseItemsTariffCurrency | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                currency_type_0 = ListTariffProfilesResponseItemsTariffCurrency.from_dict(data)

                return currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListTariffProfilesResponseItemsTariffCurrency | None | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

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
