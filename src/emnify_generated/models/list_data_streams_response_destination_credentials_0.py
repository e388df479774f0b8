from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ListDataStreamsResponseDestinationCredentials0")


@_attrs_define
class ListDataStreamsResponseDestinationCredentials0:
    """
    Attributes:
        region (str):
        stream_name (str):
        role_arn (str):
    """

    region: str
    stream_name: str
    role_arn: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region = self.region

        stream_name = self.stream_name

        role_arn = self.role_arn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "region": region,
                "stream_name": stream_name,
                "role_arn": role_arn,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        region = d.pop("region")

        stream_name = d.pop("stream_name")

        role_arn = d.pop("role_arn")

        list_data_streams_response_destination_credentials_0 = cls(
            region=region,
            stream_name=stream_name,
            role_arn=role_arn,
        )

        list_data_streams_response_destination_credentials_0.additional_properties = d
        return list_data_streams_response_destination_credentials_0

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
