from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListCloudConnectAvailableRegionsResponseItems")


@_attrs_define
class ListCloudConnectAvailableRegionsResponseItems:
    """
    Attributes:
        attachment_region (None | str | Unset):
        device_breakout_region (None | str | Unset):
    """

    attachment_region: None | str | Unset = UNSET
    device_breakout_region: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attachment_region: None | str | Unset
        if isinstance(self.attachment_region, Unset):
            attachment_region = UNSET
        else:
            attachment_region = self.attachment_region

        device_breakout_region: None | str | Unset
        if isinstance(self.device_breakout_region, Unset):
            device_breakout_region = UNSET
        else:
            device_breakout_region = self.device_breakout_region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attachment_region is not UNSET:
            field_dict["attachment_region"] = attachment_region
        if device_breakout_region is not UNSET:
            field_dict["device_breakout_region"] = device_breakout_region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_attachment_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        attachment_region = _parse_attachment_region(d.pop("attachment_region", UNSET))

        def _parse_device_breakout_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device_breakout_region = _parse_device_breakout_region(
            d.pop("device_breakout_region", UNSET)
        )

        list_cloud_connect_available_regions_response_items = cls(
            attachment_region=attachment_region,
            device_breakout_region=device_breakout_region,
        )

        list_cloud_connect_available_regions_response_items.additional_properties = d
        return list_cloud_connect_available_regions_response_items

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
