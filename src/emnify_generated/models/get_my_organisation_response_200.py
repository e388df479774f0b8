from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMyOrganisationResponse200")


@_attrs_define
class GetMyOrganisationResponse200:
    """
    Attributes:
        name (str | Unset):
        organisation_type_id (str | Unset):
        country_id (str | Unset):
        organisation_status_id (str | Unset):
        ext_reference (str | Unset):
        monthly_cost_limit (None | str | Unset):
        currency_id (int | Unset):
        organisation_class_id (int | Unset):
        created (datetime.datetime | Unset):
        verification_type_id (None | str | Unset):
        verification (str | Unset):
        brand_id (str | Unset):
        default_sms_routing_id (None | str | Unset):
        id (int | Unset):
    """

    name: str | Unset = UNSET
    organisation_type_id: str | Unset = UNSET
    country_id: str | Unset = UNSET
    organisation_status_id: str | Unset = UNSET
    ext_reference: str | Unset = UNSET
    monthly_cost_limit: None | str | Unset = UNSET
    currency_id: int | Unset = UNSET
    organisation_class_id: int | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    verification_type_id: None | str | Unset = UNSET
    verification: str | Unset = UNSET
    brand_id: str | Unset = UNSET
    default_sms_routing_id: None | str | Unset = UNSET
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        organisation_type_id = self.organisation_type_id

        country_id = self.country_id

        organisation_status_id = self.organisation_status_id

        ext_reference = self.ext_reference

        monthly_cost_limit: None | str | Unset
        if isinstance(self.monthly_cost_limit, Unset):
            monthly_cost_limit = UNSET
        else:
            monthly_cost_limit = self.monthly_cost_limit

        currency_id = self.currency_id

        organisation_class_id = self.organisation_class_id

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        verification_type_id: None | str | Unset
        if isinstance(self.verification_type_id, Unset):
            verification_type_id = UNSET
        else:
            verification_type_id = self.verification_type_id

        verification = self.verification

        brand_id = self.brand_id

        default_sms_routing_id: None | str | Unset
        if isinstance(self.default_sms_routing_id, Unset):
            default_sms_routing_id = UNSET
        else:
            default_sms_routing_id = self.default_sms_routing_id

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
        name = d.pop("name", UNSET)

        organisation_type_id = d.pop("organisation_type_id", UNSET)

        country_id = d.pop("country_id", UNSET)

        organisation_status_id = d.pop("organisation_status_id", UNSET)

        ext_reference = d.pop("ext_reference", UNSET)

        def _parse_monthly_cost_limit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        monthly_cost_limit = _parse_monthly_cost_limit(d.pop("monthly_cost_limit", UNSET))

        currency_id = d.pop("currency_id", UNSET)

        organisation_class_id = d.pop("organisation_class_id", UNSET)

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = isoparse(_created)

        def _parse_verification_type_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        verification_type_id = _parse_verification_type_id(d.pop("verification_type_id", UNSET))

        verification = d.pop("verification", UNSET)

        brand_id = d.pop("brand_id", UNSET)

        def _parse_default_sms_routing_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_sms_routing_id = _parse_default_sms_routing_id(
            d.pop("default_sms_routing_id", UNSET)
        )

        id = d.pop("id", UNSET)

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
