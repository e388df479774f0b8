from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_tariff_profile_blocked_operators_response_blocklist import (
        ListTariffProfileBlockedOperatorsResponseBlocklist,
    )
    from ..models.list_tariff_profile_blocked_operators_response_operator import (
        ListTariffProfileBlockedOperatorsResponseOperator,
    )
    from ..models.list_tariff_profile_blocked_operators_response_tariff_profile import (
        ListTariffProfileBlockedOperatorsResponseTariffProfile,
    )


T = TypeVar("T", bound="ListTariffProfileBlockedOperatorsResponse200")


@_attrs_define
class ListTariffProfileBlockedOperatorsResponse200:
    """
    Attributes:
        operator (ListTariffProfileBlockedOperatorsResponseOperator | Unset):
        tariff_profile (ListTariffProfileBlockedOperatorsResponseTariffProfile | Unset):
        blocklist (ListTariffProfileBlockedOperatorsResponseBlocklist | Unset):
    """

    operator: ListTariffProfileBlockedOperatorsResponseOperator | Unset = UNSET
    tariff_profile: ListTariffProfileBlockedOperatorsResponseTariffProfile | Unset = UNSET
    blocklist: ListTariffProfileBlockedOperatorsResponseBlocklist | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.to_dict()

        tariff_profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tariff_profile, Unset):
            tariff_profile = self.tariff_profile.to_dict()

        blocklist: dict[str, Any] | Unset = UNSET
        if not isinstance(self.blocklist, Unset):
            blocklist = self.blocklist.to_dict()

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
        from ..models.list_tariff_profile_blocked_operators_response_blocklist import (
            ListTariffProfileBlockedOperatorsResponseBlocklist,  # noqa: PLC0415
        )
        from ..models.list_tariff_profile_blocked_operators_response_operator import (
            ListTariffProfileBlockedOperatorsResponseOperator,  # noqa: PLC0415
        )
        from ..models.list_tariff_profile_blocked_operators_response_tariff_profile import (
            ListTariffProfileBlockedOperatorsResponseTariffProfile,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _operator = d.pop("operator", UNSET)
        operator: ListTariffProfileBlockedOperatorsResponseOperator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = ListTariffProfileBlockedOperatorsResponseOperator.from_dict(_operator)

        _tariff_profile = d.pop("tariff_profile", UNSET)
        tariff_profile: ListTariffProfileBlockedOperatorsResponseTariffProfile | Unset
        if isinstance(_tariff_profile, Unset):
            tariff_profile = UNSET
        else:
            tariff_profile = ListTariffProfileBlockedOperatorsResponseTariffProfile.from_dict(
                _tariff_profile
            )

        _blocklist = d.pop("blocklist", UNSET)
        blocklist: ListTariffProfileBlockedOperatorsResponseBlocklist | Unset
        if isinstance(_blocklist, Unset):
            blocklist = UNSET
        else:
            blocklist = ListTariffProfileBlockedOperatorsResponseBlocklist.from_dict(_blocklist)

        list_tariff_profile_blocked_operators_response_200 = cls(
            operator=operator,
            tariff_profile=tariff_profile,
            blocklist=blocklist,
        )

        list_tariff_profile_blocked_operators_response_200.additional_properties = d
        return list_tariff_profile_blocked_operators_response_200

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
