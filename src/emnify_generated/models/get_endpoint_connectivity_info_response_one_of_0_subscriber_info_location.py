from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_endpoint_connectivity_info_response_one_of_0_subscriber_info_location_cell_global_id import (
        GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocationCellGlobalId,
    )


T = TypeVar("T", bound="GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocation")


@_attrs_define
class GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocation:
    """
    Attributes:
        current_location_retrieved (bool | Unset):
        age_of_location (float | Unset):
        cell_global_id (GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocationCellGlobalId | Unset):
    """

    current_location_retrieved: bool | Unset = UNSET
    age_of_location: float | Unset = UNSET
    cell_global_id: (
        GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocationCellGlobalId | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_location_retrieved = self.current_location_retrieved

        age_of_location = self.age_of_location

        cell_global_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cell_global_id, Unset):
            cell_global_id = self.cell_global_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_location_retrieved is not UNSET:
            field_dict["current_location_retrieved"] = current_location_retrieved
        if age_of_location is not UNSET:
            field_dict["age_of_location"] = age_of_location
        if cell_global_id is not UNSET:
            field_dict["cell_global_id"] = cell_global_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_endpoint_connectivity_info_response_one_of_0_subscriber_info_location_cell_global_id import (
            GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocationCellGlobalId,  # noqa: PLC0415
        )

        d = dict(src_dict)
        current_location_retrieved = d.pop("current_location_retrieved", UNSET)

        age_of_location = d.pop("age_of_location", UNSET)

        _cell_global_id = d.pop("cell_global_id", UNSET)
        cell_global_id: (
            GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocationCellGlobalId | Unset
        )
        if isinstance(_cell_global_id, Unset):
            cell_global_id = UNSET
        else:
            cell_global_id = GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocationCellGlobalId.from_dict(
                _cell_global_id
            )

        get_endpoint_connectivity_info_response_one_of_0_subscriber_info_location = cls(
            current_location_retrieved=current_location_retrieved,
            age_of_location=age_of_location,
            cell_global_id=cell_global_id,
        )

        get_endpoint_connectivity_info_response_one_of_0_subscriber_info_location.additional_properties = d
        return get_endpoint_connectivity_info_response_one_of_0_subscriber_info_location

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
