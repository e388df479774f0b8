from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_endpoint_sms_request_source_address_type import (
        SendEndpointSmsRequestSourceAddressType,
    )


T = TypeVar("T", bound="SendEndpointSmsBody")


@_attrs_define
class SendEndpointSmsBody:
    """
    Attributes:
        payload (str):
        source_address (str | Unset):
        source_address_type (SendEndpointSmsRequestSourceAddressType | Unset):
        dest_address (str | Unset):
        udh (str | Unset):
        dcs (int | Unset):
        expiry_date (datetime.datetime | Unset):
    """

    payload: str
    source_address: str | Unset = UNSET
    source_address_type: SendEndpointSmsRequestSourceAddressType | Unset = UNSET
    dest_address: str | Unset = UNSET
    udh: str | Unset = UNSET
    dcs: int | Unset = UNSET
    expiry_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payload = self.payload

        source_address = self.source_address

        source_address_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_address_type, Unset):
            source_address_type = self.source_address_type.to_dict()

        dest_address = self.dest_address

        udh = self.udh

        dcs = self.dcs

        expiry_date: str | Unset = UNSET
        if not isinstance(self.expiry_date, Unset):
            expiry_date = self.expiry_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payload": payload,
            }
        )
        if source_address is not UNSET:
            field_dict["source_address"] = source_address
        if source_address_type is not UNSET:
            field_dict["source_address_type"] = source_address_type
        if dest_address is not UNSET:
            field_dict["dest_address"] = dest_address
        if udh is not UNSET:
            field_dict["udh"] = udh
        if dcs is not UNSET:
            field_dict["dcs"] = dcs
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_endpoint_sms_request_source_address_type import (
            SendEndpointSmsRequestSourceAddressType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        payload = d.pop("payload")

        source_address = d.pop("source_address", UNSET)

        _source_address_type = d.pop("source_address_type", UNSET)
        source_address_type: SendEndpointSmsRequestSourceAddressType | Unset
        if isinstance(_source_address_type, Unset):
            source_address_type = UNSET
        else:
            source_address_type = SendEndpointSmsRequestSourceAddressType.from_dict(
                _source_address_type
            )

        dest_address = d.pop("dest_address", UNSET)

        udh = d.pop("udh", UNSET)

        dcs = d.pop("dcs", UNSET)

        _expiry_date = d.pop("expiry_date", UNSET)
        expiry_date: datetime.datetime | Unset
        if isinstance(_expiry_date, Unset):
            expiry_date = UNSET
        else:
            expiry_date = isoparse(_expiry_date)

        send_endpoint_sms_body = cls(
            payload=payload,
            source_address=source_address,
            source_address_type=source_address_type,
            dest_address=dest_address,
            udh=udh,
            dcs=dcs,
            expiry_date=expiry_date,
        )

        send_endpoint_sms_body.additional_properties = d
        return send_endpoint_sms_body

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
