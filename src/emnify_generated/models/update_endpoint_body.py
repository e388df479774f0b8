from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        service_profile (None | Unset | UpdateEndpointRequestServiceProfile):
        tariff_profile (None | Unset | UpdateEndpointRequestTariffProfile):
        status (None | Unset | UpdateEndpointRequestStatus):
        ip_address_space (None | Unset | UpdateEndpointRequestIpAddressSpace):
        sim (None | Unset | UpdateEndpointRequestSim):
        name (None | str | Unset):
        tags (None | str | Unset):
        imei (None | str | Unset):
        imei_lock (bool | None | Unset):
        ip_address (None | str | Unset):
    """

    service_profile: None | Unset | UpdateEndpointRequestServiceProfile = UNSET
    tariff_profile: None | Unset | UpdateEndpointRequestTariffProfile = UNSET
    status: None | Unset | UpdateEndpointRequestStatus = UNSET
    ip_address_space: None | Unset | UpdateEndpointRequestIpAddressSpace = UNSET
    sim: None | Unset | UpdateEndpointRequestSim = UNSET
    name: None | str | Unset = UNSET
    tags: None | str | Unset = UNSET
    imei: None | str | Unset = UNSET
    imei_lock: bool | None | Unset = UNSET
    ip_address: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        service_profile: dict[str, Any] | None | Unset
        if isinstance(self.service_profile, Unset):
            service_profile = UNSET
        elif isinstance(self.service_profile, UpdateEndpointRequestServiceProfile):
            service_profile = self.service_profile.to_dict()
        else:
            service_profile = self.service_profile

        tariff_profile: dict[str, Any] | None | Unset
        if isinstance(self.tariff_profile, Unset):
            tariff_profile = UNSET
        elif isinstance(self.tariff_profile, UpdateEndpointRequestTariffProfile):
            tariff_profile = self.tariff_profile.to_dict()
        else:
            tariff_profile = self.tariff_profile

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, UpdateEndpointRequestStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        ip_address_space: dict[str, Any] | None | Unset
        if isinstance(self.ip_address_space, Unset):
            ip_address_space = UNSET
        elif isinstance(self.ip_address_space, UpdateEndpointRequestIpAddressSpace):
            ip_address_space = self.ip_address_space.to_dict()
        else:
            ip_address_space = self.ip_address_space

        sim: dict[str, Any] | None | Unset
        if isinstance(self.sim, Unset):
            sim = UNSET
        elif isinstance(self.sim, UpdateEndpointRequestSim):
            sim = self.sim.to_dict()
        else:
            sim = self.sim

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

        imei_lock: bool | None | Unset
        if isinstance(self.imei_lock, Unset):
            imei_lock = UNSET
        else:
            imei_lock = self.imei_lock

        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_profile is not UNSET:
            field_dict["service_profile"] = service_profile
        if tariff_profile is not UNSET:
            field_dict["tariff_profile"] = tariff_profile
        if status is not UNSET:
            field_dict["status"] = status
        if ip_address_space is not UNSET:
            field_dict["ip_address_space"] = ip_address_space
        if sim is not UNSET:
            field_dict["sim"] = sim
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if imei is not UNSET:
            field_dict["imei"] = imei
        if imei_lock is not UNSET:
            field_dict["imei_lock"] = imei_lock
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address

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

        def _parse_service_profile(
            data: object,
        ) -> None | Unset | UpdateEndpointRequestServiceProfile:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                service_profile_type_0 = UpdateEndpointRequestServiceProfile.from_dict(data)

                return service_profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateEndpointRequestServiceProfile, data)

        service_profile = _parse_service_profile(d.pop("service_profile", UNSET))

        def _parse_tariff_profile(
            data: object,
        ) -> None | Unset | UpdateEndpointRequestTariffProfile:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tariff_profile_type_0 = UpdateEndpointRequestTariffProfile.from_dict(data)

                return tariff_profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateEndpointRequestTariffProfile, data)

        tariff_profile = _parse_tariff_profile(d.pop("tariff_profile", UNSET))

        def _parse_status(data: object) -> None | Unset | UpdateEndpointRequestStatus:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = UpdateEndpointRequestStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateEndpointRequestStatus, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_ip_address_space(
            data: object,
        ) -> None | Unset | UpdateEndpointRequestIpAddressSpace:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ip_address_space_type_0 = UpdateEndpointRequestIpAddressSpace.from_dict(data)

                return ip_address_space_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateEndpointRequestIpAddressSpace, data)

        ip_address_space = _parse_ip_address_space(d.pop("ip_address_space", UNSET))

        def _parse_sim(data: object) -> None | Unset | UpdateEndpointRequestSim:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sim_type_0 = UpdateEndpointRequestSim.from_dict(data)

                return sim_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateEndpointRequestSim, data)

        sim = _parse_sim(d.pop("sim", UNSET))

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

        def _parse_imei_lock(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        imei_lock = _parse_imei_lock(d.pop("imei_lock", UNSET))

        def _parse_ip_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip_address = _parse_ip_address(d.pop("ip_address", UNSET))

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
