from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_float
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.with_id_input_dto import WithIdInputDto
    from ..models.with_string_id_input_dto import WithStringIdInputDto
    from ..models.with_uuid_input_dto import WithUuidInputDto


T = TypeVar("T", bound="AutomationActionLogOutputDto")


@_attrs_define
class AutomationActionLogOutputDto:
    """
    Attributes:
        automation (None | Unset | WithUuidInputDto):
        action (None | Unset | WithUuidInputDto):
        message (None | str | Unset):
        status (None | str | Unset):
        event (None | Unset | WithStringIdInputDto):
        smart_event (None | Unset | WithUuidInputDto):
        created_at (None | str | Unset):
        automation_execution_number (float | None | Unset):
        organisation (None | Unset | WithIdInputDto):
        id (None | str | Unset):
    """

    automation: None | Unset | WithUuidInputDto = UNSET
    action: None | Unset | WithUuidInputDto = UNSET
    message: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    event: None | Unset | WithStringIdInputDto = UNSET
    smart_event: None | Unset | WithUuidInputDto = UNSET
    created_at: None | str | Unset = UNSET
    automation_execution_number: float | None | Unset = UNSET
    organisation: None | Unset | WithIdInputDto = UNSET
    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.with_id_input_dto import WithIdInputDto  # noqa: PLC0415
        from ..models.with_string_id_input_dto import WithStringIdInputDto  # noqa: PLC0415
        from ..models.with_uuid_input_dto import WithUuidInputDto  # noqa: PLC0415

        automation: dict[str, Any] | None | Unset
        if isinstance(self.automation, Unset):
            automation = UNSET
        elif isinstance(self.automation, WithUuidInputDto):
            automation = self.automation.to_dict()
        else:
            automation = self.automation

        action: dict[str, Any] | None | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, WithUuidInputDto):
            action = self.action.to_dict()
        else:
            action = self.action

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        event: dict[str, Any] | None | Unset
        if isinstance(self.event, Unset):
            event = UNSET
        elif isinstance(self.event, WithStringIdInputDto):
            event = self.event.to_dict()
        else:
            event = self.event

        smart_event: dict[str, Any] | None | Unset
        if isinstance(self.smart_event, Unset):
            smart_event = UNSET
        elif isinstance(self.smart_event, WithUuidInputDto):
            smart_event = self.smart_event.to_dict()
        else:
            smart_event = self.smart_event

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        automation_execution_number: float | None | Unset
        if isinstance(self.automation_execution_number, Unset):
            automation_execution_number = UNSET
        else:
            automation_execution_number = self.automation_execution_number

        organisation: dict[str, Any] | None | Unset
        if isinstance(self.organisation, Unset):
            organisation = UNSET
        elif isinstance(self.organisation, WithIdInputDto):
            organisation = self.organisation.to_dict()
        else:
            organisation = self.organisation

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if automation is not UNSET:
            field_dict["automation"] = automation
        if action is not UNSET:
            field_dict["action"] = action
        if message is not UNSET:
            field_dict["message"] = message
        if status is not UNSET:
            field_dict["status"] = status
        if event is not UNSET:
            field_dict["event"] = event
        if smart_event is not UNSET:
            field_dict["smart_event"] = smart_event
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if automation_execution_number is not UNSET:
            field_dict["automation_execution_number"] = automation_execution_number
        if organisation is not UNSET:
            field_dict["organisation"] = organisation
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.with_id_input_dto import WithIdInputDto  # noqa: PLC0415
        from ..models.with_string_id_input_dto import WithStringIdInputDto  # noqa: PLC0415
        from ..models.with_uuid_input_dto import WithUuidInputDto  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_automation(data: object) -> None | Unset | WithUuidInputDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                automation_type_0 = WithUuidInputDto.from_dict(data)

                return automation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WithUuidInputDto, data)

        automation = _parse_automation(d.pop("automation", UNSET))

        def _parse_action(data: object) -> None | Unset | WithUuidInputDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_0 = WithUuidInputDto.from_dict(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WithUuidInputDto, data)

        action = _parse_action(d.pop("action", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_event(data: object) -> None | Unset | WithStringIdInputDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_type_0 = WithStringIdInputDto.from_dict(data)

                return event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WithStringIdInputDto, data)

        event = _parse_event(d.pop("event", UNSET))

        def _parse_smart_event(data: object) -> None | Unset | WithUuidInputDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                smart_event_type_0 = WithUuidInputDto.from_dict(data)

                return smart_event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WithUuidInputDto, data)

        smart_event = _parse_smart_event(d.pop("smart_event", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_automation_execution_number(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        automation_execution_number = _parse_automation_execution_number(
            d.pop("automation_execution_number", UNSET)
        )

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

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        automation_action_log_output_dto = cls(
            automation=automation,
            action=action,
            message=message,
            status=status,
            event=event,
            smart_event=smart_event,
            created_at=created_at,
            automation_execution_number=automation_execution_number,
            organisation=organisation,
            id=id,
        )

        automation_action_log_output_dto.additional_properties = d
        return automation_action_log_output_dto

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
