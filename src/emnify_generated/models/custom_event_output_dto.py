from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.configuration_input_properties_dto import ConfigurationInputPropertiesDto
    from ..models.with_id_input_dto import WithIdInputDto


T = TypeVar("T", bound="CustomEventOutputDto")


@_attrs_define
class CustomEventOutputDto:
    """
    Attributes:
        organisation (WithIdInputDto | Unset):
        template (WithIdInputDto | Unset):
        configuration_properties (list[ConfigurationInputPropertiesDto] | Unset):
        name (str | Unset):
        id (str | Unset):
        supported_targeting_parameters (list[str] | Unset):
        supported_actions (list[str] | Unset):
        location (str | Unset):
    """

    organisation: WithIdInputDto | Unset = UNSET
    template: WithIdInputDto | Unset = UNSET
    configuration_properties: list[ConfigurationInputPropertiesDto] | Unset = UNSET
    name: str | Unset = UNSET
    id: str | Unset = UNSET
    supported_targeting_parameters: list[str] | Unset = UNSET
    supported_actions: list[str] | Unset = UNSET
    location: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organisation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organisation, Unset):
            organisation = self.organisation.to_dict()

        template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.template, Unset):
            template = self.template.to_dict()

        configuration_properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.configuration_properties, Unset):
            configuration_properties = []
            for configuration_properties_item_data in self.configuration_properties:
                configuration_properties_item = configuration_properties_item_data.to_dict()
                configuration_properties.append(configuration_properties_item)

        name = self.name

        id = self.id

        supported_targeting_parameters: list[str] | Unset = UNSET
        if not isinstance(self.supported_targeting_parameters, Unset):
            supported_targeting_parameters = self.supported_targeting_parameters

        supported_actions: list[str] | Unset = UNSET
        if not isinstance(self.supported_actions, Unset):
            supported_actions = self.supported_actions

        location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organisation is not UNSET:
            field_dict["organisation"] = organisation
        if template is not UNSET:
            field_dict["template"] = template
        if configuration_properties is not UNSET:
            field_dict["configuration_properties"] = configuration_properties
        if name is not UNSET:
            field_dict["name"] = name
        if id is not UNSET:
            field_dict["id"] = id
        if supported_targeting_parameters is not UNSET:
            field_dict["supportedTargetingParameters"] = supported_targeting_parameters
        if supported_actions is not UNSET:
            field_dict["supportedActions"] = supported_actions
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.configuration_input_properties_dto import ConfigurationInputPropertiesDto  # noqa: PLC0415
        from ..models.with_id_input_dto import WithIdInputDto  # noqa: PLC0415

        d = dict(src_dict)
        _organisation = d.pop("organisation", UNSET)
        organisation: WithIdInputDto | Unset
        if isinstance(_organisation, Unset):
            organisation = UNSET
        else:
            organisation = WithIdInputDto.from_dict(_organisation)

        _template = d.pop("template", UNSET)
        template: WithIdInputDto | Unset
        if isinstance(_template, Unset):
            template = UNSET
        else:
            template = WithIdInputDto.from_dict(_template)

        _configuration_properties = d.pop("configuration_properties", UNSET)
        configuration_properties: list[ConfigurationInputPropertiesDto] | Unset = UNSET
        if _configuration_properties is not UNSET:
            configuration_properties = []
            for configuration_properties_item_data in _configuration_properties:
                configuration_properties_item = ConfigurationInputPropertiesDto.from_dict(
                    configuration_properties_item_data
                )

                configuration_properties.append(configuration_properties_item)

        name = d.pop("name", UNSET)

        id = d.pop("id", UNSET)

        supported_targeting_parameters = cast(
            list[str], d.pop("supportedTargetingParameters", UNSET)
        )

        supported_actions = cast(list[str], d.pop("supportedActions", UNSET))

        location = d.pop("location", UNSET)

        custom_event_output_dto = cls(
            organisation=organisation,
            template=template,
            configuration_properties=configuration_properties,
            name=name,
            id=id,
            supported_targeting_parameters=supported_targeting_parameters,
            supported_actions=supported_actions,
            location=location,
        )

        custom_event_output_dto.additional_properties = d
        return custom_event_output_dto

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
