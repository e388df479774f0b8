from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_ref import ProductRef
    from ..models.sim_operation_action_ref import SimOperationActionRef
    from ..models.sim_operation_request_target import SimOperationRequestTarget


T = TypeVar("T", bound="SimOperationRequest")


@_attrs_define
class SimOperationRequest:
    """
    Attributes:
        action (SimOperationActionRef):
        target (list[SimOperationRequestTarget]):
        product (ProductRef | Unset):
    """

    action: SimOperationActionRef
    target: list[SimOperationRequestTarget]
    product: ProductRef | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.to_dict()

        target = []
        for target_item_data in self.target:
            target_item = target_item_data.to_dict()
            target.append(target_item)

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "target": target,
            }
        )
        if product is not UNSET:
            field_dict["product"] = product

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_ref import ProductRef  # noqa: PLC0415
        from ..models.sim_operation_action_ref import SimOperationActionRef  # noqa: PLC0415
        from ..models.sim_operation_request_target import SimOperationRequestTarget  # noqa: PLC0415

        d = dict(src_dict)
        action = SimOperationActionRef.from_dict(d.pop("action"))

        target = []
        _target = d.pop("target")
        for target_item_data in _target:
            target_item = SimOperationRequestTarget.from_dict(target_item_data)

            target.append(target_item)

        _product = d.pop("product", UNSET)
        product: ProductRef | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = ProductRef.from_dict(_product)

        sim_operation_request = cls(
            action=action,
            target=target,
            product=product,
        )

        sim_operation_request.additional_properties = d
        return sim_operation_request

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
