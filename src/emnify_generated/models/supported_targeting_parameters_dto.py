from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.validator_dto import ValidatorDto


T = TypeVar("T", bound="SupportedTargetingParametersDto")


@_attrs_define
class SupportedTargetingParametersDto:
    """
    Attributes:
        parameter (str):
        type_ (str):
        description (str):
        validators (list[ValidatorDto]):
    """

    parameter: str
    type_: str
    description: str
    validators: list[ValidatorDto]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parameter = self.parameter

        type_ = self.type_

        description = self.description

        validators = []
        for validators_item_data in self.validators:
            validators_item = validators_item_data.to_dict()
            validators.append(validators_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parameter": parameter,
                "type": type_,
                "description": description,
                "validators": validators,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validator_dto import ValidatorDto  # noqa: PLC0415

        d = dict(src_dict)
        parameter = d.pop("parameter")

        type_ = d.pop("type")

        description = d.pop("description")

        validators = []
        _validators = d.pop("validators")
        for validators_item_data in _validators:
            validators_item = ValidatorDto.from_dict(validators_item_data)

            validators.append(validators_item)

        supported_targeting_parameters_dto = cls(
            parameter=parameter,
            type_=type_,
            description=description,
            validators=validators,
        )

        supported_targeting_parameters_dto.additional_properties = d
        return supported_targeting_parameters_dto

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
