from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.configuration_properties_dto import ConfigurationPropertiesDto
    from ..models.supported_targeting_parameters_dto import SupportedTargetingParametersDto
    from ..models.with_id_input_dto import WithIdInputDto


T = TypeVar("T", bound="CustomEventTemplateOutputDto")


@_attrs_define
class CustomEventTemplateOutputDto:
    """
    Attributes:
        id (str):
        parent_organisation (WithIdInputDto):
        name (str):
        translation_key_name (str):
        status (str):
        description (str):
        translation_key_description (str):
        configuration_properties (list[ConfigurationPropertiesDto]):
        supported_targeting_parameters (list[SupportedTargetingParametersDto]):
    """

    id: str
    parent_organisation: WithIdInputDto
    name: str
    translation_key_name: str
    status: str
    description: str
    translation_key_description: str
    configuration_properties: list[ConfigurationPropertiesDto]
    supported_targeting_parameters: list[SupportedTargetingParametersDto]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        parent_organisation = self.parent_organisation.to_dict()

        name = self.name

        translation_key_name = self.translation_key_name

        status = self.status

        description = self.description

        translation_key_description = self.translation_key_description

        configuration_properties = []
        for configuration_properties_item_data in self.configuration_properties:
            configuration_properties_item = configuration_properties_item_data.to_dict()
            configuration_properties.append(configuration_properties_item)

        supported_targeting_parameters = []
        for supported_targeting_parameters_item_data in self.supported_targeting_parameters:
            supported_targeting_parameters_item = supported_targeting_parameters_item_data.to_dict()
            supported_targeting_parameters.append(supported_targeting_parameters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "parent_organisation": parent_organisation,
                "name": name,
                "translationKeyName": translation_key_name,
                "status": status,
                "description": description,
                "translationKeyDescription": translation_key_description,
                "configuration_properties": configuration_properties,
                "supported_targeting_parameters": supported_targeting_parameters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.configuration_properties_dto import ConfigurationPropertiesDto  # noqa: PLC0415
        from ..models.supported_targeting_parameters_dto import SupportedTargetingParametersDto  # noqa: PLC0415
        from ..models.with_id_input_dto import WithIdInputDto  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        parent_organisation = WithIdInputDto.from_dict(d.pop("parent_organisation"))

        name = d.pop("name")

        translation_key_name = d.pop("translationKeyName")

        status = d.pop("status")

        description = d.pop("description")

        translation_key_description = d.pop("translationKeyDescription")

        configuration_properties = []
        _configuration_properties = d.pop("configuration_properties")
        for configuration_properties_item_data in _configuration_properties:
            configuration_properties_item = ConfigurationPropertiesDto.from_dict(
                configuration_properties_item_data
            )

            configuration_properties.append(configuration_properties_item)

        supported_targeting_parameters = []
        _supported_targeting_parameters = d.pop("supported_targeting_parameters")
        for supported_targeting_parameters_item_data in _supported_targeting_parameters:
            supported_targeting_parameters_item = SupportedTargetingParametersDto.from_dict(
                supported_targeting_parameters_item_data
            )

            supported_targeting_parameters.append(supported_targeting_parameters_item)

        custom_event_template_output_dto = cls(
            id=id,
            parent_organisation=parent_organisation,
            name=name,
            translation_key_name=translation_key_name,
            status=status,
            description=description,
            translation_key_description=translation_key_description,
            configuration_properties=configuration_properties,
            supported_targeting_parameters=supported_targeting_parameters,
        )

        custom_event_template_output_dto.additional_properties = d
        return custom_event_template_output_dto

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
