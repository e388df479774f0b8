from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.register_sim_batch_response_sim_items import RegisterSimBatchResponseSimItems


T = TypeVar("T", bound="RegisterSimBatchResponse200")


@_attrs_define
class RegisterSimBatchResponse200:
    """
    Attributes:
        sim (list[RegisterSimBatchResponseSimItems] | Unset):
    """

    sim: list[RegisterSimBatchResponseSimItems] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sim: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sim, Unset):
            sim = []
            for sim_item_data in self.sim:
                sim_item = sim_item_data.to_dict()
                sim.append(sim_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sim is not UNSET:
            field_dict["sim"] = sim

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.register_sim_batch_response_sim_items import RegisterSimBatchResponseSimItems  # noqa: PLC0415

        d = dict(src_dict)
        _sim = d.pop("sim", UNSET)
        sim: list[RegisterSimBatchResponseSimItems] | Unset = UNSET
        if _sim is not UNSET:
            sim = []
            for sim_item_data in _sim:
                sim_item = RegisterSimBatchResponseSimItems.from_dict(sim_item_data)

                sim.append(sim_item)

        register_sim_batch_response_200 = cls(
            sim=sim,
        )

        register_sim_batch_response_200.additional_properties = d
        return register_sim_batch_response_200

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
