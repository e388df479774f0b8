from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_endpoints_response_items_sim_euicc_profile_data import (
        ListEndpointsResponseItemsSimEuiccProfileData,
    )
    from ..models.list_endpoints_response_items_sim_sim_profile_type import (
        ListEndpointsResponseItemsSimSimProfileType,
    )
    from ..models.list_endpoints_response_items_sim_status import (
        ListEndpointsResponseItemsSimStatus,
    )


T = TypeVar("T", bound="ListEndpointsResponseItemsSim")


@_attrs_define
class ListEndpointsResponseItemsSim:
    """
    Attributes:
        id (int):
        iccid (str | Unset):
        iccid_with_luhn (str | Unset):
        status (ListEndpointsResponseItemsSimStatus | Unset):
        imsi (str | Unset):
        eid (str | Unset):
        msisdn (str | Unset):
        sim_profile_type (ListEndpointsResponseItemsSimSimProfileType | Unset):
        euicc_profile_data (ListEndpointsResponseItemsSimEuiccProfileData | None | Unset):
    """

    id: int
    iccid: str | Unset = UNSET
    iccid_with_luhn: str | Unset = UNSET
    status: ListEndpointsResponseItemsSimStatus | Unset = UNSET
    imsi: str | Unset = UNSET
    eid: str | Unset = UNSET
    msisdn: str | Unset = UNSET
    sim_profile_type: ListEndpointsResponseItemsSimSimProfileType | Unset = UNSET
    euicc_profile_data: ListEndpointsResponseItemsSimEuiccProfileData | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_endpoints_response_items_sim_euicc_profile_data import (
            ListEndpointsResponseItemsSimEuiccProfileData,  # noqa: PLC0415
        )

        id = self.id

        iccid = self.iccid

        iccid_with_luhn = self.iccid_with_luhn

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        imsi = self.imsi

        eid = self.eid

        msisdn = self.msisdn

        sim_profile_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sim_profile_type, Unset):
            sim_profile_type = self.sim_profile_type.to_dict()

        euicc_profile_data: dict[str, Any] | None | Unset
        if isinstance(self.euicc_profile_data, Unset):
            euicc_profile_data = UNSET
        elif isinstance(self.euicc_profile_data, ListEndpointsResponseItemsSimEuiccProfileData):
            euicc_profile_data = self.euicc_profile_data.to_dict()
        else:
            euicc_profile_data = self.euicc_profile_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if iccid is not UNSET:
            field_dict["iccid"] = iccid
        if iccid_with_luhn is not UNSET:
            field_dict["iccid_with_luhn"] = iccid_with_luhn
        if status is not UNSET:
            field_dict["status"] = status
        if imsi is not UNSET:
            field_dict["imsi"] = imsi
        if eid is not UNSET:
            field_dict["eid"] = eid
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if sim_profile_type is not UNSET:
            field_dict["sim_profile_type"] = sim_profile_type
        if euicc_profile_data is not UNSET:
            field_dict["euicc_profile_data"] = euicc_profile_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_endpoints_response_items_sim_euicc_profile_data import (
            ListEndpointsResponseItemsSimEuiccProfileData,  # noqa: PLC0415
        )
        from ..models.list_endpoints_response_items_sim_sim_profile_type import (
            ListEndpointsResponseItemsSimSimProfileType,  # noqa: PLC0415
        )
        from ..models.list_endpoints_response_items_sim_status import (
            ListEndpointsResponseItemsSimStatus,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        iccid = d.pop("iccid", UNSET)

        iccid_with_luhn = d.pop("iccid_with_luhn", UNSET)

        _status = d.pop("status", UNSET)
        status: ListEndpointsResponseItemsSimStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ListEndpointsResponseItemsSimStatus.from_dict(_status)

        imsi = d.pop("imsi", UNSET)

        eid = d.pop("eid", UNSET)

        msisdn = d.pop("msisdn", UNSET)

        _sim_profile_type = d.pop("sim_profile_type", UNSET)
        sim_profile_type: ListEndpointsResponseItemsSimSimProfileType | Unset
        if isinstance(_sim_profile_type, Unset):
            sim_profile_type = UNSET
        else:
            sim_profile_type = ListEndpointsResponseItemsSimSimProfileType.from_dict(
                _sim_profile_type
            )

        def _parse_euicc_profile_data(
            data: object,
        ) -> ListEndpointsResponseItemsSimEuiccProfileData | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                euicc_profile_data_type_0 = ListEndpointsResponseItemsSimEuiccProfileData.from_dict(
                    data
                )

                return euicc_profile_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListEndpointsResponseItemsSimEuiccProfileData | None | Unset, data)

        euicc_profile_data = _parse_euicc_profile_data(d.pop("euicc_profile_data", UNSET))

        list_endpoints_response_items_sim = cls(
            id=id,
            iccid=iccid,
            iccid_with_luhn=iccid_with_luhn,
            status=status,
            imsi=imsi,
            eid=eid,
            msisdn=msisdn,
            sim_profile_type=sim_profile_type,
            euicc_profile_data=euicc_profile_data,
        )

        list_endpoints_response_items_sim.additional_properties = d
        return list_endpoints_response_items_sim

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
