from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEndpointTrafficLimitExtensionResponse201")


@_attrs_define
class CreateEndpointTrafficLimitExtensionResponse201:
    """
    Attributes:
        id (int | Unset):
        endpoint_id (int | Unset):
        traffic_limit_id (int | Unset):
        volume (float | Unset):
        expiration_date (datetime.datetime | Unset):
        created_at (datetime.datetime | Unset):
        location (str | Unset):
    """

    id: int | Unset = UNSET
    endpoint_id: int | Unset = UNSET
    traffic_limit_id: int | Unset = UNSET
    volume: float | Unset = UNSET
    expiration_date: datetime.datetime | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    location: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        endpoint_id = self.endpoint_id

        traffic_limit_id = self.traffic_limit_id

        volume = self.volume

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if endpoint_id is not UNSET:
            field_dict["endpoint_id"] = endpoint_id
        if traffic_limit_id is not UNSET:
            field_dict["traffic_limit_id"] = traffic_limit_id
        if volume is not UNSET:
            field_dict["volume"] = volume
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        endpoint_id = d.pop("endpoint_id", UNSET)

        traffic_limit_id = d.pop("traffic_limit_id", UNSET)

        volume = d.pop("volume", UNSET)

        _expiration_date = d.pop("expiration_date", UNSET)
        expiration_date: datetime.datetime | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = isoparse(_expiration_date)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = isoparse(_created_at)

        location = d.pop("location", UNSET)

        create_endpoint_traffic_limit_extension_response_201 = cls(
            id=id,
            endpoint_id=endpoint_id,
            traffic_limit_id=traffic_limit_id,
            volume=volume,
            expiration_date=expiration_date,
            created_at=created_at,
            location=location,
        )

        create_endpoint_traffic_limit_extension_response_201.additional_properties = d
        return create_endpoint_traffic_limit_extension_response_201

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
