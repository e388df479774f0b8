from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_tag_request_color import UpdateTagRequestColor


T = TypeVar("T", bound="UpdateTagBody")


@_attrs_define
class UpdateTagBody:
    """
    Attributes:
        name (str | Unset):
        color (UpdateTagRequestColor | Unset):
    """

    name: str | Unset = UNSET
    color: UpdateTagRequestColor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        color: dict[str, Any] | Unset = UNSET
        if not isinstance(self.color, Unset):
            color = self.color.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if color is not UNSET:
            field_dict["color"] = color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_tag_request_color import UpdateTagRequestColor  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _color = d.pop("color", UNSET)
        color: UpdateTagRequestColor | Unset
        if isinstance(_color, Unset):
            color = UNSET
        else:
            color = UpdateTagRequestColor.from_dict(_color)

        update_tag_body = cls(
            name=name,
            color=color,
        )

        update_tag_body.additional_properties = d
        return update_tag_body

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
