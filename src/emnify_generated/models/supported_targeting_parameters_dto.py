from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validator_dto import ValidatorDto


T = TypeVar("T", bound="SupportedTargetingParametersDto")


@_attrs_define
class SupportedTargetingParametersDto:
    """
    Attributes:
        parameter (None | str | Unset):
        type_ (None | str | Unset):
        description (None | str | Unset):
        validators (list[ValidatorDto] | None | Unset):
    """

    parameter: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    validators: list[ValidatorDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parameter: None | str | Unset
        if isinstance(self.parameter, Unset):
            parameter = UNSET
        else:
            parameter = self.parameter

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        validators: list[dict[str, Any]] | None | Unset
        if isinstance(self.validators, Unset):
            validators = UNSET
        elif isinstance(self.validators, list):
            validators = []
            for validators_type_0_item_data in self.validators:
                validators_type_0_item = validators_type_0_item_data.to_dict()
                validators.append(validators_type_0_item)

        else:
            validators = self.validators

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parameter is not UNSET:
            field_dict["parameter"] = parameter
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if validators is not UNSET:
            field_dict["validators"] = validators

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validator_dto import ValidatorDto  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_parameter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parameter = _parse_parameter(d.pop("parameter", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_validators(data: object) -> list[ValidatorDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                validators_type_0 = []
                _validators_type_0 = data
                for validators_type_0_item_data in _validators_type_0:
                    validators_type_0_item = ValidatorDto.from_dict(validators_type_0_item_data)

                    validators_type_0.append(validators_type_0_item)

                return validators_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ValidatorDto] | None | Unset, data)

        validators = _parse_validators(d.pop("validators", UNSET))

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
