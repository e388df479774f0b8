from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.block_tariff_profile_operator_rat_types_request_rat_types_items import (
        BlockTariffProfileOperatorRatTypesRequestRatTypesItems,
    )


T = TypeVar("T", bound="BlockTariffProfileOperatorRatTypesBody")


@_attrs_define
class BlockTariffProfileOperatorRatTypesBody:
    """
    Attributes:
        rat_types (list[BlockTariffProfileOperatorRatTypesRequestRatTypesItems]):
    """

    rat_types: list[BlockTariffProfileOperatorRatTypesRequestRatTypesItems]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rat_types = []
        for rat_types_item_data in self.rat_types:
            rat_types_item = rat_types_item_data.to_dict()
            rat_types.append(rat_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rat_types": rat_types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.block_tariff_profile_operator_rat_types_request_rat_types_items import (
            BlockTariffProfileOperatorRatTypesRequestRatTypesItems,  # noqa: PLC0415
        )

        d = dict(src_dict)
        rat_types = []
        _rat_types = d.pop("rat_types")
        for rat_types_item_data in _rat_types:
            rat_types_item = BlockTariffProfileOperatorRatTypesRequestRatTypesItems.from_dict(
                rat_types_item_data
            )

            rat_types.append(rat_types_item)

        block_tariff_profile_operator_rat_types_body = cls(
            rat_types=rat_types,
        )

        block_tariff_profile_operator_rat_types_body.additional_properties = d
        return block_tariff_profile_operator_rat_types_body

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
