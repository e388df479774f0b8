from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from .._numbers import number_as_int
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
        id (int | None | Unset):
        ip_address (None | str | Unset):
        status (CreateEndpointResponseStatus | None | Unset):
        name (None | str | Unset):
        tags (None | str | Unset):
        imei (None | str | Unset):
        created (datetime.datetime | None | Unset):
        last_updated (datetime.datetime | None | Unset):
        imei_lock (bool | None | Unset):
        service_profile (CreateEndpointResponseServiceProfile | None | Unset):
        tariff_profile (CreateEndpointResponseTariffProfile | None | Unset):
        sim (CreateEndpointResponseSim | None | Unset):
        ip_address_space (CreateEndpointResponseIpAddressSpace | None | Unset):
        imei_with_luhn (None | str | Unset):
        location (None | str | Unset):
    """

    id: int | None | Unset = UNSET
    ip_address: None | str | Unset = UNSET
    status: CreateEndpointResponseStatus | None | Unset = UNSET
    name: None | str | Unset = UNSET
    tags: None | str | Unset = UNSET
    imei: None | str | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    imei_lock: bool | None | Unset = UNSET
    service_profile: CreateEndpointResponseServiceProfile | None | Unset = UNSET
    tariff_profile: CreateEndpointResponseTariffProfile | None | Unset = UNSET
    sim: CreateEndpointResponseSim | None | Unset = UNSET
    ip_address_space: CreateEndpointResponseIpAddressSpace | None | Unset = UNSET
    imei_with_luhn: None | str | Unset = UNSET
    location: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, CreateEndpointResponseStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
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

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        last_updated: None | str | Unset
        if isinstance(self.last_updated, Unset):
            last_updated = UNSET
        elif isinstance(self.last_updated, datetime.datetime):
            last_updated = self.last_updated.isoformat()
        else:
            last_updated = self.last_updated

        imei_lock: bool | None | Unset
        if isinstance(self.imei_lock, Unset):
            imei_lock = UNSET
        else:
            imei_lock = self.imei_lock

        service_profile: dict[str, Any] | None | Unset
        if isinstance(self.service_profile, Unset):
            service_profile = UNSET
        elif isinstance(self.service_profile, CreateEndpointResponseServiceProfile):
            service_profile = self.service_profile.to_dict()
        else:
            service_profile = self.service_profile

        tariff_profile: dict[str, Any] | None | Unset
        if isinstance(self.tariff_profile, Unset):
            tariff_profile = UNSET
        elif isinstance(self.tariff_profile, CreateEndpointResponseTariffProfile):
            tariff_profile = self.tariff_profile.to_dict()
        else:
            tariff_profile = self.tariff_profile

        sim: dict[str, Any] | None | Unset
        if isinstance(self.sim, Unset):
            sim = UNSET
        elif isinstance(self.sim, CreateEndpointResponseSim):
            sim = self.sim.to_dict()
        else:
            sim = self.sim

        ip_address_space: dict[str, Any] | None | Unset
        if isinstance(self.ip_address_space, Unset):
            ip_address_space = UNSET
        elif isinstance(self.ip_address_space, CreateEndpointResponseIpAddressSpace):
            ip_address_space = self.ip_address_space.to_dict()
        else:
            ip_address_space = self.ip_address_space

        imei_with_luhn: None | str | Unset
        if isinstance(self.imei_with_luhn, Unset):
            imei_with_luhn = UNSET
        else:
            imei_with_luhn = self.imei_with_luhn

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
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

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        def _parse_ip_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip_address = _parse_ip_address(d.pop("ip_address", UNSET))

        def _parse_status(data: object) -> CreateEndpointResponseStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = CreateEndpointResponseStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateEndpointResponseStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

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

        def _parse_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_type_0 = isoparse(data)

                return created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_last_updated(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_updated_type_0 = isoparse(data)

                return last_updated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_updated = _parse_last_updated(d.pop("last_updated", UNSET))

        def _parse_imei_lock(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        imei_lock = _parse_imei_lock(d.pop("imei_lock", UNSET))

        def _parse_service_profile(
            data: object,
        ) -> CreateEndpointResponseServiceProfile | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                service_profile_type_0 = CreateEndpointResponseServiceProfile.from_dict(data)

                return service_profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateEndpointResponseServiceProfile | None | Unset, data)

        service_profile = _parse_service_profile(d.pop("service_profile", UNSET))

        def _parse_tariff_profile(
            data: object,
        ) -> CreateEndpointResponseTariffProfile | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tariff_profile_type_0 = CreateEndpointResponseTariffProfile.from_dict(data)

                return tariff_profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateEndpointResponseTariffProfile | None | Unset, data)

        tariff_profile = _parse_tariff_profile(d.pop("tariff_profile", UNSET))

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

        def _parse_ip_address_space(
            data: object,
        ) -> CreateEndpointResponseIpAddressSpace | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ip_address_space_type_0 = CreateEndpointResponseIpAddressSpace.from_dict(data)

                return ip_address_space_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateEndpointResponseIpAddressSpace | None | Unset, data)

        ip_address_space = _parse_ip_address_space(d.pop("ip_address_space", UNSET))

        def _parse_imei_with_luhn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        imei_with_luhn = _parse_imei_with_luhn(d.pop("imei_with_luhn", UNSET))

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

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
