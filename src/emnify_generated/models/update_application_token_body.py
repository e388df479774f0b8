from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_application_token_request_status import UpdateApplicationTokenRequestStatus


T = TypeVar("T", bound="UpdateApplicationTokenBody")


@_attrs_define
class UpdateApplicationTokenBody:
    """
    Attributes:
        description (str | Unset):
        status (UpdateApplicationTokenRequestStatus | Unset):
    """

    description: str | Unset = UNSET
    status: UpdateApplicationTokenRequestStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_application_token_request_status import (
            UpdateApplicationTokenRequestStatus,  # noqa: PLC0415
        )

        d = dict(src_dict)
        description = d.pop("description", UNSET)

        _status = d.pop("status", UNSET)
        status: UpdateApplicationTokenRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = UpdateApplicationTokenRequestStatus.from_dict(_status)

        update_application_token_body = cls(
            description=description,
            status=status,
        )

        update_application_token_body.additional_properties = d
        return update_application_token_body

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
