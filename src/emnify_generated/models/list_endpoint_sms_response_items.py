from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_endpoint_sms_response_items_endpoint import (
        ListEndpointSmsResponseItemsEndpoint,
    )
    from ..models.list_endpoint_sms_response_items_sms_type import (
        ListEndpointSmsResponseItemsSmsType,
    )
    from ..models.list_endpoint_sms_response_items_source_address_type import (
        ListEndpointSmsResponseItemsSourceAddressType,
    )
    from ..models.list_endpoint_sms_response_items_status import ListEndpointSmsResponseItemsStatus


T = TypeVar("T", bound="ListEndpointSmsResponseItems")


@_attrs_define
class ListEndpointSmsResponseItems:
    """
    Attributes:
        submit_date (str | Unset):
        delivery_date (str | Unset):
        expiry_date (str | Unset):
        final_date (str | Unset):
        retry_date (None | str | Unset):
        last_delivery_attempt (str | Unset):
        retry_count (int | Unset):
        gsm_map_error (None | str | Unset):
        dcs (int | Unset):
        pid (int | Unset):
        source_address (str | Unset):
        endpoint (ListEndpointSmsResponseItemsEndpoint | Unset):
        sim_id (str | Unset):
        iccid (str | Unset):
        msisdn (str | Unset):
        imsi (str | Unset):
        msc (str | Unset):
        udh (str | Unset):
        payload (str | Unset):
        id (int | Unset):
        status (ListEndpointSmsResponseItemsStatus | Unset):
        sms_type (ListEndpointSmsResponseItemsSmsType | Unset):
        source_address_type (ListEndpointSmsResponseItemsSourceAddressType | Unset):
    """

    submit_date: str | Unset = UNSET
    delivery_date: str | Unset = UNSET
    expiry_date: str | Unset = UNSET
    final_date: str | Unset = UNSET
    retry_date: None | str | Unset = UNSET
    last_delivery_attempt: str | Unset = UNSET
    retry_count: int | Unset = UNSET
    gsm_map_error: None | str | Unset = UNSET
    dcs: int | Unset = UNSET
    pid: int | Unset = UNSET
    source_address: str | Unset = UNSET
    endpoint: ListEndpointSmsResponseItemsEndpoint | Unset = UNSET
    sim_id: str | Unset = UNSET
    iccid: str | Unset = UNSET
    msisdn: str | Unset = UNSET
    imsi: str | Unset = UNSET
    msc: str | Unset = UNSET
    udh: str | Unset = UNSET
    payload: str | Unset = UNSET
    id: int | Unset = UNSET
    status: ListEndpointSmsResponseItemsStatus | Unset = UNSET
    sms_type: ListEndpointSmsResponseItemsSmsType | Unset = UNSET
    source_address_type: ListEndpointSmsResponseItemsSourceAddressType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        submit_date = self.submit_date

        delivery_date = self.delivery_date

        expiry_date = self.expiry_date

        final_date = self.final_date

        retry_date: None | str | Unset
        if isinstance(self.retry_date, Unset):
            retry_date = UNSET
        else:
            retry_date = self.retry_date

        last_delivery_attempt = self.last_delivery_attempt

        retry_count = self.retry_count

        gsm_map_error: None | str | Unset
        if isinstance(self.gsm_map_error, Unset):
            gsm_map_error = UNSET
        else:
            gsm_map_error = self.gsm_map_error

        dcs = self.dcs

        pid = self.pid

        source_address = self.source_address

        endpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.endpoint, Unset):
            endpoint = self.endpoint.to_dict()

        sim_id = self.sim_id

        iccid = self.iccid

        msisdn = self.msisdn

        imsi = self.imsi

        msc = self.msc

        udh = self.udh

        payload = self.payload

        id = self.id

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        sms_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sms_type, Unset):
            sms_type = self.sms_type.to_dict()

        source_address_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source_address_type, Unset):
            source_address_type = self.source_address_type.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if submit_date is not UNSET:
            field_dict["submit_date"] = submit_date
        if delivery_date is not UNSET:
            field_dict["delivery_date"] = delivery_date
        if expiry_date is not UNSET:
            field_dict["expiry_date"] = expiry_date
        if final_date is not UNSET:
            field_dict["final_date"] = final_date
        if retry_date is not UNSET:
            field_dict["retry_date"] = retry_date
        if last_delivery_attempt is not UNSET:
            field_dict["last_delivery_attempt"] = last_delivery_attempt
        if retry_count is not UNSET:
            field_dict["retry_count"] = retry_count
        if gsm_map_error is not UNSET:
            field_dict["gsm_map_error"] = gsm_map_error
        if dcs is not UNSET:
            field_dict["dcs"] = dcs
        if pid is not UNSET:
            field_dict["pid"] = pid
        if source_address is not UNSET:
            field_dict["source_address"] = source_address
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if sim_id is not UNSET:
            field_dict["sim_id"] = sim_id
        if iccid is not UNSET:
            field_dict["iccid"] = iccid
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if imsi is not UNSET:
            field_dict["imsi"] = imsi
        if msc is not UNSET:
            field_dict["msc"] = msc
        if udh is not UNSET:
            field_dict["udh"] = udh
        if payload is not UNSET:
            field_dict["payload"] = payload
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if sms_type is not UNSET:
            field_dict["sms_type"] = sms_type
        if source_address_type is not UNSET:
            field_dict["source_address_type"] = source_address_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_endpoint_sms_response_items_endpoint import (
            ListEndpointSmsResponseItemsEndpoint,  # noqa: PLC0415
        )
        from ..models.list_endpoint_sms_response_items_sms_type import (
            ListEndpointSmsResponseItemsSmsType,  # noqa: PLC0415
        )
        from ..models.list_endpoint_sms_response_items_source_address_type import (
            ListEndpointSmsResponseItemsSourceAddressType,  # noqa: PLC0415
        )
        from ..models.list_endpoint_sms_response_items_status import (
            ListEndpointSmsResponseItemsStatus,  # noqa: PLC0415
        )

        d = dict(src_dict)
        submit_date = d.pop("submit_date", UNSET)

        delivery_date = d.pop("delivery_date", UNSET)

        expiry_date = d.pop("expiry_date", UNSET)

        final_date = d.pop("final_date", UNSET)

        def _parse_retry_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        retry_date = _parse_retry_date(d.pop("retry_date", UNSET))

        last_delivery_attempt = d.pop("last_delivery_attempt", UNSET)

        retry_count = d.pop("retry_count", UNSET)

        def _parse_gsm_map_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gsm_map_error = _parse_gsm_map_error(d.pop("gsm_map_error", UNSET))

        dcs = d.pop("dcs", UNSET)

        pid = d.pop("pid", UNSET)

        source_address = d.pop("source_address", UNSET)

        _endpoint = d.pop("endpoint", UNSET)
        endpoint: ListEndpointSmsResponseItemsEndpoint | Unset
        if isinstance(_endpoint, Unset):
            endpoint = UNSET
        else:
            endpoint = ListEndpointSmsResponseItemsEndpoint.from_dict(_endpoint)

        sim_id = d.pop("sim_id", UNSET)

        iccid = d.pop("iccid", UNSET)

        msisdn = d.pop("msisdn", UNSET)

        imsi = d.pop("imsi", UNSET)

        msc = d.pop("msc", UNSET)

        udh = d.pop("udh", UNSET)

        payload = d.pop("payload", UNSET)

        id = d.pop("id", UNSET)

        _status = d.pop("status", UNSET)
        status: ListEndpointSmsResponseItemsStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ListEndpointSmsResponseItemsStatus.from_dict(_status)

        _sms_type = d.pop("sms_type", UNSET)
        sms_type: ListEndpointSmsResponseItemsSmsType | Unset
        if isinstance(_sms_type, Unset):
            sms_type = UNSET
        else:
            sms_type = ListEndpointSmsResponseItemsSmsType.from_dict(_sms_type)

        _source_address_type = d.pop("source_address_type", UNSET)
        source_address_type: ListEndpointSmsResponseItemsSourceAddressType | Unset
        if isinstance(_source_address_type, Unset):
            source_address_type = UNSET
        else:
            source_address_type = ListEndpointSmsResponseItemsSourceAddressType.from_dict(
                _source_address_type
            )

        list_endpoint_sms_response_items = cls(
            submit_date=submit_date,
            delivery_date=delivery_date,
            expiry_date=expiry_date,
            final_date=final_date,
            retry_date=retry_date,
            last_delivery_attempt=last_delivery_attempt,
            retry_count=retry_count,
            gsm_map_error=gsm_map_error,
            dcs=dcs,
            pid=pid,
            source_address=source_address,
            endpoint=endpoint,
            sim_id=sim_id,
            iccid=iccid,
            msisdn=msisdn,
            imsi=imsi,
            msc=msc,
            udh=udh,
            payload=payload,
            id=id,
            status=status,
            sms_type=sms_type,
            source_address_type=source_address_type,
        )

        list_endpoint_sms_response_items.additional_properties = d
        return list_endpoint_sms_response_items

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
