from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

if TYPE_CHECKING:
    from ..models.bulk_create_endpoints_response_items_imei_with_luhn import (
        BulkCreateEndpointsResponseItemsImeiWithLuhn,
    )
    from ..models.bulk_create_endpoints_response_items_ip_address_space import (
        BulkCreateEndpointsResponseItemsIpAddressSpace,
    )
    from ..models.bulk_create_endpoints_response_items_service_profile import (
        BulkCreateEndpointsResponseItemsServiceProfile,
    )
    from ..models.bulk_create_endpoints_response_items_sim import (
        BulkCreateEndpointsResponseItemsSim,
    )
    from ..models.bulk_create_endpoints_response_items_status import (
        BulkCreateEndpointsResponseItemsStatus,
    )
    from ..models.bulk_create_endpoints_response_items_tariff_profile import (
        BulkCreateEndpointsResponseItemsTariffProfile,
    )


T = TypeVar("T", bound="BulkCreateEndpointsResponseItems")


@_attrs_define
class BulkCreateEndpointsResponseItems:
    """
    Attributes:
        id (int):
        ip_address (str):
        status (BulkCreateEndpointsResponseItemsStatus):
        name (str):
        tags (str):
        imei (str):
        created (datetime.datetime):
        last_updated (datetime.datetime):
        imei_lock (bool):
        service_profile (BulkCreateEndpointsResponseItemsServiceProfile):
        tariff_profile (BulkCreateEndpointsResponseItemsTariffProfile):
        sim (BulkCreateEndpointsResponseItemsSim):
        ip_address_space (BulkCreateEndpointsResponseItemsIpAddressSpace):
        imei_with_luhn (BulkCreateEndpointsResponseItemsImeiWithLuhn):
    """

    id: int
    ip_address: str
    status: BulkCreateEndpointsResponseItemsStatus
    name: str
    tags: str
    imei: str
    created: datetime.datetime
    last_updated: datetime.datetime
    imei_lock: bool
    service_profile: BulkCreateEndpointsResponseItemsServiceProfile
    tariff_profile: BulkCreateEndpointsResponseItemsTariffProfile
    sim: BulkCreateEndpointsResponseItemsSim
    ip_address_space: BulkCreateEndpointsResponseItemsIpAddressSpace
    imei_with_luhn: BulkCreateEndpointsResponseItemsImeiWithLuhn
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ip_address = self.ip_address

        status = self.status.to_dict()

        name = self.name

        tags = self.tags

        imei = self.imei

        created = self.created.isoformat()

        last_updated = self.last_updated.isoformat()

        imei_lock = self.imei_lock

        service_profile = self.service_profile.to_dict()

        tariff_profile = self.tariff_profile.to_dict()

        sim = self.sim.to_dict()

        ip_address_space = self.ip_address_space.to_dict()

        imei_with_luhn = self.imei_with_luhn.to_dict()

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
        from ..models.bulk_create_endpoints_response_items_imei_with_luhn import (
            BulkCreateEndpointsResponseItemsImeiWithLuhn,  # noqa: PLC0415
        )
        from ..models.bulk_create_endpoints_response_items_ip_address_space import (
            BulkCreateEndpointsResponseItemsIpAddressSpace,  # noqa: PLC0415
        )
        from ..models.bulk_create_endpoints_response_items_service_profile import (
            BulkCreateEndpointsResponseItemsServiceProfile,  # noqa: PLC0415
        )
        from ..models.bulk_create_endpoints_response_items_sim import (
            BulkCreateEndpointsResponseItemsSim,  # noqa: PLC0415
        )
        from ..models.bulk_create_endpoints_response_items_status import (
            BulkCreateEndpointsResponseItemsStatus,  # noqa: PLC0415
        )
        from ..models.bulk_create_endpoints_response_items_tariff_profile import (
            BulkCreateEndpointsResponseItemsTariffProfile,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        ip_address = d.pop("ip_address")

        status = BulkCreateEndpointsResponseItemsStatus.from_dict(d.pop("status"))

        name = d.pop("name")

        tags = d.pop("tags")

        imei = d.pop("imei")

        created = isoparse(d.pop("created"))

        last_updated = isoparse(d.pop("last_updated"))

        imei_lock = d.pop("imei_lock")

        service_profile = BulkCreateEndpointsResponseItemsServiceProfile.from_dict(
            d.pop("service_profile")
        )

        tariff_profile = BulkCreateEndpointsResponseItemsTariffProfile.from_dict(
            d.pop("tariff_profile")
        )

        sim = BulkCreateEndpointsResponseItemsSim.from_dict(d.pop("sim"))

        ip_address_space = BulkCreateEndpointsResponseItemsIpAddressSpace.from_dict(
            d.pop("ip_address_space")
        )

        imei_with_luhn = BulkCreateEndpointsResponseItemsImeiWithLuhn.from_dict(
            d.pop("imei_with_luhn")
        )

        bulk_create_endpoints_response_items = cls(
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

        bulk_create_endpoints_response_items.additional_properties = d
        return bulk_create_endpoints_response_items

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
