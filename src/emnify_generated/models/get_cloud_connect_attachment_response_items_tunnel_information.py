from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_float
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
        outside_address (None | str | Unset):
        inside_cidr (None | str | Unset):
        metrics (GetCloudConnectAttachmentResponseItemsTunnelInformationMetrics | None | Unset):
        asn (float | None | Unset):
        public_ip (None | str | Unset):
    """

    outside_address: None | str | Unset = UNSET
    inside_cidr: None | str | Unset = UNSET
    metrics: GetCloudConnectAttachmentResponseItemsTunnelInformationMetrics | None | Unset = UNSET
    asn: float | None | Unset = UNSET
    public_ip: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_cloud_connect_attachment_response_items_tunnel_information_metrics import (
            GetCloudConnectAttachmentResponseItemsTunnelInformationMetrics,  # noqa: PLC0415
        )

        outside_address: None | str | Unset
        if isinstance(self.outside_address, Unset):
            outside_address = UNSET
        else:
            outside_address = self.outside_address

        inside_cidr: None | str | Unset
        if isinstance(self.inside_cidr, Unset):
            inside_cidr = UNSET
        else:
            inside_cidr = self.inside_cidr

        metrics: dict[str, Any] | None | Unset
        if isinstance(self.metrics, Unset):
            metrics = UNSET
        elif isinstance(
            self.metrics, GetCloudConnectAttachmentResponseItemsTunnelInformationMetrics
        ):
            metrics = self.metrics.to_dict()
        else:
            metrics = self.metrics

        asn: float | None | Unset
        if isinstance(self.asn, Unset):
            asn = UNSET
        else:
            asn = self.asn

        public_ip: None | str | Unset
        if isinstance(self.public_ip, Unset):
            public_ip = UNSET
        else:
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

        def _parse_outside_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outside_address = _parse_outside_address(d.pop("outside_address", UNSET))

        def _parse_inside_cidr(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inside_cidr = _parse_inside_cidr(d.pop("inside_cidr", UNSET))

        def _parse_metrics(
            data: object,
        ) -> GetCloudConnectAttachmentResponseItemsTunnelInformationMetrics | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metrics_type_0 = (
                    GetCloudConnectAttachmentResponseItemsTunnelInformationMetrics.from_dict(data)
                )

                return metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                GetCloudConnectAttachmentResponseItemsTunnelInformationMetrics | None | Unset, data
            )

        metrics = _parse_metrics(d.pop("metrics", UNSET))

        def _parse_asn(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        asn = _parse_asn(d.pop("asn", UNSET))

        def _parse_public_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        public_ip = _parse_public_ip(d.pop("public_ip", UNSET))

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
