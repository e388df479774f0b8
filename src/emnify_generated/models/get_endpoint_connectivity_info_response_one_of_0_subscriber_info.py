from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_endpoint_connectivity_info_response_one_of_0_subscriber_info_location import (
        GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocation,
    )


T = TypeVar("T", bound="GetEndpointConnectivityInfoResponseOneOf0SubscriberInfo")


@_attrs_define
class GetEndpointConnectivityInfoResponseOneOf0SubscriberInfo:
    """
    Attributes:
        success (bool | Unset):
        state (str | Unset):
        location (GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocation | Unset):
    """

    success: bool | Unset = UNSET
    state: str | Unset = UNSET
    location: GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        state = self.state

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if state is not UNSET:
            field_dict["state"] = state
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_endpoint_connectivity_info_response_one_of_0_subscriber_info_location import (
            GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocation,  # noqa: PLC0415
        )

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        state = d.pop("state", UNSET)

        _location = d.pop("location", UNSET)
        location: GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocation.from_dict(
                _location
            )

        get_endpoint_connectivity_info_response_one_of_0_subscriber_info = cls(
            success=success,
            state=state,
            location=location,
        )

        get_endpoint_connectivity_info_response_one_of_0_subscriber_info.additional_properties = d
        return get_endpoint_connectivity_info_response_one_of_0_subscriber_info

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
