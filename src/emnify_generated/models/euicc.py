from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse

from .._numbers import number_as_int
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
        id (int | None | Unset):
        eid (None | str | Unset):
        created (datetime.datetime | None | Unset):
        issuer_org (None | Organisation | Unset):
        customer_org (None | Organisation | Unset):
        supported_profile_type (EuiccSupportedProfileType | None | Unset):
        status (None | Status | Unset):
        last_audited (datetime.datetime | None | Unset):
        last_polled (datetime.datetime | None | Unset):
        last_synced (datetime.datetime | None | Unset):
        eim (EuiccEim | None | Unset):
        profile (list[Profile] | None | Unset):
    """

    id: int | None | Unset = UNSET
    eid: None | str | Unset = UNSET
    created: datetime.datetime | None | Unset = UNSET
    issuer_org: None | Organisation | Unset = UNSET
    customer_org: None | Organisation | Unset = UNSET
    supported_profile_type: EuiccSupportedProfileType | None | Unset = UNSET
    status: None | Status | Unset = UNSET
    last_audited: datetime.datetime | None | Unset = UNSET
    last_polled: datetime.datetime | None | Unset = UNSET
    last_synced: datetime.datetime | None | Unset = UNSET
    eim: EuiccEim | None | Unset = UNSET
    profile: list[Profile] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.euicc_eim import EuiccEim  # noqa: PLC0415
        from ..models.euicc_supported_profile_type import EuiccSupportedProfileType  # noqa: PLC0415
        from ..models.organisation import Organisation  # noqa: PLC0415
        from ..models.status import Status  # noqa: PLC0415

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        eid: None | str | Unset
        if isinstance(self.eid, Unset):
            eid = UNSET
        else:
            eid = self.eid

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        elif isinstance(self.created, datetime.datetime):
            created = self.created.isoformat()
        else:
            created = self.created

        issuer_org: dict[str, Any] | None | Unset
        if isinstance(self.issuer_org, Unset):
            issuer_org = UNSET
        elif isinstance(self.issuer_org, Organisation):
            issuer_org = self.issuer_org.to_dict()
        else:
            issuer_org = self.issuer_org

        customer_org: dict[str, Any] | None | Unset
        if isinstance(self.customer_org, Unset):
            customer_org = UNSET
        elif isinstance(self.customer_org, Organisation):
            customer_org = self.customer_org.to_dict()
        else:
            customer_org = self.customer_org

        supported_profile_type: dict[str, Any] | None | Unset
        if isinstance(self.supported_profile_type, Unset):
            supported_profile_type = UNSET
        elif isinstance(self.supported_profile_type, EuiccSupportedProfileType):
            supported_profile_type = self.supported_profile_type.to_dict()
        else:
            supported_profile_type = self.supported_profile_type

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, Status):
            status = self.status.to_dict()
        else:
            status = self.status

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

        eim: dict[str, Any] | None | Unset
        if isinstance(self.eim, Unset):
            eim = UNSET
        elif isinstance(self.eim, EuiccEim):
            eim = self.eim.to_dict()
        else:
            eim = self.eim

        profile: list[dict[str, Any]] | None | Unset
        if isinstance(self.profile, Unset):
            profile = UNSET
        elif isinstance(self.profile, list):
            profile = []
            for profile_type_0_item_data in self.profile:
                profile_type_0_item = profile_type_0_item_data.to_dict()
                profile.append(profile_type_0_item)

        else:
            profile = self.profile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if eid is not UNSET:
            field_dict["eid"] = eid
        if created is not UNSET:
            field_dict["created"] = created
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
        if profile is not UNSET:
            field_dict["profile"] = profile

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.euicc_eim import EuiccEim  # noqa: PLC0415
        from ..models.euicc_supported_profile_type import EuiccSupportedProfileType  # noqa: PLC0415
        from ..models.organisation import Organisation  # noqa: PLC0415
        from ..models.profile import Profile  # noqa: PLC0415
        from ..models.status import Status  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        id = _parse_id(d.pop("id", UNSET))

        def _parse_eid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        eid = _parse_eid(d.pop("eid", UNSET))

        def _parse_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_type_0 = isoparse(data)

                return created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        def _parse_issuer_org(data: object) -> None | Organisation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                issuer_org_type_0 = Organisation.from_dict(data)

                return issuer_org_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Organisation | Unset, data)

        issuer_org = _parse_issuer_org(d.pop("issuer_org", UNSET))

        def _parse_customer_org(data: object) -> None | Organisation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_org_type_0 = Organisation.from_dict(data)

                return customer_org_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Organisation | Unset, data)

        customer_org = _parse_customer_org(d.pop("customer_org", UNSET))

        def _parse_supported_profile_type(data: object) -> EuiccSupportedProfileType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                supported_profile_type_type_0 = EuiccSupportedProfileType.from_dict(data)

                return supported_profile_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EuiccSupportedProfileType | None | Unset, data)

        supported_profile_type = _parse_supported_profile_type(
            d.pop("supported_profile_type", UNSET)
        )

        def _parse_status(data: object) -> None | Status | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = Status.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Status | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

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

        def _parse_eim(data: object) -> EuiccEim | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                eim_type_0 = EuiccEim.from_dict(data)

                return eim_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EuiccEim | None | Unset, data)

        eim = _parse_eim(d.pop("eim", UNSET))

        def _parse_profile(data: object) -> list[Profile] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                profile_type_0 = []
                _profile_type_0 = data
                for profile_type_0_item_data in _profile_type_0:
                    profile_type_0_item = Profile.from_dict(profile_type_0_item_data)

                    profile_type_0.append(profile_type_0_item)

                return profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Profile] | None | Unset, data)

        profile = _parse_profile(d.pop("profile", UNSET))

        euicc = cls(
            id=id,
            eid=eid,
            created=created,
            issuer_org=issuer_org,
            customer_org=customer_org,
            supported_profile_type=supported_profile_type,
            status=status,
            last_audited=last_audited,
            last_polled=last_polled,
            last_synced=last_synced,
            eim=eim,
            profile=profile,
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
