from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
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
        submit_date (None | str | Unset):
        delivery_date (None | str | Unset):
        expiry_date (None | str | Unset):
        final_date (None | str | Unset):
        retry_date (None | str | Unset):
        last_delivery_attempt (None | str | Unset):
        retry_count (int | None | Unset):
        gsm_map_error (None | str | Unset):
        dcs (int | None | Unset):
        pid (int | None | Unset):
        source_address (None | str | Unset):
        endpoint (ListEndpointSmsResponseItemsEndpoint | None | Unset):
        sim_id (None | str | Unset):
        iccid (None | str | Unset):
        msisdn (None | str | Unset):
        imsi (None | str | Unset):
        msc (None | str | Unset):
        udh (None | str | Unset):
        payload (None | str | Unset):
        id (int | None | Unset):
        status (ListEndpointSmsResponseItemsStatus | None | Unset):
        sms_type (ListEndpointSmsResponseItemsSmsType | None | Unset):
        source_address_type (ListEndpointSmsResponseItemsSourceAddressType | None | Unset):
    """

    submit_date: None | str | Unset = UNSET
    delivery_date: None | str | Unset = UNSET
    expiry_date: None | str | Unset = UNSET
    final_date: None | str | Unset = UNSET
    retry_date: None | str | Unset = UNSET
    last_delivery_attempt: None | str | Unset = UNSET
    retry_count: int | None | Unset = UNSET
    gsm_map_error: None | str | Unset = UNSET
    dcs: int | None | Unset = UNSET
    pid: int | None | Unset = UNSET
    source_address: None | str | Unset = UNSET
    endpoint: ListEndpointSmsResponseItemsEndpoint | None | Unset = UNSET
    sim_id: None | str | Unset = UNSET
    iccid: None | str | Unset = UNSET
    msisdn: None | str | Unset = UNSET
    imsi: None | str | Unset = UNSET
    msc: None | str | Unset = UNSET
    udh: None | str | Unset = UNSET
    payload: None | str | Unset = UNSET
    id: int | None | Unset = UNSET
    status: ListEndpointSmsResponseItemsStatus | None | Unset = UNSET
    sms_type: ListEndpointSmsResponseItemsSmsType | None | Unset = UNSET
    source_address_type: ListEndpointSmsResponseItemsSourceAddressType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        submit_date: None | str | Unset
        if isinstance(self.submit_date, Unset):
            submit_date = UNSET
        else:
            submit_date = self.submit_date

        delivery_date: None | str | Unset
        if isinstance(self.delivery_date, Unset):
            delivery_date = UNSET
        else:
            delivery_date = self.delivery_date

        expiry_date: None | str | Unset
        if isinstance(self.expiry_date, Unset):
            expiry_date = UNSET
        else:
            expiry_date = self.expiry_date

        final_date: None | str | Unset
        if isinstance(self.final_date, Unset):
            final_date = UNSET
        else:
            final_date = self.final_date

        retry_date: None | str | Unset
        if isinstance(self.retry_date, Unset):
            retry_date = UNSET
        else:
            retry_date = self.retry_date

        last_delivery_attempt: None | str | Unset
        if isinstance(self.last_delivery_attempt, Unset):
            last_delivery_attempt = UNSET
        else:
            last_delivery_attempt = self.last_delivery_attempt

        retry_count: int | None | Unset
        if isinstance(self.retry_count, Unset):
            retry_count = UNSET
        else:
            retry_count = self.retry_count

        gsm_map_error: None | str | Unset
        if isinstance(self.gsm_map_error, Unset):
            gsm_map_error = UNSET
        else:
            gsm_map_error = self.gsm_map_error

        dcs: int | None | Unset
        if isinstance(self.dcs, Unset):
            dcs = UNSET
        else:
            dcs = self.dcs

        pid: int | None | Unset
        if isinstance(self.pid, Unset):
            pid = UNSET
        else:
            pid = self.pid

        source_address: None | str | Unset
        if isinstance(self.source_address, Unset):
            source_address = UNSET
        else:
            source_address = self.source_address

        endpoint: dict[str, Any] | None | Unset
        if isinstance(self.endpoint, Unset):
            endpoint = UNSET
        elif isinstance(self.endpoint, ListEndpointSmsResponseItemsEndpoint):
            endpoint = self.endpoint.to_dict()
        else:
            endpoint = self.endpoint

        sim_id: None | str | Unset
        if isinstance(self.sim_id, Unset):
            sim_id = UNSET
        else:
            sim_id = self.sim_id

        iccid: None | str | Unset
        if isinstance(self.iccid, Unset):
            iccid = UNSET
        else:
            iccid = self.iccid

        msisdn: None | str | Unset
        if isinstance(self.msisdn, Unset):
            msisdn = UNSET
        else:
            msisdn = self.msisdn

        imsi: None | str | Unset
        if isinstance(self.imsi, Unset):
            imsi = UNSET
        else:
            imsi = self.imsi

        msc: None | str | Unset
        if isinstance(self.msc, Unset):
            msc = UNSET
        else:
            msc = self.msc

        udh: None | str | Unset
        if isinstance(self.udh, Unset):
            udh = UNSET
        else:
            udh = self.udh

        payload: None | str | Unset
        if isinstance(self.payload, Unset):
            payload = UNSET
        else:
            payload = self.payload

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ListEndpointSmsResponseItemsStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        sms_type: dict[str, Any] | None | Unset
        if isinstance(self.sms_type, Unset):
            sms_type = UNSET
        elif isinstance(self.sms_type, ListEndpointSmsResponseItemsSmsType):
            sms_type = self.sms_type.to_dict()
        else:
            sms_type = self.sms_type

        source_address_type: dict[str, Any] | None | Unset
        if isinstance(self.source_address_type, Unset):
            source_address_type = UNSET
        elif isinstance(self.source_address_type, ListEndpointSmsResponseItemsSourceAddressType):
            source_address_type = self.source_address_type.to_dict()
        else:
            source_address_type = self.source_address_type

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

        def _parse_submit_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        submit_date = _parse_submit_date(d.pop("submit_date", UNSET))

        def _parse_delivery_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        delivery_date = _parse_delivery_date(d.pop("delivery_date", UNSET))

        def _parse_expiry_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expiry_date = _parse_expiry_date(d.pop("expiry_date", UNSET))

        def _parse_final_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        final_date = _parse_final_date(d.pop("final_date", UNSET))

        def _parse_retry_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        retry_date = _parse_retry_date(d.pop("retry_date", UNSET))

        def _parse_last_delivery_attempt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_delivery_attempt = _parse_last_delivery_attempt(d.pop("last_delivery_attempt", UNSET))

        def _parse_retry_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        retry_count = _parse_retry_count(d.pop("retry_count", UNSET))

        def _parse_gsm_map_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gsm_map_error = _parse_gsm_map_error(d.pop("gsm_map_error", UNSET))

        def _parse_dcs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        dcs = _parse_dcs(d.pop("dcs", UNSET))

        def _parse_pid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        pid = _parse_pid(d.pop("pid", UNSET))

        def _parse_source_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_address = _parse_source_address(d.pop("source_address", UNSET))

        def _parse_endpoint(data: object) -> ListEndpointSmsResponseItemsEndpoint | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                endpoint_type_0 = ListEndpointSmsResponseItemsEndpoint.from_dict(data)

                return endpoint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListEndpointSmsResponseItemsEndpoint | None | Unset, data)

        endpoint = _parse_endpoint(d.pop("endpoint", UNSET))

        def _parse_sim_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sim_id = _parse_sim_id(d.pop("sim_id", UNSET))

        def _parse_iccid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iccid = _parse_iccid(d.pop("iccid", UNSET))

        def _parse_msisdn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        msisdn = _parse_msisdn(d.pop("msisdn", UNSET))

        def _parse_imsi(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        imsi = _parse_imsi(d.pop("imsi", UNSET))

        def _parse_msc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        msc = _parse_msc(d.pop("msc", UNSET))

        def _parse_udh(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        udh = _parse_udh(d.pop("udh", UNSET))

        def _parse_payload(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payload = _parse_payload(d.pop("payload", UNSET))

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        def _parse_status(data: object) -> ListEndpointSmsResponseItemsStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = ListEndpointSmsResponseItemsStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListEndpointSmsResponseItemsStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_sms_type(data: object) -> ListEndpointSmsResponseItemsSmsType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sms_type_type_0 = ListEndpointSmsResponseItemsSmsType.from_dict(data)

                return sms_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListEndpointSmsResponseItemsSmsType | None | Unset, data)

        sms_type = _parse_sms_type(d.pop("sms_type", UNSET))

        def _parse_source_address_type(
            data: object,
        ) -> ListEndpointSmsResponseItemsSourceAddressType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_address_type_type_0 = (
                    ListEndpointSmsResponseItemsSourceAddressType.from_dict(data)
                )

                return source_address_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListEndpointSmsResponseItemsSourceAddressType | None | Unset, data)

        source_address_type = _parse_source_address_type(d.pop("source_address_type", UNSET))

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
