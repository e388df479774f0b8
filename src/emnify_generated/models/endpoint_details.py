from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_endpoint_response_ip_address_space import GetEndpointResponseIpAddressSpace
    from ..models.get_endpoint_response_runtime_data import GetEndpointResponseRuntimeData
    from ..models.get_endpoint_response_service_profile import GetEndpointResponseServiceProfile
    from ..models.get_endpoint_response_sim import GetEndpointResponseSim
    from ..models.get_endpoint_response_status import GetEndpointResponseStatus
    from ..models.get_endpoint_response_tariff_profile import GetEndpointResponseTariffProfile


T = TypeVar("T", bound="EndpointDetails")


@_attrs_define
class EndpointDetails:
    """
    Attributes:
        status (GetEndpointResponseStatus):
        service_profile (GetEndpointResponseServiceProfile):
        tariff_profile (GetEndpointResponseTariffProfile):
        id (int | Unset):
        name (str | Unset):
        tags (str | Unset):
        created (datetime.datetime | Unset):
        last_updated (datetime.datetime | Unset):
        ip_address (str | Unset):
        ip_address_space (GetEndpointResponseIpAddressSpace | Unset):
        sim (GetEndpointResponseSim | Unset):
        imei (str | Unset):
        imei_lock (bool | Unset):
        runtime_data (GetEndpointResponseRuntimeData | Unset):
    """

    status: GetEndpointResponseStatus
    service_profile: GetEndpointResponseServiceProfile
    tariff_profile: GetEndpointResponseTariffProfile
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    tags: str | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    last_updated: datetime.datetime | Unset = UNSET
    ip_address: str | Unset = UNSET
    ip_address_space: GetEndpointResponseIpAddressSpace | Unset = UNSET
    sim: GetEndpointResponseSim | Unset = UNSET
    imei: str | Unset = UNSET
    imei_lock: bool | Unset = UNSET
    runtime_data: GetEndpointResponseRuntimeData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.to_dict()

        service_profile = self.service_profile.to_dict()

        tariff_profile = self.tariff_profile.to_dict()

        id = self.id

        name = self.name

        tags = self.tags

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        last_updated: str | Unset = UNSET
        if not isinstance(self.last_updated, Unset):
            last_updated = self.last_updated.isoformat()

        ip_address = self.ip_address

        ip_address_space: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ip_address_space, Unset):
            ip_address_space = self.ip_address_space.to_dict()

        sim: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sim, Unset):
            sim = self.sim.to_dict()

        imei = self.imei

        imei_lock = self.imei_lock

        runtime_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.runtime_data, Unset):
            runtime_data = self.runtime_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "service_profile": service_profile,
                "tariff_profile": tariff_profile,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if created is not UNSET:
            field_dict["created"] = created
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if ip_address_space is not UNSET:
            field_dict["ip_address_space"] = ip_address_space
        if sim is not UNSET:
            field_dict["sim"] = sim
        if imei is not UNSET:
            field_dict["imei"] = imei
        if imei_lock is not UNSET:
            field_dict["imei_lock"] = imei_lock
        if runtime_data is not UNSET:
            field_dict["runtime_data"] = runtime_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_endpoint_response_ip_address_space import (
            GetEndpointResponseIpAddressSpace,  # noqa: PLC0415
        )
        from ..models.get_endpoint_response_runtime_data import GetEndpointResponseRuntimeData  # noqa: PLC0415
        from ..models.get_endpoint_response_service_profile import GetEndpointResponseServiceProfile  # noqa: PLC0415
        from ..models.get_endpoint_response_sim import GetEndpointResponseSim  # noqa: PLC0415
        from ..models.get_endpoint_response_status import GetEndpointResponseStatus  # noqa: PLC0415
        from ..models.get_endpoint_response_tariff_profile import GetEndpointResponseTariffProfile  # noqa: PLC0415

        d = dict(src_dict)
        status = GetEndpointResponseStatus.from_dict(d.pop("status"))

        service_profile = GetEndpointResponseServiceProfile.from_dict(d.pop("service_profile"))

        tariff_profile = GetEndpointResponseTariffProfile.from_dict(d.pop("tariff_profile"))

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        tags = d.pop("tags", UNSET)

        _created = d.pop("created", UNSET)
        created: datetime.datetime | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = isoparse(_created)

        _last_updated = d.pop("last_updated", UNSET)
        last_updated: datetime.datetime | Unset
        if isinstance(_last_updated, Unset):
            last_updated = UNSET
        else:
            last_updated = isoparse(_last_updated)

        ip_address = d.pop("ip_address", UNSET)

        _ip_address_space = d.pop("ip_address_space", UNSET)
        ip_address_space: GetEndpointResponseIpAddressSpace | Unset
        if isinstance(_ip_address_space, Unset):
            ip_address_space = UNSET
        else:
            ip_address_space = GetEndpointResponseIpAddressSpace.from_dict(_ip_address_space)

        _sim = d.pop("sim", UNSET)
        sim: GetEndpointResponseSim | Unset
        if isinstance(_sim, Unset):
            sim = UNSET
        else:
            sim = GetEndpointResponseSim.from_dict(_sim)

        imei = d.pop("imei", UNSET)

        imei_lock = d.pop("imei_lock", UNSET)

        _runtime_data = d.pop("runtime_data", UNSET)
        runtime_data: GetEndpointResponseRuntimeData | Unset
        if isinstance(_runtime_data, Unset):
            runtime_data = UNSET
        else:
            runtime_data = GetEndpointResponseRuntimeData.from_dict(_runtime_data)

        endpoint_details = cls(
            status=status,
            service_profile=service_profile,
            tariff_profile=tariff_profile,
            id=id,
            name=name,
            tags=tags,
            created=created,
            last_updated=last_updated,
            ip_address=ip_address,
            ip_address_space=ip_address_space,
            sim=sim,
            imei=imei,
            imei_lock=imei_lock,
            runtime_data=runtime_data,
        )

        endpoint_details.additional_properties = d
        return endpoint_details

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
