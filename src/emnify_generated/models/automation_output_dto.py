from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        id (str | Unset):
        name (str | Unset):
        description (str | Unset):
        status (str | Unset):
        organisation (WithIdInputDto | Unset):
        number_of_executions (float | Unset):
        last_execution (str | Unset):
        created_at (str | Unset):
        modified_at (str | Unset):
        actionable_event (ActionableEventOutputDto | Unset):
        configured_actions (list[ConfiguredActionOutputDto] | Unset):
        targeting_properties (list[ConfigurationInputPropertiesDto] | Unset):
        location (str | Unset):
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    status: str | Unset = UNSET
    organisation: WithIdInputDto | Unset = UNSET
    number_of_executions: float | Unset = UNSET
    last_execution: str | Unset = UNSET
    created_at: str | Unset = UNSET
    modified_at: str | Unset = UNSET
    actionable_event: ActionableEventOutputDto | Unset = UNSET
    configured_actions: list[ConfiguredActionOutputDto] | Unset = UNSET
    targeting_properties: list[ConfigurationInputPropertiesDto] | Unset = UNSET
    location: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        status = self.status

        organisation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organisation, Unset):
            organisation = self.organisation.to_dict()

        number_of_executions = self.number_of_executions

        last_execution = self.last_execution

        created_at = self.created_at

        modified_at = self.modified_at

        actionable_event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actionable_event, Unset):
            actionable_event = self.actionable_event.to_dict()

        configured_actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.configured_actions, Unset):
            configured_actions = []
            for configured_actions_item_data in self.configured_actions:
                configured_actions_item = configured_actions_item_data.to_dict()
                configured_actions.append(configured_actions_item)

        targeting_properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.targeting_properties, Unset):
            targeting_properties = []
            for targeting_properties_item_data in self.targeting_properties:
                targeting_properties_item = targeting_properties_item_data.to_dict()
                targeting_properties.append(targeting_properties_item)

        location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if organisation is not UNSET:
            field_dict["organisation"] = organisation
        if number_of_executions is not UNSET:
            field_dict["number_of_executions"] = number_of_executions
        if last_execution is not UNSET:
            field_dict["last_execution"] = last_execution
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at
        if actionable_event is not UNSET:
            field_dict["actionable_event"] = actionable_event
        if configured_actions is not UNSET:
            field_dict["configured_actions"] = configured_actions
        if targeting_properties is not UNSET:
            field_dict["targeting_properties"] = targeting_properties
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actionable_event_output_dto import ActionableEventOutputDto  # noqa: PLC0415
        from ..models.configuration_input_properties_dto import ConfigurationInputPropertiesDto  # noqa: PLC0415
        from ..models.configured_action_output_dto import ConfiguredActionOutputDto  # noqa: PLC0415
        from ..models.with_id_input_dto import WithIdInputDto  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        status = d.pop("status", UNSET)

        _organisation = d.pop("organisation", UNSET)
        organisation: WithIdInputDto | Unset
        if isinstance(_organisation, Unset):
            organisation = UNSET
        else:
            organisation = WithIdInputDto.from_dict(_organisation)

        number_of_executions = d.pop("number_of_executions", UNSET)

        last_execution = d.pop("last_execution", UNSET)

        created_at = d.pop("created_at", UNSET)

        modified_at = d.pop("modified_at", UNSET)

        _actionable_event = d.pop("actionable_event", UNSET)
        actionable_event: ActionableEventOutputDto | Unset
        if isinstance(_actionable_event, Unset):
            actionable_event = UNSET
        else:
            actionable_event = ActionableEventOutputDto.from_dict(_actionable_event)

        _configured_actions = d.pop("configured_actions", UNSET)
        configured_actions: list[ConfiguredActionOutputDto] | Unset = UNSET
        if _configured_actions is not UNSET:
            configured_actions = []
            for configured_actions_item_data in _configured_actions:
                configured_actions_item = ConfiguredActionOutputDto.from_dict(
                    configured_actions_item_data
                )

                configured_actions.append(configured_actions_item)

        _targeting_properties = d.pop("targeting_properties", UNSET)
        targeting_properties: list[ConfigurationInputPropertiesDto] | Unset = UNSET
        if _targeting_properties is not UNSET:
            targeting_properties = []
            for targeting_properties_item_data in _targeting_properties:
                targeting_properties_item = ConfigurationInputPropertiesDto.from_dict(
                    targeting_properties_item_data
                )

                targeting_properties.append(targeting_properties_item)

        location = d.pop("location", UNSET)

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
            location=location,
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
