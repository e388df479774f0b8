from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        operator (ListTariffProfileBlockedOperatorsResponseOperator | None | Unset):
        tariff_profile (ListTariffProfileBlockedOperatorsResponseTariffProfile | None | Unset):
        blocklist (ListTariffProfileBlockedOperatorsResponseBlocklist | None | Unset):
    """

    operator: ListTariffProfileBlockedOperatorsResponseOperator | None | Unset = UNSET
    tariff_profile: ListTariffProfileBlockedOperatorsResponseTariffProfile | None | Unset = UNSET
    blocklist: ListTariffProfileBlockedOperatorsResponseBlocklist | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_tariff_profile_blocked_operators_response_blocklist import (
            ListTariffProfileBlockedOperatorsResponseBlocklist,  # noqa: PLC0415
        )
        from ..models.list_tariff_profile_blocked_operators_response_operator import (
            ListTariffProfileBlockedOperatorsResponseOperator,  # noqa: PLC0415
        )
        from ..models.list_tariff_profile_blocked_operators_response_tariff_profile import (
            ListTariffProfileBlockedOperatorsResponseTariffProfile,  # noqa: PLC0415
        )

        operator: dict[str, Any] | None | Unset
        if isinstance(self.operator, Unset):
            operator = UNSET
        elif isinstance(self.operator, ListTariffProfileBlockedOperatorsResponseOperator):
            operator = self.operator.to_dict()
        else:
            operator = self.operator

        tariff_profile: dict[str, Any] | None | Unset
        if isinstance(self.tariff_profile, Unset):
            tariff_profile = UNSET
        elif isinstance(
            self.tariff_profile, ListTariffProfileBlockedOperatorsResponseTariffProfile
        ):
            tariff_profile = self.tariff_profile.to_dict()
        else:
            tariff_profile = self.tariff_profile

        blocklist: dict[str, Any] | None | Unset
        if isinstance(self.blocklist, Unset):
            blocklist = UNSET
        elif isinstance(self.blocklist, ListTariffProfileBlockedOperatorsResponseBlocklist):
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

        def _parse_operator(
            data: object,
        ) -> ListTariffProfileBlockedOperatorsResponseOperator | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                operator_type_0 = ListTariffProfileBlockedOperatorsResponseOperator.from_dict(data)

                return operator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListTariffProfileBlockedOperatorsResponseOperator | None | Unset, data)

        operator = _parse_operator(d.pop("operator", UNSET))

        def _parse_tariff_profile(
            data: object,
        ) -> ListTariffProfileBlockedOperatorsResponseTariffProfile | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tariff_profile_type_0 = (
                    ListTariffProfileBlockedOperatorsResponseTariffProfile.from_dict(data)
                )

                return tariff_profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListTariffProfileBlockedOperatorsResponseTariffProfile | None | Unset, data)

        tariff_profile = _parse_tariff_profile(d.pop("tariff_profile", UNSET))

        def _parse_blocklist(
            data: object,
        ) -> ListTariffProfileBlockedOperatorsResponseBlocklist | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                blocklist_type_0 = ListTariffProfileBlockedOperatorsResponseBlocklist.from_dict(
                    data
                )

                return blocklist_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListTariffProfileBlockedOperatorsResponseBlocklist | None | Unset, data)

        blocklist = _parse_blocklist(d.pop("blocklist", UNSET))

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
