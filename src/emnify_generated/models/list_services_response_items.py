from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_services_response_items_traffic_type import (
        ListServicesResponseItemsTrafficType,
    )


T = TypeVar("T", bound="ListServicesResponseItems")


@_attrs_define
class ListServicesResponseItems:
    """
    Attributes:
        id (int | Unset):
        description (str | Unset):
        teleservice_code (int | Unset):
        used_with_vlr (bool | Unset):
        used_with_sgsn (bool | Unset):
        traffic_type (ListServicesResponseItemsTrafficType | Unset):
    """

    id: int | Unset = UNSET
    description: str | Unset = UNSET
    teleservice_code: int | Unset = UNSET
    used_with_vlr: bool | Unset = UNSET
    used_with_sgsn: bool | Unset = UNSET
    traffic_type: ListServicesResponseItemsTrafficType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        teleservice_code = self.teleservice_code

        used_with_vlr = self.used_with_vlr

        used_with_sgsn = self.used_with_sgsn

        traffic_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.traffic_type, Unset):
            traffic_type = self.traffic_type.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if teleservice_code is not UNSET:
            field_dict["teleservice_code"] = teleservice_code
        if used_with_vlr is not UNSET:
            field_dict["used_with_vlr"] = used_with_vlr
        if used_with_sgsn is not UNSET:
            field_dict["used_with_sgsn"] = used_with_sgsn
        if traffic_type is not UNSET:
            field_dict["traffic_type"] = traffic_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_services_response_items_traffic_type import (
            ListServicesResponseItemsTrafficType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        teleservice_code = d.pop("teleservice_code", UNSET)

        used_with_vlr = d.pop("used_with_vlr", UNSET)

        used_with_sgsn = d.pop("used_with_sgsn", UNSET)

        _traffic_type = d.pop("traffic_type", UNSET)
        traffic_type: ListServicesResponseItemsTrafficType | Unset
        if isinstance(_traffic_type, Unset):
            traffic_type = UNSET
        else:
            traffic_type = ListServicesResponseItemsTrafficType.from_dict(_traffic_type)

        list_services_response_items = cls(
            id=id,
            description=description,
            teleservice_code=teleservice_code,
            used_with_vlr=used_with_vlr,
            used_with_sgsn=used_with_sgsn,
            traffic_type=traffic_type,
        )

        list_services_response_items.additional_properties = d
        return list_services_response_items

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
