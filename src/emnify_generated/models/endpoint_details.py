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
        id (int | None | Unset):
        name (None | str | Unset):
        tags (None | str | Unset):
        created (datetime.datetime | None | Unset):
        last_updated (datetime.datetime | None | Unset):
        status (GetEndpointResponseStatus | None | Unset):
        service_profile (GetEndpointResponseServiceProfile | None | Unset):
        tariff_profile (GetEndpointResponseTariffProfile | None | Unset):
        ip_address (None | str | Unset):
        ip_address_space (GetEndpointResponseIpAddressSpace | None | Unset):
        sim (GetEndpointResponseSim | None | Unset):
        imei (None | str | Unset):
        imei_lock (bool | None | Unset):
        runtime_data (GetEndpointResponseRuntimeData | None | Unset):
    """

    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    tags: None | str | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    last_updated: datetime.datetime | None | Unset = UNSET
    status: GetEndpointResponseStatus | None | Unset = UNSET
    service_profile: GetEndpointResponseServiceProfile | None | Unset = UNSET
    tariff_profile: GetEndpointResponseTariffProfile | None | Unset = UNSET
    ip_address: None | str | Unset = UNSET
    ip_address_space: GetEndpointResponseIpAddressSpace | None | Unset = UNSET
    sim: GetEndpointResponseSim | None | Unset = UNSET
    imei: None | str | Unset = UNSET
    imei_lock: bool | None | Unset = UNSET
    runtime_data: GetEndpointResponseRuntimeData | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_endpoint_response_ip_address_space import (
            GetEndpointResponseIpAddressSpace,  # noqa: PLC0415
        )
        from ..models.get_endpoint_response_runtime_data import GetEndpointResponseRuntimeData  # noqa: PLC0415
        from ..models.get_endpoint_response_service_profile import GetEndpointResponseServiceProfile  # noqa: PLC0415
        from ..models.get_endpoint_response_sim import GetEndpointResponseSim  # noqa: PLC0415
        from ..models.get_endpoint_response_status import GetEndpointResponseStatus  # noqa: PLC0415
        from ..models.get_endpoint_response_tariff_profile import GetEndpointResponseTariffProfile  # noqa: PLC0415

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

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

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, GetEndpointResponseStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        service_profile: dict[str, Any] | None | Unset
        if isinstance(self.service_profile, Unset):
            service_profile = UNSET
        elif isinstance(self.service_profile, GetEndpointResponseServiceProfile):
            service_profile = self.service_profile.to_dict()
        else:
            service_profile = self.service_profile

        tariff_profile: dict[str, Any] | None | Unset
        if isinstance(self.tariff_profile, Unset):
            tariff_profile = UNSET
        elif isinstance(self.tariff_profile, GetEndpointResponseTariffProfile):
            tariff_profile = self.tariff_profile.to_dict()
        else:
            tariff_profile = self.tariff_profile

        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        ip_address_space: dict[str, Any] | None | Unset
        if isinstance(self.ip_address_space, Unset):
            ip_address_space = UNSET
        elif isinstance(self.ip_address_space, GetEndpointResponseIpAddressSpace):
            ip_address_space = self.ip_address_space.to_dict()
        else:
            ip_address_space = self.ip_address_space

        sim: dict[str, Any] | None | Unset
        if isinstance(self.sim, Unset):
            sim = UNSET
        elif isinstance(self.sim, GetEndpointResponseSim):
            sim = self.sim.to_dict()
        else:
            sim = self.sim

        imei: None | str | Unset
        if isinstance(self.imei, Unset):
            imei = UNSET
        else:
            imei = self.imei

        imei_lock: bool | None | Unset
        if isinstance(self.imei_lock, Unset):
            imei_lock = UNSET
        else:
            imei_lock = self.imei_lock

        runtime_data: dict[str, Any] | None | Unset
        if isinstance(self.runtime_data, Unset):
            runtime_data = UNSET
        elif isinstance(self.runtime_data, GetEndpointResponseRuntimeData):
            runtime_data = self.runtime_data.to_dict()
        else:
            runtime_data = self.runtime_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if status is not UNSET:
            field_dict["status"] = status
        if service_profile is not UNSET:
            field_dict["service_profile"] = service_profile
        if tariff_profile is not UNSET:
            field_dict["tariff_profile"] = tariff_profile
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

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

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

        def _parse_status(data: object) -> GetEndpointResponseStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = GetEndpointResponseStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetEndpointResponseStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_service_profile(
            data: object,
        ) -> GetEndpointResponseServiceProfile | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                service_profile_type_0 = GetEndpointResponseServiceProfile.from_dict(data)

                return service_profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetEndpointResponseServiceProfile | None | Unset, data)

        service_profile = _parse_service_profile(d.pop("service_profile", UNSET))

        def _parse_tariff_profile(data: object) -> GetEndpointResponseTariffProfile | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tariff_profile_type_0 = GetEndpointResponseTariffProfile.from_dict(data)

                return tariff_profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetEndpointResponseTariffProfile | None | Unset, data)

        tariff_profile = _parse_tariff_profile(d.pop("tariff_profile", UNSET))

        def _parse_ip_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip_address = _parse_ip_address(d.pop("ip_address", UNSET))

        def _parse_ip_address_space(
            data: object,
        ) -> GetEndpointResponseIpAddressSpace | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ip_address_space_type_0 = GetEndpointResponseIpAddressSpace.from_dict(data)

                return ip_address_space_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetEndpointResponseIpAddressSpace | None | Unset, data)

        ip_address_space = _parse_ip_address_space(d.pop("ip_address_space", UNSET))

        def _parse_sim(data: object) -> GetEndpointResponseSim | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sim_type_0 = GetEndpointResponseSim.from_dict(data)

                return sim_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetEndpointResponseSim | None | Unset, data)

        sim = _parse_sim(d.pop("sim", UNSET))

        def _parse_imei(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        imei = _parse_imei(d.pop("imei", UNSET))

        def _parse_imei_lock(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        imei_lock = _parse_imei_lock(d.pop("imei_lock", UNSET))

        def _parse_runtime_data(data: object) -> GetEndpointResponseRuntimeData | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                runtime_data_type_0 = GetEndpointResponseRuntimeData.from_dict(data)

                return runtime_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetEndpointResponseRuntimeData | None | Unset, data)

        runtime_data = _parse_runtime_data(d.pop("runtime_data", UNSET))

        endpoint_details = cls(
            id=id,
            name=name,
            tags=tags,
            created=created,
            last_updated=last_updated,
            status=status,
            service_profile=service_profile,
            tariff_profile=tariff_profile,
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
