from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.validator_dto import ValidatorDto


T = TypeVar("T", bound="ConfigurationPropertiesDto")


@_attrs_define
class ConfigurationPropertiesDto:
    """
    Attributes:
        property_ (str):
        type_ (str):
        default (str):
        required (bool):
        description (str):
        validators (list[ValidatorDto]):
    """

    property_: str
    type_: str
    default: str
    required: bool
    description: str
    validators: list[ValidatorDto]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        property_ = self.property_

        type_ = self.type_

        default = self.default

        required = self.required

        description = self.description

        validators = []
        for validators_item_data in self.validators:
            validators_item = validators_item_data.to_dict()
            validators.append(validators_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "property": property_,
                "type": type_,
                "default": default,
                "required": required,
                "description": description,
                "validators": validators,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validator_dto import ValidatorDto  # noqa: PLC0415

        d = dict(src_dict)
        property_ = d.pop("property")

        type_ = d.pop("type")

        default = d.pop("default")

        required = d.pop("required")

        description = d.pop("description")

        validators = []
        _validators = d.pop("validators")
        for validators_item_data in _validators:
            validators_item = ValidatorDto.from_dict(validators_item_data)

            validators.append(validators_item)

        configuration_properties_dto = cls(
            property_=property_,
            type_=type_,
            default=default,
            required=required,
            description=description,
            validators=validators,
        )

        configuration_properties_dto.additional_properties = d
        return configuration_properties_dto

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
