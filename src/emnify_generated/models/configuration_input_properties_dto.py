from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConfigurationInputPropertiesDto")


@_attrs_define
class ConfigurationInputPropertiesDto:
    """
    Attributes:
        property_ (str):
        value (str):
        value_array (list[str]):
    """

    property_: str
    value: str
    value_array: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_

        value = self.value

        value_array = self.value_array

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property_,
                "value": value,
                "value_array": value_array,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        property_ = d.pop("property")

        value = d.pop("value")

        value_array = cast(list[str], d.pop("value_array"))

        configuration_input_properties_dto = cls(
            property_=property_,
            value=value,
            value_array=value_array,
        )

        configuration_input_properties_dto.additional_properties = d
        return configuration_input_properties_dto

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
