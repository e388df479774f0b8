from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.with_id_input_dto import WithIdInputDto
    from ..models.with_string_id_input_dto import WithStringIdInputDto
    from ..models.with_uuid_input_dto import WithUuidInputDto


T = TypeVar("T", bound="AutomationActionLogOutputDto")


@_attrs_define
class AutomationActionLogOutputDto:
    """
    Attributes:
        automation (WithUuidInputDto):
        action (WithUuidInputDto):
        message (str):
        status (str):
        event (WithStringIdInputDto):
        smart_event (WithUuidInputDto):
        created_at (str):
        automation_execution_number (float):
        organisation (WithIdInputDto):
        id (str):
    """

    automation: WithUuidInputDto
    action: WithUuidInputDto
    message: str
    status: str
    event: WithStringIdInputDto
    smart_event: WithUuidInputDto
    created_at: str
    automation_execution_number: float
    organisation: WithIdInputDto
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        automation = self.automation.to_dict()

        action = self.action.to_dict()

        message = self.message

        status = self.status

        event = self.event.to_dict()

        smart_event = self.smart_event.to_dict()

        created_at = self.created_at

        automation_execution_number = self.automation_execution_number

        organisation = self.organisation.to_dict()

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "automation": automation,
                "action": action,
                "message": message,
                "status": status,
                "event": event,
                "smart_event": smart_event,
                "created_at": created_at,
                "automation_execution_number": automation_execution_number,
                "organisation": organisation,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.with_id_input_dto import WithIdInputDto  # noqa: PLC0415
        from ..models.with_string_id_input_dto import WithStringIdInputDto  # noqa: PLC0415
        from ..models.with_uuid_input_dto import WithUuidInputDto  # noqa: PLC0415

        d = dict(src_dict)
        automation = WithUuidInputDto.from_dict(d.pop("automation"))

        action = WithUuidInputDto.from_dict(d.pop("action"))

        message = d.pop("message")

        status = d.pop("status")

        event = WithStringIdInputDto.from_dict(d.pop("event"))

        smart_event = WithUuidInputDto.from_dict(d.pop("smart_event"))

        created_at = d.pop("created_at")

        automation_execution_number = d.pop("automation_execution_number")

        organisation = WithIdInputDto.from_dict(d.pop("organisation"))

        id = d.pop("id")

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
