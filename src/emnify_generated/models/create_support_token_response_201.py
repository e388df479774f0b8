from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSupportTokenResponse201")


@_attrs_define
class CreateSupportTokenResponse201:
    """
    Attributes:
        support_token (str | Unset):
        id (int | Unset):
        location (str | Unset):
    """

    support_token: str | Unset = UNSET
    id: int | Unset = UNSET
    location: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        support_token = self.support_token

        id = self.id

        location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if support_token is not UNSET:
            field_dict["support_token"] = support_token
        if id is not UNSET:
            field_dict["id"] = id
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        support_token = d.pop("support_token", UNSET)

        id = d.pop("id", UNSET)

        location = d.pop("location", UNSET)

        create_support_token_response_201 = cls(
            support_token=support_token,
            id=id,
            location=location,
        )

        create_support_token_response_201.additional_properties = d
        return create_support_token_response_201

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
