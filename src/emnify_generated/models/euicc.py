from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.euicc_eim import EuiccEim
    from ..models.euicc_supported_profile_type import EuiccSupportedProfileType
    from ..models.organisation import Organisation
    from ..models.profile import Profile
    from ..models.status import Status


T = TypeVar("T", bound="Euicc")


@_attrs_define
class Euicc:
    """
    Attributes:
        id (int):
        eid (str):
        created (datetime.datetime):
        profile (list[Profile]):
        issuer_org (Organisation | Unset):
        customer_org (Organisation | Unset):
        supported_profile_type (EuiccSupportedProfileType | Unset):
        status (Status | Unset):
        last_audited (datetime.datetime | None | Unset):
        last_polled (datetime.datetime | None | Unset):
        last_synced (datetime.datetime | None | Unset):
        eim (EuiccEim | Unset):
    """

    id: int
    eid: str
    created: datetime.datetime
    profile: list[Profile]
    issuer_org: Organisation | Unset = UNSET
    customer_org: Organisation | Unset = UNSET
    supported_profile_type: EuiccSupportedProfileType | Unset = UNSET
    status: Status | Unset = UNSET
    last_audited: datetime.datetime | None | Unset = UNSET
    last_polled: datetime.datetime | None | Unset = UNSET
    last_synced: datetime.datetime | None | Unset = UNSET
    eim: EuiccEim | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        eid = self.eid

        created = self.created.isoformat()

        profile = []
        for profile_item_data in self.profile:
            profile_item = profile_item_data.to_dict()
            profile.append(profile_item)

        issuer_org: dict[str, Any] | Unset = UNSET
        if not isinstance(self.issuer_org, Unset):
            issuer_org = self.issuer_org.to_dict()

        customer_org: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_org, Unset):
            customer_org = self.customer_org.to_dict()

        supported_profile_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.supported_profile_type, Unset):
            supported_profile_type = self.supported_profile_type.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        last_audited: None | str | Unset
        if isinstance(self.last_audited, Unset):
            last_audited = UNSET
        elif isinstance(self.last_audited, datetime.datetime):
            last_audited = self.last_audited.isoformat()
        else:
            last_audited = self.last_audited

        last_polled: None | str | Unset
        if isinstance(self.last_polled, Unset):
            last_polled = UNSET
        elif isinstance(self.last_polled, datetime.datetime):
            last_polled = self.last_polled.isoformat()
        else:
            last_polled = self.last_polled

        last_synced: None | str | Unset
        if isinstance(self.last_synced, Unset):
            last_synced = UNSET
        elif isinstance(self.last_synced, datetime.datetime):
            last_synced = self.last_synced.isoformat()
        else:
            last_synced = self.last_synced

        eim: dict[str, Any] | Unset = UNSET
        if not isinstance(self.eim, Unset):
            eim = self.eim.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "eid": eid,
                "created": created,
                "profile": profile,
            }
        )
        if issuer_org is not UNSET:
            field_dict["issuer_org"] = issuer_org
        if customer_org is not UNSET:
            field_dict["customer_org"] = customer_org
        if supported_profile_type is not UNSET:
            field_dict["supported_profile_type"] = supported_profile_type
        if status is not UNSET:
            field_dict["status"] = status
        if last_audited is not UNSET:
            field_dict["last_audited"] = last_audited
        if last_polled is not UNSET:
            field_dict["last_polled"] = last_polled
        if last_synced is not UNSET:
            field_dict["last_synced"] = last_synced
        if eim is not UNSET:
            field_dict["eim"] = eim

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.euicc_eim import EuiccEim  # noqa: PLC0415
        from ..models.euicc_supported_profile_type import EuiccSupportedProfileType  # noqa: PLC0415
        from ..models.organisation import Organisation  # noqa: PLC0415
        from ..models.profile import Profile  # noqa: PLC0415
        from ..models.status import Status  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        eid = d.pop("eid")

        created = isoparse(d.pop("created"))

        profile = []
        _profile = d.pop("profile")
        for profile_item_data in _profile:
            profile_item = Profile.from_dict(profile_item_data)

            profile.append(profile_item)

        _issuer_org = d.pop("issuer_org", UNSET)
        issuer_org: Organisation | Unset
        if isinstance(_issuer_org, Unset):
            issuer_org = UNSET
        else:
            issuer_org = Organisation.from_dict(_issuer_org)

        _customer_org = d.pop("customer_org", UNSET)
        customer_org: Organisation | Unset
        if isinstance(_customer_org, Unset):
            customer_org = UNSET
        else:
            customer_org = Organisation.from_dict(_customer_org)

        _supported_profile_type = d.pop("supported_profile_type", UNSET)
        supported_profile_type: EuiccSupportedProfileType | Unset
        if isinstance(_supported_profile_type, Unset):
            supported_profile_type = UNSET
        else:
            supported_profile_type = EuiccSupportedProfileType.from_dict(_supported_profile_type)

        _status = d.pop("status", UNSET)
        status: Status | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = Status.from_dict(_status)

        def _parse_last_audited(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_audited_type_0 = isoparse(data)

                return last_audited_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_audited = _parse_last_audited(d.pop("last_audited", UNSET))

        def _parse_last_polled(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_polled_type_0 = isoparse(data)

                return last_polled_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_polled = _parse_last_polled(d.pop("last_polled", UNSET))

        def _parse_last_synced(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_synced_type_0 = isoparse(data)

                return last_synced_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_synced = _parse_last_synced(d.pop("last_synced", UNSET))

        _eim = d.pop("eim", UNSET)
        eim: EuiccEim | Unset
        if isinstance(_eim, Unset):
            eim = UNSET
        else:
            eim = EuiccEim.from_dict(_eim)

        euicc = cls(
            id=id,
            eid=eid,
            created=created,
            profile=profile,
            issuer_org=issuer_org,
            customer_org=customer_org,
            supported_profile_type=supported_profile_type,
            status=status,
            last_audited=last_audited,
            last_polled=last_polled,
            last_synced=last_synced,
            eim=eim,
        )

        euicc.additional_properties = d
        return euicc

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
