from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
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
        id (int | None | Unset):
        description (None | str | Unset):
        teleservice_code (int | None | Unset):
        used_with_vlr (bool | None | Unset):
        used_with_sgsn (bool | None | Unset):
        traffic_type (ListServicesResponseItemsTrafficType | None | Unset):
    """

    id: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    teleservice_code: int | None | Unset = UNSET
    used_with_vlr: bool | None | Unset = UNSET
    used_with_sgsn: bool | None | Unset = UNSET
    traffic_type: ListServicesResponseItemsTrafficType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_services_response_items_traffic_type import (
            ListServicesResponseItemsTrafficType,  # noqa: PLC0415
        )

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        teleservice_code: int | None | Unset
        if isinstance(self.teleservice_code, Unset):
            teleservice_code = UNSET
        else:
            teleservice_code = self.teleservice_code

        used_with_vlr: bool | None | Unset
        if isinstance(self.used_with_vlr, Unset):
            used_with_vlr = UNSET
        else:
            used_with_vlr = self.used_with_vlr

        used_with_sgsn: bool | None | Unset
        if isinstance(self.used_with_sgsn, Unset):
            used_with_sgsn = UNSET
        else:
            used_with_sgsn = self.used_with_sgsn

        traffic_type: dict[str, Any] | None | Unset
        if isinstance(self.traffic_type, Unset):
            traffic_type = UNSET
        elif isinstance(self.traffic_type, ListServicesResponseItemsTrafficType):
            traffic_type = self.traffic_type.to_dict()
        else:
            traffic_type = self.traffic_type

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

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_teleservice_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        teleservice_code = _parse_teleservice_code(d.pop("teleservice_code", UNSET))

        def _parse_used_with_vlr(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        used_with_vlr = _parse_used_with_vlr(d.pop("used_with_vlr", UNSET))

        def _parse_used_with_sgsn(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        used_with_sgsn = _parse_used_with_sgsn(d.pop("used_with_sgsn", UNSET))

        def _parse_traffic_type(
            data: object,
        ) -> ListServicesResponseItemsTrafficType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                traffic_type_type_0 = ListServicesResponseItemsTrafficType.from_dict(data)

                return traffic_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListServicesResponseItemsTrafficType | None | Unset, data)

        traffic_type = _parse_traffic_type(d.pop("traffic_type", UNSET))

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
