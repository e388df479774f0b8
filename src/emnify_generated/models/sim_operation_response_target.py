from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sim_operation_response_target_sim import SimOperationResponseTargetSim


T = TypeVar("T", bound="SimOperationResponseTarget")


@_attrs_define
class SimOperationResponseTarget:
    """
    Attributes:
        sim (SimOperationResponseTargetSim):
        eid (str | Unset):
    """

    sim: SimOperationResponseTargetSim
    eid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sim = self.sim.to_dict()

        eid = self.eid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sim": sim,
            }
        )
        if eid is not UNSET:
            field_dict["eid"] = eid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sim_operation_response_target_sim import SimOperationResponseTargetSim  # noqa: PLC0415

        d = dict(src_dict)
        sim = SimOperationResponseTargetSim.from_dict(d.pop("sim"))

        eid = d.pop("eid", UNSET)

        sim_operation_response_target = cls(
            sim=sim,
            eid=eid,
        )

        sim_operation_response_target.additional_properties = d
        return sim_operation_response_target

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
