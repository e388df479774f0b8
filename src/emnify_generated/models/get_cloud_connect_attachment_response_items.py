from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_cloud_connect_attachment_response_items_status import (
        GetCloudConnectAttachmentResponseItemsStatus,
    )
    from ..models.get_cloud_connect_attachment_response_items_tunnel_information import (
        GetCloudConnectAttachmentResponseItemsTunnelInformation,
    )
    from ..models.get_cloud_connect_attachment_response_items_type import (
        GetCloudConnectAttachmentResponseItemsType,
    )


T = TypeVar("T", bound="GetCloudConnectAttachmentResponseItems")


@_attrs_define
class GetCloudConnectAttachmentResponseItems:
    """
    Attributes:
        id (int | Unset):
        name (str | Unset):
        description (str | Unset):
        user_id (int | Unset):
        creation_date (str | Unset):
        accept_attachment_expiry_date (str | Unset):
        termination_date (str | Unset):
        aws_transit_gateway_attachment_id (str | Unset):
        aws_vpn_connection_id (str | Unset):
        status (GetCloudConnectAttachmentResponseItemsStatus | Unset):
        type_ (GetCloudConnectAttachmentResponseItemsType | Unset):
        region (str | Unset):
        tunnel_information (GetCloudConnectAttachmentResponseItemsTunnelInformation | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    user_id: int | Unset = UNSET
    creation_date: str | Unset = UNSET
    accept_attachment_expiry_date: str | Unset = UNSET
    termination_date: str | Unset = UNSET
    aws_transit_gateway_attachment_id: str | Unset = UNSET
    aws_vpn_connection_id: str | Unset = UNSET
    status: GetCloudConnectAttachmentResponseItemsStatus | Unset = UNSET
    type_: GetCloudConnectAttachmentResponseItemsType | Unset = UNSET
    region: str | Unset = UNSET
    tunnel_information: GetCloudConnectAttachmentResponseItemsTunnelInformation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        user_id = self.user_id

        creation_date = self.creation_date

        accept_attachment_expiry_date = self.accept_attachment_expiry_date

        termination_date = self.termination_date

        aws_transit_gateway_attachment_id = self.aws_transit_gateway_attachment_id

        aws_vpn_connection_id = self.aws_vpn_connection_id

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        type_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.to_dict()

        region = self.region

        tunnel_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tunnel_information, Unset):
            tunnel_information = self.tunnel_information.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if creation_date is not UNSET:
            field_dict["creation_date"] = creation_date
        if accept_attachment_expiry_date is not UNSET:
            field_dict["accept_attachment_expiry_date"] = accept_attachment_expiry_date
        if termination_date is not UNSET:
            field_dict["termination_date"] = termination_date
        if aws_transit_gateway_attachment_id is not UNSET:
            field_dict["aws_transit_gateway_attachment_id"] = aws_transit_gateway_attachment_id
        if aws_vpn_connection_id is not UNSET:
            field_dict["aws_vpn_connection_id"] = aws_vpn_connection_id
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if region is not UNSET:
            field_dict["region"] = region
        if tunnel_information is not UNSET:
            field_dict["tunnel_information"] = tunnel_information

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_cloud_connect_attachment_response_items_status import (
            GetCloudConnectAttachmentResponseItemsStatus,  # noqa: PLC0415
        )
        from ..models.get_cloud_connect_attachment_response_items_tunnel_information import (
            GetCloudConnectAttachmentResponseItemsTunnelInformation,  # noqa: PLC0415
        )
        from ..models.get_cloud_connect_attachment_response_items_type import (
            GetCloudConnectAttachmentResponseItemsType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        user_id = d.pop("user_id", UNSET)

        creation_date = d.pop("creation_date", UNSET)

        accept_attachment_expiry_date = d.pop("accept_attachment_expiry_date", UNSET)

        termination_date = d.pop("termination_date", UNSET)

        aws_transit_gateway_attachment_id = d.pop("aws_transit_gateway_attachment_id", UNSET)

        aws_vpn_connection_id = d.pop("aws_vpn_connection_id", UNSET)

        _status = d.pop("status", UNSET)
        status: GetCloudConnectAttachmentResponseItemsStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = GetCloudConnectAttachmentResponseItemsStatus.from_dict(_status)

        _type_ = d.pop("type", UNSET)
        type_: GetCloudConnectAttachmentResponseItemsType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = GetCloudConnectAttachmentResponseItemsType.from_dict(_type_)

        region = d.pop("region", UNSET)

        _tunnel_information = d.pop("tunnel_information", UNSET)
        tunnel_information: GetCloudConnectAttachmentResponseItemsTunnelInformation | Unset
        if isinstance(_tunnel_information, Unset):
            tunnel_information = UNSET
        else:
            tunnel_information = GetCloudConnectAttachmentResponseItemsTunnelInformation.from_dict(
                _tunnel_information
            )

        get_cloud_connect_attachment_response_items = cls(
            id=id,
            name=name,
            description=description,
            user_id=user_id,
            creation_date=creation_date,
            accept_attachment_expiry_date=accept_attachment_expiry_date,
            termination_date=termination_date,
            aws_transit_gateway_attachment_id=aws_transit_gateway_attachment_id,
            aws_vpn_connection_id=aws_vpn_connection_id,
            status=status,
            type_=type_,
            region=region,
            tunnel_information=tunnel_information,
        )

        get_cloud_connect_attachment_response_items.additional_properties = d
        return get_cloud_connect_attachment_response_items

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
