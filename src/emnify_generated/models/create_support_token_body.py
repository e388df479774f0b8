from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_support_token_request_role import CreateSupportTokenRequestRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSupportTokenBody")


@_attrs_define
class CreateSupportTokenBody:
    """
    Attributes:
        role (CreateSupportTokenRequestRole | str | Unset):
    """

    role: CreateSupportTokenRequestRole | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role: str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, CreateSupportTokenRequestRole):
            role = self.role.value
        else:
            role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_role(data: object) -> CreateSupportTokenRequestRole | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_create_support_token_request_role_create_support_token_request_role = CreateSupportTokenRequestRole(
                    data
                )

                return componentsschemas_create_support_token_request_role_create_support_token_request_role
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateSupportTokenRequestRole | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        create_support_token_body = cls(
            role=role,
        )

        create_support_token_body.additional_properties = d
        return create_support_token_body

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
