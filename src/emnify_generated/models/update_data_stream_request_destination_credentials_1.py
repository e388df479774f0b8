from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateDataStreamRequestDestinationCredentials1")


@_attrs_define
class UpdateDataStreamRequestDestinationCredentials1:
    """
    Attributes:
        region (str):
        bucket_name (str):
        role_arn (str):
        flush_size (int | Unset):
        rotate_interval (int | Unset):
    """

    region: str
    bucket_name: str
    role_arn: str
    flush_size: int | Unset = UNSET
    rotate_interval: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        region = self.region

        bucket_name = self.bucket_name

        role_arn = self.role_arn

        flush_size = self.flush_size

        rotate_interval = self.rotate_interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "region": region,
                "bucket_name": bucket_name,
                "role_arn": role_arn,
            }
        )
        if flush_size is not UNSET:
            field_dict["flush_size"] = flush_size
        if rotate_interval is not UNSET:
            field_dict["rotate_interval"] = rotate_interval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        region = d.pop("region")

        bucket_name = d.pop("bucket_name")

        role_arn = d.pop("role_arn")

        flush_size = d.pop("flush_size", UNSET)

        rotate_interval = d.pop("rotate_interval", UNSET)

        update_data_stream_request_destination_credentials_1 = cls(
            region=region,
            bucket_name=bucket_name,
            role_arn=role_arn,
            flush_size=flush_size,
            rotate_interval=rotate_interval,
        )

        update_data_stream_request_destination_credentials_1.additional_properties = d
        return update_data_stream_request_destination_credentials_1

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
