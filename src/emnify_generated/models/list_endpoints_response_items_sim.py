from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
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
        id (int | None | Unset):
        iccid (None | str | Unset):
        iccid_with_luhn (None | str | Unset):
        status (ListEndpointsResponseItemsSimStatus | None | Unset):
        imsi (None | str | Unset):
        eid (None | str | Unset):
        msisdn (None | str | Unset):
        sim_profile_type (ListEndpointsResponseItemsSimSimProfileType | None | Unset):
        euicc_profile_data (ListEndpointsResponseItemsSimEuiccProfileData | None | Unset):
    """

    id: int | None | Unset = UNSET
    iccid: None | str | Unset = UNSET
    iccid_with_luhn: None | str | Unset = UNSET
    status: ListEndpointsResponseItemsSimStatus | None | Unset = UNSET
    imsi: None | str | Unset = UNSET
    eid: None | str | Unset = UNSET
    msisdn: None | str | Unset = UNSET
    sim_profile_type: ListEndpointsResponseItemsSimSimProfileType | None | Unset = UNSET
    euicc_profile_data: ListEndpointsResponseItemsSimEuiccProfileData | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_endpoints_response_items_sim_euicc_profile_data import (
            ListEndpointsResponseItemsSimEuiccProfileData,  # noqa: PLC0415
        )
        from ..models.list_endpoints_response_items_sim_sim_profile_type import (
            ListEndpointsResponseItemsSimSimProfileType,  # noqa: PLC0415
        )
        from ..models.list_endpoints_response_items_sim_status import (
            ListEndpointsResponseItemsSimStatus,  # noqa: PLC0415
        )

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

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ListEndpointsResponseItemsSimStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        imsi: None | str | Unset
        if isinstance(self.imsi, Unset):
            imsi = UNSET
        else:
            imsi = self.imsi

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

        sim_profile_type: dict[str, Any] | None | Unset
        if isinstance(self.sim_profile_type, Unset):
            sim_profile_type = UNSET
        elif isinstance(self.sim_profile_type, ListEndpointsResponseItemsSimSimProfileType):
            sim_profile_type = self.sim_profile_type.to_dict()
        else:
            sim_profile_type = self.sim_profile_type

        euicc_profile_data: dict[str, Any] | None | Unset
        if isinstance(self.euicc_profile_data, Unset):
            euicc_profile_data = UNSET
        elif isinstance(self.euicc_profile_data, ListEndpointsResponseItemsSimEuiccProfileData):
            euicc_profile_data = self.euicc_profile_data.to_dict()
        else:
            euicc_profile_data = self.euicc_profile_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
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

        def _parse_status(data: object) -> ListEndpointsResponseItemsSimStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = ListEndpointsResponseItemsSimStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListEndpointsResponseItemsSimStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_imsi(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        imsi = _parse_imsi(d.pop("imsi", UNSET))

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

        def _parse_sim_profile_type(
            data: object,
        ) -> ListEndpointsResponseItemsSimSimProfileType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sim_profile_type_type_0 = ListEndpointsResponseItemsSimSimProfileType.from_dict(
                    data
                )

                return sim_profile_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListEndpointsResponseItemsSimSimProfileType | None | Unset, data)

        sim_profile_type = _parse_sim_profile_type(d.pop("sim_profile_type", UNSET))

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
