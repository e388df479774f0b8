"""Operations tagged `organization` (generated).

Each operation is a module here with `asyncio`, `asyncio_detailed`, `sync` and `sync_detailed`.
`Namespace` binds them to one client: `Namespace(client).get_my_organisation(...)`.
Operation modules are imported on first call.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from uuid import UUID

    from ...client import AuthenticatedClient, Client
    from ...models.assign_organisation_inclusive_volume_body import (
        AssignOrganisationInclusiveVolumeBody,
    )
    from ...models.assign_organisation_inclusive_volume_response_201 import (
        AssignOrganisationInclusiveVolumeResponse201,
    )
    from ...models.get_my_organisation_response_200 import GetMyOrganisationResponse200
    from ...models.get_organisation_daily_stats_response_items import (
        GetOrganisationDailyStatsResponseItems,
    )
    from ...models.get_organisation_hourly_stats_response_200 import (
        GetOrganisationHourlyStatsResponse200,
    )
    from ...models.get_organisation_monthly_stats_response_200 import (
        GetOrganisationMonthlyStatsResponse200,
    )
    from ...models.list_active_organisation_inclusive_volumes_response_items import (
        ListActiveOrganisationInclusiveVolumesResponseItems,
    )
    from ...models.list_organisation_statuses_response_items import (
        ListOrganisationStatusesResponseItems,
    )
    from ...models.update_organisation_tariff_body import UpdateOrganisationTariffBody
    from ...models.update_organisation_tariff_response_200 import (
        UpdateOrganisationTariffResponse200,
    )

_ = (UNSET, Unset)


def _operation(name: str) -> Any:
    return importlib.import_module(f"{__name__}.{name}")


class Namespace:
    """The `organization` operations, bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get_my_organisation(
        self,
    ) -> GetMyOrganisationResponse200 | None:
        """GET /api/v1/organisation/my: My organization details"""
        response = await _operation("get_my_organisation").asyncio_detailed(
            client=self._client,
        )
        return cast("GetMyOrganisationResponse200 | None", response.parsed)

    async def list_organisation_statuses(
        self,
    ) -> list[ListOrganisationStatusesResponseItems] | None:
        """GET /api/v1/organisation/status: List organization statuses"""
        response = await _operation("list_organisation_statuses").asyncio_detailed(
            client=self._client,
        )
        return cast("list[ListOrganisationStatusesResponseItems] | None", response.parsed)

    async def list_active_organisation_inclusive_volumes(
        self,
        org_id_or_my: str,
    ) -> Any | list[ListActiveOrganisationInclusiveVolumesResponseItems] | None:
        """GET /api/v1/organisation/{org_id_or_my}/inclusive_volume/active: Get list of active organization inclusive volumes"""
        response = await _operation("list_active_organisation_inclusive_volumes").asyncio_detailed(
            org_id_or_my=org_id_or_my,
            client=self._client,
        )
        return cast(
            "Any | list[ListActiveOrganisationInclusiveVolumesResponseItems] | None",
            response.parsed,
        )

    async def assign_organisation_inclusive_volume(
        self,
        org_id_or_my: str,
        inclusive_volume_id: int,
        *,
        body: AssignOrganisationInclusiveVolumeBody | Unset = UNSET,
    ) -> Any | AssignOrganisationInclusiveVolumeResponse201 | None:
        """PUT /api/v1/organisation/{org_id_or_my}/inclusive_volume/{inclusive_volume_id}: Assign a ratezone inclusive volume to an organization"""
        response = await _operation("assign_organisation_inclusive_volume").asyncio_detailed(
            org_id_or_my=org_id_or_my,
            inclusive_volume_id=inclusive_volume_id,
            body=body,
            client=self._client,
        )
        return cast("Any | AssignOrganisationInclusiveVolumeResponse201 | None", response.parsed)

    async def get_organisation_monthly_stats(
        self,
        org_id_or_my: str,
    ) -> Any | GetOrganisationMonthlyStatsResponse200 | None:
        """GET /api/v1/organisation/{org_id_or_my}/stats: Monthly organization traffic and cost statistics"""
        response = await _operation("get_organisation_monthly_stats").asyncio_detailed(
            org_id_or_my=org_id_or_my,
            client=self._client,
        )
        return cast("Any | GetOrganisationMonthlyStatsResponse200 | None", response.parsed)

    async def get_organisation_daily_stats(
        self,
        org_id_or_my: str,
        *,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
    ) -> list[GetOrganisationDailyStatsResponseItems] | None:
        """GET /api/v1/organisation/{org_id_or_my}/stats/daily: Daily organization traffic and cost statistics"""
        response = await _operation("get_organisation_daily_stats").asyncio_detailed(
            org_id_or_my=org_id_or_my,
            start_date=start_date,
            end_date=end_date,
            client=self._client,
        )
        return cast("list[GetOrganisationDailyStatsResponseItems] | None", response.parsed)

    async def get_organisation_hourly_stats(
        self,
        org_id_or_my: str,
        *,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
    ) -> GetOrganisationHourlyStatsResponse200 | None:
        """GET /api/v1/organisation/{org_id_or_my}/stats/hourly: Hourly organization traffic statistics"""
        response = await _operation("get_organisation_hourly_stats").asyncio_detailed(
            org_id_or_my=org_id_or_my,
            start_date=start_date,
            end_date=end_date,
            client=self._client,
        )
        return cast("GetOrganisationHourlyStatsResponse200 | None", response.parsed)

    async def update_organisation_tariff(
        self,
        org_id: int,
        *,
        body: UpdateOrganisationTariffBody | Unset = UNSET,
    ) -> Any | UpdateOrganisationTariffResponse200 | None:
        """PATCH /api/v1/organisation/{org_id}/tariff: Update assigned tariff"""
        response = await _operation("update_organisation_tariff").asyncio_detailed(
            org_id=org_id,
            body=body,
            client=self._client,
        )
        return cast("Any | UpdateOrganisationTariffResponse200 | None", response.parsed)

    async def get_daily_stats(
        self,
    ) -> list[Any] | None:
        """GET /api/v1/stats/daily: Organization usage and costs statistics per day for the current month"""
        response = await _operation("get_daily_stats").asyncio_detailed(
            client=self._client,
        )
        return cast("list[Any] | None", response.parsed)
