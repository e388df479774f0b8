from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointGetConnectivityInfoByEndpointIdResponse2001")


@_attrs_define
class EndpointGetConnectivityInfoByEndpointIdResponse2001:
    """
    Attributes:
        request_timestamp (datetime.datetime | None | Unset):
        reply_timestamp (datetime.datetime | None | Unset):
    """

    request_timestamp: datetime.datetime | None | Unset = UNSET
    reply_timestamp: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_timestamp: None | str | Unset
        if isinstance(self.request_timestamp, Unset):
            request_timestamp = UNSET
        elif isinstance(self.request_timestamp, datetime.datetime):
            request_timestamp = self.request_timestamp.isoformat()
        else:
            request_timestamp = self.request_timestamp

        reply_timestamp: None | str | Unset
        if isinstance(self.reply_timestamp, Unset):
            reply_timestamp = UNSET
        elif isinstance(self.reply_timestamp, datetime.datetime):
            reply_timestamp = self.reply_timestamp.isoformat()
        else:
            reply_timestamp = self.reply_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_timestamp is not UNSET:
            field_dict["request_timestamp"] = request_timestamp
        if reply_timestamp is not UNSET:
            field_dict["reply_timestamp"] = reply_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_request_timestamp(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                request_timestamp_type_0 = isoparse(data)

                return request_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        request_timestamp = _parse_request_timestamp(d.pop("request_timestamp", UNSET))

        def _parse_reply_timestamp(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reply_timestamp_type_0 = isoparse(data)

                return reply_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        reply_timestamp = _parse_reply_timestamp(d.pop("reply_timestamp", UNSET))

        endpoint_get_connectivity_info_by_endpoint_id_response_2001 = cls(
            request_timestamp=request_timestamp,
            reply_timestamp=reply_timestamp,
        )

        endpoint_get_connectivity_info_by_endpoint_id_response_2001.additional_properties = d
        return endpoint_get_connectivity_info_by_endpoint_id_response_2001

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
