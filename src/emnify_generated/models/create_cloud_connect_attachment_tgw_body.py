from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_cloud_connect_attachment_tgw_request_type import (
    CreateCloudConnectAttachmentTgwRequestType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCloudConnectAttachmentTgwBody")


@_attrs_define
class CreateCloudConnectAttachmentTgwBody:
    """
    Attributes:
        type_ (CreateCloudConnectAttachmentTgwRequestType | str):
        name (str):
        vpc_cidr (list[str]):
        region (str):
        aws_account_id (str):
        description (str | Unset):
    """

    type_: CreateCloudConnectAttachmentTgwRequestType | str
    name: str
    vpc_cidr: list[str]
    region: str
    aws_account_id: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str
        if isinstance(self.type_, CreateCloudConnectAttachmentTgwRequestType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        name = self.name

        vpc_cidr = self.vpc_cidr

        region = self.region

        aws_account_id = self.aws_account_id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "vpc_cidr": vpc_cidr,
                "region": region,
                "aws_account_id": aws_account_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_type_(data: object) -> CreateCloudConnectAttachmentTgwRequestType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_create_cloud_connect_attachment_tgw_request_type_create_cloud_connect_attachment_tgw_request_type = CreateCloudConnectAttachmentTgwRequestType(
                    data
                )

                return componentsschemas_create_cloud_connect_attachment_tgw_request_type_create_cloud_connect_attachment_tgw_request_type
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateCloudConnectAttachmentTgwRequestType | str, data)

        type_ = _parse_type_(d.pop("type"))

        name = d.pop("name")

        vpc_cidr = cast(list[str], d.pop("vpc_cidr"))

        region = d.pop("region")

        aws_account_id = d.pop("aws_account_id")

        description = d.pop("description", UNSET)

        create_cloud_connect_attachment_tgw_body = cls(
            type_=type_,
            name=name,
            vpc_cidr=vpc_cidr,
            region=region,
            aws_account_id=aws_account_id,
            description=description,
        )

        create_cloud_connect_attachment_tgw_body.additional_properties = d
        return create_cloud_connect_attachment_tgw_body

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
