from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_endpoint_data_quota_response_action_on_exhaustion_description import (
    GetEndpointDataQuotaResponseActionOnExhaustionDescription,
)
from ..models.get_endpoint_data_quota_response_action_on_exhaustion_id import (
    GetEndpointDataQuotaResponseActionOnExhaustionId,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetEndpointDataQuotaResponseActionOnExhaustion")


@_attrs_define
class GetEndpointDataQuotaResponseActionOnExhaustion:
    """
    Attributes:
        id (GetEndpointDataQuotaResponseActionOnExhaustionId | None | str | Unset):
        description (GetEndpointDataQuotaResponseActionOnExhaustionDescription | None | str | Unset):
    """

    id: GetEndpointDataQuotaResponseActionOnExhaustionId | None | str | Unset = UNSET
    description: GetEndpointDataQuotaResponseActionOnExhaustionDescription | None | str | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, GetEndpointDataQuotaResponseActionOnExhaustionId):
            id = self.id.value
        else:
            id = self.id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        elif isinstance(
            self.description, GetEndpointDataQuotaResponseActionOnExhaustionDescription
        ):
            description = self.description.value
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(
            data: object,
        ) -> GetEndpointDataQuotaResponseActionOnExhaustionId | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_get_endpoint_data_quota_response_action_on_exhaustion_id_get_endpoint_data_quota_response_action_on_exhaustion_id = GetEndpointDataQuotaResponseActionOnExhaustionId(
                    data
                )

                return componentsschemas_get_endpoint_data_quota_response_action_on_exhaustion_id_get_endpoint_data_quota_response_action_on_exhaustion_id
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetEndpointDataQuotaResponseActionOnExhaustionId | None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_description(
            data: object,
        ) -> GetEndpointDataQuotaResponseActionOnExhaustionDescription | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_get_endpoint_data_quota_response_action_on_exhaustion_description_get_endpoint_data_quota_response_action_on_exhaustion_description = GetEndpointDataQuotaResponseActionOnExhaustionDescription(
                    data
                )

                return componentsschemas_get_endpoint_data_quota_response_action_on_exhaustion_description_get_endpoint_data_quota_response_action_on_exhaustion_description
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                GetEndpointDataQuotaResponseActionOnExhaustionDescription | None | str | Unset, data
            )

        description = _parse_description(d.pop("description", UNSET))

        get_endpoint_data_quota_response_action_on_exhaustion = cls(
            id=id,
            description=description,
        )

        get_endpoint_data_quota_response_action_on_exhaustion.additional_properties = d
        return get_endpoint_data_quota_response_action_on_exhaustion

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
