from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEndpointTrafficLimitExtensionBody")


@_attrs_define
class CreateEndpointTrafficLimitExtensionBody:
    """
    Attributes:
        volume (float):
        traffic_limit_id (int | Unset):
    """

    volume: float
    traffic_limit_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volume = self.volume

        traffic_limit_id = self.traffic_limit_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "volume": volume,
            }
        )
        if traffic_limit_id is not UNSET:
            field_dict["traffic_limit_id"] = traffic_limit_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        volume = d.pop("volume")

        traffic_limit_id = d.pop("traffic_limit_id", UNSET)

        create_endpoint_traffic_limit_extension_body = cls(
            volume=volume,
            traffic_limit_id=traffic_limit_id,
        )

        create_endpoint_traffic_limit_extension_body.additional_properties = d
        return create_endpoint_traffic_limit_extension_body

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
