from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AcceptUserInvitationBody")


@_attrs_define
class AcceptUserInvitationBody:
    """
    Attributes:
        activation_key (str):
        password (str | Unset):
        name (str | Unset):
    """

    activation_key: str
    password: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activation_key = self.activation_key

        password = self.password

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activationKey": activation_key,
            }
        )
        if password is not UNSET:
            field_dict["password"] = password
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        activation_key = d.pop("activationKey")

        password = d.pop("password", UNSET)

        name = d.pop("name", UNSET)

        accept_user_invitation_body = cls(
            activation_key=activation_key,
            password=password,
            name=name,
        )

        accept_user_invitation_body.additional_properties = d
        return accept_user_invitation_body

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
