from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from .._numbers import number_as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMyOrganisationResponse200")


@_attrs_define
class GetMyOrganisationResponse200:
    """
    Attributes:
        name (None | str | Unset):
        organisation_type_id (None | str | Unset):
        country_id (None | str | Unset):
        organisation_status_id (None | str | Unset):
        ext_reference (None | str | Unset):
        monthly_cost_limit (None | str | Unset):
        currency_id (int | None | Unset):
        organisation_class_id (int | None | Unset):
        created (datetime.datetime | None | Unset):
        verification_type_id (None | str | Unset):
        verification (None | str | Unset):
        brand_id (None | str | Unset):
        default_sms_routing_id (None | str | Unset):
        id (int | None | Unset):
    """

    name: None | str | Unset = UNSET
    organisation_type_id: None | str | Unset = UNSET
    country_id: None | str | Unset = UNSET
    organisation_status_id: None | str | Unset = UNSET
    ext_reference: None | str | Unset = UNSET
    monthly_cost_limit: None | str | Unset = UNSET
    currency_id: int | None | Unset = UNSET
    organisation_class_id: int | None | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    verification_type_id: None | str | Unset = UNSET
    verification: None | str | Unset = UNSET
    brand_id: None | str | Unset = UNSET
    default_sms_routing_id: None | str | Unset = UNSET
    id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        organisation_type_id: None | str | Unset
        if isinstance(self.organisation_type_id, Unset):
            organisation_type_id = UNSET
        else:
            organisation_type_id = self.organisation_type_id

        country_id: None | str | Unset
        if isinstance(self.country_id, Unset):
            country_id = UNSET
        else:
            country_id = self.country_id

        organisation_status_id: None | str | Unset
        if isinstance(self.organisation_status_id, Unset):
            organisation_status_id = UNSET
        else:
            organisation_status_id = self.organisation_status_id

        ext_reference: None | str | Unset
        if isinstance(self.ext_reference, Unset):
            ext_reference = UNSET
        else:
            ext_reference = self.ext_reference

        monthly_cost_limit: None | str | Unset
        if isinstance(self.monthly_cost_limit, Unset):
            monthly_cost_limit = UNSET
        else:
            monthly_cost_limit = self.monthly_cost_limit

        currency_id: int | None | Unset
        if isinstance(self.currency_id, Unset):
            currency_id = UNSET
        else:
            currency_id = self.currency_id

        organisation_class_id: int | None | Unset
        if isinstance(self.organisation_class_id, Unset):
            organisation_class_id = UNSET
        else:
            organisation_class_id = self.organisation_class_id

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        verification_type_id: None | str | Unset
        if isinstance(self.verification_type_id, Unset):
            verification_type_id = UNSET
        else:
            verification_type_id = self.verification_type_id

        verification: None | str | Unset
        if isinstance(self.verification, Unset):
            verification = UNSET
        else:
            verification = self.verification

        brand_id: None | str | Unset
        if isinstance(self.brand_id, Unset):
            brand_id = UNSET
        else:
            brand_id = self.brand_id

        default_sms_routing_id: None | str | Unset
        if isinstance(self.default_sms_routing_id, Unset):
            default_sms_routing_id = UNSET
        else:
            default_sms_routing_id = self.default_sms_routing_id

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if organisation_type_id is not UNSET:
            field_dict["organisation_type_id"] = organisation_type_id
        if country_id is not UNSET:
            field_dict["country_id"] = country_id
        if organisation_status_id is not UNSET:
            field_dict["organisation_status_id"] = organisation_status_id
        if ext_reference is not UNSET:
            field_dict["ext_reference"] = ext_reference
        if monthly_cost_limit is not UNSET:
            field_dict["monthly_cost_limit"] = monthly_cost_limit
        if currency_id is not UNSET:
            field_dict["currency_id"] = currency_id
        if organisation_class_id is not UNSET:
            field_dict["organisation_class_id"] = organisation_class_id
        if created is not UNSET:
            field_dict["created"] = created
        if verification_type_id is not UNSET:
            field_dict["verification_type_id"] = verification_type_id
        if verification is not UNSET:
            field_dict["verification"] = verification
        if brand_id is not UNSET:
            field_dict["brand_id"] = brand_id
        if default_sms_routing_id is not UNSET:
            field_dict["default_sms_routing_id"] = default_sms_routing_id
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_organisation_type_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organisation_type_id = _parse_organisation_type_id(d.pop("organisation_type_id", UNSET))

        def _parse_country_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_id = _parse_country_id(d.pop("country_id", UNSET))

        def _parse_organisation_status_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organisation_status_id = _parse_organisation_status_id(
            d.pop("organisation_status_id", UNSET)
        )

        def _parse_ext_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ext_reference = _parse_ext_reference(d.pop("ext_reference", UNSET))

        def _parse_monthly_cost_limit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        monthly_cost_limit = _parse_monthly_cost_limit(d.pop("monthly_cost_limit", UNSET))

        def _parse_currency_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        currency_id = _parse_currency_id(d.pop("currency_id", UNSET))

        def _parse_organisation_class_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        organisation_class_id = _parse_organisation_class_id(d.pop("organisation_class_id", UNSET))

        def _parse_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_type_0 = isoparse(data)

                return created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_verification_type_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        verification_type_id = _parse_verification_type_id(d.pop("verification_type_id", UNSET))

        def _parse_verification(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        verification = _parse_verification(d.pop("verification", UNSET))

        def _parse_brand_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand_id = _parse_brand_id(d.pop("brand_id", UNSET))

        def _parse_default_sms_routing_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_sms_routing_id = _parse_default_sms_routing_id(
            d.pop("default_sms_routing_id", UNSET)
        )

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        get_my_organisation_response_200 = cls(
            name=name,
            organisation_type_id=organisation_type_id,
            country_id=country_id,
            organisation_status_id=organisation_status_id,
            ext_reference=ext_reference,
            monthly_cost_limit=monthly_cost_limit,
            currency_id=currency_id,
            organisation_class_id=organisation_class_id,
            created=created,
            verification_type_id=verification_type_id,
            verification=verification,
            brand_id=brand_id,
            default_sms_routing_id=default_sms_routing_id,
            id=id,
        )

        get_my_organisation_response_200.additional_properties = d
        return get_my_organisation_response_200

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
