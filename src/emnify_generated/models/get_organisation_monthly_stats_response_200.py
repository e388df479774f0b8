from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._numbers import number_as_float
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
        current_month (GetOrganisationMonthlyStatsResponseCurrentMonth | None | Unset):
        last_month (GetOrganisationMonthlyStatsResponseLastMonth | None | Unset):
        sim (GetOrganisationMonthlyStatsResponseSim | None | Unset):
        service_profiles (float | None | Unset):
        tariff_profiles (float | None | Unset):
        users (float | None | Unset):
        active_chargeable_sims (float | None | Unset):
        hosting_fees (float | None | Unset):
        inclusive_volume (GetOrganisationMonthlyStatsResponseInclusiveVolume | None | Unset):
        prepaid_balance (GetOrganisationMonthlyStatsResponsePrepaidBalance | None | Unset):
    """

    current_month: GetOrganisationMonthlyStatsResponseCurrentMonth | None | Unset = UNSET
    last_month: GetOrganisationMonthlyStatsResponseLastMonth | None | Unset = UNSET
    sim: GetOrganisationMonthlyStatsResponseSim | None | Unset = UNSET
    service_profiles: float | None | Unset = UNSET
    tariff_profiles: float | None | Unset = UNSET
    users: float | None | Unset = UNSET
    active_chargeable_sims: float | None | Unset = UNSET
    hosting_fees: float | None | Unset = UNSET
    inclusive_volume: GetOrganisationMonthlyStatsResponseInclusiveVolume | None | Unset = UNSET
    prepaid_balance: GetOrganisationMonthlyStatsResponsePrepaidBalance | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        current_month: dict[str, Any] | None | Unset
        if isinstance(self.current_month, Unset):
            current_month = UNSET
        elif isinstance(self.current_month, GetOrganisationMonthlyStatsResponseCurrentMonth):
            current_month = self.current_month.to_dict()
        else:
            current_month = self.current_month

        last_month: dict[str, Any] | None | Unset
        if isinstance(self.last_month, Unset):
            last_month = UNSET
        elif isinstance(self.last_month, GetOrganisationMonthlyStatsResponseLastMonth):
            last_month = self.last_month.to_dict()
        else:
            last_month = self.last_month

        sim: dict[str, Any] | None | Unset
        if isinstance(self.sim, Unset):
            sim = UNSET
        elif isinstance(self.sim, GetOrganisationMonthlyStatsResponseSim):
            sim = self.sim.to_dict()
        else:
            sim = self.sim

        service_profiles: float | None | Unset
        if isinstance(self.service_profiles, Unset):
            service_profiles = UNSET
        else:
            service_profiles = self.service_profiles

        tariff_profiles: float | None | Unset
        if isinstance(self.tariff_profiles, Unset):
            tariff_profiles = UNSET
        else:
            tariff_profiles = self.tariff_profiles

        users: float | None | Unset
        if isinstance(self.users, Unset):
            users = UNSET
        else:
            users = self.users

        active_chargeable_sims: float | None | Unset
        if isinstance(self.active_chargeable_sims, Unset):
            active_chargeable_sims = UNSET
        else:
            active_chargeable_sims = self.active_chargeable_sims

        hosting_fees: float | None | Unset
        if isinstance(self.hosting_fees, Unset):
            hosting_fees = UNSET
        else:
            hosting_fees = self.hosting_fees

        inclusive_volume: dict[str, Any] | None | Unset
        if isinstance(self.inclusive_volume, Unset):
            inclusive_volume = UNSET
        elif isinstance(self.inclusive_volume, GetOrganisationMonthlyStatsResponseInclusiveVolume):
            inclusive_volume = self.inclusive_volume.to_dict()
        else:
            inclusive_volume = self.inclusive_volume

        prepaid_balance: dict[str, Any] | None | Unset
        if isinstance(self.prepaid_balance, Unset):
            prepaid_balance = UNSET
        elif isinstance(self.prepaid_balance, GetOrganisationMonthlyStatsResponsePrepaidBalance):
            prepaid_balance = self.prepaid_balance.to_dict()
        else:
            prepaid_balance = self.prepaid_balance

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

        def _parse_current_month(
            data: object,
        ) -> GetOrganisationMonthlyStatsResponseCurrentMonth | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                current_month_type_0 = GetOrganisationMonthlyStatsResponseCurrentMonth.from_dict(
                    data
                )

                return current_month_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetOrganisationMonthlyStatsResponseCurrentMonth | None | Unset, data)

        current_month = _parse_current_month(d.pop("current_month", UNSET))

        def _parse_last_month(
            data: object,
        ) -> GetOrganisationMonthlyStatsResponseLastMonth | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_month_type_0 = GetOrganisationMonthlyStatsResponseLastMonth.from_dict(data)

                return last_month_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetOrganisationMonthlyStatsResponseLastMonth | None | Unset, data)

        last_month = _parse_last_month(d.pop("last_month", UNSET))

        def _parse_sim(data: object) -> GetOrganisationMonthlyStatsResponseSim | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sim_type_0 = GetOrganisationMonthlyStatsResponseSim.from_dict(data)

                return sim_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetOrganisationMonthlyStatsResponseSim | None | Unset, data)

        sim = _parse_sim(d.pop("sim", UNSET))

        def _parse_service_profiles(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        service_profiles = _parse_service_profiles(d.pop("service_profiles", UNSET))

        def _parse_tariff_profiles(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        tariff_profiles = _parse_tariff_profiles(d.pop("tariff_profiles", UNSET))

        def _parse_users(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        users = _parse_users(d.pop("users", UNSET))

        def _parse_active_chargeable_sims(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        active_chargeable_sims = _parse_active_chargeable_sims(
            d.pop("active_chargeable_sims", UNSET)
        )

        def _parse_hosting_fees(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, number_as_float(data))

        hosting_fees = _parse_hosting_fees(d.pop("hosting_fees", UNSET))

        def _parse_inclusive_volume(
            data: object,
        ) -> GetOrganisationMonthlyStatsResponseInclusiveVolume | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                inclusive_volume_type_0 = (
                    GetOrganisationMonthlyStatsResponseInclusiveVolume.from_dict(data)
                )

                return inclusive_volume_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetOrganisationMonthlyStatsResponseInclusiveVolume | None | Unset, data)

        inclusive_volume = _parse_inclusive_volume(d.pop("inclusive_volume", UNSET))

        def _parse_prepaid_balance(
            data: object,
        ) -> GetOrganisationMonthlyStatsResponsePrepaidBalance | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prepaid_balance_type_0 = (
                    GetOrganisationMonthlyStatsResponsePrepaidBalance.from_dict(data)
                )

                return prepaid_balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetOrganisationMonthlyStatsResponsePrepaidBalance | None | Unset, data)

        prepaid_balance = _parse_prepaid_balance(d.pop("prepaid_balance", UNSET))

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
