from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.add_service_profile_data_limit_request_period import (
        AddServiceProfileDataLimitRequestPeriod,
    )
    from ..models.add_service_profile_data_limit_request_service import (
        AddServiceProfileDataLimitRequestService,
    )


T = TypeVar("T", bound="AddServiceProfileDataLimitBody")


@_attrs_define
class AddServiceProfileDataLimitBody:
    """
    Attributes:
        service (AddServiceProfileDataLimitRequestService):
        volume (int):
        satellite_only (bool | Unset):  Default: False.
        period (AddServiceProfileDataLimitRequestPeriod | Unset):
        warning_percent (int | Unset):
    """

    service: AddServiceProfileDataLimitRequestService
    volume: int
    satellite_only: bool | Unset = False
    period: AddServiceProfileDataLimitRequestPeriod | Unset = UNSET
    warning_percent: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service = self.service.to_dict()

        volume = self.volume

        satellite_only = self.satellite_only

        period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.period, Unset):
            period = self.period.to_dict()

        warning_percent = self.warning_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service": service,
                "volume": volume,
            }
        )
        if satellite_only is not UNSET:
            field_dict["satellite_only"] = satellite_only
        if period is not UNSET:
            field_dict["period"] = period
        if warning_percent is not UNSET:
            field_dict["warning_percent"] = warning_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.add_service_profile_data_limit_request_period import (
            AddServiceProfileDataLimitRequestPeriod,  # noqa: PLC0415
        )
        from ..models.add_service_profile_data_limit_request_service import (
            AddServiceProfileDataLimitRequestService,  # noqa: PLC0415
        )

        d = dict(src_dict)
        service = AddServiceProfileDataLimitRequestService.from_dict(d.pop("service"))

        volume = d.pop("volume")

        satellite_only = d.pop("satellite_only", UNSET)

        _period = d.pop("period", UNSET)
        period: AddServiceProfileDataLimitRequestPeriod | Unset
        if isinstance(_period, Unset):
            period = UNSET
        else:
            period = AddServiceProfileDataLimitRequestPeriod.from_dict(_period)

        warning_percent = d.pop("warning_percent", UNSET)

        add_service_profile_data_limit_body = cls(
            service=service,
            volume=volume,
            satellite_only=satellite_only,
            period=period,
            warning_percent=warning_percent,
        )

        add_service_profile_data_limit_body.additional_properties = d
        return add_service_profile_data_limit_body

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
