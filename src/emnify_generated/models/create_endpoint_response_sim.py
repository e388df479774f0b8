from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_endpoint_response_sim_status import CreateEndpointResponseSimStatus


T = TypeVar("T", bound="CreateEndpointResponseSim")


@_attrs_define
class CreateEndpointResponseSim:
    """
    Attributes:
        id (int | None | Unset):
        iccid (None | str | Unset):
        iccid_with_luhn (None | str | Unset):
        sim_profile_type_id (int | None | Unset):
        imsi (None | str | Unset):
        msisdn (None | str | Unset):
        status (CreateEndpointResponseSimStatus | None | Unset):
    """

    id: int | None | Unset = UNSET
    iccid: None | str | Unset = UNSET
    iccid_with_luhn: None | str | Unset = UNSET
    sim_profile_type_id: int | None | Unset = UNSET
    imsi: None | str | Unset = UNSET
    msisdn: None | str | Unset = UNSET
    status: CreateEndpointResponseSimStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_endpoint_response_sim_status import CreateEndpointResponseSimStatus  # noqa: PLC0415

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

        iccid_with_luhn: None | str | Unset
        if isinstance(self.iccid_with_luhn, Unset):
            iccid_with_luhn = UNSET
        else:
            iccid_with_luhn = self.iccid_with_luhn

        sim_profile_type_id: int | None | Unset
        if isinstance(self.sim_profile_type_id, Unset):
            sim_profile_type_id = UNSET
        else:
            sim_profile_type_id = self.sim_profile_type_id

        imsi: None | str | Unset
        if isinstance(self.imsi, Unset):
            imsi = UNSET
        else:
            imsi = self.imsi

        msisdn: None | str | Unset
        if isinstance(self.msisdn, Unset):
            msisdn = UNSET
        else:
            msisdn = self.msisdn

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, CreateEndpointResponseSimStatus):
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

        def _parse_iccid_with_luhn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iccid_with_luhn = _parse_iccid_with_luhn(d.pop("iccid_with_luhn", UNSET))

        def _parse_sim_profile_type_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        sim_profile_type_id = _parse_sim_profile_type_id(d.pop("sim_profile_type_id", UNSET))

        def _parse_imsi(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        imsi = _parse_imsi(d.pop("imsi", UNSET))

        def _parse_msisdn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        msisdn = _parse_msisdn(d.pop("msisdn", UNSET))

        def _parse_status(data: object) -> CreateEndpointResponseSimStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = CreateEndpointResponseSimStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateEndpointResponseSimStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

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
