from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.configuration_parameter_dto import ConfigurationParameterDto
    from ..models.with_id_input_dto import WithIdInputDto


T = TypeVar("T", bound="SystemEventOutputDto")


@_attrs_define
class SystemEventOutputDto:
    """
    Attributes:
        id (None | str | Unset):
        parent_org (None | Unset | WithIdInputDto):
        event_type (None | Unset | WithIdInputDto):
        name (None | str | Unset):
        translation_key_name (None | str | Unset):
        description (None | str | Unset):
        translation_key_description (None | str | Unset):
        supported_targeting_parameters (list[str] | None | Unset):
        event_output_parameters (list[ConfigurationParameterDto] | None | Unset):
        supported_actions (list[str] | None | Unset):
    """

    id: None | str | Unset = UNSET
    parent_org: None | Unset | WithIdInputDto = UNSET
    event_type: None | Unset | WithIdInputDto = UNSET
    name: None | str | Unset = UNSET
    translation_key_name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    translation_key_description: None | str | Unset = UNSET
    supported_targeting_parameters: list[str] | None | Unset = UNSET
    event_output_parameters: list[ConfigurationParameterDto] | None | Unset = UNSET
    supported_actions: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.with_id_input_dto import WithIdInputDto  # noqa: PLC0415

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        parent_org: dict[str, Any] | None | Unset
        if isinstance(self.parent_org, Unset):
            parent_org = UNSET
        elif isinstance(self.parent_org, WithIdInputDto):
            parent_org = self.parent_org.to_dict()
        else:
            parent_org = self.parent_org

        event_type: dict[str, Any] | None | Unset
        if isinstance(self.event_type, Unset):
            event_type = UNSET
        elif isinstance(self.event_type, WithIdInputDto):
            event_type = self.event_type.to_dict()
        else:
            event_type = self.event_type

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        translation_key_name: None | str | Unset
        if isinstance(self.translation_key_name, Unset):
            translation_key_name = UNSET
        else:
            translation_key_name = self.translation_key_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        translation_key_description: None | str | Unset
        if isinstance(self.translation_key_description, Unset):
            translation_key_description = UNSET
        else:
            translation_key_description = self.translation_key_description

        supported_targeting_parameters: list[str] | None | Unset
        if isinstance(self.supported_targeting_parameters, Unset):
            supported_targeting_parameters = UNSET
        elif isinstance(self.supported_targeting_parameters, list):
            supported_targeting_parameters = self.supported_targeting_parameters

        else:
            supported_targeting_parameters = self.supported_targeting_parameters

        event_output_parameters: list[dict[str, Any]] | None | Unset
        if isinstance(self.event_output_parameters, Unset):
            event_output_parameters = UNSET
        elif isinstance(self.event_output_parameters, list):
            event_output_parameters = []
            for event_output_parameters_type_0_item_data in self.event_output_parameters:
                event_output_parameters_type_0_item = (
                    event_output_parameters_type_0_item_data.to_dict()
                )
                event_output_parameters.append(event_output_parameters_type_0_item)

        else:
            event_output_parameters = self.event_output_parameters

        supported_actions: list[str] | None | Unset
        if isinstance(self.supported_actions, Unset):
            supported_actions = UNSET
        elif isinstance(self.supported_actions, list):
            supported_actions = self.supported_actions

        else:
            supported_actions = self.supported_actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if parent_org is not UNSET:
            field_dict["parentOrg"] = parent_org
        if event_type is not UNSET:
            field_dict["eventType"] = event_type
        if name is not UNSET:
            field_dict["name"] = name
        if translation_key_name is not UNSET:
            field_dict["translationKeyName"] = translation_key_name
        if description is not UNSET:
            field_dict["description"] = description
        if translation_key_description is not UNSET:
            field_dict["translationKeyDescription"] = translation_key_description
        if supported_targeting_parameters is not UNSET:
            field_dict["supportedTargetingParameters"] = supported_targeting_parameters
        if event_output_parameters is not UNSET:
            field_dict["eventOutputParameters"] = event_output_parameters
        if supported_actions is not UNSET:
            field_dict["supportedActions"] = supported_actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.configuration_parameter_dto import ConfigurationParameterDto  # noqa: PLC0415
        from ..models.with_id_input_dto import WithIdInputDto  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_parent_org(data: object) -> None | Unset | WithIdInputDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parent_org_type_0 = WithIdInputDto.from_dict(data)

                return parent_org_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WithIdInputDto, data)

        parent_org = _parse_parent_org(d.pop("parentOrg", UNSET))

        def _parse_event_type(data: object) -> None | Unset | WithIdInputDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_type_type_0 = WithIdInputDto.from_dict(data)

                return event_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WithIdInputDto, data)

        event_type = _parse_event_type(d.pop("eventType", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_translation_key_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        translation_key_name = _parse_translation_key_name(d.pop("translationKeyName", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_translation_key_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        translation_key_description = _parse_translation_key_description(
            d.pop("translationKeyDescription", UNSET)
        )

        def _parse_supported_targeting_parameters(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                supported_targeting_parameters_type_0 = cast(list[str], data)

                return supported_targeting_parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        supported_targeting_parameters = _parse_supported_targeting_parameters(
            d.pop("supportedTargetingParameters", UNSET)
        )

        def _parse_event_output_parameters(
            data: object,
        ) -> list[ConfigurationParameterDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                event_output_parameters_type_0 = []
                _event_output_parameters_type_0 = data
                for event_output_parameters_type_0_item_data in _event_output_parameters_type_0:
                    event_output_parameters_type_0_item = ConfigurationParameterDto.from_dict(
                        event_output_parameters_type_0_item_data
                    )

                    event_output_parameters_type_0.append(event_output_parameters_type_0_item)

                return event_output_parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ConfigurationParameterDto] | None | Unset, data)

        event_output_parameters = _parse_event_output_parameters(
            d.pop("eventOutputParameters", UNSET)
        )

        def _parse_supported_actions(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                supported_actions_type_0 = cast(list[str], data)

                return supported_actions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        supported_actions = _parse_supported_actions(d.pop("supportedActions", UNSET))

        system_event_output_dto = cls(
            id=id,
            parent_org=parent_org,
            event_type=event_type,
            name=name,
            translation_key_name=translation_key_name,
            description=description,
            translation_key_description=translation_key_description,
            supported_targeting_parameters=supported_targeting_parameters,
            event_output_parameters=event_output_parameters,
            supported_actions=supported_actions,
        )

        system_event_output_dto.additional_properties = d
        return system_event_output_dto

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
