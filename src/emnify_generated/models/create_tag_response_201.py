from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_tag_response_tag_color import CreateTagResponseTagColor


T = TypeVar("T", bound="CreateTagResponse201")


@_attrs_define
class CreateTagResponse201:
    """
    Attributes:
        id (int | Unset):
        name (str | Unset):
        tag_color (CreateTagResponseTagColor | Unset):
        location (str | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    tag_color: CreateTagResponseTagColor | Unset = UNSET
    location: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        tag_color: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tag_color, Unset):
            tag_color = self.tag_color.to_dict()

        location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if tag_color is not UNSET:
            field_dict["tag_color"] = tag_color
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_tag_response_tag_color import CreateTagResponseTagColor  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _tag_color = d.pop("tag_color", UNSET)
        tag_color: CreateTagResponseTagColor | Unset
        if isinstance(_tag_color, Unset):
            tag_color = UNSET
        else:
            tag_color = CreateTagResponseTagColor.from_dict(_tag_color)

        location = d.pop("location", UNSET)

        create_tag_response_201 = cls(
            id=id,
            name=name,
            tag_color=tag_color,
            location=location,
        )

        create_tag_response_201.additional_properties = d
        return create_tag_response_201

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
