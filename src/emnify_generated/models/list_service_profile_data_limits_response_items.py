from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_service_profile_data_limits_response_items_period import (
        ListServiceProfileDataLimitsResponseItemsPeriod,
    )
    from ..models.list_service_profile_data_limits_response_items_service import (
        ListServiceProfileDataLimitsResponseItemsService,
    )


T = TypeVar("T", bound="ListServiceProfileDataLimitsResponseItems")


@_attrs_define
class ListServiceProfileDataLimitsResponseItems:
    """
    Attributes:
        id (int | Unset):
        service (ListServiceProfileDataLimitsResponseItemsService | Unset):
        satellite_only (bool | Unset):
        period (ListServiceProfileDataLimitsResponseItemsPeriod | Unset):
        volume (int | Unset):
        warning_percent (int | Unset):
    """

    id: int | Unset = UNSET
    service: ListServiceProfileDataLimitsResponseItemsService | Unset = UNSET
    satellite_only: bool | Unset = UNSET
    period: ListServiceProfileDataLimitsResponseItemsPeriod | Unset = UNSET
    volume: int | Unset = UNSET
    warning_percent: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        service: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service, Unset):
            service = self.service.to_dict()

        satellite_only = self.satellite_only

        period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.period, Unset):
            period = self.period.to_dict()

        volume = self.volume

        warning_percent = self.warning_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if service is not UNSET:
            field_dict["service"] = service
        if satellite_only is not UNSET:
            field_dict["satellite_only"] = satellite_only
        if period is not UNSET:
            field_dict["period"] = period
        if volume is not UNSET:
            field_dict["volume"] = volume
        if warning_percent is not UNSET:
            field_dict["warning_percent"] = warning_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_service_profile_data_limits_response_items_period import (
            ListServiceProfileDataLimitsResponseItemsPeriod,  # noqa: PLC0415
        )
        from ..models.list_service_profile_data_limits_response_items_service import (
            ListServiceProfileDataLimitsResponseItemsService,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _service = d.pop("service", UNSET)
        service: ListServiceProfileDataLimitsResponseItemsService | Unset
        if isinstance(_service, Unset):
            service = UNSET
        else:
            service = ListServiceProfileDataLimitsResponseItemsService.from_dict(_service)

        satellite_only = d.pop("satellite_only", UNSET)

        _period = d.pop("period", UNSET)
        period: ListServiceProfileDataLimitsResponseItemsPeriod | Unset
        if isinstance(_period, Unset):
            period = UNSET
        else:
            period = ListServiceProfileDataLimitsResponseItemsPeriod.from_dict(_period)

        volume = d.pop("volume", UNSET)

        warning_percent = d.pop("warning_percent", UNSET)

        list_service_profile_data_limits_response_items = cls(
            id=id,
            service=service,
            satellite_only=satellite_only,
            period=period,
            volume=volume,
            warning_percent=warning_percent,
        )

        list_service_profile_data_limits_response_items.additional_properties = d
        return list_service_profile_data_limits_response_items

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
