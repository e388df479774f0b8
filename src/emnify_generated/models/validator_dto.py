from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidatorDto")


@_attrs_define
class ValidatorDto:
    """
    Attributes:
        validator_type (None | str | Unset):
        validator_value (None | str | Unset):
    """

    validator_type: None | str | Unset = UNSET
    validator_value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        validator_type: None | str | Unset
        if isinstance(self.validator_type, Unset):
            validator_type = UNSET
        else:
            validator_type = self.validator_type

        validator_value: None | str | Unset
        if isinstance(self.validator_value, Unset):
            validator_value = UNSET
        else:
            validator_value = self.validator_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if validator_type is not UNSET:
            field_dict["validator_type"] = validator_type
        if validator_value is not UNSET:
            field_dict["validator_value"] = validator_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_validator_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        validator_type = _parse_validator_type(d.pop("validator_type", UNSET))

        def _parse_validator_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        validator_value = _parse_validator_value(d.pop("validator_value", UNSET))

        validator_dto = cls(
            validator_type=validator_type,
            validator_value=validator_value,
        )

        validator_dto.additional_properties = d
        return validator_dto

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
