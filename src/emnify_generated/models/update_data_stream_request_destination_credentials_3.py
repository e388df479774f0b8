from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateDataStreamRequestDestinationCredentials3")


@_attrs_define
class UpdateDataStreamRequestDestinationCredentials3:
    """
    Attributes:
        project_id (None | str | Unset):
        write_key (None | str | Unset):
        collection_name (None | str | Unset):
        size (int | None | Unset):
    """

    project_id: None | str | Unset = UNSET
    write_key: None | str | Unset = UNSET
    collection_name: None | str | Unset = UNSET
    size: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        write_key: None | str | Unset
        if isinstance(self.write_key, Unset):
            write_key = UNSET
        else:
            write_key = self.write_key

        collection_name: None | str | Unset
        if isinstance(self.collection_name, Unset):
            collection_name = UNSET
        else:
            collection_name = self.collection_name

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if write_key is not UNSET:
            field_dict["write_key"] = write_key
        if collection_name is not UNSET:
            field_dict["collection_name"] = collection_name
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_project_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))

        def _parse_write_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        write_key = _parse_write_key(d.pop("write_key", UNSET))

        def _parse_collection_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        collection_name = _parse_collection_name(d.pop("collection_name", UNSET))

        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        size = _parse_size(d.pop("size", UNSET))

        update_data_stream_request_destination_credentials_3 = cls(
            project_id=project_id,
            write_key=write_key,
            collection_name=collection_name,
            size=size,
        )

        update_data_stream_request_destination_credentials_3.additional_properties = d
        return update_data_stream_request_destination_credentials_3

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
