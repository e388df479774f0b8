from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetOrganisationMonthlyStatsResponseSim")


@_attrs_define
class GetOrganisationMonthlyStatsResponseSim:
    """
    Attributes:
        issued (float | Unset):
        factory_mode (float | Unset):
        active (float | Unset):
        suspended (float | Unset):
        total (float | Unset):
    """

    issued: float | Unset = UNSET
    factory_mode: float | Unset = UNSET
    active: float | Unset = UNSET
    suspended: float | Unset = UNSET
    total: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        issued = self.issued

        factory_mode = self.factory_mode

        active = self.active

        suspended = self.suspended

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if issued is not UNSET:
            field_dict["issued"] = issued
        if factory_mode is not UNSET:
            field_dict["factory_mode"] = factory_mode
        if active is not UNSET:
            field_dict["active"] = active
        if suspended is not UNSET:
            field_dict["suspended"] = suspended
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        issued = d.pop("issued", UNSET)

        factory_mode = d.pop("factory_mode", UNSET)

        active = d.pop("active", UNSET)

        suspended = d.pop("suspended", UNSET)

        total = d.pop("total", UNSET)

        get_organisation_monthly_stats_response_sim = cls(
            issued=issued,
            factory_mode=factory_mode,
            active=active,
            suspended=suspended,
            total=total,
        )

        get_organisation_monthly_stats_response_sim.additional_properties = d
        return get_organisation_monthly_stats_response_sim

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
