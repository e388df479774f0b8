from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.configuration_properties_dto import ConfigurationPropertiesDto
    from ..models.supported_targeting_parameters_dto import SupportedTargetingParametersDto
    from ..models.with_id_input_dto import WithIdInputDto


T = TypeVar("T", bound="CustomEventTemplateOutputDto")


@_attrs_define
class CustomEventTemplateOutputDto:
    """
    Attributes:
        id (None | str | Unset):
        parent_organisation (None | Unset | WithIdInputDto):
        name (None | str | Unset):
        translation_key_name (None | str | Unset):
        status (None | str | Unset):
        description (None | str | Unset):
        translation_key_description (None | str | Unset):
        configuration_properties (list[ConfigurationPropertiesDto] | None | Unset):
        supported_targeting_parameters (list[SupportedTargetingParametersDto] | None | Unset):
    """

    id: None | str | Unset = UNSET
    parent_organisation: None | Unset | WithIdInputDto = UNSET
    name: None | str | Unset = UNSET
    translation_key_name: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    translation_key_description: None | str | Unset = UNSET
    configuration_properties: list[ConfigurationPropertiesDto] | None | Unset = UNSET
    supported_targeting_parameters: list[SupportedTargetingParametersDto] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.with_id_input_dto import WithIdInputDto  # noqa: PLC0415

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        parent_organisation: dict[str, Any] | None | Unset
        if isinstance(self.parent_organisation, Unset):
            parent_organisation = UNSET
        elif isinstance(self.parent_organisation, WithIdInputDto):
            parent_organisation = self.parent_organisation.to_dict()
        else:
            parent_organisation = self.parent_organisation

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

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

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

        supported_targeting_parameters: list[dict[str, Any]] | None | Unset
        if isinstance(self.supported_targeting_parameters, Unset):
            supported_targeting_parameters = UNSET
        elif isinstance(self.supported_targeting_parameters, list):
            supported_targeting_parameters = []
            for (
                supported_targeting_parameters_type_0_item_data
            ) in self.supported_targeting_parameters:
                supported_targeting_parameters_type_0_item = (
                    supported_targeting_parameters_type_0_item_data.to_dict()
                )
                supported_targeting_parameters.append(supported_targeting_parameters_type_0_item)

        else:
            supported_targeting_parameters = self.supported_targeting_parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if parent_organisation is not UNSET:
            field_dict["parent_organisation"] = parent_organisation
        if name is not UNSET:
            field_dict["name"] = name
        if translation_key_name is not UNSET:
            field_dict["translationKeyName"] = translation_key_name
        if status is not UNSET:
            field_dict["status"] = status
        if description is not UNSET:
            field_dict["description"] = description
        if translation_key_description is not UNSET:
            field_dict["translationKeyDescription"] = translation_key_description
        if configuration_properties is not UNSET:
            field_dict["configuration_properties"] = configuration_properties
        if supported_targeting_parameters is not UNSET:
            field_dict["supported_targeting_parameters"] = supported_targeting_parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.configuration_properties_dto import ConfigurationPropertiesDto  # noqa: PLC0415
        from ..models.supported_targeting_parameters_dto import SupportedTargetingParametersDto  # noqa: PLC0415
        from ..models.with_id_input_dto import WithIdInputDto  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_parent_organisation(data: object) -> None | Unset | WithIdInputDto:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parent_organisation_type_0 = WithIdInputDto.from_dict(data)

                return parent_organisation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WithIdInputDto, data)

        parent_organisation = _parse_parent_organisation(d.pop("parent_organisation", UNSET))

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

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

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

        def _parse_configuration_properties(
            data: object,
        ) -> list[ConfigurationPropertiesDto] | None | Unset:
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
                    configuration_properties_type_0_item = ConfigurationPropertiesDto.from_dict(
                        configuration_properties_type_0_item_data
                    )

                    configuration_properties_type_0.append(configuration_properties_type_0_item)

                return configuration_properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ConfigurationPropertiesDto] | None | Unset, data)

        configuration_properties = _parse_configuration_properties(
            d.pop("configuration_properties", UNSET)
        )

        def _parse_supported_targeting_parameters(
            data: object,
        ) -> list[SupportedTargetingParametersDto] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                supported_targeting_parameters_type_0 = []
                _supported_targeting_parameters_type_0 = data
                for (
                    supported_targeting_parameters_type_0_item_data
                ) in _supported_targeting_parameters_type_0:
                    supported_targeting_parameters_type_0_item = (
                        SupportedTargetingParametersDto.from_dict(
                            supported_targeting_parameters_type_0_item_data
                        )
                    )

                    supported_targeting_parameters_type_0.append(
                        supported_targeting_parameters_type_0_item
                    )

                return supported_targeting_parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SupportedTargetingParametersDto] | None | Unset, data)

        supported_targeting_parameters = _parse_supported_targeting_parameters(
            d.pop("supported_targeting_parameters", UNSET)
        )

        custom_event_template_output_dto = cls(
            id=id,
            parent_organisation=parent_organisation,
            name=name,
            translation_key_name=translation_key_name,
            status=status,
            description=description,
            translation_key_description=translation_key_description,
            configuration_properties=configuration_properties,
            supported_targeting_parameters=supported_targeting_parameters,
        )

        custom_event_template_output_dto.additional_properties = d
        return custom_event_template_output_dto

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
