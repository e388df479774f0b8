from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.configuration_input_properties_dto import ConfigurationInputPropertiesDto
    from ..models.with_id_input_dto import WithIdInputDto


T = TypeVar("T", bound="CustomEventOutputDto")


@_attrs_define
class CustomEventOutputDto:
    """
    Attributes:
        organisation (None | Unset | WithIdInputDto):
        template (None | Unset | WithIdInputDto):
        configuration_properties (list[ConfigurationInputPropertiesDto] | None | Unset):
        name (None | str | Unset):
        id (None | str | Unset):
        supported_targeting_parameters (list[str] | None | Unset):
        supported_actions (list[str] | None | Unset):
        location (None | str | Unset):
    """

    organisation: None | Unset | WithIdInputDto = UNSET
    template: None | Unset | WithIdInputDto = UNSET
    configuration_properties: list[ConfigurationInputPropertiesDto] | None | Unset = UNSET
    name: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    supported_targeting_parameters: list[str] | None | Unset = UNSET
    supported_actions: list[str] | None | Unset = UNSET
    location: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.with_id_input_dto import WithIdInputDto  # noqa: PLC0415

        organisation: dict[str, Any] | None | Unset
        if isinstance(self.organisation, Unset):
            organisation = UNSET
        elif isinstance(self.organisation, WithIdInputDto):
            organisation = self.organisation.to_dict()
        else:
            organisation = self.organisation

        template: dict[str, Any] | None | Unset
        if isinstance(self.template, Unset):
            template = UNSET
        elif isinstance(self.template, WithIdInputDto):
            template = self.template.to_dict()
        else:
            template = self.template

        configuration_properties: list[dict[str, Any]] | None | Unset
        if isinstance(self.configuration_properties, Unset):
            configuration_properties = UNSET
        elif isinstance(self.configuration_properties, list):
            configuration_properties = []
            for configuration_properties_type_0_item_data in self.configuration_properties:
                configuration_properties_type_0_item = (
                    configuration_properties_type_0_item_data.to_dict()
                )
                configuration_properties.append(configuration_properties_type_0_item)

        else:
            configuration_properties = self.configuration_properties

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        supported_targeting_parameters: list[str] | None | Unset
        if isinstance(self.supported_targeting_parameters, Unset):
            supported_targeting_parameters = UNSET
        elif isinstance(self.supported_targeting_parameters, list):
            supported_targeting_parameters = self.supported_targeting_parameters

        else:
            supported_targeting_parameters = self.supported_targeting_parameters

        supported_actions: list[str] | None | Unset
        if isinstance(self.supported_actions, Unset):
            supported_actions = UNSET
        elif isinstance(self.supported_actions, list):
            supported_actions = self.supported_actions

        else:
            supported_actions = self.supported_actions

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organisation is not UNSET:
            field_dict["organisation"] = organisation
        if template is not UNSET:
            field_dict["template"] = template
        if configuration_properties is not UNSET:
            field_dict["configuration_properties"] = configuration_properties
        if name is not UNSET:
            field_dict["name"] = name
        if id is not UNSET:
            field_dict["id"] = id
        if supported_targeting_parameters is not UNSET:
            field_dict["supportedTargetingParameters"] = supported_targeting_parameters
        if supported_actions is not UNSET:
            field_dict["supportedActions"] = supported_actions
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.configuration_input_properties_dto import ConfigurationInputPropertiesDto  # noqa: PLC0415
        from ..models.with_id_input_dto import WithIdInputDto  # noqa: PLC0415

        d = dict(src_dict)

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

        def _parse_template(data: object) -> None | Unset | WithIdInputDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                template_type_0 = WithIdInputDto.from_dict(data)

                return template_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WithIdInputDto, data)

        template = _parse_template(d.pop("template", UNSET))

        def _parse_configuration_properties(
            data: object,
        ) -> list[ConfigurationInputPropertiesDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                configuration_properties_type_0 = []
                _configuration_properties_type_0 = data
                for configuration_properties_type_0_item_data in _configuration_properties_type_0:
                    configuration_properties_type_0_item = (
                        ConfigurationInputPropertiesDto.from_dict(
                            configuration_properties_type_0_item_data
                        )
                    )

                    configuration_properties_type_0.append(configuration_properties_type_0_item)

                return configuration_properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ConfigurationInputPropertiesDto] | None | Unset, data)

        configuration_properties = _parse_configuration_properties(
            d.pop("configuration_properties", UNSET)
        )

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

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

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        custom_event_output_dto = cls(
            organisation=organisation,
            template=template,
            configuration_properties=configuration_properties,
            name=name,
            id=id,
            supported_targeting_parameters=supported_targeting_parameters,
            supported_actions=supported_actions,
            location=location,
        )

        custom_event_output_dto.additional_properties = d
        return custom_event_output_dto

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
