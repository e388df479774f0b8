from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListEndpointsResponseItemsRuntimeData")


@_attrs_define
class ListEndpointsResponseItemsRuntimeData:
    """
    Attributes:
        msc (None | str | Unset):
        sgsn (None | str | Unset):
        sgsn_ip_address (None | str | Unset):
    """

    msc: None | str | Unset = UNSET
    sgsn: None | str | Unset = UNSET
    sgsn_ip_address: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msc: None | str | Unset
        if isinstance(self.msc, Unset):
            msc = UNSET
        else:
            msc = self.msc

        sgsn: None | str | Unset
        if isinstance(self.sgsn, Unset):
            sgsn = UNSET
        else:
            sgsn = self.sgsn

        sgsn_ip_address: None | str | Unset
        if isinstance(self.sgsn_ip_address, Unset):
            sgsn_ip_address = UNSET
        else:
            sgsn_ip_address = self.sgsn_ip_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if msc is not UNSET:
            field_dict["msc"] = msc
        if sgsn is not UNSET:
            field_dict["sgsn"] = sgsn
        if sgsn_ip_address is not UNSET:
            field_dict["sgsn_ip_address"] = sgsn_ip_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_msc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        msc = _parse_msc(d.pop("msc", UNSET))

        def _parse_sgsn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sgsn = _parse_sgsn(d.pop("sgsn", UNSET))

        def _parse_sgsn_ip_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sgsn_ip_address = _parse_sgsn_ip_address(d.pop("sgsn_ip_address", UNSET))

        list_endpoints_response_items_runtime_data = cls(
            msc=msc,
            sgsn=sgsn,
            sgsn_ip_address=sgsn_ip_address,
        )

        list_endpoints_response_items_runtime_data.additional_properties = d
        return list_endpoints_response_items_runtime_data

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
