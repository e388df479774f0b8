from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_endpoint_response_sim_status import CreateEndpointResponseSimStatus


T = TypeVar("T", bound="CreateEndpointResponseSim")


@_attrs_define
class CreateEndpointResponseSim:
    """
    Attributes:
        id (int | Unset):
        iccid (str | Unset):
        iccid_with_luhn (str | Unset):
        sim_profile_type_id (int | Unset):
        imsi (str | Unset):
        msisdn (str | Unset):
        status (CreateEndpointResponseSimStatus | Unset):
    """

    id: int | Unset = UNSET
    iccid: str | Unset = UNSET
    iccid_with_luhn: str | Unset = UNSET
    sim_profile_type_id: int | Unset = UNSET
    imsi: str | Unset = UNSET
    msisdn: str | Unset = UNSET
    status: CreateEndpointResponseSimStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        iccid = self.iccid

        iccid_with_luhn = self.iccid_with_luhn

        sim_profile_type_id = self.sim_profile_type_id

        imsi = self.imsi

        msisdn = self.msisdn

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if iccid is not UNSET:
            field_dict["iccid"] = iccid
        if iccid_with_luhn is not UNSET:
            field_dict["iccid_with_luhn"] = iccid_with_luhn
        if sim_profile_type_id is not UNSET:
            field_dict["sim_profile_type_id"] = sim_profile_type_id
        if imsi is not UNSET:
            field_dict["imsi"] = imsi
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_endpoint_response_sim_status import CreateEndpointResponseSimStatus  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        iccid = d.pop("iccid", UNSET)

        iccid_with_luhn = d.pop("iccid_with_luhn", UNSET)

        sim_profile_type_id = d.pop("sim_profile_type_id", UNSET)

        imsi = d.pop("imsi", UNSET)

        msisdn = d.pop("msisdn", UNSET)

        _status = d.pop("status", UNSET)
        status: CreateEndpointResponseSimStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CreateEndpointResponseSimStatus.from_dict(_status)

        create_endpoint_response_sim = cls(
            id=id,
            iccid=iccid,
            iccid_with_luhn=iccid_with_luhn,
            sim_profile_type_id=sim_profile_type_id,
            imsi=imsi,
            msisdn=msisdn,
            status=status,
        )

        create_endpoint_response_sim.additional_properties = d
        return create_endpoint_response_sim

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
