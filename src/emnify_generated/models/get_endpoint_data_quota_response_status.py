from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_endpoint_data_quota_response_status_description import (
    GetEndpointDataQuotaResponseStatusDescription,
)
from ..models.get_endpoint_data_quota_response_status_id import GetEndpointDataQuotaResponseStatusId
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetEndpointDataQuotaResponseStatus")


@_attrs_define
class GetEndpointDataQuotaResponseStatus:
    """
    Attributes:
        description (GetEndpointDataQuotaResponseStatusDescription | None | str | Unset):
        id (GetEndpointDataQuotaResponseStatusId | None | str | Unset):
    """

    description: GetEndpointDataQuotaResponseStatusDescription | None | str | Unset = UNSET
    id: GetEndpointDataQuotaResponseStatusId | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        elif isinstance(self.description, GetEndpointDataQuotaResponseStatusDescription):
            description = self.description.value
        else:
            description = self.description

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, GetEndpointDataQuotaResponseStatusId):
            id = self.id.value
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_description(
            data: object,
        ) -> GetEndpointDataQuotaResponseStatusDescription | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_get_endpoint_data_quota_response_status_description_get_endpoint_data_quota_response_status_description = GetEndpointDataQuotaResponseStatusDescription(
                    data
                )

                return componentsschemas_get_endpoint_data_quota_response_status_description_get_endpoint_data_quota_response_status_description
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetEndpointDataQuotaResponseStatusDescription | None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_id(data: object) -> GetEndpointDataQuotaResponseStatusId | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_get_endpoint_data_quota_response_status_id_get_endpoint_data_quota_response_status_id = GetEndpointDataQuotaResponseStatusId(
                    data
                )

                return componentsschemas_get_endpoint_data_quota_response_status_id_get_endpoint_data_quota_response_status_id
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetEndpointDataQuotaResponseStatusId | None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        get_endpoint_data_quota_response_status = cls(
            description=description,
            id=id,
        )

        get_endpoint_data_quota_response_status.additional_properties = d
        return get_endpoint_data_quota_response_status

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
