from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.actionable_event_output_dto import ActionableEventOutputDto
    from ..models.configuration_input_properties_dto import ConfigurationInputPropertiesDto
    from ..models.configured_action_output_dto import ConfiguredActionOutputDto
    from ..models.with_id_input_dto import WithIdInputDto


T = TypeVar("T", bound="AutomationOutputDto")


@_attrs_define
class AutomationOutputDto:
    """
    Attributes:
        id (str):
        name (str):
        description (str):
        status (str):
        organisation (WithIdInputDto):
        number_of_executions (float):
        last_execution (str):
        created_at (str):
        modified_at (str):
        actionable_event (ActionableEventOutputDto):
        configured_actions (list[ConfiguredActionOutputDto]):
        targeting_properties (list[ConfigurationInputPropertiesDto]):
    """

    id: str
    name: str
    description: str
    status: str
    organisation: WithIdInputDto
    number_of_executions: float
    last_execution: str
    created_at: str
    modified_at: str
    actionable_event: ActionableEventOutputDto
    configured_actions: list[ConfiguredActionOutputDto]
    targeting_properties: list[ConfigurationInputPropertiesDto]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        status = self.status

        organisation = self.organisation.to_dict()

        number_of_executions = self.number_of_executions

        last_execution = self.last_execution

        created_at = self.created_at

        modified_at = self.modified_at

        actionable_event = self.actionable_event.to_dict()

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
                "id": id,
                "name": name,
                "description": description,
                "status": status,
                "organisation": organisation,
                "number_of_executions": number_of_executions,
                "last_execution": last_execution,
                "created_at": created_at,
                "modified_at": modified_at,
                "actionable_event": actionable_event,
                "configured_actions": configured_actions,
                "targeting_properties": targeting_properties,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actionable_event_output_dto import ActionableEventOutputDto  # noqa: PLC0415
        from ..models.configuration_input_properties_dto import ConfigurationInputPropertiesDto  # noqa: PLC0415
        from ..models.configured_action_output_dto import ConfiguredActionOutputDto  # noqa: PLC0415
        from ..models.with_id_input_dto import WithIdInputDto  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description")

        status = d.pop("status")

        organisation = WithIdInputDto.from_dict(d.pop("organisation"))

        number_of_executions = d.pop("number_of_executions")

        last_execution = d.pop("last_execution")

        created_at = d.pop("created_at")

        modified_at = d.pop("modified_at")

        actionable_event = ActionableEventOutputDto.from_dict(d.pop("actionable_event"))

        configured_actions = []
        _configured_actions = d.pop("configured_actions")
        for configured_actions_item_data in _configured_actions:
            configured_actions_item = ConfiguredActionOutputDto.from_dict(
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

        automation_output_dto = cls(
            id=id,
            name=name,
            description=description,
            status=status,
            organisation=organisation,
            number_of_executions=number_of_executions,
            last_execution=last_execution,
            created_at=created_at,
            modified_at=modified_at,
            actionable_event=actionable_event,
            configured_actions=configured_actions,
            targeting_properties=targeting_properties,
        )

        automation_output_dto.additional_properties = d
        return automation_output_dto

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
