from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        sim (None | SimOperationResponseTargetSim | Unset):
        eid (None | str | Unset):
    """

    sim: None | SimOperationResponseTargetSim | Unset = UNSET
    eid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sim_operation_response_target_sim import SimOperationResponseTargetSim  # noqa: PLC0415

        sim: dict[str, Any] | None | Unset
        if isinstance(self.sim, Unset):
            sim = UNSET
        elif isinstance(self.sim, SimOperationResponseTargetSim):
            sim = self.sim.to_dict()
        else:
            sim = self.sim

        eid: None | str | Unset
        if isinstance(self.eid, Unset):
            eid = UNSET
        else:
            eid = self.eid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sim is not UNSET:
            field_dict["sim"] = sim
        if eid is not UNSET:
            field_dict["eid"] = eid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sim_operation_response_target_sim import SimOperationResponseTargetSim  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_sim(data: object) -> None | SimOperationResponseTargetSim | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sim_type_0 = SimOperationResponseTargetSim.from_dict(data)

                return sim_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SimOperationResponseTargetSim | Unset, data)

        sim = _parse_sim(d.pop("sim", UNSET))

        def _parse_eid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        eid = _parse_eid(d.pop("eid", UNSET))

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
