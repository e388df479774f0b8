from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_cloud_connect_attachment_response_items_tunnel_information_metrics import (
        GetCloudConnectAttachmentResponseItemsTunnelInformationMetrics,
    )


T = TypeVar("T", bound="GetCloudConnectAttachmentResponseItemsTunnelInformation")


@_attrs_define
class GetCloudConnectAttachmentResponseItemsTunnelInformation:
    """
    Attributes:
        outside_address (str | Unset):
        inside_cidr (str | Unset):
        metrics (GetCloudConnectAttachmentResponseItemsTunnelInformationMetrics | Unset):
        asn (float | Unset):
        public_ip (str | Unset):
    """

    outside_address: str | Unset = UNSET
    inside_cidr: str | Unset = UNSET
    metrics: GetCloudConnectAttachmentResponseItemsTunnelInformationMetrics | Unset = UNSET
    asn: float | Unset = UNSET
    public_ip: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outside_address = self.outside_address

        inside_cidr = self.inside_cidr

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        asn = self.asn

        public_ip = self.public_ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if outside_address is not UNSET:
            field_dict["outside_address"] = outside_address
        if inside_cidr is not UNSET:
            field_dict["inside_cidr"] = inside_cidr
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if asn is not UNSET:
            field_dict["asn"] = asn
        if public_ip is not UNSET:
            field_dict["public_ip"] = public_ip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_cloud_connect_attachment_response_items_tunnel_information_metrics import (
            GetCloudConnectAttachmentResponseItemsTunnelInformationMetrics,  # noqa: PLC0415
        )

        d = dict(src_dict)
        outside_address = d.pop("outside_address", UNSET)

        inside_cidr = d.pop("inside_cidr", UNSET)

        _metrics = d.pop("metrics", UNSET)
        metrics: GetCloudConnectAttachmentResponseItemsTunnelInformationMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = GetCloudConnectAttachmentResponseItemsTunnelInformationMetrics.from_dict(
                _metrics
            )

        asn = d.pop("asn", UNSET)

        public_ip = d.pop("public_ip", UNSET)

        get_cloud_connect_attachment_response_items_tunnel_information = cls(
            outside_address=outside_address,
            inside_cidr=inside_cidr,
            metrics=metrics,
            asn=asn,
            public_ip=public_ip,
        )

        get_cloud_connect_attachment_response_items_tunnel_information.additional_properties = d
        return get_cloud_connect_attachment_response_items_tunnel_information

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
