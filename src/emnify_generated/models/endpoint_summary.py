from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_endpoints_response_items_ip_address_space import (
        ListEndpointsResponseItemsIpAddressSpace,
    )
    from ..models.list_endpoints_response_items_runtime_data import (
        ListEndpointsResponseItemsRuntimeData,
    )
    from ..models.list_endpoints_response_items_service_profile import (
        ListEndpointsResponseItemsServiceProfile,
    )
    from ..models.list_endpoints_response_items_sim import ListEndpointsResponseItemsSim
    from ..models.list_endpoints_response_items_status import ListEndpointsResponseItemsStatus
    from ..models.list_endpoints_response_items_tag_assignments_items import (
        ListEndpointsResponseItemsTagAssignmentsItems,
    )
    from ..models.list_endpoints_response_items_tariff_profile import (
        ListEndpointsResponseItemsTariffProfile,
    )


T = TypeVar("T", bound="EndpointSummary")


@_attrs_define
class EndpointSummary:
    """
    Attributes:
        status (ListEndpointsResponseItemsStatus):
        tariff_profile (ListEndpointsResponseItemsTariffProfile):
        service_profile (ListEndpointsResponseItemsServiceProfile):
        id (int | Unset):
        created (datetime.datetime | Unset):
        last_updated (datetime.datetime | Unset):
        name (str | Unset):
        tags (None | str | Unset):
        ip_address (str | Unset):
        imei (None | str | Unset):
        imei_lock (bool | Unset):
        tag_assignments (list[ListEndpointsResponseItemsTagAssignmentsItems] | Unset):
        sim (ListEndpointsResponseItemsSim | None | Unset):
        ip_address_space (ListEndpointsResponseItemsIpAddressSpace | Unset):
        imei_with_luhn (None | str | Unset):
        runtime_data (ListEndpointsResponseItemsRuntimeData | Unset):
    """

    status: ListEndpointsResponseItemsStatus
    tariff_profile: ListEndpointsResponseItemsTariffProfile
    service_profile: ListEndpointsResponseItemsServiceProfile
    id: int | Unset = UNSET
    created: datetime.datetime | Unset = UNSET
    last_updated: datetime.datetime | Unset = UNSET
    name: str | Unset = UNSET
    tags: None | str | Unset = UNSET
    ip_address: str | Unset = UNSET
    imei: None | str | Unset = UNSET
    imei_lock: bool | Unset = UNSET
    tag_assignments: list[ListEndpointsResponseItemsTagAssignmentsItems] | Unset = UNSET
    sim: ListEndpointsResponseItemsSim | None | Unset = UNSET
    ip_address_space: ListEndpointsResponseItemsIpAddressSpace | Unset = UNSET
    imei_with_luhn: None | str | Unset = UNSET
    runtime_data: ListEndpointsResponseItemsRuntimeData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_endpoints_response_items_sim import ListEndpointsResponseItemsSim  # noqa: PLC0415

        status = self.status.to_dict()

        tariff_profile = self.tariff_profile.to_dict()

        service_profile = self.service_profile.to_dict()

        id = self.id

        created: str | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.isoformat()

        last_updated: str | Unset = UNSET
        if not isinstance(self.last_updated, Unset):
            last_updated = self.last_updated.isoformat()

        name = self.name

        tags: None | str | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        else:
            tags = self.tags

        ip_address = self.ip_address

        imei: None | str | Unset
        if isinstance(self.imei, Unset):
            imei = UNSET
        else:
            imei = self.imei

        imei_lock = self.imei_lock

        tag_assignments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tag_assignments, Unset):
            tag_assignments = []
            for tag_assignments_item_data in self.tag_assignments:
                tag_assignments_item = tag_assignments_item_data.to_dict()
                tag_assignments.append(tag_assignments_item)

        sim: dict[str, Any] | None | Unset
        if isinstance(self.sim, Unset):
            sim = UNSET
        elif isinstance(self.sim, ListEndpointsResponseItemsSim):
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

        runtime_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.runtime_data, Unset):
            runtime_data = self.runtime_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "tariff_profile": tariff_profile,
                "service_profile": service_profile,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if created is not UNSET:
            field_dict["created"] = created
        if last_updated is not UNSET:
            field_dict["last_updated"] = last_updated
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if imei is not UNSET:
            field_dict["imei"] = imei
        if imei_lock is not UNSET:
            field_dict["imei_lock"] = imei_lock
        if tag_assignments is not UNSET:
            field_dict["tag_assignments"] = tag_assignments
        if sim is not UNSET:
            field_dict["sim"] = sim
        if ip_address_space is not UNSET:
            field_dict["ip_address_space"] = ip_address_space
        if imei_with_luhn is not UNSET:
            field_dict["imei_with_luhn"] = imei_with_luhn
        if runtime_data is not UNSET:
            field_dict["runtime_data"] = runtime_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_endpoints_response_items_ip_address_space import (
            ListEndpointsResponseItemsIpAddressSpace,  # noqa: PLC0415
        )
        from ..models.list_endpoints_response_items_runtime_data import (
            ListEndpointsResponseItemsRuntimeData,  # noqa: PLC0415
        )
        from ..models.list_endpoints_response_items_service_profile import (
            ListEndpointsResponseItemsServiceProfile,  # noqa: PLC0415
        )
        from ..models.list_endpoints_response_items_sim import ListEndpointsResponseItemsSim  # noqa: PLC0415
        from ..models.list_endpoints_response_items_status import ListEndpointsResponseItemsStatus  # noqa: PLC0415
        from ..models.list_endpoints_response_items_tag_assignments_items import (
            ListEndpointsResponseItemsTagAssignmentsItems,  # noqa: PLC0415
        )
        from ..models.list_endpoints_response_items_tariff_profile import (
            ListEndpointsResponseItemsTariffProfile,  # noqa: PLC0415
        )

        d = dict(src_dict)
        status = ListEndpointsResponseItemsStatus.from_dict(d.pop("status"))

        tariff_profile = ListEndpointsResponseItemsTariffProfile.from_dict(d.pop("tariff_profile"))

        service_profile = ListEndpointsResponseItemsServiceProfile.from_dict(
            d.pop("service_profile")
        )

        id = d.pop("id", UNSET)

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

        name = d.pop("name", UNSET)

        def _parse_tags(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        ip_address = d.pop("ip_address", UNSET)

        def _parse_imei(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        imei = _parse_imei(d.pop("imei", UNSET))

        imei_lock = d.pop("imei_lock", UNSET)

        _tag_assignments = d.pop("tag_assignments", UNSET)
        tag_assignments: list[ListEndpointsResponseItemsTagAssignmentsItems] | Unset = UNSET
        if _tag_assignments is not UNSET:
            tag_assignments = []
            for tag_assignments_item_data in _tag_assignments:
                tag_assignments_item = ListEndpointsResponseItemsTagAssignmentsItems.from_dict(
                    tag_assignments_item_data
                )

                tag_assignments.append(tag_assignments_item)

        def _parse_sim(data: object) -> ListEndpointsResponseItemsSim | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sim_type_0 = ListEndpointsResponseItemsSim.from_dict(data)

                return sim_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListEndpointsResponseItemsSim | None | Unset, data)

        sim = _parse_sim(d.pop("sim", UNSET))

        _ip_address_space = d.pop("ip_address_space", UNSET)
        ip_address_space: ListEndpointsResponseItemsIpAddressSpace | Unset
        if isinstance(_ip_address_space, Unset):
            ip_address_space = UNSET
        else:
            ip_address_space = ListEndpointsResponseItemsIpAddressSpace.from_dict(_ip_address_space)

        def _parse_imei_with_luhn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        imei_with_luhn = _parse_imei_with_luhn(d.pop("imei_with_luhn", UNSET))

        _runtime_data = d.pop("runtime_data", UNSET)
        runtime_data: ListEndpointsResponseItemsRuntimeData | Unset
        if isinstance(_runtime_data, Unset):
            runtime_data = UNSET
        else:
            runtime_data = ListEndpointsResponseItemsRuntimeData.from_dict(_runtime_data)

        endpoint_summary = cls(
            status=status,
            tariff_profile=tariff_profile,
            service_profile=service_profile,
            id=id,
            created=created,
            last_updated=last_updated,
            name=name,
            tags=tags,
            ip_address=ip_address,
            imei=imei,
            imei_lock=imei_lock,
            tag_assignments=tag_assignments,
            sim=sim,
            ip_address_space=ip_address_space,
            imei_with_luhn=imei_with_luhn,
            runtime_data=runtime_data,
        )

        endpoint_summary.additional_properties = d
        return endpoint_summary

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
