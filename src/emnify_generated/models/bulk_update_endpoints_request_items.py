from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        id (int):
        name (str | Unset):
        tags (str | Unset):
        imei (str | Unset):
        imei_lock (bool | Unset):
        ip_address (str | Unset):
        ip_address_space (BulkUpdateEndpointsRequestItemsIpAddressSpace | Unset):
        service_profile (BulkUpdateEndpointsRequestItemsServiceProfile | Unset):
        tariff_profile (BulkUpdateEndpointsRequestItemsTariffProfile | Unset):
        status (BulkUpdateEndpointsRequestItemsStatus | Unset):
        sim (BulkUpdateEndpointsRequestItemsSim | Unset):
    """

    id: int
    name: str | Unset = UNSET
    tags: str | Unset = UNSET
    imei: str | Unset = UNSET
    imei_lock: bool | Unset = UNSET
    ip_address: str | Unset = UNSET
    ip_address_space: BulkUpdateEndpointsRequestItemsIpAddressSpace | Unset = UNSET
    service_profile: BulkUpdateEndpointsRequestItemsServiceProfile | Unset = UNSET
    tariff_profile: BulkUpdateEndpointsRequestItemsTariffProfile | Unset = UNSET
    status: BulkUpdateEndpointsRequestItemsStatus | Unset = UNSET
    sim: BulkUpdateEndpointsRequestItemsSim | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        tags = self.tags

        imei = self.imei

        imei_lock = self.imei_lock

        ip_address = self.ip_address

        ip_address_space: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ip_address_space, Unset):
            ip_address_space = self.ip_address_space.to_dict()

        service_profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_profile, Unset):
            service_profile = self.service_profile.to_dict()

        tariff_profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tariff_profile, Unset):
            tariff_profile = self.tariff_profile.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        sim: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sim, Unset):
            sim = self.sim.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
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
        id = d.pop("id")

        name = d.pop("name", UNSET)

        tags = d.pop("tags", UNSET)

        imei = d.pop("imei", UNSET)

        imei_lock = d.pop("imei_lock", UNSET)

        ip_address = d.pop("ip_address", UNSET)

        _ip_address_space = d.pop("ip_address_space", UNSET)
        ip_address_space: BulkUpdateEndpointsRequestItemsIpAddressSpace | Unset
        if isinstance(_ip_address_space, Unset):
            ip_address_space = UNSET
        else:
            ip_address_space = BulkUpdateEndpointsRequestItemsIpAddressSpace.from_dict(
                _ip_address_space
            )

        _service_profile = d.pop("service_profile", UNSET)
        service_profile: BulkUpdateEndpointsRequestItemsServiceProfile | Unset
        if isinstance(_service_profile, Unset):
            service_profile = UNSET
        else:
            service_profile = BulkUpdateEndpointsRequestItemsServiceProfile.from_dict(
                _service_profile
            )

        _tariff_profile = d.pop("tariff_profile", UNSET)
        tariff_profile: BulkUpdateEndpointsRequestItemsTariffProfile | Unset
        if isinstance(_tariff_profile, Unset):
            tariff_profile = UNSET
        else:
            tariff_profile = BulkUpdateEndpointsRequestItemsTariffProfile.from_dict(_tariff_profile)

        _status = d.pop("status", UNSET)
        status: BulkUpdateEndpointsRequestItemsStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = BulkUpdateEndpointsRequestItemsStatus.from_dict(_status)

        _sim = d.pop("sim", UNSET)
        sim: BulkUpdateEndpointsRequestItemsSim | Unset
        if isinstance(_sim, Unset):
            sim = UNSET
        else:
            sim = BulkUpdateEndpointsRequestItemsSim.from_dict(_sim)

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
