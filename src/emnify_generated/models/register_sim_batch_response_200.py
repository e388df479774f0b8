from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        sim (list[RegisterSimBatchResponseSimItems] | None | Unset):
    """

    sim: list[RegisterSimBatchResponseSimItems] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sim: list[dict[str, Any]] | None | Unset
        if isinstance(self.sim, Unset):
            sim = UNSET
        elif isinstance(self.sim, list):
            sim = []
            for sim_type_0_item_data in self.sim:
                sim_type_0_item = sim_type_0_item_data.to_dict()
                sim.append(sim_type_0_item)

        else:
            sim = self.sim

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

        def _parse_sim(data: object) -> list[RegisterSimBatchResponseSimItems] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sim_type_0 = []
                _sim_type_0 = data
                for sim_type_0_item_data in _sim_type_0:
                    sim_type_0_item = RegisterSimBatchResponseSimItems.from_dict(
                        sim_type_0_item_data
                    )

                    sim_type_0.append(sim_type_0_item)

                return sim_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RegisterSimBatchResponseSimItems] | None | Unset, data)

        sim = _parse_sim(d.pop("sim", UNSET))

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
