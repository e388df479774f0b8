from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDataStreamRequestDestinationCredentials2")


@_attrs_define
class CreateDataStreamRequestDestinationCredentials2:
    """
    Attributes:
        url (str):
        method (str | Unset):
        headers (list[str] | Unset):
        size (int | Unset):
    """

    url: str
    method: str | Unset = UNSET
    headers: list[str] | Unset = UNSET
    size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        method = self.method

        headers: list[str] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method
        if headers is not UNSET:
            field_dict["headers"] = headers
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        method = d.pop("method", UNSET)

        headers = cast(list[str], d.pop("headers", UNSET))

        size = d.pop("size", UNSET)

        create_data_stream_request_destination_credentials_2 = cls(
            url=url,
            method=method,
            headers=headers,
            size=size,
        )

        create_data_stream_request_destination_credentials_2.additional_properties = d
        return create_data_stream_request_destination_credentials_2

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
