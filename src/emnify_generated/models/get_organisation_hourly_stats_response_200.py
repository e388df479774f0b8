from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_organisation_hourly_stats_response_data import (
        GetOrganisationHourlyStatsResponseData,
    )
    from ..models.get_organisation_hourly_stats_response_sms import (
        GetOrganisationHourlyStatsResponseSms,
    )


T = TypeVar("T", bound="GetOrganisationHourlyStatsResponse200")


@_attrs_define
class GetOrganisationHourlyStatsResponse200:
    """
    Attributes:
        data (GetOrganisationHourlyStatsResponseData | None | Unset):
        sms (GetOrganisationHourlyStatsResponseSms | None | Unset):
    """

    data: GetOrganisationHourlyStatsResponseData | None | Unset = UNSET
    sms: GetOrganisationHourlyStatsResponseSms | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_organisation_hourly_stats_response_data import (
            GetOrganisationHourlyStatsResponseData,  # noqa: PLC0415
        )
        from ..models.get_organisation_hourly_stats_response_sms import (
            GetOrganisationHourlyStatsResponseSms,  # noqa: PLC0415
        )

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, GetOrganisationHourlyStatsResponseData):
            data = self.data.to_dict()
        else:
            data = self.data

        sms: dict[str, Any] | None | Unset
        if isinstance(self.sms, Unset):
            sms = UNSET
        elif isinstance(self.sms, GetOrganisationHourlyStatsResponseSms):
            sms = self.sms.to_dict()
        else:
            sms = self.sms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if sms is not UNSET:
            field_dict["sms"] = sms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_organisation_hourly_stats_response_data import (
            GetOrganisationHourlyStatsResponseData,  # noqa: PLC0415
        )
        from ..models.get_organisation_hourly_stats_response_sms import (
            GetOrganisationHourlyStatsResponseSms,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_data(data: object) -> GetOrganisationHourlyStatsResponseData | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = GetOrganisationHourlyStatsResponseData.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetOrganisationHourlyStatsResponseData | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_sms(data: object) -> GetOrganisationHourlyStatsResponseSms | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sms_type_0 = GetOrganisationHourlyStatsResponseSms.from_dict(data)

                return sms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetOrganisationHourlyStatsResponseSms | None | Unset, data)

        sms = _parse_sms(d.pop("sms", UNSET))

        get_organisation_hourly_stats_response_200 = cls(
            data=data,
            sms=sms,
        )

        get_organisation_hourly_stats_response_200.additional_properties = d
        return get_organisation_hourly_stats_response_200

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
