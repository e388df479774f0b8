from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_float
from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocationCellGlobalId"
)


@_attrs_define
class GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocationCellGlobalId:
    """
    Attributes:
        mcc (None | str | Unset):
        mnc (None | str | Unset):
        lac (float | None | Unset):
        cid (float | None | Unset):
    """

    mcc: None | str | Unset = UNSET
    mnc: None | str | Unset = UNSET
    lac: float | None | Unset = UNSET
    cid: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mcc: None | str | Unset
        if isinstance(self.mcc, Unset):
            mcc = UNSET
        else:
            mcc = self.mcc

        mnc: None | str | Unset
        if isinstance(self.mnc, Unset):
            mnc = UNSET
        else:
            mnc = self.mnc

        lac: float | None | Unset
        if isinstance(self.lac, Unset):
            lac = UNSET
        else:
            lac = self.lac

        cid: float | None | Unset
        if isinstance(self.cid, Unset):
            cid = UNSET
        else:
            cid = self.cid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mcc is not UNSET:
            field_dict["mcc"] = mcc
        if mnc is not UNSET:
            field_dict["mnc"] = mnc
        if lac is not UNSET:
            field_dict["lac"] = lac
        if cid is not UNSET:
            field_dict["cid"] = cid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_mcc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mcc = _parse_mcc(d.pop("mcc", UNSET))

        def _parse_mnc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mnc = _parse_mnc(d.pop("mnc", UNSET))

        def _parse_lac(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        lac = _parse_lac(d.pop("lac", UNSET))

        def _parse_cid(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        cid = _parse_cid(d.pop("cid", UNSET))

        get_endpoint_connectivity_info_response_one_of_0_subscriber_info_location_cell_global_id = (
            cls(
                mcc=mcc,
                mnc=mnc,
                lac=lac,
                cid=cid,
            )
        )

        get_endpoint_connectivity_info_response_one_of_0_subscriber_info_location_cell_global_id.additional_properties = d
        return (
            get_endpoint_connectivity_info_response_one_of_0_subscriber_info_location_cell_global_id
        )

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
