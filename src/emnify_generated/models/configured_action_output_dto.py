from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.configuration_input_properties_dto import ConfigurationInputPropertiesDto
    from ..models.configured_action_recipient_output_dto import ConfiguredActionRecipientOutputDto
    from ..models.with_uuid_input_dto import WithUuidInputDto


T = TypeVar("T", bound="ConfiguredActionOutputDto")


@_attrs_define
class ConfiguredActionOutputDto:
    """
    Attributes:
        action (None | Unset | WithUuidInputDto):
        properties (list[ConfigurationInputPropertiesDto] | None | Unset):
        recipients (ConfiguredActionRecipientOutputDto | None | Unset):
    """

    action: None | Unset | WithUuidInputDto = UNSET
    properties: list[ConfigurationInputPropertiesDto] | None | Unset = UNSET
    recipients: ConfiguredActionRecipientOutputDto | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.configured_action_recipient_output_dto import (
            ConfiguredActionRecipientOutputDto,  # noqa: PLC0415
        )
        from ..models.with_uuid_input_dto import WithUuidInputDto  # noqa: PLC0415

        action: dict[str, Any] | None | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, WithUuidInputDto):
            action = self.action.to_dict()
        else:
            action = self.action

        properties: list[dict[str, Any]] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, list):
            properties = []
            for properties_type_0_item_data in self.properties:
                properties_type_0_item = properties_type_0_item_data.to_dict()
                properties.append(properties_type_0_item)

        else:
            properties = self.properties

        recipients: dict[str, Any] | None | Unset
        if isinstance(self.recipients, Unset):
            recipients = UNSET
        elif isinstance(self.recipients, ConfiguredActionRecipientOutputDto):
            recipients = self.recipients.to_dict()
        else:
            recipients = self.recipients

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if properties is not UNSET:
            field_dict["properties"] = properties
        if recipients is not UNSET:
            field_dict["recipients"] = recipients

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.configuration_input_properties_dto import ConfigurationInputPropertiesDto  # noqa: PLC0415
        from ..models.configured_action_recipient_output_dto import (
            ConfiguredActionRecipientOutputDto,  # noqa: PLC0415
        )
        from ..models.with_uuid_input_dto import WithUuidInputDto  # noqa: PLC0415

        d = dict(src_dict)

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

        def _parse_properties(data: object) -> list[ConfigurationInputPropertiesDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                properties_type_0 = []
                _properties_type_0 = data
                for properties_type_0_item_data in _properties_type_0:
                    properties_type_0_item = ConfigurationInputPropertiesDto.from_dict(
                        properties_type_0_item_data
                    )

                    properties_type_0.append(properties_type_0_item)

                return properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ConfigurationInputPropertiesDto] | None | Unset, data)

        properties = _parse_properties(d.pop("properties", UNSET))

        def _parse_recipients(data: object) -> ConfiguredActionRecipientOutputDto | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recipients_type_0 = ConfiguredActionRecipientOutputDto.from_dict(data)

                return recipients_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConfiguredActionRecipientOutputDto | None | Unset, data)

        recipients = _parse_recipients(d.pop("recipients", UNSET))

        configured_action_output_dto = cls(
            action=action,
            properties=properties,
            recipients=recipients,
        )

        configured_action_output_dto.additional_properties = d
        return configured_action_output_dto

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
