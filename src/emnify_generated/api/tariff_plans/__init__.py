"""Operations tagged `tariff_plans` (generated).

Each operation is a module here with `asyncio`, `asyncio_detailed`, `sync` and `sync_detailed`.
`Namespace` binds them to one client: `Namespace(client).get_organisation_active_tariff_plan(...)`.
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
    from ...models.get_active_tariff_plan_response_200 import GetActiveTariffPlanResponse200
    from ...models.get_organisation_active_tariff_plan_response_200 import (
        GetOrganisationActiveTariffPlanResponse200,
    )
    from ...models.list_organisation_tariff_plans_response_items import (
        ListOrganisationTariffPlansResponseItems,
    )

_ = (UNSET, Unset)


def _operation(name: str) -> Any:
    return importlib.import_module(f"{__name__}.{name}")


class Namespace:
    """The `tariff_plans` operations, bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get_organisation_active_tariff_plan(
        self,
        org_id_or_my: str,
    ) -> Any | GetOrganisationActiveTariffPlanResponse200 | None:
        """GET /api/v1/organisation/{org_id_or_my}/tariff_plan/active: Get the active tariff plan for the given organization"""
        response = await _operation("get_organisation_active_tariff_plan").asyncio_detailed(
            org_id_or_my=org_id_or_my,
            client=self._client,
        )
        return cast("Any | GetOrganisationActiveTariffPlanResponse200 | None", response.parsed)

    async def list_organisation_tariff_plans(
        self,
        org_id: int,
    ) -> list[ListOrganisationTariffPlansResponseItems] | None:
        """GET /api/v1/organisation/{org_id}/tariff_plan: List organization tariff plans"""
        response = await _operation("list_organisation_tariff_plans").asyncio_detailed(
            org_id=org_id,
            client=self._client,
        )
        return cast("list[ListOrganisationTariffPlansResponseItems] | None", response.parsed)

    async def get_active_tariff_plan(
        self,
    ) -> Any | GetActiveTariffPlanResponse200 | None:
        """GET /api/v1/tariff_plan/active: Retrieve your organization's active tariff plan"""
        response = await _operation("get_active_tariff_plan").asyncio_detailed(
            client=self._client,
        )
        return cast("Any | GetActiveTariffPlanResponse200 | None", response.parsed)
