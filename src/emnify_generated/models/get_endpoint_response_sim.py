from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_endpoint_response_sim_status import GetEndpointResponseSimStatus


T = TypeVar("T", bound="GetEndpointResponseSim")


@_attrs_define
class GetEndpointResponseSim:
    """
    Attributes:
        id (int):
        iccid (str | Unset):
        eid (str | Unset):
        msisdn (str | Unset):
        imsi (str | Unset):
        status (GetEndpointResponseSimStatus | Unset):
    """

    id: int
    iccid: str | Unset = UNSET
    eid: str | Unset = UNSET
    msisdn: str | Unset = UNSET
    imsi: str | Unset = UNSET
    status: GetEndpointResponseSimStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        iccid = self.iccid

        eid = self.eid

        msisdn = self.msisdn

        imsi = self.imsi

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
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
        id = d.pop("id")

        iccid = d.pop("iccid", UNSET)

        eid = d.pop("eid", UNSET)

        msisdn = d.pop("msisdn", UNSET)

        imsi = d.pop("imsi", UNSET)

        _status = d.pop("status", UNSET)
        status: GetEndpointResponseSimStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = GetEndpointResponseSimStatus.from_dict(_status)

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
