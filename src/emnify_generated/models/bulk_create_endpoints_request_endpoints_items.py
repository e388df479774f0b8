from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_create_endpoints_request_endpoints_items_sim import (
        BulkCreateEndpointsRequestEndpointsItemsSim,
    )


T = TypeVar("T", bound="BulkCreateEndpointsRequestEndpointsItems")


@_attrs_define
class BulkCreateEndpointsRequestEndpointsItems:
    """
    Attributes:
        name (str | Unset):
        tags (str | Unset):
        imei (str | Unset):
        imei_lock (bool | Unset):
        sim (BulkCreateEndpointsRequestEndpointsItemsSim | Unset):
        ip_address (str | Unset):
    """

    name: str | Unset = UNSET
    tags: str | Unset = UNSET
    imei: str | Unset = UNSET
    imei_lock: bool | Unset = UNSET
    sim: BulkCreateEndpointsRequestEndpointsItemsSim | Unset = UNSET
    ip_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        tags = self.tags

        imei = self.imei

        imei_lock = self.imei_lock

        sim: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sim, Unset):
            sim = self.sim.to_dict()

        ip_address = self.ip_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if imei is not UNSET:
            field_dict["imei"] = imei
        if imei_lock is not UNSET:
            field_dict["imei_lock"] = imei_lock
        if sim is not UNSET:
            field_dict["sim"] = sim
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_create_endpoints_request_endpoints_items_sim import (
            BulkCreateEndpointsRequestEndpointsItemsSim,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        tags = d.pop("tags", UNSET)

        imei = d.pop("imei", UNSET)

        imei_lock = d.pop("imei_lock", UNSET)

        _sim = d.pop("sim", UNSET)
        sim: BulkCreateEndpointsRequestEndpointsItemsSim | Unset
        if isinstance(_sim, Unset):
            sim = UNSET
        else:
            sim = BulkCreateEndpointsRequestEndpointsItemsSim.from_dict(_sim)

        ip_address = d.pop("ip_address", UNSET)

        bulk_create_endpoints_request_endpoints_items = cls(
            name=name,
            tags=tags,
            imei=imei,
            imei_lock=imei_lock,
            sim=sim,
            ip_address=ip_address,
        )

        bulk_create_endpoints_request_endpoints_items.additional_properties = d
        return bulk_create_endpoints_request_endpoints_items

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
