from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AutomationActionOutputDto")


@_attrs_define
class AutomationActionOutputDto:
    """
    Attributes:
        id (str):
        status (str):
        type_ (str):
        configuration_properties (list[str]):
        name (str):
        translation_key_name (str):
        description (str):
        translation_key_description (str):
        required_event_output_parameters (list[str]):
    """

    id: str
    status: str
    type_: str
    configuration_properties: list[str]
    name: str
    translation_key_name: str
    description: str
    translation_key_description: str
    required_event_output_parameters: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        type_ = self.type_

        configuration_properties = self.configuration_properties

        name = self.name

        translation_key_name = self.translation_key_name

        description = self.description

        translation_key_description = self.translation_key_description

        required_event_output_parameters = self.required_event_output_parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "type": type_,
                "configurationProperties": configuration_properties,
                "name": name,
                "translationKeyName": translation_key_name,
                "description": description,
                "translationKeyDescription": translation_key_description,
                "requiredEventOutputParameters": required_event_output_parameters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status")

        type_ = d.pop("type")

        configuration_properties = cast(list[str], d.pop("configurationProperties"))

        name = d.pop("name")

        translation_key_name = d.pop("translationKeyName")

        description = d.pop("description")

        translation_key_description = d.pop("translationKeyDescription")

        required_event_output_parameters = cast(list[str], d.pop("requiredEventOutputParameters"))

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
