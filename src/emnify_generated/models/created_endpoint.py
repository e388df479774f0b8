from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.create_endpoint_response_ip_address_space import (
        CreateEndpointResponseIpAddressSpace,
    )
    from ..models.create_endpoint_response_service_profile import (
        CreateEndpointResponseServiceProfile,
    )
    from ..models.create_endpoint_response_sim import CreateEndpointResponseSim
    from ..models.create_endpoint_response_status import CreateEndpointResponseStatus
    from ..models.create_endpoint_response_tariff_profile import CreateEndpointResponseTariffProfile


T = TypeVar("T", bound="CreatedEndpoint")


@_attrs_define
class CreatedEndpoint:
    """
    Attributes:
        id (int):
        ip_address (str):
        status (CreateEndpointResponseStatus):
        name (str):
        tags (None | str):
        imei (None | str):
        created (datetime.datetime):
        last_updated (datetime.datetime):
        imei_lock (bool):
        service_profile (CreateEndpointResponseServiceProfile):
        tariff_profile (CreateEndpointResponseTariffProfile):
        sim (CreateEndpointResponseSim | None):
        ip_address_space (CreateEndpointResponseIpAddressSpace):
        imei_with_luhn (None | str):
    """

    id: int
    ip_address: str
    status: CreateEndpointResponseStatus
    name: str
    tags: None | str
    imei: None | str
    created: datetime.datetime
    last_updated: datetime.datetime
    imei_lock: bool
    service_profile: CreateEndpointResponseServiceProfile
    tariff_profile: CreateEndpointResponseTariffProfile
    sim: CreateEndpointResponseSim | None
    ip_address_space: CreateEndpointResponseIpAddressSpace
    imei_with_luhn: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_endpoint_response_sim import CreateEndpointResponseSim  # noqa: PLC0415

        id = self.id

        ip_address = self.ip_address

        status = self.status.to_dict()

        name = self.name

        tags: None | str
        tags = self.tags

        imei: None | str
        imei = self.imei

        created = self.created.isoformat()

        last_updated = self.last_updated.isoformat()

        imei_lock = self.imei_lock

        service_profile = self.service_profile.to_dict()

        tariff_profile = self.tariff_profile.to_dict()

        sim: dict[str, Any] | None
        if isinstance(self.sim, CreateEndpointResponseSim):
            sim = self.sim.to_dict()
        else:
            sim = self.sim

        ip_address_space = self.ip_address_space.to_dict()

        imei_with_luhn: None | str
        imei_with_luhn = self.imei_with_luhn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ip_address": ip_address,
                "status": status,
                "name": name,
                "tags": tags,
                "imei": imei,
                "created": created,
                "last_updated": last_updated,
                "imei_lock": imei_lock,
                "service_profile": service_profile,
                "tariff_profile": tariff_profile,
                "sim": sim,
                "ip_address_space": ip_address_space,
                "imei_with_luhn": imei_with_luhn,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_endpoint_response_ip_address_space import (
            CreateEndpointResponseIpAddressSpace,  # noqa: PLC0415
        )
        from ..models.create_endpoint_response_service_profile import (
            CreateEndpointResponseServiceProfile,  # noqa: PLC0415
        )
        from ..models.create_endpoint_response_sim import CreateEndpointResponseSim  # noqa: PLC0415
        from ..models.create_endpoint_response_status import CreateEndpointResponseStatus  # noqa: PLC0415
        from ..models.create_endpoint_response_tariff_profile import (
            CreateEndpointResponseTariffProfile,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        ip_address = d.pop("ip_address")

        status = CreateEndpointResponseStatus.from_dict(d.pop("status"))

        name = d.pop("name")

        def _parse_tags(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tags = _parse_tags(d.pop("tags"))

        def _parse_imei(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        imei = _parse_imei(d.pop("imei"))

        created = datetime.datetime.fromisoformat(d.pop("created"))

        last_updated = datetime.datetime.fromisoformat(d.pop("last_updated"))

        imei_lock = d.pop("imei_lock")

        service_profile = CreateEndpointResponseServiceProfile.from_dict(d.pop("service_profile"))

        tariff_profile = CreateEndpointResponseTariffProfile.from_dict(d.pop("tariff_profile"))

        def _parse_sim(data: object) -> CreateEndpointResponseSim | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sim_type_0 = CreateEndpointResponseSim.from_dict(data)

                return sim_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateEndpointResponseSim | None, data)

        sim = _parse_sim(d.pop("sim"))

        ip_address_space = CreateEndpointResponseIpAddressSpace.from_dict(d.pop("ip_address_space"))

        def _parse_imei_with_luhn(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        imei_with_luhn = _parse_imei_with_luhn(d.pop("imei_with_luhn"))

        created_endpoint = cls(
            id=id,
            ip_address=ip_address,
            status=status,
            name=name,
            tags=tags,
            imei=imei,
            created=created,
            last_updated=last_updated,
            imei_lock=imei_lock,
            service_profile=service_profile,
            tariff_profile=tariff_profile,
            sim=sim,
            ip_address_space=ip_address_space,
            imei_with_luhn=imei_with_luhn,
        )

        created_endpoint.additional_properties = d
        return created_endpoint

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
