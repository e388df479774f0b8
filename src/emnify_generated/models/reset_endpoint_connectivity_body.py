from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResetEndpointConnectivityBody")


@_attrs_define
class ResetEndpointConnectivityBody:
    """
    Attributes:
        pdp_context (Any | None | Unset):
        location (Any | None | Unset):
    """

    pdp_context: Any | None | Unset = UNSET
    location: Any | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pdp_context: Any | None | Unset
        if isinstance(self.pdp_context, Unset):
            pdp_context = UNSET
        else:
            pdp_context = self.pdp_context

        location: Any | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pdp_context is not UNSET:
            field_dict["pdp_context"] = pdp_context
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_pdp_context(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        pdp_context = _parse_pdp_context(d.pop("pdp_context", UNSET))

        def _parse_location(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        reset_endpoint_connectivity_body = cls(
            pdp_context=pdp_context,
            location=location,
        )

        reset_endpoint_connectivity_body.additional_properties = d
        return reset_endpoint_connectivity_body

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
