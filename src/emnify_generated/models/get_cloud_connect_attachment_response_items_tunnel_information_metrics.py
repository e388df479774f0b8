from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_cloud_connect_attachment_response_items_tunnel_information_metrics_bytes_in_type_0 import (
        GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesInType0,
    )
    from ..models.get_cloud_connect_attachment_response_items_tunnel_information_metrics_bytes_out_type_0 import (
        GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesOutType0,
    )


T = TypeVar("T", bound="GetCloudConnectAttachmentResponseItemsTunnelInformationMetrics")


@_attrs_define
class GetCloudConnectAttachmentResponseItemsTunnelInformationMetrics:
    """
    Attributes:
        tunnel_state (None | str | Unset):
        bytes_in (GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesInType0 | None | Unset):
        bytes_out (GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesOutType0 | None | Unset):
    """

    tunnel_state: None | str | Unset = UNSET
    bytes_in: (
        GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesInType0 | None | Unset
    ) = UNSET
    bytes_out: (
        GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesOutType0 | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_cloud_connect_attachment_response_items_tunnel_information_metrics_bytes_in_type_0 import (
            GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesInType0,  # noqa: PLC0415
        )
        from ..models.get_cloud_connect_attachment_response_items_tunnel_information_metrics_bytes_out_type_0 import (
            GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesOutType0,  # noqa: PLC0415
        )

        tunnel_state: None | str | Unset
        if isinstance(self.tunnel_state, Unset):
            tunnel_state = UNSET
        else:
            tunnel_state = self.tunnel_state

        bytes_in: dict[str, Any] | None | Unset
        if isinstance(self.bytes_in, Unset):
            bytes_in = UNSET
        elif isinstance(
            self.bytes_in,
            GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesInType0,
        ):
            bytes_in = self.bytes_in.to_dict()
        else:
            bytes_in = self.bytes_in

        bytes_out: dict[str, Any] | None | Unset
        if isinstance(self.bytes_out, Unset):
            bytes_out = UNSET
        elif isinstance(
            self.bytes_out,
            GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesOutType0,
        ):
            bytes_out = self.bytes_out.to_dict()
        else:
            bytes_out = self.bytes_out

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
        from ..models.get_cloud_connect_attachment_response_items_tunnel_information_metrics_bytes_in_type_0 import (
            GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesInType0,  # noqa: PLC0415
        )
        from ..models.get_cloud_connect_attachment_response_items_tunnel_information_metrics_bytes_out_type_0 import (
            GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesOutType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_tunnel_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tunnel_state = _parse_tunnel_state(d.pop("tunnel_state", UNSET))

        def _parse_bytes_in(
            data: object,
        ) -> (
            GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesInType0
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bytes_in_type_0 = GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesInType0.from_dict(
                    data
                )

                return bytes_in_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesInType0
                | None
                | Unset,
                data,
            )

        bytes_in = _parse_bytes_in(d.pop("bytes_in", UNSET))

        def _parse_bytes_out(
            data: object,
        ) -> (
            GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesOutType0
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bytes_out_type_0 = GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesOutType0.from_dict(
                    data
                )

                return bytes_out_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                GetCloudConnectAttachmentResponseItemsTunnelInformationMetricsBytesOutType0
                | None
                | Unset,
                data,
            )

        bytes_out = _parse_bytes_out(d.pop("bytes_out", UNSET))

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
