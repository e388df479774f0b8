from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.configuration_input_properties_dto import ConfigurationInputPropertiesDto
    from ..models.with_id_input_dto import WithIdInputDto


T = TypeVar("T", bound="CustomEventCreateDto")


@_attrs_define
class CustomEventCreateDto:
    """
    Attributes:
        organisation (WithIdInputDto):
        template (WithIdInputDto):
        configuration_properties (list[ConfigurationInputPropertiesDto]):
        name (str):
    """

    organisation: WithIdInputDto
    template: WithIdInputDto
    configuration_properties: list[ConfigurationInputPropertiesDto]
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organisation = self.organisation.to_dict()

        template = self.template.to_dict()

        configuration_properties = []
        for configuration_properties_item_data in self.configuration_properties:
            configuration_properties_item = configuration_properties_item_data.to_dict()
            configuration_properties.append(configuration_properties_item)

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organisation": organisation,
                "template": template,
                "configuration_properties": configuration_properties,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.configuration_input_properties_dto import ConfigurationInputPropertiesDto  # noqa: PLC0415
        from ..models.with_id_input_dto import WithIdInputDto  # noqa: PLC0415

        d = dict(src_dict)
        organisation = WithIdInputDto.from_dict(d.pop("organisation"))

        template = WithIdInputDto.from_dict(d.pop("template"))

        configuration_properties = []
        _configuration_properties = d.pop("configuration_properties")
        for configuration_properties_item_data in _configuration_properties:
            configuration_properties_item = ConfigurationInputPropertiesDto.from_dict(
                configuration_properties_item_data
            )

            configuration_properties.append(configuration_properties_item)

        name = d.pop("name")

        custom_event_create_dto = cls(
            organisation=organisation,
            template=template,
            configuration_properties=configuration_properties,
            name=name,
        )

        custom_event_create_dto.additional_properties = d
        return custom_event_create_dto

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
