from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutomationActionOutputDto")


@_attrs_define
class AutomationActionOutputDto:
    """
    Attributes:
        id (None | str | Unset):
        status (None | str | Unset):
        type_ (None | str | Unset):
        configuration_properties (list[str] | None | Unset):
        name (None | str | Unset):
        translation_key_name (None | str | Unset):
        description (None | str | Unset):
        translation_key_description (None | str | Unset):
        required_event_output_parameters (list[str] | None | Unset):
    """

    id: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    configuration_properties: list[str] | None | Unset = UNSET
    name: None | str | Unset = UNSET
    translation_key_name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    translation_key_description: None | str | Unset = UNSET
    required_event_output_parameters: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        configuration_properties: list[str] | None | Unset
        if isinstance(self.configuration_properties, Unset):
            configuration_properties = UNSET
        elif isinstance(self.configuration_properties, list):
            configuration_properties = self.configuration_properties

        else:
            configuration_properties = self.configuration_properties

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        translation_key_name: None | str | Unset
        if isinstance(self.translation_key_name, Unset):
            translation_key_name = UNSET
        else:
            translation_key_name = self.translation_key_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        translation_key_description: None | str | Unset
        if isinstance(self.translation_key_description, Unset):
            translation_key_description = UNSET
        else:
            translation_key_description = self.translation_key_description

        required_event_output_parameters: list[str] | None | Unset
        if isinstance(self.required_event_output_parameters, Unset):
            required_event_output_parameters = UNSET
        elif isinstance(self.required_event_output_parameters, list):
            required_event_output_parameters = self.required_event_output_parameters

        else:
            required_event_output_parameters = self.required_event_output_parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if configuration_properties is not UNSET:
            field_dict["configurationProperties"] = configuration_properties
        if name is not UNSET:
            field_dict["name"] = name
        if translation_key_name is not UNSET:
            field_dict["translationKeyName"] = translation_key_name
        if description is not UNSET:
            field_dict["description"] = description
        if translation_key_description is not UNSET:
            field_dict["translationKeyDescription"] = translation_key_description
        if required_event_output_parameters is not UNSET:
            field_dict["requiredEventOutputParameters"] = required_event_output_parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_configuration_properties(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                configuration_properties_type_0 = cast(list[str], data)

                return configuration_properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        configuration_properties = _parse_configuration_properties(
            d.pop("configurationProperties", UNSET)
        )

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_translation_key_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        translation_key_name = _parse_translation_key_name(d.pop("translationKeyName", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_translation_key_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        translation_key_description = _parse_translation_key_description(
            d.pop("translationKeyDescription", UNSET)
        )

        def _parse_required_event_output_parameters(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                required_event_output_parameters_type_0 = cast(list[str], data)

                return required_event_output_parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        required_event_output_parameters = _parse_required_event_output_parameters(
            d.pop("requiredEventOutputParameters", UNSET)
        )

        automation_action_output_dto = cls(
            id=id,
            status=status,
            type_=type_,
            configuration_properties=configuration_properties,
            name=name,
            translation_key_name=translation_key_name,
            description=description,
            translation_key_description=translation_key_description,
            required_event_output_parameters=required_event_output_parameters,
        )

        automation_action_output_dto.additional_properties = d
        return automation_action_output_dto

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
