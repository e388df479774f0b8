from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateDataStreamRequestDestinationCredentials3")


@_attrs_define
class UpdateDataStreamRequestDestinationCredentials3:
    """
    Attributes:
        project_id (str):
        write_key (str):
        collection_name (str):
        size (int | Unset):
    """

    project_id: str
    write_key: str
    collection_name: str
    size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        write_key = self.write_key

        collection_name = self.collection_name

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "write_key": write_key,
                "collection_name": collection_name,
            }
        )
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("project_id")

        write_key = d.pop("write_key")

        collection_name = d.pop("collection_name")

        size = d.pop("size", UNSET)

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
