from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.configuration_parameter_dto import ConfigurationParameterDto
    from ..models.with_id_input_dto import WithIdInputDto


T = TypeVar("T", bound="SystemEventOutputDto")


@_attrs_define
class SystemEventOutputDto:
    """
    Attributes:
        id (str):
        parent_org (WithIdInputDto):
        event_type (WithIdInputDto):
        name (str):
        translation_key_name (str):
        description (str):
        translation_key_description (str):
        supported_targeting_parameters (list[str]):
        event_output_parameters (list[ConfigurationParameterDto]):
        supported_actions (list[str]):
    """

    id: str
    parent_org: WithIdInputDto
    event_type: WithIdInputDto
    name: str
    translation_key_name: str
    description: str
    translation_key_description: str
    supported_targeting_parameters: list[str]
    event_output_parameters: list[ConfigurationParameterDto]
    supported_actions: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        parent_org = self.parent_org.to_dict()

        event_type = self.event_type.to_dict()

        name = self.name

        translation_key_name = self.translation_key_name

        description = self.description

        translation_key_description = self.translation_key_description

        supported_targeting_parameters = self.supported_targeting_parameters

        event_output_parameters = []
        for event_output_parameters_item_data in self.event_output_parameters:
            event_output_parameters_item = event_output_parameters_item_data.to_dict()
            event_output_parameters.append(event_output_parameters_item)

        supported_actions = self.supported_actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "parentOrg": parent_org,
                "eventType": event_type,
                "name": name,
                "translationKeyName": translation_key_name,
                "description": description,
                "translationKeyDescription": translation_key_description,
                "supportedTargetingParameters": supported_targeting_parameters,
                "eventOutputParameters": event_output_parameters,
                "supportedActions": supported_actions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.configuration_parameter_dto import ConfigurationParameterDto  # noqa: PLC0415
        from ..models.with_id_input_dto import WithIdInputDto  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        parent_org = WithIdInputDto.from_dict(d.pop("parentOrg"))

        event_type = WithIdInputDto.from_dict(d.pop("eventType"))

        name = d.pop("name")

        translation_key_name = d.pop("translationKeyName")

        description = d.pop("description")

        translation_key_description = d.pop("translationKeyDescription")

        supported_targeting_parameters = cast(list[str], d.pop("supportedTargetingParameters"))

        event_output_parameters = []
        _event_output_parameters = d.pop("eventOutputParameters")
        for event_output_parameters_item_data in _event_output_parameters:
            event_output_parameters_item = ConfigurationParameterDto.from_dict(
                event_output_parameters_item_data
            )

            event_output_parameters.append(event_output_parameters_item)

        supported_actions = cast(list[str], d.pop("supportedActions"))

        system_event_output_dto = cls(
            id=id,
            parent_org=parent_org,
            event_type=event_type,
            name=name,
            translation_key_name=translation_key_name,
            description=description,
            translation_key_description=translation_key_description,
            supported_targeting_parameters=supported_targeting_parameters,
            event_output_parameters=event_output_parameters,
            supported_actions=supported_actions,
        )

        system_event_output_dto.additional_properties = d
        return system_event_output_dto

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
