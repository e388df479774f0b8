from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.with_uuid_input_dto import WithUuidInputDto


T = TypeVar("T", bound="ActionableEventCreateDto")


@_attrs_define
class ActionableEventCreateDto:
    """
    Attributes:
        custom_event (WithUuidInputDto):
        system_event (WithUuidInputDto):
    """

    custom_event: WithUuidInputDto
    system_event: WithUuidInputDto
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_event = self.custom_event.to_dict()

        system_event = self.system_event.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_event": custom_event,
                "system_event": system_event,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.with_uuid_input_dto import WithUuidInputDto  # noqa: PLC0415

        d = dict(src_dict)
        custom_event = WithUuidInputDto.from_dict(d.pop("custom_event"))

        system_event = WithUuidInputDto.from_dict(d.pop("system_event"))

        actionable_event_create_dto = cls(
            custom_event=custom_event,
            system_event=system_event,
        )

        actionable_event_create_dto.additional_properties = d
        return actionable_event_create_dto

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
