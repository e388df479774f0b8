from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_cloud_connect_attachment_vpn_request_type_id import (
    CreateCloudConnectAttachmentVpnRequestTypeId,
)

T = TypeVar("T", bound="CreateCloudConnectAttachmentVpnRequestType")


@_attrs_define
class CreateCloudConnectAttachmentVpnRequestType:
    """
    Attributes:
        id (CreateCloudConnectAttachmentVpnRequestTypeId | str):
    """

    id: CreateCloudConnectAttachmentVpnRequestTypeId | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str
        if isinstance(self.id, CreateCloudConnectAttachmentVpnRequestTypeId):
            id = self.id.value
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> CreateCloudConnectAttachmentVpnRequestTypeId | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_create_cloud_connect_attachment_vpn_request_type_id_create_cloud_connect_attachment_vpn_request_type_id = CreateCloudConnectAttachmentVpnRequestTypeId(
                    data
                )

                return componentsschemas_create_cloud_connect_attachment_vpn_request_type_id_create_cloud_connect_attachment_vpn_request_type_id
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateCloudConnectAttachmentVpnRequestTypeId | str, data)

        id = _parse_id(d.pop("id"))

        create_cloud_connect_attachment_vpn_request_type = cls(
            id=id,
        )

        create_cloud_connect_attachment_vpn_request_type.additional_properties = d
        return create_cloud_connect_attachment_vpn_request_type

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
