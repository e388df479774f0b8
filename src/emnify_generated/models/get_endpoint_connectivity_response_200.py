from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_endpoint_connectivity_response_location import (
        GetEndpointConnectivityResponseLocation,
    )
    from ..models.get_endpoint_connectivity_response_pdp_context import (
        GetEndpointConnectivityResponsePdpContext,
    )
    from ..models.get_endpoint_connectivity_response_status import (
        GetEndpointConnectivityResponseStatus,
    )


T = TypeVar("T", bound="GetEndpointConnectivityResponse200")


@_attrs_define
class GetEndpointConnectivityResponse200:
    """
    Attributes:
        status (GetEndpointConnectivityResponseStatus | Unset):
        location (GetEndpointConnectivityResponseLocation | Unset):
        pdp_context (GetEndpointConnectivityResponsePdpContext | Unset):
        services (list[str] | Unset):
    """

    status: GetEndpointConnectivityResponseStatus | Unset = UNSET
    location: GetEndpointConnectivityResponseLocation | Unset = UNSET
    pdp_context: GetEndpointConnectivityResponsePdpContext | Unset = UNSET
    services: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        pdp_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pdp_context, Unset):
            pdp_context = self.pdp_context.to_dict()

        services: list[str] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if location is not UNSET:
            field_dict["location"] = location
        if pdp_context is not UNSET:
            field_dict["pdp_context"] = pdp_context
        if services is not UNSET:
            field_dict["services"] = services

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_endpoint_connectivity_response_location import (
            GetEndpointConnectivityResponseLocation,  # noqa: PLC0415
        )
        from ..models.get_endpoint_connectivity_response_pdp_context import (
            GetEndpointConnectivityResponsePdpContext,  # noqa: PLC0415
        )
        from ..models.get_endpoint_connectivity_response_status import (
            GetEndpointConnectivityResponseStatus,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: GetEndpointConnectivityResponseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = GetEndpointConnectivityResponseStatus.from_dict(_status)

        _location = d.pop("location", UNSET)
        location: GetEndpointConnectivityResponseLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = GetEndpointConnectivityResponseLocation.from_dict(_location)

        _pdp_context = d.pop("pdp_context", UNSET)
        pdp_context: GetEndpointConnectivityResponsePdpContext | Unset
        if isinstance(_pdp_context, Unset):
            pdp_context = UNSET
        else:
            pdp_context = GetEndpointConnectivityResponsePdpContext.from_dict(_pdp_context)

        services = cast(list[str], d.pop("services", UNSET))

        get_endpoint_connectivity_response_200 = cls(
            status=status,
            location=location,
            pdp_context=pdp_context,
            services=services,
        )

        get_endpoint_connectivity_response_200.additional_properties = d
        return get_endpoint_connectivity_response_200

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
