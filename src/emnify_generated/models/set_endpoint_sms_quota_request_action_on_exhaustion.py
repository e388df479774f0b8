from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.set_endpoint_sms_quota_request_action_on_exhaustion_description import (
    SetEndpointSmsQuotaRequestActionOnExhaustionDescription,
)
from ..models.set_endpoint_sms_quota_request_action_on_exhaustion_id import (
    SetEndpointSmsQuotaRequestActionOnExhaustionId,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SetEndpointSmsQuotaRequestActionOnExhaustion")


@_attrs_define
class SetEndpointSmsQuotaRequestActionOnExhaustion:
    """
    Attributes:
        id (SetEndpointSmsQuotaRequestActionOnExhaustionId | str):
        description (SetEndpointSmsQuotaRequestActionOnExhaustionDescription | str | Unset):
    """

    id: SetEndpointSmsQuotaRequestActionOnExhaustionId | str
    description: SetEndpointSmsQuotaRequestActionOnExhaustionDescription | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str
        if isinstance(self.id, SetEndpointSmsQuotaRequestActionOnExhaustionId):
            id = self.id.value
        else:
            id = self.id

        description: str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        elif isinstance(self.description, SetEndpointSmsQuotaRequestActionOnExhaustionDescription):
            description = self.description.value
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> SetEndpointSmsQuotaRequestActionOnExhaustionId | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_set_endpoint_sms_quota_request_action_on_exhaustion_id_set_endpoint_sms_quota_request_action_on_exhaustion_id = SetEndpointSmsQuotaRequestActionOnExhaustionId(
                    data
                )

                return componentsschemas_set_endpoint_sms_quota_request_action_on_exhaustion_id_set_endpoint_sms_quota_request_action_on_exhaustion_id
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SetEndpointSmsQuotaRequestActionOnExhaustionId | str, data)

        id = _parse_id(d.pop("id"))

        def _parse_description(
            data: object,
        ) -> SetEndpointSmsQuotaRequestActionOnExhaustionDescription | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_set_endpoint_sms_quota_request_action_on_exhaustion_description_set_endpoint_sms_quota_request_action_on_exhaustion_description = SetEndpointSmsQuotaRequestActionOnExhaustionDescription(
                    data
                )

                return componentsschemas_set_endpoint_sms_quota_request_action_on_exhaustion_description_set_endpoint_sms_quota_request_action_on_exhaustion_description
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SetEndpointSmsQuotaRequestActionOnExhaustionDescription | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        set_endpoint_sms_quota_request_action_on_exhaustion = cls(
            id=id,
            description=description,
        )

        set_endpoint_sms_quota_request_action_on_exhaustion.additional_properties = d
        return set_endpoint_sms_quota_request_action_on_exhaustion

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
