from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_endpoint_request_ip_address_space import (
        CreateEndpointRequestIpAddressSpace,
    )
    from ..models.create_endpoint_request_organisation import CreateEndpointRequestOrganisation
    from ..models.create_endpoint_request_service_profile import CreateEndpointRequestServiceProfile
    from ..models.create_endpoint_request_sim import CreateEndpointRequestSim
    from ..models.create_endpoint_request_status import CreateEndpointRequestStatus
    from ..models.create_endpoint_request_tariff_profile import CreateEndpointRequestTariffProfile


T = TypeVar("T", bound="CreateEndpointBody")


@_attrs_define
class CreateEndpointBody:
    """
    Attributes:
        service_profile (CreateEndpointRequestServiceProfile):
        tariff_profile (CreateEndpointRequestTariffProfile):
        status (CreateEndpointRequestStatus):
        name (str | Unset):
        tags (str | Unset):
        imei (str | Unset):
        imei_lock (bool | Unset):  Default: False.
        sim (CreateEndpointRequestSim | Unset):
        ip_address (str | Unset):
        organisation (CreateEndpointRequestOrganisation | Unset):
        ip_address_space (CreateEndpointRequestIpAddressSpace | Unset):
    """

    service_profile: CreateEndpointRequestServiceProfile
    tariff_profile: CreateEndpointRequestTariffProfile
    status: CreateEndpointRequestStatus
    name: str | Unset = UNSET
    tags: str | Unset = UNSET
    imei: str | Unset = UNSET
    imei_lock: bool | Unset = False
    sim: CreateEndpointRequestSim | Unset = UNSET
    ip_address: str | Unset = UNSET
    organisation: CreateEndpointRequestOrganisation | Unset = UNSET
    ip_address_space: CreateEndpointRequestIpAddressSpace | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_profile = self.service_profile.to_dict()

        tariff_profile = self.tariff_profile.to_dict()

        status = self.status.to_dict()

        name = self.name

        tags = self.tags

        imei = self.imei

        imei_lock = self.imei_lock

        sim: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sim, Unset):
            sim = self.sim.to_dict()

        ip_address = self.ip_address

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
            }
        )
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
        if organisation is not UNSET:
            field_dict["organisation"] = organisation
        if ip_address_space is not UNSET:
            field_dict["ip_address_space"] = ip_address_space

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_endpoint_request_ip_address_space import (
            CreateEndpointRequestIpAddressSpace,  # noqa: PLC0415
        )
        from ..models.create_endpoint_request_organisation import CreateEndpointRequestOrganisation  # noqa: PLC0415
        from ..models.create_endpoint_request_service_profile import (
            CreateEndpointRequestServiceProfile,  # noqa: PLC0415
        )
        from ..models.create_endpoint_request_sim import CreateEndpointRequestSim  # noqa: PLC0415
        from ..models.create_endpoint_request_status import CreateEndpointRequestStatus  # noqa: PLC0415
        from ..models.create_endpoint_request_tariff_profile import (
            CreateEndpointRequestTariffProfile,  # noqa: PLC0415
        )

        d = dict(src_dict)
        service_profile = CreateEndpointRequestServiceProfile.from_dict(d.pop("service_profile"))

        tariff_profile = CreateEndpointRequestTariffProfile.from_dict(d.pop("tariff_profile"))

        status = CreateEndpointRequestStatus.from_dict(d.pop("status"))

        name = d.pop("name", UNSET)

        tags = d.pop("tags", UNSET)

        imei = d.pop("imei", UNSET)

        imei_lock = d.pop("imei_lock", UNSET)

        _sim = d.pop("sim", UNSET)
        sim: CreateEndpointRequestSim | Unset
        if isinstance(_sim, Unset):
            sim = UNSET
        else:
            sim = CreateEndpointRequestSim.from_dict(_sim)

        ip_address = d.pop("ip_address", UNSET)

        _organisation = d.pop("organisation", UNSET)
        organisation: CreateEndpointRequestOrganisation | Unset
        if isinstance(_organisation, Unset):
            organisation = UNSET
        else:
            organisation = CreateEndpointRequestOrganisation.from_dict(_organisation)

        _ip_address_space = d.pop("ip_address_space", UNSET)
        ip_address_space: CreateEndpointRequestIpAddressSpace | Unset
        if isinstance(_ip_address_space, Unset):
            ip_address_space = UNSET
        else:
            ip_address_space = CreateEndpointRequestIpAddressSpace.from_dict(_ip_address_space)

        create_endpoint_body = cls(
            service_profile=service_profile,
            tariff_profile=tariff_profile,
            status=status,
            name=name,
            tags=tags,
            imei=imei,
            imei_lock=imei_lock,
            sim=sim,
            ip_address=ip_address,
            organisation=organisation,
            ip_address_space=ip_address_space,
        )

        create_endpoint_body.additional_properties = d
        return create_endpoint_body

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
