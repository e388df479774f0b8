from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.configuration_input_properties_dto import ConfigurationInputPropertiesDto
    from ..models.configured_action_reference_dto import ConfiguredActionReferenceDto


T = TypeVar("T", bound="ConfiguredActionCreateDto")


@_attrs_define
class ConfiguredActionCreateDto:
    """
    Attributes:
        action (ConfiguredActionReferenceDto | None | Unset):
        properties (list[ConfigurationInputPropertiesDto] | None | Unset):
    """

    action: ConfiguredActionReferenceDto | None | Unset = UNSET
    properties: list[ConfigurationInputPropertiesDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.configured_action_reference_dto import ConfiguredActionReferenceDto  # noqa: PLC0415

        action: dict[str, Any] | None | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, ConfiguredActionReferenceDto):
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.configuration_input_properties_dto import ConfigurationInputPropertiesDto  # noqa: PLC0415
        from ..models.configured_action_reference_dto import ConfiguredActionReferenceDto  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_action(data: object) -> ConfiguredActionReferenceDto | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_type_0 = ConfiguredActionReferenceDto.from_dict(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConfiguredActionReferenceDto | None | Unset, data)

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

        configured_action_create_dto = cls(
            action=action,
            properties=properties,
        )

        configured_action_create_dto.additional_properties = d
        return configured_action_create_dto

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
