from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_cloud_connect_attachment_response_items_tunnel_information_metrics_bytes_in import (
        GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesIn,
    )
    from ..models.get_cloud_connect_attachment_response_items_tunnel_information_metrics_bytes_out import (
        GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesOut,
    )


T = TypeVar("T", bound="GetCloudConnectAttachmentResponseItemsTunnelInformationMetrics")


@_attrs_define
class GetCloudConnectAttachmentResponseItemsTunnelInformationMetrics:
    """
    Attributes:
        tunnel_state (str | Unset):
        bytes_in (GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesIn | Unset):
        bytes_out (GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesOut | Unset):
    """

    tunnel_state: str | Unset = UNSET
    bytes_in: GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesIn | Unset = UNSET
    bytes_out: GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesOut | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tunnel_state = self.tunnel_state

        bytes_in: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bytes_in, Unset):
            bytes_in = self.bytes_in.to_dict()

        bytes_out: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bytes_out, Unset):
            bytes_out = self.bytes_out.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tunnel_state is not UNSET:
            field_dict["tunnel_state"] = tunnel_state
        if bytes_in is not UNSET:
            field_dict["bytes_in"] = bytes_in
        if bytes_out is not UNSET:
            field_dict["bytes_out"] = bytes_out

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_cloud_connect_attachment_response_items_tunnel_information_metrics_bytes_in import (
            GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesIn,  # noqa: PLC0415
        )
        from ..models.get_cloud_connect_attachment_response_items_tunnel_information_metrics_bytes_out import (
            GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesOut,  # noqa: PLC0415
        )

        d = dict(src_dict)
        tunnel_state = d.pop("tunnel_state", UNSET)

        _bytes_in = d.pop("bytes_in", UNSET)
        bytes_in: GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesIn | Unset
        if isinstance(_bytes_in, Unset):
            bytes_in = UNSET
        else:
            bytes_in = (
                GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesIn.from_dict(
                    _bytes_in
                )
            )

        _bytes_out = d.pop("bytes_out", UNSET)
        bytes_out: GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesOut | Unset
        if isinstance(_bytes_out, Unset):
            bytes_out = UNSET
        else:
            bytes_out = (
                GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesOut.from_dict(
                    _bytes_out
                )
            )

        get_cloud_connect_attachment_response_items_tunnel_information_metrics = cls(
            tunnel_state=tunnel_state,
            bytes_in=bytes_in,
            bytes_out=bytes_out,
        )

        get_cloud_connect_attachment_response_items_tunnel_information_metrics.additional_properties = d
        return get_cloud_connect_attachment_response_items_tunnel_information_metrics

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
