from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListDataStreamsResponseDestinationCredentials6")


@_attrs_define
class ListDataStreamsResponseDestinationCredentials6:
    """
    Attributes:
        cps_topic (None | str | Unset):
        cps_project (None | str | Unset):
    """

    cps_topic: None | str | Unset = UNSET
    cps_project: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cps_topic: None | str | Unset
        if isinstance(self.cps_topic, Unset):
            cps_topic = UNSET
        else:
            cps_topic = self.cps_topic

        cps_project: None | str | Unset
        if isinstance(self.cps_project, Unset):
            cps_project = UNSET
        else:
            cps_project = self.cps_project

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cps_topic is not UNSET:
            field_dict["cps_topic"] = cps_topic
        if cps_project is not UNSET:
            field_dict["cps_project"] = cps_project

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_cps_topic(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cps_topic = _parse_cps_topic(d.pop("cps_topic", UNSET))

        def _parse_cps_project(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cps_project = _parse_cps_project(d.pop("cps_project", UNSET))

        list_data_streams_response_destination_credentials_6 = cls(
            cps_topic=cps_topic,
            cps_project=cps_project,
        )

        list_data_streams_response_destination_credentials_6.additional_properties = d
        return list_data_streams_response_destination_credentials_6

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
