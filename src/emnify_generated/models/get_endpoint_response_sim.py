from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_endpoint_response_sim_status import GetEndpointResponseSimStatus


T = TypeVar("T", bound="GetEndpointResponseSim")


@_attrs_define
class GetEndpointResponseSim:
    """
    Attributes:
        id (int | None | Unset):
        iccid (None | str | Unset):
        eid (None | str | Unset):
        msisdn (None | str | Unset):
        imsi (None | str | Unset):
        status (GetEndpointResponseSimStatus | None | Unset):
    """

    id: int | None | Unset = UNSET
    iccid: None | str | Unset = UNSET
    eid: None | str | Unset = UNSET
    msisdn: None | str | Unset = UNSET
    imsi: None | str | Unset = UNSET
    status: GetEndpointResponseSimStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_endpoint_response_sim_status import GetEndpointResponseSimStatus  # noqa: PLC0415

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        iccid: None | str | Unset
        if isinstance(self.iccid, Unset):
            iccid = UNSET
        else:
            iccid = self.iccid

        eid: None | str | Unset
        if isinstance(self.eid, Unset):
            eid = UNSET
        else:
            eid = self.eid

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

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, GetEndpointResponseSimStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if iccid is not UNSET:
            field_dict["iccid"] = iccid
        if eid is not UNSET:
            field_dict["eid"] = eid
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if imsi is not UNSET:
            field_dict["imsi"] = imsi
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_endpoint_response_sim_status import GetEndpointResponseSimStatus  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        def _parse_iccid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iccid = _parse_iccid(d.pop("iccid", UNSET))

        def _parse_eid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        eid = _parse_eid(d.pop("eid", UNSET))

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

        def _parse_status(data: object) -> GetEndpointResponseSimStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = GetEndpointResponseSimStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetEndpointResponseSimStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        get_endpoint_response_sim = cls(
            id=id,
            iccid=iccid,
            eid=eid,
            msisdn=msisdn,
            imsi=imsi,
            status=status,
        )

        get_endpoint_response_sim.additional_properties = d
        return get_endpoint_response_sim

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
