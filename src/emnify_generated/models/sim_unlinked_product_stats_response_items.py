from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_int
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sim_unlinked_product_stats_response_items_product import (
        SimUnlinkedProductStatsResponseItemsProduct,
    )


T = TypeVar("T", bound="SimUnlinkedProductStatsResponseItems")


@_attrs_define
class SimUnlinkedProductStatsResponseItems:
    """
    Attributes:
        product (None | SimUnlinkedProductStatsResponseItemsProduct | Unset):
        quantity (int | None | Unset):
    """

    product: None | SimUnlinkedProductStatsResponseItemsProduct | Unset = UNSET
    quantity: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sim_unlinked_product_stats_response_items_product import (
            SimUnlinkedProductStatsResponseItemsProduct,  # noqa: PLC0415
        )

        product: dict[str, Any] | None | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, SimUnlinkedProductStatsResponseItemsProduct):
            product = self.product.to_dict()
        else:
            product = self.product

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product is not UNSET:
            field_dict["product"] = product
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sim_unlinked_product_stats_response_items_product import (
            SimUnlinkedProductStatsResponseItemsProduct,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_product(
            data: object,
        ) -> None | SimUnlinkedProductStatsResponseItemsProduct | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                product_type_0 = SimUnlinkedProductStatsResponseItemsProduct.from_dict(data)

                return product_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SimUnlinkedProductStatsResponseItemsProduct | Unset, data)

        product = _parse_product(d.pop("product", UNSET))

        def _parse_quantity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, number_as_int(data))

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        sim_unlinked_product_stats_response_items = cls(
            product=product,
            quantity=quantity,
        )

        sim_unlinked_product_stats_response_items.additional_properties = d
        return sim_unlinked_product_stats_response_items

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
