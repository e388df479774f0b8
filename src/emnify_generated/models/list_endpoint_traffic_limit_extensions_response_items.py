from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

T = TypeVar("T", bound="ListEndpointTrafficLimitExtensionsResponseItems")


@_attrs_define
class ListEndpointTrafficLimitExtensionsResponseItems:
    """
    Attributes:
        id (int):
        endpoint_id (int):
        traffic_limit_id (int):
        volume (float):
        expiration_date (datetime.datetime):
        created_at (datetime.datetime):
    """

    id: int
    endpoint_id: int
    traffic_limit_id: int
    volume: float
    expiration_date: datetime.datetime
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        endpoint_id = self.endpoint_id

        traffic_limit_id = self.traffic_limit_id

        volume = self.volume

        expiration_date = self.expiration_date.isoformat()

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "endpoint_id": endpoint_id,
                "traffic_limit_id": traffic_limit_id,
                "volume": volume,
                "expiration_date": expiration_date,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        endpoint_id = d.pop("endpoint_id")

        traffic_limit_id = d.pop("traffic_limit_id")

        volume = d.pop("volume")

        expiration_date = isoparse(d.pop("expiration_date"))

        created_at = isoparse(d.pop("created_at"))

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
