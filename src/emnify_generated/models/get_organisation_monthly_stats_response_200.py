from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_organisation_monthly_stats_response_current_month import (
        GetOrganisationMonthlyStatsResponseCurrentMonth,
    )
    from ..models.get_organisation_monthly_stats_response_inclusive_volume import (
        GetOrganisationMonthlyStatsResponseInclusiveVolume,
    )
    from ..models.get_organisation_monthly_stats_response_last_month import (
        GetOrganisationMonthlyStatsResponseLastMonth,
    )
    from ..models.get_organisation_monthly_stats_response_prepaid_balance import (
        GetOrganisationMonthlyStatsResponsePrepaidBalance,
    )
    from ..models.get_organisation_monthly_stats_response_sim import (
        GetOrganisationMonthlyStatsResponseSim,
    )


T = TypeVar("T", bound="GetOrganisationMonthlyStatsResponse200")


@_attrs_define
class GetOrganisationMonthlyStatsResponse200:
    """
    Attributes:
        current_month (GetOrganisationMonthlyStatsResponseCurrentMonth | Unset):
        last_month (GetOrganisationMonthlyStatsResponseLastMonth | Unset):
        sim (GetOrganisationMonthlyStatsResponseSim | Unset):
        service_profiles (float | Unset):
        tariff_profiles (float | Unset):
        users (float | Unset):
        active_chargeable_sims (float | Unset):
        hosting_fees (float | Unset):
        inclusive_volume (GetOrganisationMonthlyStatsResponseInclusiveVolume | Unset):
        prepaid_balance (GetOrganisationMonthlyStatsResponsePrepaidBalance | Unset):
    """

    current_month: GetOrganisationMonthlyStatsResponseCurrentMonth | Unset = UNSET
    last_month: GetOrganisationMonthlyStatsResponseLastMonth | Unset = UNSET
    sim: GetOrganisationMonthlyStatsResponseSim | Unset = UNSET
    service_profiles: float | Unset = UNSET
    tariff_profiles: float | Unset = UNSET
    users: float | Unset = UNSET
    active_chargeable_sims: float | Unset = UNSET
    hosting_fees: float | Unset = UNSET
    inclusive_volume: GetOrganisationMonthlyStatsResponseInclusiveVolume | Unset = UNSET
    prepaid_balance: GetOrganisationMonthlyStatsResponsePrepaidBalance | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_month: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_month, Unset):
            current_month = self.current_month.to_dict()

        last_month: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_month, Unset):
            last_month = self.last_month.to_dict()

        sim: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sim, Unset):
            sim = self.sim.to_dict()

        service_profiles = self.service_profiles

        tariff_profiles = self.tariff_profiles

        users = self.users

        active_chargeable_sims = self.active_chargeable_sims

        hosting_fees = self.hosting_fees

        inclusive_volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inclusive_volume, Unset):
            inclusive_volume = self.inclusive_volume.to_dict()

        prepaid_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prepaid_balance, Unset):
            prepaid_balance = self.prepaid_balance.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_month is not UNSET:
            field_dict["current_month"] = current_month
        if last_month is not UNSET:
            field_dict["last_month"] = last_month
        if sim is not UNSET:
            field_dict["sim"] = sim
        if service_profiles is not UNSET:
            field_dict["service_profiles"] = service_profiles
        if tariff_profiles is not UNSET:
            field_dict["tariff_profiles"] = tariff_profiles
        if users is not UNSET:
            field_dict["users"] = users
        if active_chargeable_sims is not UNSET:
            field_dict["active_chargeable_sims"] = active_chargeable_sims
        if hosting_fees is not UNSET:
            field_dict["hosting_fees"] = hosting_fees
        if inclusive_volume is not UNSET:
            field_dict["inclusive_volume"] = inclusive_volume
        if prepaid_balance is not UNSET:
            field_dict["prepaid_balance"] = prepaid_balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_organisation_monthly_stats_response_current_month import (
            GetOrganisationMonthlyStatsResponseCurrentMonth,  # noqa: PLC0415
        )
        from ..models.get_organisation_monthly_stats_response_inclusive_volume import (
            GetOrganisationMonthlyStatsResponseInclusiveVolume,  # noqa: PLC0415
        )
        from ..models.get_organisation_monthly_stats_response_last_month import (
            GetOrganisationMonthlyStatsResponseLastMonth,  # noqa: PLC0415
        )
        from ..models.get_organisation_monthly_stats_response_prepaid_balance import (
            GetOrganisationMonthlyStatsResponsePrepaidBalance,  # noqa: PLC0415
        )
        from ..models.get_organisation_monthly_stats_response_sim import (
            GetOrganisationMonthlyStatsResponseSim,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _current_month = d.pop("current_month", UNSET)
        current_month: GetOrganisationMonthlyStatsResponseCurrentMonth | Unset
        if isinstance(_current_month, Unset):
            current_month = UNSET
        else:
            current_month = GetOrganisationMonthlyStatsResponseCurrentMonth.from_dict(
                _current_month
            )

        _last_month = d.pop("last_month", UNSET)
        last_month: GetOrganisationMonthlyStatsResponseLastMonth | Unset
        if isinstance(_last_month, Unset):
            last_month = UNSET
        else:
            last_month = GetOrganisationMonthlyStatsResponseLastMonth.from_dict(_last_month)

        _sim = d.pop("sim", UNSET)
        sim: GetOrganisationMonthlyStatsResponseSim | Unset
        if isinstance(_sim, Unset):
            sim = UNSET
        else:
            sim = GetOrganisationMonthlyStatsResponseSim.from_dict(_sim)

        service_profiles = d.pop("service_profiles", UNSET)

        tariff_profiles = d.pop("tariff_profiles", UNSET)

        users = d.pop("users", UNSET)

        active_chargeable_sims = d.pop("active_chargeable_sims", UNSET)

        hosting_fees = d.pop("hosting_fees", UNSET)

        _inclusive_volume = d.pop("inclusive_volume", UNSET)
        inclusive_volume: GetOrganisationMonthlyStatsResponseInclusiveVolume | Unset
        if isinstance(_inclusive_volume, Unset):
            inclusive_volume = UNSET
        else:
            inclusive_volume = GetOrganisationMonthlyStatsResponseInclusiveVolume.from_dict(
                _inclusive_volume
            )

        _prepaid_balance = d.pop("prepaid_balance", UNSET)
        prepaid_balance: GetOrganisationMonthlyStatsResponsePrepaidBalance | Unset
        if isinstance(_prepaid_balance, Unset):
            prepaid_balance = UNSET
        else:
            prepaid_balance = GetOrganisationMonthlyStatsResponsePrepaidBalance.from_dict(
                _prepaid_balance
            )

        get_organisation_monthly_stats_response_200 = cls(
            current_month=current_month,
            last_month=last_month,
            sim=sim,
            service_profiles=service_profiles,
            tariff_profiles=tariff_profiles,
            users=users,
            active_chargeable_sims=active_chargeable_sims,
            hosting_fees=hosting_fees,
            inclusive_volume=inclusive_volume,
            prepaid_balance=prepaid_balance,
        )

        get_organisation_monthly_stats_response_200.additional_properties = d
        return get_organisation_monthly_stats_response_200

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
