from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_tariff_profile_blocked_operator_response_blocklist_rat_types_items import (
        GetTariffProfileBlockedOperatorResponseBlocklistRatTypesItems,
    )


T = TypeVar("T", bound="GetTariffProfileBlockedOperatorResponseBlocklist")


@_attrs_define
class GetTariffProfileBlockedOperatorResponseBlocklist:
    """
    Attributes:
        operator (bool | None | Unset):
        rat_types (list[GetTariffProfileBlockedOperatorResponseBlocklistRatTypesItems] | None | Unset):
    """

    operator: bool | None | Unset = UNSET
    rat_types: (
        list[GetTariffProfileBlockedOperatorResponseBlocklistRatTypesItems] | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operator: bool | None | Unset
        if isinstance(self.operator, Unset):
            operator = UNSET
        else:
            operator = self.operator

        rat_types: list[dict[str, Any]] | None | Unset
        if isinstance(self.rat_types, Unset):
            rat_types = UNSET
        elif isinstance(self.rat_types, list):
            rat_types = []
            for rat_types_type_0_item_data in self.rat_types:
                rat_types_type_0_item = rat_types_type_0_item_data.to_dict()
                rat_types.append(rat_types_type_0_item)

        else:
            rat_types = self.rat_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if rat_types is not UNSET:
            field_dict["rat_types"] = rat_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_tariff_profile_blocked_operator_response_blocklist_rat_types_items import (
            GetTariffProfileBlockedOperatorResponseBlocklistRatTypesItems,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_operator(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        operator = _parse_operator(d.pop("operator", UNSET))

        def _parse_rat_types(
            data: object,
        ) -> list[GetTariffProfileBlockedOperatorResponseBlocklistRatTypesItems] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                rat_types_type_0 = []
                _rat_types_type_0 = data
                for rat_types_type_0_item_data in _rat_types_type_0:
                    rat_types_type_0_item = (
                        GetTariffProfileBlockedOperatorResponseBlocklistRatTypesItems.from_dict(
                            rat_types_type_0_item_data
                        )
                    )

                    rat_types_type_0.append(rat_types_type_0_item)

                return rat_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[GetTariffProfileBlockedOperatorResponseBlocklistRatTypesItems] | None | Unset,
                data,
            )

        rat_types = _parse_rat_types(d.pop("rat_types", UNSET))

        get_tariff_profile_blocked_operator_response_blocklist = cls(
            operator=operator,
            rat_types=rat_types,
        )

        get_tariff_profile_blocked_operator_response_blocklist.additional_properties = d
        return get_tariff_profile_blocked_operator_response_blocklist

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
