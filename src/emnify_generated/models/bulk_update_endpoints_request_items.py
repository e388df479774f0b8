from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bulk_update_endpoints_request_items_ip_address_space import (
        BulkUpdateEndpointsRequestItemsIpAddressSpace,
    )
    from ..models.bulk_update_endpoints_request_items_service_profile import (
        BulkUpdateEndpointsRequestItemsServiceProfile,
    )
    from ..models.bulk_update_endpoints_request_items_sim import BulkUpdateEndpointsRequestItemsSim
    from ..models.bulk_update_endpoints_request_items_status import (
        BulkUpdateEndpointsRequestItemsStatus,
    )
    from ..models.bulk_update_endpoints_request_items_tariff_profile import (
        BulkUpdateEndpointsRequestItemsTariffProfile,
    )


T = TypeVar("T", bound="BulkUpdateEndpointsRequestItems")


@_attrs_define
class BulkUpdateEndpointsRequestItems:
    """
    Attributes:
        id (int | None | Unset):
        name (None | str | Unset):
        tags (None | str | Unset):
        imei (None | str | Unset):
        imei_lock (bool | None | Unset):
        ip_address (None | str | Unset):
        ip_address_space (BulkUpdateEndpointsRequestItemsIpAddressSpace | None | Unset):
        service_profile (BulkUpdateEndpointsRequestItemsServiceProfile | None | Unset):
        tariff_profile (BulkUpdateEndpointsRequestItemsTariffProfile | None | Unset):
        status (BulkUpdateEndpointsRequestItemsStatus | None | Unset):
        sim (BulkUpdateEndpointsRequestItemsSim | None | Unset):
    """

    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    tags: None | str | Unset = UNSET
    imei: None | str | Unset = UNSET
    imei_lock: bool | None | Unset = UNSET
    ip_address: None | str | Unset = UNSET
    ip_address_space: BulkUpdateEndpointsRequestItemsIpAddressSpace | None | Unset = UNSET
    service_profile: BulkUpdateEndpointsRequestItemsServiceProfile | None | Unset = UNSET
    tariff_profile: BulkUpdateEndpointsRequestItemsTariffProfile | None | Unset = UNSET
    status: BulkUpdateEndpointsRequestItemsStatus | None | Unset = UNSET
    sim: BulkUpdateEndpointsRequestItemsSim | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bulk_update_endpoints_request_items_ip_address_space import (
            BulkUpdateEndpointsRequestItemsIpAddressSpace,  # noqa: PLC0415
        )
        from ..models.bulk_update_endpoints_request_items_service_profile import (
            BulkUpdateEndpointsRequestItemsServiceProfile,  # noqa: PLC0415
        )
        from ..models.bulk_update_endpoints_request_items_sim import (
            BulkUpdateEndpointsRequestItemsSim,  # noqa: PLC0415
        )
        from ..models.bulk_update_endpoints_request_items_status import (
            BulkUpdateEndpointsRequestItemsStatus,  # noqa: PLC0415
        )
        from ..models.bulk_update_endpoints_request_items_tariff_profile import (
            BulkUpdateEndpointsRequestItemsTariffProfile,  # noqa: PLC0415
        )

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

        ip_address_space: dict[str, Any] | None | Unset
        if isinstance(self.ip_address_space, Unset):
            ip_address_space = UNSET
        elif isinstance(self.ip_address_space, BulkUpdateEndpointsRequestItemsIpAddressSpace):
            ip_address_space = self.ip_address_space.to_dict()
        else:
            ip_address_space = self.ip_address_space

        service_profile: dict[str, Any] | None | Unset
        if isinstance(self.service_profile, Unset):
            service_profile = UNSET
        elif isinstance(self.service_profile, BulkUpdateEndpointsRequestItemsServiceProfile):
            service_profile = self.service_profile.to_dict()
        else:
            service_profile = self.service_profile

        tariff_profile: dict[str, Any] | None | Unset
        if isinstance(self.tariff_profile, Unset):
            tariff_profile = UNSET
        elif isinstance(self.tariff_profile, BulkUpdateEndpointsRequestItemsTariffProfile):
            tariff_profile = self.tariff_profile.to_dict()
        else:
            tariff_profile = self.tariff_profile

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, BulkUpdateEndpointsRequestItemsStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        sim: dict[str, Any] | None | Unset
        if isinstance(self.sim, Unset):
            sim = UNSET
        elif isinstance(self.sim, BulkUpdateEndpointsRequestItemsSim):
            sim = self.sim.to_dict()
        else:
            sim = self.sim

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
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
        if ip_address_space is not UNSET:
            field_dict["ip_address_space"] = ip_address_space
        if service_profile is not UNSET:
            field_dict["service_profile"] = service_profile
        if tariff_profile is not UNSET:
            field_dict["tariff_profile"] = tariff_profile
        if status is not UNSET:
            field_dict["status"] = status
        if sim is not UNSET:
            field_dict["sim"] = sim

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_update_endpoints_request_items_ip_address_space import (
            BulkUpdateEndpointsRequestItemsIpAddressSpace,  # noqa: PLC0415
        )
        from ..models.bulk_update_endpoints_request_items_service_profile import (
            BulkUpdateEndpointsRequestItemsServiceProfile,  # noqa: PLC0415
        )
        from ..models.bulk_update_endpoints_request_items_sim import (
            BulkUpdateEndpointsRequestItemsSim,  # noqa: PLC0415
        )
        from ..models.bulk_update_endpoints_request_items_status import (
            BulkUpdateEndpointsRequestItemsStatus,  # noqa: PLC0415
        )
        from ..models.bulk_update_endpoints_request_items_tariff_profile import (
            BulkUpdateEndpointsRequestItemsTariffProfile,  # noqa: PLC0415
        )

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

        def _parse_ip_address_space(
            data: object,
        ) -> BulkUpdateEndpointsRequestItemsIpAddressSpace | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ip_address_space_type_0 = BulkUpdateEndpointsRequestItemsIpAddressSpace.from_dict(
                    data
                )

                return ip_address_space_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BulkUpdateEndpointsRequestItemsIpAddressSpace | None | Unset, data)

        ip_address_space = _parse_ip_address_space(d.pop("ip_address_space", UNSET))

        def _parse_service_profile(
            data: object,
        ) -> BulkUpdateEndpointsRequestItemsServiceProfile | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                service_profile_type_0 = BulkUpdateEndpointsRequestItemsServiceProfile.from_dict(
                    data
                )

                return service_profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BulkUpdateEndpointsRequestItemsServiceProfile | None | Unset, data)

        service_profile = _parse_service_profile(d.pop("service_profile", UNSET))

        def _parse_tariff_profile(
            data: object,
        ) -> BulkUpdateEndpointsRequestItemsTariffProfile | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tariff_profile_type_0 = BulkUpdateEndpointsRequestItemsTariffProfile.from_dict(data)

                return tariff_profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BulkUpdateEndpointsRequestItemsTariffProfile | None | Unset, data)

        tariff_profile = _parse_tariff_profile(d.pop("tariff_profile", UNSET))

        def _parse_status(data: object) -> BulkUpdateEndpointsRequestItemsStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = BulkUpdateEndpointsRequestItemsStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BulkUpdateEndpointsRequestItemsStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_sim(data: object) -> BulkUpdateEndpointsRequestItemsSim | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sim_type_0 = BulkUpdateEndpointsRequestItemsSim.from_dict(data)

                return sim_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BulkUpdateEndpointsRequestItemsSim | None | Unset, data)

        sim = _parse_sim(d.pop("sim", UNSET))

        bulk_update_endpoints_request_items = cls(
            id=id,
            name=name,
            tags=tags,
            imei=imei,
            imei_lock=imei_lock,
            ip_address=ip_address,
            ip_address_space=ip_address_space,
            service_profile=service_profile,
            tariff_profile=tariff_profile,
            status=status,
            sim=sim,
        )

        bulk_update_endpoints_request_items.additional_properties = d
        return bulk_update_endpoints_request_items

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
