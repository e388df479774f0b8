from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_float
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
        id (None | str | Unset):
        name (None | str | Unset):
        description (None | str | Unset):
        status (None | str | Unset):
        organisation (None | Unset | WithIdInputDto):
        number_of_executions (float | None | Unset):
        last_execution (None | str | Unset):
        created_at (None | str | Unset):
        modified_at (None | str | Unset):
        actionable_event (ActionableEventOutputDto | None | Unset):
        configured_actions (list[ConfiguredActionOutputDto] | None | Unset):
        targeting_properties (list[ConfigurationInputPropertiesDto] | None | Unset):
        location (None | str | Unset):
    """

    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    organisation: None | Unset | WithIdInputDto = UNSET
    number_of_executions: float | None | Unset = UNSET
    last_execution: None | str | Unset = UNSET
    created_at: None | str | Unset = UNSET
    modified_at: None | str | Unset = UNSET
    actionable_event: ActionableEventOutputDto | None | Unset = UNSET
    configured_actions: list[ConfiguredActionOutputDto] | None | Unset = UNSET
    targeting_properties: list[ConfigurationInputPropertiesDto] | None | Unset = UNSET
    location: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.actionable_event_output_dto import ActionableEventOutputDto  # noqa: PLC0415
        from ..models.with_id_input_dto import WithIdInputDto  # noqa: PLC0415

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        organisation: dict[str, Any] | None | Unset
        if isinstance(self.organisation, Unset):
            organisation = UNSET
        elif isinstance(self.organisation, WithIdInputDto):
            organisation = self.organisation.to_dict()
        else:
            organisation = self.organisation

        number_of_executions: float | None | Unset
        if isinstance(self.number_of_executions, Unset):
            number_of_executions = UNSET
        else:
            number_of_executions = self.number_of_executions

        last_execution: None | str | Unset
        if isinstance(self.last_execution, Unset):
            last_execution = UNSET
        else:
            last_execution = self.last_execution

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        modified_at: None | str | Unset
        if isinstance(self.modified_at, Unset):
            modified_at = UNSET
        else:
            modified_at = self.modified_at

        actionable_event: dict[str, Any] | None | Unset
        if isinstance(self.actionable_event, Unset):
            actionable_event = UNSET
        elif isinstance(self.actionable_event, ActionableEventOutputDto):
            actionable_event = self.actionable_event.to_dict()
        else:
            actionable_event = self.actionable_event

        configured_actions: list[dict[str, Any]] | None | Unset
        if isinstance(self.configured_actions, Unset):
            configured_actions = UNSET
        elif isinstance(self.configured_actions, list):
            configured_actions = []
            for configured_actions_type_0_item_data in self.configured_actions:
                configured_actions_type_0_item = configured_actions_type_0_item_data.to_dict()
                configured_actions.append(configured_actions_type_0_item)

        else:
            configured_actions = self.configured_actions

        targeting_properties: list[dict[str, Any]] | None | Unset
        if isinstance(self.targeting_properties, Unset):
            targeting_properties = UNSET
        elif isinstance(self.targeting_properties, list):
            targeting_properties = []
            for targeting_properties_type_0_item_data in self.targeting_properties:
                targeting_properties_type_0_item = targeting_properties_type_0_item_data.to_dict()
                targeting_properties.append(targeting_properties_type_0_item)

        else:
            targeting_properties = self.targeting_properties

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
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

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_organisation(data: object) -> None | Unset | WithIdInputDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                organisation_type_0 = WithIdInputDto.from_dict(data)

                return organisation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WithIdInputDto, data)

        organisation = _parse_organisation(d.pop("organisation", UNSET))

        def _parse_number_of_executions(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        number_of_executions = _parse_number_of_executions(d.pop("number_of_executions", UNSET))

        def _parse_last_execution(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_execution = _parse_last_execution(d.pop("last_execution", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_modified_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        modified_at = _parse_modified_at(d.pop("modified_at", UNSET))

        def _parse_actionable_event(data: object) -> ActionableEventOutputDto | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                actionable_event_type_0 = ActionableEventOutputDto.from_dict(data)

                return actionable_event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActionableEventOutputDto | None | Unset, data)

        actionable_event = _parse_actionable_event(d.pop("actionable_event", UNSET))

        def _parse_configured_actions(
            data: object,
        ) -> list[ConfiguredActionOutputDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                configured_actions_type_0 = []
                _configured_actions_type_0 = data
                for configured_actions_type_0_item_data in _configured_actions_type_0:
                    configured_actions_type_0_item = ConfiguredActionOutputDto.from_dict(
                        configured_actions_type_0_item_data
                    )

                    configured_actions_type_0.append(configured_actions_type_0_item)

                return configured_actions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ConfiguredActionOutputDto] | None | Unset, data)

        configured_actions = _parse_configured_actions(d.pop("configured_actions", UNSET))

        def _parse_targeting_properties(
            data: object,
        ) -> list[ConfigurationInputPropertiesDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                targeting_properties_type_0 = []
                _targeting_properties_type_0 = data
                for targeting_properties_type_0_item_data in _targeting_properties_type_0:
                    targeting_properties_type_0_item = ConfigurationInputPropertiesDto.from_dict(
                        targeting_properties_type_0_item_data
                    )

                    targeting_properties_type_0.append(targeting_properties_type_0_item)

                return targeting_properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ConfigurationInputPropertiesDto] | None | Unset, data)

        targeting_properties = _parse_targeting_properties(d.pop("targeting_properties", UNSET))

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

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
