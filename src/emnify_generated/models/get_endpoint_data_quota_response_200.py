from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_float, number_as_int
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_endpoint_data_quota_response_action_on_exhaustion import (
        GetEndpointDataQuotaResponseActionOnExhaustion,
    )
    from ..models.get_endpoint_data_quota_response_status import GetEndpointDataQuotaResponseStatus


T = TypeVar("T", bound="GetEndpointDataQuotaResponse200")


@_attrs_define
class GetEndpointDataQuotaResponse200:
    """
    Attributes:
        last_volume_added (float | None | Unset):
        last_status_change_date (None | str | Unset):
        auto_refill (int | None | Unset):
        threshold_volume (float | None | Unset):
        threshold_percentage (float | None | Unset):
        status (GetEndpointDataQuotaResponseStatus | None | Unset):
        volume (float | None | Unset):
        expiry_date (None | str | Unset):
        action_on_exhaustion (GetEndpointDataQuotaResponseActionOnExhaustion | None | Unset):
    """

    last_volume_added: float | None | Unset = UNSET
    last_status_change_date: None | str | Unset = UNSET
    auto_refill: int | None | Unset = UNSET
    threshold_volume: float | None | Unset = UNSET
    threshold_percentage: float | None | Unset = UNSET
    status: GetEndpointDataQuotaResponseStatus | None | Unset = UNSET
    volume: float | None | Unset = UNSET
    expiry_date: None | str | Unset = UNSET
    action_on_exhaustion: GetEndpointDataQuotaResponseActionOnExhaustion | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_endpoint_data_quota_response_action_on_exhaustion import (
            GetEndpointDataQuotaResponseActionOnExhaustion,  # noqa: PLC0415
        )
        from ..models.get_endpoint_data_quota_response_status import (
            GetEndpointDataQuotaResponseStatus,  # noqa: PLC0415
        )

        last_volume_added: float | None | Unset
        if isinstance(self.last_volume_added, Unset):
            last_volume_added = UNSET
        else:
            last_volume_added = self.last_volume_added

        last_status_change_date: None | str | Unset
        if isinstance(self.last_status_change_date, Unset):
            last_status_change_date = UNSET
        else:
            last_status_change_date = self.last_status_change_date

        auto_refill: int | None | Unset
        if isinstance(self.auto_refill, Unset):
            auto_refill = UNSET
        else:
            auto_refill = self.auto_refill

        threshold_volume: float | None | Unset
        if isinstance(self.threshold_volume, Unset):
            threshold_volume = UNSET
        else:
            threshold_volume = self.threshold_volume

        threshold_percentage: float | None | Unset
        if isinstance(self.threshold_percentage, Unset):
            threshold_percentage = UNSET
        else:
            threshold_percentage = self.threshold_percentage

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, GetEndpointDataQuotaResponseStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        volume: float | None | Unset
        if isinstance(self.volume, Unset):
            volume = UNSET
        else:
            volume = self.volume

        expiry_date: None | str | Unset
        if isinstance(self.expiry_date, Unset):
            expiry_date = UNSET
        else:
            expiry_date = self.expiry_date

        action_on_exhaustion: dict[str, Any] | None | Unset
        if isinstance(self.action_on_exhaustion, Unset):
            action_on_exhaustion = UNSET
        elif isinstance(self.action_on_exhaustion, GetEndpointDataQuotaResponseActionOnExhaustion):
            action_on_exhaustion = self.action_on_exhaustion.to_dict()
        else:
            action_on_exhaustion = self.action_on_exhaustion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if status is not UNSET:
            field_dict["status"] = status
        if volume is not UNSET:
            field_dict["volume"] = volume
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if action_on_exhaustion is not UNSET:
            field_dict["action_on_exhaustion"] = action_on_exhaustion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_endpoint_data_quota_response_action_on_exhaustion import (
            GetEndpointDataQuotaResponseActionOnExhaustion,  # noqa: PLC0415
        )
        from ..models.get_endpoint_data_quota_response_status import (
            GetEndpointDataQuotaResponseStatus,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_last_volume_added(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        last_volume_added = _parse_last_volume_added(d.pop("last_volume_added", UNSET))

        def _parse_last_status_change_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_status_change_date = _parse_last_status_change_date(
            d.pop("last_status_change_date", UNSET)
        )

        def _parse_auto_refill(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        auto_refill = _parse_auto_refill(d.pop("auto_refill", UNSET))

        def _parse_threshold_volume(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        threshold_volume = _parse_threshold_volume(d.pop("threshold_volume", UNSET))

        def _parse_threshold_percentage(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        threshold_percentage = _parse_threshold_percentage(d.pop("threshold_percentage", UNSET))

        def _parse_status(data: object) -> GetEndpointDataQuotaResponseStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = GetEndpointDataQuotaResponseStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetEndpointDataQuotaResponseStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_volume(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        volume = _parse_volume(d.pop("volume", UNSET))

        def _parse_expiry_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expiry_date = _parse_expiry_date(d.pop("expiry_date", UNSET))

        def _parse_action_on_exhaustion(
            data: object,
        ) -> GetEndpointDataQuotaResponseActionOnExhaustion | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_on_exhaustion_type_0 = (
                    GetEndpointDataQuotaResponseActionOnExhaustion.from_dict(data)
                )

                return action_on_exhaustion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetEndpointDataQuotaResponseActionOnExhaustion | None | Unset, data)

        action_on_exhaustion = _parse_action_on_exhaustion(d.pop("action_on_exhaustion", UNSET))

        get_endpoint_data_quota_response_200 = cls(
            last_volume_added=last_volume_added,
            last_status_change_date=last_status_change_date,
            auto_refill=auto_refill,
            threshold_volume=threshold_volume,
            threshold_percentage=threshold_percentage,
            status=status,
            volume=volume,
            expiry_date=expiry_date,
            action_on_exhaustion=action_on_exhaustion,
        )

        get_endpoint_data_quota_response_200.additional_properties = d
        return get_endpoint_data_quota_response_200

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
