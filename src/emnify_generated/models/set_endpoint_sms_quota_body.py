from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.set_endpoint_sms_quota_request_action_on_exhaustion import (
        SetEndpointSmsQuotaRequestActionOnExhaustion,
    )
    from ..models.set_endpoint_sms_quota_request_status import SetEndpointSmsQuotaRequestStatus


T = TypeVar("T", bound="SetEndpointSmsQuotaBody")


@_attrs_define
class SetEndpointSmsQuotaBody:
    """
    Attributes:
        volume (float):
        expiry_date (datetime.datetime):
        threshold_percentage (float):
        status (SetEndpointSmsQuotaRequestStatus):
        last_volume_added (float | Unset):
        last_status_change_date (datetime.datetime | None | Unset):
        auto_refill (bool | Unset):
        threshold_volume (float | Unset):
        action_on_exhaustion (SetEndpointSmsQuotaRequestActionOnExhaustion | Unset):
    """

    volume: float
    expiry_date: datetime.datetime
    threshold_percentage: float
    status: SetEndpointSmsQuotaRequestStatus
    last_volume_added: float | Unset = UNSET
    last_status_change_date: datetime.datetime | None | Unset = UNSET
    auto_refill: bool | Unset = UNSET
    threshold_volume: float | Unset = UNSET
    action_on_exhaustion: SetEndpointSmsQuotaRequestActionOnExhaustion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volume = self.volume

        expiry_date = self.expiry_date.isoformat()

        threshold_percentage = self.threshold_percentage

        status = self.status.to_dict()

        last_volume_added = self.last_volume_added

        last_status_change_date: None | str | Unset
        if isinstance(self.last_status_change_date, Unset):
            last_status_change_date = UNSET
        elif isinstance(self.last_status_change_date, datetime.datetime):
            last_status_change_date = self.last_status_change_date.isoformat()
        else:
            last_status_change_date = self.last_status_change_date

        auto_refill = self.auto_refill

        threshold_volume = self.threshold_volume

        action_on_exhaustion: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action_on_exhaustion, Unset):
            action_on_exhaustion = self.action_on_exhaustion.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "volume": volume,
                "expiry_date": expiry_date,
                "threshold_percentage": threshold_percentage,
                "status": status,
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
        if action_on_exhaustion is not UNSET:
            field_dict["action_on_exhaustion"] = action_on_exhaustion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.set_endpoint_sms_quota_request_action_on_exhaustion import (
            SetEndpointSmsQuotaRequestActionOnExhaustion,  # noqa: PLC0415
        )
        from ..models.set_endpoint_sms_quota_request_status import SetEndpointSmsQuotaRequestStatus  # noqa: PLC0415

        d = dict(src_dict)
        volume = d.pop("volume")

        expiry_date = isoparse(d.pop("expiry_date"))

        threshold_percentage = d.pop("threshold_percentage")

        status = SetEndpointSmsQuotaRequestStatus.from_dict(d.pop("status"))

        last_volume_added = d.pop("last_volume_added", UNSET)

        def _parse_last_status_change_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_status_change_date_type_0 = isoparse(data)

                return last_status_change_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_status_change_date = _parse_last_status_change_date(
            d.pop("last_status_change_date", UNSET)
        )

        auto_refill = d.pop("auto_refill", UNSET)

        threshold_volume = d.pop("threshold_volume", UNSET)

        _action_on_exhaustion = d.pop("action_on_exhaustion", UNSET)
        action_on_exhaustion: SetEndpointSmsQuotaRequestActionOnExhaustion | Unset
        if isinstance(_action_on_exhaustion, Unset):
            action_on_exhaustion = UNSET
        else:
            action_on_exhaustion = SetEndpointSmsQuotaRequestActionOnExhaustion.from_dict(
                _action_on_exhaustion
            )

        set_endpoint_sms_quota_body = cls(
            volume=volume,
            expiry_date=expiry_date,
            threshold_percentage=threshold_percentage,
            status=status,
            last_volume_added=last_volume_added,
            last_status_change_date=last_status_change_date,
            auto_refill=auto_refill,
            threshold_volume=threshold_volume,
            action_on_exhaustion=action_on_exhaustion,
        )

        set_endpoint_sms_quota_body.additional_properties = d
        return set_endpoint_sms_quota_body

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
