from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_float
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
        current_location_retrieved (bool | None | Unset):
        age_of_location (float | None | Unset):
        cell_global_id (GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocationCellGlobalId | None | Unset):
    """

    current_location_retrieved: bool | None | Unset = UNSET
    age_of_location: float | None | Unset = UNSET
    cell_global_id: (
        GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocationCellGlobalId | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_endpoint_connectivity_info_response_one_of_0_subscriber_info_location_cell_global_id import (
            GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocationCellGlobalId,  # noqa: PLC0415
        )

        current_location_retrieved: bool | None | Unset
        if isinstance(self.current_location_retrieved, Unset):
            current_location_retrieved = UNSET
        else:
            current_location_retrieved = self.current_location_retrieved

        age_of_location: float | None | Unset
        if isinstance(self.age_of_location, Unset):
            age_of_location = UNSET
        else:
            age_of_location = self.age_of_location

        cell_global_id: dict[str, Any] | None | Unset
        if isinstance(self.cell_global_id, Unset):
            cell_global_id = UNSET
        elif isinstance(
            self.cell_global_id,
            GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocationCellGlobalId,
        ):
            cell_global_id = self.cell_global_id.to_dict()
        else:
            cell_global_id = self.cell_global_id

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

        def _parse_current_location_retrieved(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        current_location_retrieved = _parse_current_location_retrieved(
            d.pop("current_location_retrieved", UNSET)
        )

        def _parse_age_of_location(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        age_of_location = _parse_age_of_location(d.pop("age_of_location", UNSET))

        def _parse_cell_global_id(
            data: object,
        ) -> (
            GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocationCellGlobalId
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cell_global_id_type_0 = GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocationCellGlobalId.from_dict(
                    data
                )

                return cell_global_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                GetEndpointConnectivityInfoResponseOneOf0SubscriberInfoLocationCellGlobalId
                | None
                | Unset,
                data,
            )

        cell_global_id = _parse_cell_global_id(d.pop("cell_global_id", UNSET))

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
