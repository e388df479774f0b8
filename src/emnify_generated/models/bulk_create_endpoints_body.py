from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_create_endpoints_request_endpoints_items import (
        BulkCreateEndpointsRequestEndpointsItems,
    )
    from ..models.bulk_create_endpoints_request_ip_address_space import (
        BulkCreateEndpointsRequestIpAddressSpace,
    )
    from ..models.bulk_create_endpoints_request_organisation import (
        BulkCreateEndpointsRequestOrganisation,
    )
    from ..models.bulk_create_endpoints_request_service_profile import (
        BulkCreateEndpointsRequestServiceProfile,
    )
    from ..models.bulk_create_endpoints_request_status import BulkCreateEndpointsRequestStatus
    from ..models.bulk_create_endpoints_request_tariff_profile import (
        BulkCreateEndpointsRequestTariffProfile,
    )


T = TypeVar("T", bound="BulkCreateEndpointsBody")


@_attrs_define
class BulkCreateEndpointsBody:
    """
    Attributes:
        service_profile (BulkCreateEndpointsRequestServiceProfile):
        tariff_profile (BulkCreateEndpointsRequestTariffProfile):
        status (BulkCreateEndpointsRequestStatus):
        endpoints (list[BulkCreateEndpointsRequestEndpointsItems]):
        organisation (BulkCreateEndpointsRequestOrganisation | Unset):
        ip_address_space (BulkCreateEndpointsRequestIpAddressSpace | Unset):
    """

    service_profile: BulkCreateEndpointsRequestServiceProfile
    tariff_profile: BulkCreateEndpointsRequestTariffProfile
    status: BulkCreateEndpointsRequestStatus
    endpoints: list[BulkCreateEndpointsRequestEndpointsItems]
    organisation: BulkCreateEndpointsRequestOrganisation | Unset = UNSET
    ip_address_space: BulkCreateEndpointsRequestIpAddressSpace | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_profile = self.service_profile.to_dict()

        tariff_profile = self.tariff_profile.to_dict()

        status = self.status.to_dict()

        endpoints = []
        for endpoints_item_data in self.endpoints:
            endpoints_item = endpoints_item_data.to_dict()
            endpoints.append(endpoints_item)

        organisation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organisation, Unset):
            organisation = self.organisation.to_dict()

        ip_address_space: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ip_address_space, Unset):
            ip_address_space = self.ip_address_space.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_profile": service_profile,
                "tariff_profile": tariff_profile,
                "status": status,
                "endpoints": endpoints,
            }
        )
        if organisation is not UNSET:
            field_dict["organisation"] = organisation
        if ip_address_space is not UNSET:
            field_dict["ip_address_space"] = ip_address_space

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_create_endpoints_request_endpoints_items import (
            BulkCreateEndpointsRequestEndpointsItems,  # noqa: PLC0415
        )
        from ..models.bulk_create_endpoints_request_ip_address_space import (
            BulkCreateEndpointsRequestIpAddressSpace,  # noqa: PLC0415
        )
        from ..models.bulk_create_endpoints_request_organisation import (
            BulkCreateEndpointsRequestOrganisation,  # noqa: PLC0415
        )
        from ..models.bulk_create_endpoints_request_service_profile import (
            BulkCreateEndpointsRequestServiceProfile,  # noqa: PLC0415
        )
        from ..models.bulk_create_endpoints_request_status import BulkCreateEndpointsRequestStatus  # noqa: PLC0415
        from ..models.bulk_create_endpoints_request_tariff_profile import (
            BulkCreateEndpointsRequestTariffProfile,  # noqa: PLC0415
        )

        d = dict(src_dict)
        service_profile = BulkCreateEndpointsRequestServiceProfile.from_dict(
            d.pop("service_profile")
        )

        tariff_profile = BulkCreateEndpointsRequestTariffProfile.from_dict(d.pop("tariff_profile"))

        status = BulkCreateEndpointsRequestStatus.from_dict(d.pop("status"))

        endpoints = []
        _endpoints = d.pop("endpoints")
        for endpoints_item_data in _endpoints:
            endpoints_item = BulkCreateEndpointsRequestEndpointsItems.from_dict(endpoints_item_data)

            endpoints.append(endpoints_item)

        _organisation = d.pop("organisation", UNSET)
        organisation: BulkCreateEndpointsRequestOrganisation | Unset
        if isinstance(_organisation, Unset):
            organisation = UNSET
        else:
            organisation = BulkCreateEndpointsRequestOrganisation.from_dict(_organisation)

        _ip_address_space = d.pop("ip_address_space", UNSET)
        ip_address_space: BulkCreateEndpointsRequestIpAddressSpace | Unset
        if isinstance(_ip_address_space, Unset):
            ip_address_space = UNSET
        else:
            ip_address_space = BulkCreateEndpointsRequestIpAddressSpace.from_dict(_ip_address_space)

        bulk_create_endpoints_body = cls(
            service_profile=service_profile,
            tariff_profile=tariff_profile,
            status=status,
            endpoints=endpoints,
            organisation=organisation,
            ip_address_space=ip_address_space,
        )

        bulk_create_endpoints_body.additional_properties = d
        return bulk_create_endpoints_body

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
