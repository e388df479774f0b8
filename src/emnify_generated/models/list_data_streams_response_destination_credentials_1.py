from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListDataStreamsResponseDestinationCredentials1")


@_attrs_define
class ListDataStreamsResponseDestinationCredentials1:
    """
    Attributes:
        region (None | str | Unset):
        bucket_name (None | str | Unset):
        role_arn (None | str | Unset):
        flush_size (int | None | Unset):
        rotate_interval (int | None | Unset):
    """

    region: None | str | Unset = UNSET
    bucket_name: None | str | Unset = UNSET
    role_arn: None | str | Unset = UNSET
    flush_size: int | None | Unset = UNSET
    rotate_interval: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        bucket_name: None | str | Unset
        if isinstance(self.bucket_name, Unset):
            bucket_name = UNSET
        else:
            bucket_name = self.bucket_name

        role_arn: None | str | Unset
        if isinstance(self.role_arn, Unset):
            role_arn = UNSET
        else:
            role_arn = self.role_arn

        flush_size: int | None | Unset
        if isinstance(self.flush_size, Unset):
            flush_size = UNSET
        else:
            flush_size = self.flush_size

        rotate_interval: int | None | Unset
        if isinstance(self.rotate_interval, Unset):
            rotate_interval = UNSET
        else:
            rotate_interval = self.rotate_interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if region is not UNSET:
            field_dict["region"] = region
        if bucket_name is not UNSET:
            field_dict["bucket_name"] = bucket_name
        if role_arn is not UNSET:
            field_dict["role_arn"] = role_arn
        if flush_size is not UNSET:
            field_dict["flush_size"] = flush_size
        if rotate_interval is not UNSET:
            field_dict["rotate_interval"] = rotate_interval

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

        def _parse_bucket_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bucket_name = _parse_bucket_name(d.pop("bucket_name", UNSET))

        def _parse_role_arn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role_arn = _parse_role_arn(d.pop("role_arn", UNSET))

        def _parse_flush_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        flush_size = _parse_flush_size(d.pop("flush_size", UNSET))

        def _parse_rotate_interval(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        rotate_interval = _parse_rotate_interval(d.pop("rotate_interval", UNSET))

        list_data_streams_response_destination_credentials_1 = cls(
            region=region,
            bucket_name=bucket_name,
            role_arn=role_arn,
            flush_size=flush_size,
            rotate_interval=rotate_interval,
        )

        list_data_streams_response_destination_credentials_1.additional_properties = d
        return list_data_streams_response_destination_credentials_1

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
