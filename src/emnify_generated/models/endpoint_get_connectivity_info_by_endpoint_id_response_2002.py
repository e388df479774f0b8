from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_endpoint_connectivity_info_response_one_of_2_subscriber_info import (
        GetEndpointConnectivityInfoResponseOneOf2SubscriberInfo,
    )


T = TypeVar("T", bound="EndpointGetConnectivityInfoByEndpointIdResponse2002")


@_attrs_define
class EndpointGetConnectivityInfoByEndpointIdResponse2002:
    """
    Attributes:
        subscriber_info (GetEndpointConnectivityInfoResponseOneOf2SubscriberInfo | Unset):
        request_timestamp (datetime.datetime | Unset):
        reply_timestamp (datetime.datetime | Unset):
    """

    subscriber_info: GetEndpointConnectivityInfoResponseOneOf2SubscriberInfo | Unset = UNSET
    request_timestamp: datetime.datetime | Unset = UNSET
    reply_timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscriber_info, Unset):
            subscriber_info = self.subscriber_info.to_dict()

        request_timestamp: str | Unset = UNSET
        if not isinstance(self.request_timestamp, Unset):
            request_timestamp = self.request_timestamp.isoformat()

        reply_timestamp: str | Unset = UNSET
        if not isinstance(self.reply_timestamp, Unset):
            reply_timestamp = self.reply_timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscriber_info is not UNSET:
            field_dict["subscriber_info"] = subscriber_info
        if request_timestamp is not UNSET:
            field_dict["request_timestamp"] = request_timestamp
        if reply_timestamp is not UNSET:
            field_dict["reply_timestamp"] = reply_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_endpoint_connectivity_info_response_one_of_2_subscriber_info import (
            GetEndpointConnectivityInfoResponseOneOf2SubscriberInfo,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _subscriber_info = d.pop("subscriber_info", UNSET)
        subscriber_info: GetEndpointConnectivityInfoResponseOneOf2SubscriberInfo | Unset
        if isinstance(_subscriber_info, Unset):
            subscriber_info = UNSET
        else:
            subscriber_info = GetEndpointConnectivityInfoResponseOneOf2SubscriberInfo.from_dict(
                _subscriber_info
            )

        _request_timestamp = d.pop("request_timestamp", UNSET)
        request_timestamp: datetime.datetime | Unset
        if isinstance(_request_timestamp, Unset):
            request_timestamp = UNSET
        else:
            request_timestamp = isoparse(_request_timestamp)

        _reply_timestamp = d.pop("reply_timestamp", UNSET)
        reply_timestamp: datetime.datetime | Unset
        if isinstance(_reply_timestamp, Unset):
            reply_timestamp = UNSET
        else:
            reply_timestamp = isoparse(_reply_timestamp)

        endpoint_get_connectivity_info_by_endpoint_id_response_2002 = cls(
            subscriber_info=subscriber_info,
            request_timestamp=request_timestamp,
            reply_timestamp=reply_timestamp,
        )

        endpoint_get_connectivity_info_by_endpoint_id_response_2002.additional_properties = d
        return endpoint_get_connectivity_info_by_endpoint_id_response_2002

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
