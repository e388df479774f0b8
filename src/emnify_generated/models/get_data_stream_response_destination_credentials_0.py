from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetDataStreamResponseDestinationCredentials0")


@_attrs_define
class GetDataStreamResponseDestinationCredentials0:
    """
    Attributes:
        region (None | str | Unset):
        stream_name (None | str | Unset):
        role_arn (None | str | Unset):
    """

    region: None | str | Unset = UNSET
    stream_name: None | str | Unset = UNSET
    role_arn: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        stream_name: None | str | Unset
        if isinstance(self.stream_name, Unset):
            stream_name = UNSET
        else:
            stream_name = self.stream_name

        role_arn: None | str | Unset
        if isinstance(self.role_arn, Unset):
            role_arn = UNSET
        else:
            role_arn = self.role_arn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if region is not UNSET:
            field_dict["region"] = region
        if stream_name is not UNSET:
            field_dict["stream_name"] = stream_name
        if role_arn is not UNSET:
            field_dict["role_arn"] = role_arn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        def _parse_stream_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stream_name = _parse_stream_name(d.pop("stream_name", UNSET))

        def _parse_role_arn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role_arn = _parse_role_arn(d.pop("role_arn", UNSET))

        get_data_stream_response_destination_credentials_0 = cls(
            region=region,
            stream_name=stream_name,
            role_arn=role_arn,
        )

        get_data_stream_response_destination_credentials_0.additional_properties = d
        return get_data_stream_response_destination_credentials_0

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
