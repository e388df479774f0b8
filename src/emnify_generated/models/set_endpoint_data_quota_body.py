from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.set_endpoint_data_quota_request_action_on_exhaustion import (
        SetEndpointDataQuotaRequestActionOnExhaustion,
    )
    from ..models.set_endpoint_data_quota_request_status import SetEndpointDataQuotaRequestStatus


T = TypeVar("T", bound="SetEndpointDataQuotaBody")


@_attrs_define
class SetEndpointDataQuotaBody:
    """
    Attributes:
        status (SetEndpointDataQuotaRequestStatus):
        volume (float):
        expiry_date (str):
        action_on_exhaustion (SetEndpointDataQuotaRequestActionOnExhaustion):
        last_volume_added (float | Unset):
        last_status_change_date (str | Unset):
        auto_refill (int | Unset):
        threshold_volume (float | Unset):
        threshold_percentage (float | Unset):
    """

    status: SetEndpointDataQuotaRequestStatus
    volume: float
    expiry_date: str
    action_on_exhaustion: SetEndpointDataQuotaRequestActionOnExhaustion
    last_volume_added: float | Unset = UNSET
    last_status_change_date: str | Unset = UNSET
    auto_refill: int | Unset = UNSET
    threshold_volume: float | Unset = UNSET
    threshold_percentage: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.to_dict()

        volume = self.volume

        expiry_date = self.expiry_date

        action_on_exhaustion = self.action_on_exhaustion.to_dict()

        last_volume_added = self.last_volume_added

        last_status_change_date = self.last_status_change_date

        auto_refill = self.auto_refill

        threshold_volume = self.threshold_volume

        threshold_percentage = self.threshold_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "volume": volume,
                "expiry_date": expiry_date,
                "action_on_exhaustion": action_on_exhaustion,
            }
        )
        if last_volume_added is not UNSET:
            field_dict["last_volume_added"] = last_volume_added
        if last_status_change_date is not UNSET:
            field_dict["last_status_change_date"] = last_status_change_date
        if auto_refill is not UNSET:
            field_dict["auto_refill"] = auto_refill
        if threshold_volume is not UNSET:
            field_dict["threshold_volume"] = threshold_volume
        if threshold_percentage is not UNSET:
            field_dict["threshold_percentage"] = threshold_percentage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.set_endpoint_data_quota_request_action_on_exhaustion import (
            SetEndpointDataQuotaRequestActionOnExhaustion,  # noqa: PLC0415
        )
        from ..models.set_endpoint_data_quota_request_status import (
            SetEndpointDataQuotaRequestStatus,  # noqa: PLC0415
        )

        d = dict(src_dict)
        status = SetEndpointDataQuotaRequestStatus.from_dict(d.pop("status"))

        volume = d.pop("volume")

        expiry_date = d.pop("expiry_date")

        action_on_exhaustion = SetEndpointDataQuotaRequestActionOnExhaustion.from_dict(
            d.pop("action_on_exhaustion")
        )

        last_volume_added = d.pop("last_volume_added", UNSET)

        last_status_change_date = d.pop("last_status_change_date", UNSET)

        auto_refill = d.pop("auto_refill", UNSET)

        threshold_volume = d.pop("threshold_volume", UNSET)

        threshold_percentage = d.pop("threshold_percentage", UNSET)

        set_endpoint_data_quota_body = cls(
            status=status,
            volume=volume,
            expiry_date=expiry_date,
            action_on_exhaustion=action_on_exhaustion,
            last_volume_added=last_volume_added,
            last_status_change_date=last_status_change_date,
            auto_refill=auto_refill,
            threshold_volume=threshold_volume,
            threshold_percentage=threshold_percentage,
        )

        set_endpoint_data_quota_body.additional_properties = d
        return set_endpoint_data_quota_body

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
