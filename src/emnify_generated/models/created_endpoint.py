from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset

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
        id (int | Unset):
        ip_address (str | Unset):
        status (CreateEndpointResponseStatus | Unset):
        name (str | Unset):
        tags (None | str | Unset):
        imei (None | str | Unset):
        created (datetime.datetime | Unset):
        last_updated (datetime.datetime | Unset):
        imei_lock (bool | Unset):
        service_profile (CreateEndpointResponseServiceProfile | Unset):
        tariff_profile (CreateEndpointResponseTariffProfile | Unset):
        sim (CreateEndpointResponseSim | None | Unset):
        ip_address_space (CreateEndpointResponseIpAddressSpace | Unset):
        imei_with_luhn (None | str | Unset):
        location (str | Unset):
    """

    id: int | Unset = UNSET
    ip_address: str | Unset = UNSET
    status: CreateEndpointResponseStatus | Unset = UNSET
    name: str | Unset = UNSET
    tags: None | str | Unset = UNSET
    imei: None | str | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    last_updated: datetime.datetime | Unset = UNSET
    imei_lock: bool | Unset = UNSET
    service_profile: CreateEndpointResponseServiceProfile | Unset = UNSET
    tariff_profile: CreateEndpointResponseTariffProfile | Unset = UNSET
    sim: CreateEndpointResponseSim | None | Unset = UNSET
    ip_address_space: CreateEndpointResponseIpAddressSpace | Unset = UNSET
    imei_with_luhn: None | str | Unset = UNSET
    location: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_endpoint_response_sim import CreateEndpointResponseSim  # noqa: PLC0415

        id = self.id

        ip_address = self.ip_address

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        name = self.name

        tags: None | str | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        else:
            tags = self.tags

        imei: None | str | Unset
        if isinstance(self.imei, Unset):
            imei = UNSET
        else:
            imei = self.imei

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        last_updated: str | Unset = UNSET
        if not isinstance(self.last_updated, Unset):
            last_updated = self.last_updated.isoformat()

        imei_lock = self.imei_lock

        service_profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_profile, Unset):
            service_profile = self.service_profile.to_dict()

        tariff_profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tariff_profile, Unset):
            tariff_profile = self.tariff_profile.to_dict()

        sim: dict[str, Any] | None | Unset
        if isinstance(self.sim, Unset):
            sim = UNSET
        elif isinstance(self.sim, CreateEndpointResponseSim):
            sim = self.sim.to_dict()
        else:
            sim = self.sim

        ip_address_space: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ip_address_space, Unset):
            ip_address_space = self.ip_address_space.to_dict()

        imei_with_luhn: None | str | Unset
        if isinstance(self.imei_with_luhn, Unset):
            imei_with_luhn = UNSET
        else:
            imei_with_luhn = self.imei_with_luhn

        location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if status is not UNSET:
            field_dict["status"] = status
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if imei is not UNSET:
            field_dict["imei"] = imei
        if created is not UNSET:
            field_dict["created"] = created
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated
        if imei_lock is not UNSET:
            field_dict["imei_lock"] = imei_lock
        if service_profile is not UNSET:
            field_dict["service_profile"] = service_profile
        if tariff_profile is not UNSET:
            field_dict["tariff_profile"] = tariff_profile
        if sim is not UNSET:
            field_dict["sim"] = sim
        if ip_address_space is not UNSET:
            field_dict["ip_address_space"] = ip_address_space
        if imei_with_luhn is not UNSET:
            field_dict["imei_with_luhn"] = imei_with_luhn
        if location is not UNSET:
            field_dict["location"] = location

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
        id = d.pop("id", UNSET)

        ip_address = d.pop("ip_address", UNSET)

        _status = d.pop("status", UNSET)
        status: CreateEndpointResponseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CreateEndpointResponseStatus.from_dict(_status)

        name = d.pop("name", UNSET)

        def _parse_tags(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_imei(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        imei = _parse_imei(d.pop("imei", UNSET))

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

        imei_lock = d.pop("imei_lock", UNSET)

        _service_profile = d.pop("service_profile", UNSET)
        service_profile: CreateEndpointResponseServiceProfile | Unset
        if isinstance(_service_profile, Unset):
            service_profile = UNSET
        else:
            service_profile = CreateEndpointResponseServiceProfile.from_dict(_service_profile)

        _tariff_profile = d.pop("tariff_profile", UNSET)
        tariff_profile: CreateEndpointResponseTariffProfile | Unset
        if isinstance(_tariff_profile, Unset):
            tariff_profile = UNSET
        else:
            tariff_profile = CreateEndpointResponseTariffProfile.from_dict(_tariff_profile)

        def _parse_sim(data: object) -> CreateEndpointResponseSim | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sim_type_0 = CreateEndpointResponseSim.from_dict(data)

                return sim_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateEndpointResponseSim | None | Unset, data)

        sim = _parse_sim(d.pop("sim", UNSET))

        _ip_address_space = d.pop("ip_address_space", UNSET)
        ip_address_space: CreateEndpointResponseIpAddressSpace | Unset
        if isinstance(_ip_address_space, Unset):
            ip_address_space = UNSET
        else:
            ip_address_space = CreateEndpointResponseIpAddressSpace.from_dict(_ip_address_space)

        def _parse_imei_with_luhn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        imei_with_luhn = _parse_imei_with_luhn(d.pop("imei_with_luhn", UNSET))

        location = d.pop("location", UNSET)

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
            location=location,
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
