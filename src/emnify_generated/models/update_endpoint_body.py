from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.update_endpoint_request_ip_address_space import (
        UpdateEndpointRequestIpAddressSpace,
    )
    from ..models.update_endpoint_request_service_profile import UpdateEndpointRequestServiceProfile
    from ..models.update_endpoint_request_sim import UpdateEndpointRequestSim
    from ..models.update_endpoint_request_status import UpdateEndpointRequestStatus
    from ..models.update_endpoint_request_tariff_profile import UpdateEndpointRequestTariffProfile


T = TypeVar("T", bound="UpdateEndpointBody")


@_attrs_define
class UpdateEndpointBody:
    """
    Attributes:
        service_profile (UpdateEndpointRequestServiceProfile):
        tariff_profile (UpdateEndpointRequestTariffProfile):
        status (UpdateEndpointRequestStatus):
        ip_address_space (UpdateEndpointRequestIpAddressSpace):
        sim (UpdateEndpointRequestSim):
        name (str):
        tags (str):
        imei (str):
        imei_lock (bool):
        ip_address (str):
    """

    service_profile: UpdateEndpointRequestServiceProfile
    tariff_profile: UpdateEndpointRequestTariffProfile
    status: UpdateEndpointRequestStatus
    ip_address_space: UpdateEndpointRequestIpAddressSpace
    sim: UpdateEndpointRequestSim
    name: str
    tags: str
    imei: str
    imei_lock: bool
    ip_address: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_profile = self.service_profile.to_dict()

        tariff_profile = self.tariff_profile.to_dict()

        status = self.status.to_dict()

        ip_address_space = self.ip_address_space.to_dict()

        sim = self.sim.to_dict()

        name = self.name

        tags = self.tags

        imei = self.imei

        imei_lock = self.imei_lock

        ip_address = self.ip_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_profile": service_profile,
                "tariff_profile": tariff_profile,
                "status": status,
                "ip_address_space": ip_address_space,
                "sim": sim,
                "name": name,
                "tags": tags,
                "imei": imei,
                "imei_lock": imei_lock,
                "ip_address": ip_address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_endpoint_request_ip_address_space import (
            UpdateEndpointRequestIpAddressSpace,  # noqa: PLC0415
        )
        from ..models.update_endpoint_request_service_profile import (
            UpdateEndpointRequestServiceProfile,  # noqa: PLC0415
        )
        from ..models.update_endpoint_request_sim import UpdateEndpointRequestSim  # noqa: PLC0415
        from ..models.update_endpoint_request_status import UpdateEndpointRequestStatus  # noqa: PLC0415
        from ..models.update_endpoint_request_tariff_profile import (
            UpdateEndpointRequestTariffProfile,  # noqa: PLC0415
        )

        d = dict(src_dict)
        service_profile = UpdateEndpointRequestServiceProfile.from_dict(d.pop("service_profile"))

        tariff_profile = UpdateEndpointRequestTariffProfile.from_dict(d.pop("tariff_profile"))

        status = UpdateEndpointRequestStatus.from_dict(d.pop("status"))

        ip_address_space = UpdateEndpointRequestIpAddressSpace.from_dict(d.pop("ip_address_space"))

        sim = UpdateEndpointRequestSim.from_dict(d.pop("sim"))

        name = d.pop("name")

        tags = d.pop("tags")

        imei = d.pop("imei")

        imei_lock = d.pop("imei_lock")

        ip_address = d.pop("ip_address")

        update_endpoint_body = cls(
            service_profile=service_profile,
            tariff_profile=tariff_profile,
            status=status,
            ip_address_space=ip_address_space,
            sim=sim,
            name=name,
            tags=tags,
            imei=imei,
            imei_lock=imei_lock,
            ip_address=ip_address,
        )

        update_endpoint_body.additional_properties = d
        return update_endpoint_body

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
