from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
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
        id (int | None | Unset):
        service (ListServiceProfileDataLimitsResponseItemsService | None | Unset):
        satellite_only (bool | None | Unset):
        period (ListServiceProfileDataLimitsResponseItemsPeriod | None | Unset):
        volume (int | None | Unset):
        warning_percent (int | None | Unset):
    """

    id: int | None | Unset = UNSET
    service: ListServiceProfileDataLimitsResponseItemsService | None | Unset = UNSET
    satellite_only: bool | None | Unset = UNSET
    period: ListServiceProfileDataLimitsResponseItemsPeriod | None | Unset = UNSET
    volume: int | None | Unset = UNSET
    warning_percent: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_service_profile_data_limits_response_items_period import (
            ListServiceProfileDataLimitsResponseItemsPeriod,  # noqa: PLC0415
        )
        from ..models.list_service_profile_data_limits_response_items_service import (
            ListServiceProfileDataLimitsResponseItemsService,  # noqa: PLC0415
        )

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        service: dict[str, Any] | None | Unset
        if isinstance(self.service, Unset):
            service = UNSET
        elif isinstance(self.service, ListServiceProfileDataLimitsResponseItemsService):
            service = self.service.to_dict()
        else:
            service = self.service

        satellite_only: bool | None | Unset
        if isinstance(self.satellite_only, Unset):
            satellite_only = UNSET
        else:
            satellite_only = self.satellite_only

        period: dict[str, Any] | None | Unset
        if isinstance(self.period, Unset):
            period = UNSET
        elif isinstance(self.period, ListServiceProfileDataLimitsResponseItemsPeriod):
            period = self.period.to_dict()
        else:
            period = self.period

        volume: int | None | Unset
        if isinstance(self.volume, Unset):
            volume = UNSET
        else:
            volume = self.volume

        warning_percent: int | None | Unset
        if isinstance(self.warning_percent, Unset):
            warning_percent = UNSET
        else:
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

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        def _parse_service(
            data: object,
        ) -> ListServiceProfileDataLimitsResponseItemsService | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                service_type_0 = ListServiceProfileDataLimitsResponseItemsService.from_dict(data)

                return service_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListServiceProfileDataLimitsResponseItemsService | None | Unset, data)

        service = _parse_service(d.pop("service", UNSET))

        def _parse_satellite_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        satellite_only = _parse_satellite_only(d.pop("satellite_only", UNSET))

        def _parse_period(
            data: object,
        ) -> ListServiceProfileDataLimitsResponseItemsPeriod | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                period_type_0 = ListServiceProfileDataLimitsResponseItemsPeriod.from_dict(data)

                return period_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListServiceProfileDataLimitsResponseItemsPeriod | None | Unset, data)

        period = _parse_period(d.pop("period", UNSET))

        def _parse_volume(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        volume = _parse_volume(d.pop("volume", UNSET))

        def _parse_warning_percent(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        warning_percent = _parse_warning_percent(d.pop("warning_percent", UNSET))

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
