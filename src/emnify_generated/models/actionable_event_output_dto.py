from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_event_output_dto import CustomEventOutputDto
    from ..models.system_event_output_dto import SystemEventOutputDto


T = TypeVar("T", bound="ActionableEventOutputDto")


@_attrs_define
class ActionableEventOutputDto:
    """
    Attributes:
        custom_event (CustomEventOutputDto | None | Unset):
        system_event (None | SystemEventOutputDto | Unset):
    """

    custom_event: CustomEventOutputDto | None | Unset = UNSET
    system_event: None | SystemEventOutputDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_event_output_dto import CustomEventOutputDto  # noqa: PLC0415
        from ..models.system_event_output_dto import SystemEventOutputDto  # noqa: PLC0415

        custom_event: dict[str, Any] | None | Unset
        if isinstance(self.custom_event, Unset):
            custom_event = UNSET
        elif isinstance(self.custom_event, CustomEventOutputDto):
            custom_event = self.custom_event.to_dict()
        else:
            custom_event = self.custom_event

        system_event: dict[str, Any] | None | Unset
        if isinstance(self.system_event, Unset):
            system_event = UNSET
        elif isinstance(self.system_event, SystemEventOutputDto):
            system_event = self.system_event.to_dict()
        else:
            system_event = self.system_event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_event is not UNSET:
            field_dict["custom_event"] = custom_event
        if system_event is not UNSET:
            field_dict["system_event"] = system_event

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_event_output_dto import CustomEventOutputDto  # noqa: PLC0415
        from ..models.system_event_output_dto import SystemEventOutputDto  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_custom_event(data: object) -> CustomEventOutputDto | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_event_type_0 = CustomEventOutputDto.from_dict(data)

                return custom_event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomEventOutputDto | None | Unset, data)

        custom_event = _parse_custom_event(d.pop("custom_event", UNSET))

        def _parse_system_event(data: object) -> None | SystemEventOutputDto | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                system_event_type_0 = SystemEventOutputDto.from_dict(data)

                return system_event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SystemEventOutputDto | Unset, data)

        system_event = _parse_system_event(d.pop("system_event", UNSET))

        actionable_event_output_dto = cls(
            custom_event=custom_event,
            system_event=system_event,
        )

        actionable_event_output_dto.additional_properties = d
        return actionable_event_output_dto

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
