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
        status (GetEndpointConnectivityResponseStatus | None | Unset):
        location (GetEndpointConnectivityResponseLocation | None | Unset):
        pdp_context (GetEndpointConnectivityResponsePdpContext | None | Unset):
        services (list[str] | None | Unset):
    """

    status: GetEndpointConnectivityResponseStatus | None | Unset = UNSET
    location: GetEndpointConnectivityResponseLocation | None | Unset = UNSET
    pdp_context: GetEndpointConnectivityResponsePdpContext | None | Unset = UNSET
    services: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_endpoint_connectivity_response_location import (
            GetEndpointConnectivityResponseLocation,  # noqa: PLC0415
        )
        from ..models.get_endpoint_connectivity_response_pdp_context import (
            GetEndpointConnectivityResponsePdpContext,  # noqa: PLC0415
        )
        from ..models.get_endpoint_connectivity_response_status import (
            GetEndpointConnectivityResponseStatus,  # noqa: PLC0415
        )

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, GetEndpointConnectivityResponseStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        location: dict[str, Any] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, GetEndpointConnectivityResponseLocation):
            location = self.location.to_dict()
        else:
            location = self.location

        pdp_context: dict[str, Any] | None | Unset
        if isinstance(self.pdp_context, Unset):
            pdp_context = UNSET
        elif isinstance(self.pdp_context, GetEndpointConnectivityResponsePdpContext):
            pdp_context = self.pdp_context.to_dict()
        else:
            pdp_context = self.pdp_context

        services: list[str] | None | Unset
        if isinstance(self.services, Unset):
            services = UNSET
        elif isinstance(self.services, list):
            services = self.services

        else:
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

        def _parse_status(data: object) -> GetEndpointConnectivityResponseStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = GetEndpointConnectivityResponseStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetEndpointConnectivityResponseStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_location(data: object) -> GetEndpointConnectivityResponseLocation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = GetEndpointConnectivityResponseLocation.from_dict(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetEndpointConnectivityResponseLocation | None | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_pdp_context(
            data: object,
        ) -> GetEndpointConnectivityResponsePdpContext | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pdp_context_type_0 = GetEndpointConnectivityResponsePdpContext.from_dict(data)

                return pdp_context_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetEndpointConnectivityResponsePdpContext | None | Unset, data)

        pdp_context = _parse_pdp_context(d.pop("pdp_context", UNSET))

        def _parse_services(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                services_type_0 = cast(list[str], data)

                return services_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        services = _parse_services(d.pop("services", UNSET))

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
