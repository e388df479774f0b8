from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_tariff_profile_blocked_operator_response_blocklist import (
        GetTariffProfileBlockedOperatorResponseBlocklist,
    )
    from ..models.get_tariff_profile_blocked_operator_response_operator import (
        GetTariffProfileBlockedOperatorResponseOperator,
    )
    from ..models.get_tariff_profile_blocked_operator_response_tariff_profile import (
        GetTariffProfileBlockedOperatorResponseTariffProfile,
    )


T = TypeVar("T", bound="GetTariffProfileBlockedOperatorResponse200")


@_attrs_define
class GetTariffProfileBlockedOperatorResponse200:
    """
    Attributes:
        operator (GetTariffProfileBlockedOperatorResponseOperator | None | Unset):
        tariff_profile (GetTariffProfileBlockedOperatorResponseTariffProfile | None | Unset):
        blocklist (GetTariffProfileBlockedOperatorResponseBlocklist | None | Unset):
    """

    operator: GetTariffProfileBlockedOperatorResponseOperator | None | Unset = UNSET
    tariff_profile: GetTariffProfileBlockedOperatorResponseTariffProfile | None | Unset = UNSET
    blocklist: GetTariffProfileBlockedOperatorResponseBlocklist | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_tariff_profile_blocked_operator_response_blocklist import (
            GetTariffProfileBlockedOperatorResponseBlocklist,  # noqa: PLC0415
        )
        from ..models.get_tariff_profile_blocked_operator_response_operator import (
            GetTariffProfileBlockedOperatorResponseOperator,  # noqa: PLC0415
        )
        from ..models.get_tariff_profile_blocked_operator_response_tariff_profile import (
            GetTariffProfileBlockedOperatorResponseTariffProfile,  # noqa: PLC0415
        )

        operator: dict[str, Any] | None | Unset
        if isinstance(self.operator, Unset):
            operator = UNSET
        elif isinstance(self.operator, GetTariffProfileBlockedOperatorResponseOperator):
            operator = self.operator.to_dict()
        else:
            operator = self.operator

        tariff_profile: dict[str, Any] | None | Unset
        if isinstance(self.tariff_profile, Unset):
            tariff_profile = UNSET
        elif isinstance(self.tariff_profile, GetTariffProfileBlockedOperatorResponseTariffProfile):
            tariff_profile = self.tariff_profile.to_dict()
        else:
            tariff_profile = self.tariff_profile

        blocklist: dict[str, Any] | None | Unset
        if isinstance(self.blocklist, Unset):
            blocklist = UNSET
        elif isinstance(self.blocklist, GetTariffProfileBlockedOperatorResponseBlocklist):
            blocklist = self.blocklist.to_dict()
        else:
            blocklist = self.blocklist

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if tariff_profile is not UNSET:
            field_dict["tariff_profile"] = tariff_profile
        if blocklist is not UNSET:
            field_dict["blocklist"] = blocklist

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_tariff_profile_blocked_operator_response_blocklist import (
            GetTariffProfileBlockedOperatorResponseBlocklist,  # noqa: PLC0415
        )
        from ..models.get_tariff_profile_blocked_operator_response_operator import (
            GetTariffProfileBlockedOperatorResponseOperator,  # noqa: PLC0415
        )
        from ..models.get_tariff_profile_blocked_operator_response_tariff_profile import (
            GetTariffProfileBlockedOperatorResponseTariffProfile,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_operator(
            data: object,
        ) -> GetTariffProfileBlockedOperatorResponseOperator | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                operator_type_0 = GetTariffProfileBlockedOperatorResponseOperator.from_dict(data)

                return operator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetTariffProfileBlockedOperatorResponseOperator | None | Unset, data)

        operator = _parse_operator(d.pop("operator", UNSET))

        def _parse_tariff_profile(
            data: object,
        ) -> GetTariffProfileBlockedOperatorResponseTariffProfile | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tariff_profile_type_0 = (
                    GetTariffProfileBlockedOperatorResponseTariffProfile.from_dict(data)
                )

                return tariff_profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetTariffProfileBlockedOperatorResponseTariffProfile | None | Unset, data)

        tariff_profile = _parse_tariff_profile(d.pop("tariff_profile", UNSET))

        def _parse_blocklist(
            data: object,
        ) -> GetTariffProfileBlockedOperatorResponseBlocklist | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                blocklist_type_0 = GetTariffProfileBlockedOperatorResponseBlocklist.from_dict(data)

                return blocklist_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetTariffProfileBlockedOperatorResponseBlocklist | None | Unset, data)

        blocklist = _parse_blocklist(d.pop("blocklist", UNSET))

        get_tariff_profile_blocked_operator_response_200 = cls(
            operator=operator,
            tariff_profile=tariff_profile,
            blocklist=blocklist,
        )

        get_tariff_profile_blocked_operator_response_200.additional_properties = d
        return get_tariff_profile_blocked_operator_response_200

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
