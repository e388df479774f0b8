from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_cloud_connect_attachment_vpn_request_type import (
        CreateCloudConnectAttachmentVpnRequestType,
    )


T = TypeVar("T", bound="CreateCloudConnectAttachmentVpnBody")


@_attrs_define
class CreateCloudConnectAttachmentVpnBody:
    """
    Attributes:
        type_ (CreateCloudConnectAttachmentVpnRequestType):
        name (str):
        public_ip (str):
        on_prem_cidr (list[str]):
        description (str | Unset):
        region (str | Unset):
        psk (str | Unset):
        asn (int | Unset):
        inside_cidr (list[str] | Unset):
    """

    type_: CreateCloudConnectAttachmentVpnRequestType
    name: str
    public_ip: str
    on_prem_cidr: list[str]
    description: str | Unset = UNSET
    region: str | Unset = UNSET
    psk: str | Unset = UNSET
    asn: int | Unset = UNSET
    inside_cidr: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.to_dict()

        name = self.name

        public_ip = self.public_ip

        on_prem_cidr = self.on_prem_cidr

        description = self.description

        region = self.region

        psk = self.psk

        asn = self.asn

        inside_cidr: list[str] | Unset = UNSET
        if not isinstance(self.inside_cidr, Unset):
            inside_cidr = self.inside_cidr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "public_ip": public_ip,
                "on_prem_cidr": on_prem_cidr,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if region is not UNSET:
            field_dict["region"] = region
        if psk is not UNSET:
            field_dict["psk"] = psk
        if asn is not UNSET:
            field_dict["asn"] = asn
        if inside_cidr is not UNSET:
            field_dict["inside_cidr"] = inside_cidr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_cloud_connect_attachment_vpn_request_type import (
            CreateCloudConnectAttachmentVpnRequestType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = CreateCloudConnectAttachmentVpnRequestType.from_dict(d.pop("type"))

        name = d.pop("name")

        public_ip = d.pop("public_ip")

        on_prem_cidr = cast(list[str], d.pop("on_prem_cidr"))

        description = d.pop("description", UNSET)

        region = d.pop("region", UNSET)

        psk = d.pop("psk", UNSET)

        asn = d.pop("asn", UNSET)

        inside_cidr = cast(list[str], d.pop("inside_cidr", UNSET))

        create_cloud_connect_attachment_vpn_body = cls(
            type_=type_,
            name=name,
            public_ip=public_ip,
            on_prem_cidr=on_prem_cidr,
            description=description,
            region=region,
            psk=psk,
            asn=asn,
            inside_cidr=inside_cidr,
        )

        create_cloud_connect_attachment_vpn_body.additional_properties = d
        return create_cloud_connect_attachment_vpn_body

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
