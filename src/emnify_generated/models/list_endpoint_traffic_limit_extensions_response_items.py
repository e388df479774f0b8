from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from .._numbers import number_as_float, number_as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListEndpointTrafficLimitExtensionsResponseItems")


@_attrs_define
class ListEndpointTrafficLimitExtensionsResponseItems:
    """
    Attributes:
        id (int | None | Unset):
        endpoint_id (int | None | Unset):
        traffic_limit_id (int | None | Unset):
        volume (float | None | Unset):
        expiration_date (datetime.datetime | None | Unset):
        created_at (datetime.datetime | None | Unset):
    """

    id: int | None | Unset = UNSET
    endpoint_id: int | None | Unset = UNSET
    traffic_limit_id: int | None | Unset = UNSET
    volume: float | None | Unset = UNSET
    expiration_date: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        endpoint_id: int | None | Unset
        if isinstance(self.endpoint_id, Unset):
            endpoint_id = UNSET
        else:
            endpoint_id = self.endpoint_id

        traffic_limit_id: int | None | Unset
        if isinstance(self.traffic_limit_id, Unset):
            traffic_limit_id = UNSET
        else:
            traffic_limit_id = self.traffic_limit_id

        volume: float | None | Unset
        if isinstance(self.volume, Unset):
            volume = UNSET
        else:
            volume = self.volume

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        elif isinstance(self.expiration_date, datetime.datetime):
            expiration_date = self.expiration_date.isoformat()
        else:
            expiration_date = self.expiration_date

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        def _parse_endpoint_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        endpoint_id = _parse_endpoint_id(d.pop("endpoint_id", UNSET))

        def _parse_traffic_limit_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        traffic_limit_id = _parse_traffic_limit_id(d.pop("traffic_limit_id", UNSET))

        def _parse_volume(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        volume = _parse_volume(d.pop("volume", UNSET))

        def _parse_expiration_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiration_date_type_0 = isoparse(data)

                return expiration_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expiration_date = _parse_expiration_date(d.pop("expiration_date", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = isoparse(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        list_endpoint_traffic_limit_extensions_response_items = cls(
            id=id,
            endpoint_id=endpoint_id,
            traffic_limit_id=traffic_limit_id,
            volume=volume,
            expiration_date=expiration_date,
            created_at=created_at,
        )

        list_endpoint_traffic_limit_extensions_response_items.additional_properties = d
        return list_endpoint_traffic_limit_extensions_response_items

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
