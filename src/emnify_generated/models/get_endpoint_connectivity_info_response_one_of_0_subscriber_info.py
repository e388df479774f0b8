from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        success (bool | None | Unset):
        state (None | str | Unset):
        location (GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocation | None | Unset):
    """

    success: bool | None | Unset = UNSET
    state: None | str | Unset = UNSET
    location: GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocation | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_endpoint_connectivity_info_response_one_of_0_subscriber_info_location import (
            GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocation,  # noqa: PLC0415
        )

        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        location: dict[str, Any] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(
            self.location, GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocation
        ):
            location = self.location.to_dict()
        else:
            location = self.location

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

        def _parse_success(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        success = _parse_success(d.pop("success", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_location(
            data: object,
        ) -> GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = (
                    GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocation.from_dict(data)
                )

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocation | None | Unset, data
            )

        location = _parse_location(d.pop("location", UNSET))

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
