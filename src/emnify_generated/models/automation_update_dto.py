from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.configuration_input_properties_dto import ConfigurationInputPropertiesDto
    from ..models.configured_action_create_dto import ConfiguredActionCreateDto


T = TypeVar("T", bound="AutomationUpdateDto")


@_attrs_define
class AutomationUpdateDto:
    """
    Attributes:
        name (str):
        description (str):
        status (str):
        configured_actions (list[ConfiguredActionCreateDto]):
        targeting_properties (list[ConfigurationInputPropertiesDto]):
    """

    name: str
    description: str
    status: str
    configured_actions: list[ConfiguredActionCreateDto]
    targeting_properties: list[ConfigurationInputPropertiesDto]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        status = self.status

        configured_actions = []
        for configured_actions_item_data in self.configured_actions:
            configured_actions_item = configured_actions_item_data.to_dict()
            configured_actions.append(configured_actions_item)

        targeting_properties = []
        for targeting_properties_item_data in self.targeting_properties:
            targeting_properties_item = targeting_properties_item_data.to_dict()
            targeting_properties.append(targeting_properties_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "status": status,
                "configured_actions": configured_actions,
                "targeting_properties": targeting_properties,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.configuration_input_properties_dto import ConfigurationInputPropertiesDto  # noqa: PLC0415
        from ..models.configured_action_create_dto import ConfiguredActionCreateDto  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        status = d.pop("status")

        configured_actions = []
        _configured_actions = d.pop("configured_actions")
        for configured_actions_item_data in _configured_actions:
            configured_actions_item = ConfiguredActionCreateDto.from_dict(
                configured_actions_item_data
            )

            configured_actions.append(configured_actions_item)

        targeting_properties = []
        _targeting_properties = d.pop("targeting_properties")
        for targeting_properties_item_data in _targeting_properties:
            targeting_properties_item = ConfigurationInputPropertiesDto.from_dict(
                targeting_properties_item_data
            )

            targeting_properties.append(targeting_properties_item)

        automation_update_dto = cls(
            name=name,
            description=description,
            status=status,
            configured_actions=configured_actions,
            targeting_properties=targeting_properties,
        )

        automation_update_dto.additional_properties = d
        return automation_update_dto

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
