from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_traffic_limits_response_items_period import (
        ListTrafficLimitsResponseItemsPeriod,
    )
    from ..models.list_traffic_limits_response_items_service import (
        ListTrafficLimitsResponseItemsService,
    )


T = TypeVar("T", bound="ListTrafficLimitsResponseItems")


@_attrs_define
class ListTrafficLimitsResponseItems:
    """
    Attributes:
        id (int | None | Unset):
        service (ListTrafficLimitsResponseItemsService | None | Unset):
        volume (int | None | Unset):
        period (ListTrafficLimitsResponseItemsPeriod | None | Unset):
    """

    id: int | None | Unset = UNSET
    service: ListTrafficLimitsResponseItemsService | None | Unset = UNSET
    volume: int | None | Unset = UNSET
    period: ListTrafficLimitsResponseItemsPeriod | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_traffic_limits_response_items_period import (
            ListTrafficLimitsResponseItemsPeriod,  # noqa: PLC0415
        )
        from ..models.list_traffic_limits_response_items_service import (
            ListTrafficLimitsResponseItemsService,  # noqa: PLC0415
        )

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        service: dict[str, Any] | None | Unset
        if isinstance(self.service, Unset):
            service = UNSET
        elif isinstance(self.service, ListTrafficLimitsResponseItemsService):
            service = self.service.to_dict()
        else:
            service = self.service

        volume: int | None | Unset
        if isinstance(self.volume, Unset):
            volume = UNSET
        else:
            volume = self.volume

        period: dict[str, Any] | None | Unset
        if isinstance(self.period, Unset):
            period = UNSET
        elif isinstance(self.period, ListTrafficLimitsResponseItemsPeriod):
            period = self.period.to_dict()
        else:
            period = self.period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if service is not UNSET:
            field_dict["service"] = service
        if volume is not UNSET:
            field_dict["volume"] = volume
        if period is not UNSET:
            field_dict["period"] = period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_traffic_limits_response_items_period import (
            ListTrafficLimitsResponseItemsPeriod,  # noqa: PLC0415
        )
        from ..models.list_traffic_limits_response_items_service import (
            ListTrafficLimitsResponseItemsService,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        def _parse_service(data: object) -> ListTrafficLimitsResponseItemsService | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                service_type_0 = ListTrafficLimitsResponseItemsService.from_dict(data)

                return service_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListTrafficLimitsResponseItemsService | None | Unset, data)

        service = _parse_service(d.pop("service", UNSET))

        def _parse_volume(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        volume = _parse_volume(d.pop("volume", UNSET))

        def _parse_period(data: object) -> ListTrafficLimitsResponseItemsPeriod | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                period_type_0 = ListTrafficLimitsResponseItemsPeriod.from_dict(data)

                return period_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListTrafficLimitsResponseItemsPeriod | None | Unset, data)

        period = _parse_period(d.pop("period", UNSET))

        list_traffic_limits_response_items = cls(
            id=id,
            service=service,
            volume=volume,
            period=period,
        )

        list_traffic_limits_response_items.additional_properties = d
        return list_traffic_limits_response_items

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
