from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.configuration_input_properties_dto import ConfigurationInputPropertiesDto
    from ..models.configured_action_create_dto import ConfiguredActionCreateDto


T = TypeVar("T", bound="AutomationUpdateDto")


@_attrs_define
class AutomationUpdateDto:
    """
    Attributes:
        name (None | str | Unset):
        description (None | str | Unset):
        status (None | str | Unset):
        configured_actions (list[ConfiguredActionCreateDto] | None | Unset):
        targeting_properties (list[ConfigurationInputPropertiesDto] | None | Unset):
    """

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    configured_actions: list[ConfiguredActionCreateDto] | None | Unset = UNSET
    targeting_properties: list[ConfigurationInputPropertiesDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if configured_actions is not UNSET:
            field_dict["configured_actions"] = configured_actions
        if targeting_properties is not UNSET:
            field_dict["targeting_properties"] = targeting_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.configuration_input_properties_dto import ConfigurationInputPropertiesDto  # noqa: PLC0415
        from ..models.configured_action_create_dto import ConfiguredActionCreateDto  # noqa: PLC0415

        d = dict(src_dict)

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

        def _parse_configured_actions(
            data: object,
        ) -> list[ConfiguredActionCreateDto] | None | Unset:
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
                    configured_actions_type_0_item = ConfiguredActionCreateDto.from_dict(
                        configured_actions_type_0_item_data
                    )

                    configured_actions_type_0.append(configured_actions_type_0_item)

                return configured_actions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ConfiguredActionCreateDto] | None | Unset, data)

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
