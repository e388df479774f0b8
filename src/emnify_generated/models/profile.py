from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.endpoint import Endpoint
    from ..models.id_name import IdName
    from ..models.organisation import Organisation
    from ..models.profile_profile_type import ProfileProfileType
    from ..models.profile_status import ProfileStatus


T = TypeVar("T", bound="Profile")


@_attrs_define
class Profile:
    """
    Attributes:
        iccid_with_luhn (None | str | Unset):
        status (None | ProfileStatus | Unset):
        customer_org (None | Organisation | Unset):
        name (None | str | Unset):
        operator (IdName | None | Unset):
        preloaded (bool | None | Unset):
        fallback_allowed (bool | None | Unset):
        fallback_attribute (bool | None | Unset):
        profile_type (None | ProfileProfileType | Unset):
        endpoint (Endpoint | None | Unset):
    """

    iccid_with_luhn: None | str | Unset = UNSET
    status: None | ProfileStatus | Unset = UNSET
    customer_org: None | Organisation | Unset = UNSET
    name: None | str | Unset = UNSET
    operator: IdName | None | Unset = UNSET
    preloaded: bool | None | Unset = UNSET
    fallback_allowed: bool | None | Unset = UNSET
    fallback_attribute: bool | None | Unset = UNSET
    profile_type: None | ProfileProfileType | Unset = UNSET
    endpoint: Endpoint | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.endpoint import Endpoint  # noqa: PLC0415
        from ..models.id_name import IdName  # noqa: PLC0415
        from ..models.organisation import Organisation  # noqa: PLC0415
        from ..models.profile_profile_type import ProfileProfileType  # noqa: PLC0415
        from ..models.profile_status import ProfileStatus  # noqa: PLC0415

        iccid_with_luhn: None | str | Unset
        if isinstance(self.iccid_with_luhn, Unset):
            iccid_with_luhn = UNSET
        else:
            iccid_with_luhn = self.iccid_with_luhn

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ProfileStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        customer_org: dict[str, Any] | None | Unset
        if isinstance(self.customer_org, Unset):
            customer_org = UNSET
        elif isinstance(self.customer_org, Organisation):
            customer_org = self.customer_org.to_dict()
        else:
            customer_org = self.customer_org

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        operator: dict[str, Any] | None | Unset
        if isinstance(self.operator, Unset):
            operator = UNSET
        elif isinstance(self.operator, IdName):
            operator = self.operator.to_dict()
        else:
            operator = self.operator

        preloaded: bool | None | Unset
        if isinstance(self.preloaded, Unset):
            preloaded = UNSET
        else:
            preloaded = self.preloaded

        fallback_allowed: bool | None | Unset
        if isinstance(self.fallback_allowed, Unset):
            fallback_allowed = UNSET
        else:
            fallback_allowed = self.fallback_allowed

        fallback_attribute: bool | None | Unset
        if isinstance(self.fallback_attribute, Unset):
            fallback_attribute = UNSET
        else:
            fallback_attribute = self.fallback_attribute

        profile_type: dict[str, Any] | None | Unset
        if isinstance(self.profile_type, Unset):
            profile_type = UNSET
        elif isinstance(self.profile_type, ProfileProfileType):
            profile_type = self.profile_type.to_dict()
        else:
            profile_type = self.profile_type

        endpoint: dict[str, Any] | None | Unset
        if isinstance(self.endpoint, Unset):
            endpoint = UNSET
        elif isinstance(self.endpoint, Endpoint):
            endpoint = self.endpoint.to_dict()
        else:
            endpoint = self.endpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if iccid_with_luhn is not UNSET:
            field_dict["iccid_with_luhn"] = iccid_with_luhn
        if status is not UNSET:
            field_dict["status"] = status
        if customer_org is not UNSET:
            field_dict["customer_org"] = customer_org
        if name is not UNSET:
            field_dict["name"] = name
        if operator is not UNSET:
            field_dict["operator"] = operator
        if preloaded is not UNSET:
            field_dict["preloaded"] = preloaded
        if fallback_allowed is not UNSET:
            field_dict["fallback_allowed"] = fallback_allowed
        if fallback_attribute is not UNSET:
            field_dict["fallback_attribute"] = fallback_attribute
        if profile_type is not UNSET:
            field_dict["profile_type"] = profile_type
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.endpoint import Endpoint  # noqa: PLC0415
        from ..models.id_name import IdName  # noqa: PLC0415
        from ..models.organisation import Organisation  # noqa: PLC0415
        from ..models.profile_profile_type import ProfileProfileType  # noqa: PLC0415
        from ..models.profile_status import ProfileStatus  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_iccid_with_luhn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iccid_with_luhn = _parse_iccid_with_luhn(d.pop("iccid_with_luhn", UNSET))

        def _parse_status(data: object) -> None | ProfileStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_type_0 = ProfileStatus.from_dict(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProfileStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

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

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_operator(data: object) -> IdName | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                operator_type_0 = IdName.from_dict(data)

                return operator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IdName | None | Unset, data)

        operator = _parse_operator(d.pop("operator", UNSET))

        def _parse_preloaded(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        preloaded = _parse_preloaded(d.pop("preloaded", UNSET))

        def _parse_fallback_allowed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        fallback_allowed = _parse_fallback_allowed(d.pop("fallback_allowed", UNSET))

        def _parse_fallback_attribute(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        fallback_attribute = _parse_fallback_attribute(d.pop("fallback_attribute", UNSET))

        def _parse_profile_type(data: object) -> None | ProfileProfileType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                profile_type_type_0 = ProfileProfileType.from_dict(data)

                return profile_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProfileProfileType | Unset, data)

        profile_type = _parse_profile_type(d.pop("profile_type", UNSET))

        def _parse_endpoint(data: object) -> Endpoint | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                endpoint_type_0 = Endpoint.from_dict(data)

                return endpoint_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Endpoint | None | Unset, data)

        endpoint = _parse_endpoint(d.pop("endpoint", UNSET))

        profile = cls(
            iccid_with_luhn=iccid_with_luhn,
            status=status,
            customer_org=customer_org,
            name=name,
            operator=operator,
            preloaded=preloaded,
            fallback_allowed=fallback_allowed,
            fallback_attribute=fallback_attribute,
            profile_type=profile_type,
            endpoint=endpoint,
        )

        profile.additional_properties = d
        return profile

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
