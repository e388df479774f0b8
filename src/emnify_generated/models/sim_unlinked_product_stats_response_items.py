from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sim_unlinked_product_stats_response_items_product import (
        SimUnlinkedProductStatsResponseItemsProduct,
    )


T = TypeVar("T", bound="SimUnlinkedProductStatsResponseItems")


@_attrs_define
class SimUnlinkedProductStatsResponseItems:
    """
    Attributes:
        product (SimUnlinkedProductStatsResponseItemsProduct):
        quantity (int):
    """

    product: SimUnlinkedProductStatsResponseItemsProduct
    quantity: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product = self.product.to_dict()

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product": product,
                "quantity": quantity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sim_unlinked_product_stats_response_items_product import (
            SimUnlinkedProductStatsResponseItemsProduct,  # noqa: PLC0415
        )

        d = dict(src_dict)
        product = SimUnlinkedProductStatsResponseItemsProduct.from_dict(d.pop("product"))

        quantity = d.pop("quantity")

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
