"""Operations tagged `sim` (generated).

Each operation is a module here with `asyncio`, `asyncio_detailed`, `sync` and `sync_detailed`.
`Namespace` binds them to one client: `Namespace(client).list_sims(...)`.
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
    from ...models.bulk_delete_sims_request_items import BulkDeleteSimsRequestItems
    from ...models.list_sim_events_response_items import ListSimEventsResponseItems
    from ...models.list_sim_statuses_response_items import ListSimStatusesResponseItems
    from ...models.migrate_sims_to_workspace_body import MigrateSimsToWorkspaceBody
    from ...models.migrate_sims_to_workspace_conflict_error import (
        MigrateSimsToWorkspaceConflictError,
    )
    from ...models.migrate_sims_to_workspace_response_200 import MigrateSimsToWorkspaceResponse200
    from ...models.register_sim_batch_body import RegisterSimBatchBody
    from ...models.register_sim_batch_response_200 import RegisterSimBatchResponse200
    from ...models.sim import Sim
    from ...models.sim_details import SimDetails
    from ...models.update_sim_bad_request_error import UpdateSimBadRequestError
    from ...models.update_sim_body import UpdateSimBody
    from ...models.usage_stats import UsageStats
    from ...models.validate_sim_batch_response_200 import ValidateSimBatchResponse200

_ = (UNSET, Unset)


def _operation(name: str) -> Any:
    return importlib.import_module(f"{__name__}.{name}")


class Namespace:
    """The `sim` operations, bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_sims(
        self,
        *,
        q: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = 2000,
    ) -> list[Sim] | None:
        """GET /api/v1/sim: List SIMs"""
        response = await _operation("list_sims").asyncio_detailed(
            q=q,
            sort=sort,
            page=page,
            per_page=per_page,
            client=self._client,
        )
        return cast("list[Sim] | None", response.parsed)

    async def migrate_sims_to_workspace(
        self,
        *,
        body: MigrateSimsToWorkspaceBody | Unset = UNSET,
    ) -> Any | MigrateSimsToWorkspaceConflictError | MigrateSimsToWorkspaceResponse200 | None:
        """POST /api/v1/sim/migration/workspace: Migrate SIMs between Workspaces"""
        response = await _operation("migrate_sims_to_workspace").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(
            "Any | MigrateSimsToWorkspaceConflictError | MigrateSimsToWorkspaceResponse200 | None",
            response.parsed,
        )

    async def bulk_delete_sims(
        self,
        *,
        body: list[BulkDeleteSimsRequestItems] | Unset = UNSET,
    ) -> Any | None:
        """DELETE /api/v1/sim/multi: Bulk delete SIMs"""
        response = await _operation("bulk_delete_sims").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast("Any | None", response.parsed)

    async def list_sim_statuses(
        self,
    ) -> list[ListSimStatusesResponseItems] | None:
        """GET /api/v1/sim/status: List SIM statuses"""
        response = await _operation("list_sim_statuses").asyncio_detailed(
            client=self._client,
        )
        return cast("list[ListSimStatusesResponseItems] | None", response.parsed)

    async def get_sim(
        self,
        sim_id: str,
    ) -> SimDetails | None:
        """GET /api/v1/sim/{sim_id}: SIM details"""
        response = await _operation("get_sim").asyncio_detailed(
            sim_id=sim_id,
            client=self._client,
        )
        return cast("SimDetails | None", response.parsed)

    async def delete_sim(
        self,
        sim_id: str,
    ) -> Any | None:
        """DELETE /api/v1/sim/{sim_id}: Delete a SIM"""
        response = await _operation("delete_sim").asyncio_detailed(
            sim_id=sim_id,
            client=self._client,
        )
        return cast("Any | None", response.parsed)

    async def update_sim(
        self,
        sim_id: str,
        *,
        body: UpdateSimBody | Unset = UNSET,
    ) -> Any | UpdateSimBadRequestError | None:
        """PATCH /api/v1/sim/{sim_id}: Update a SIM"""
        response = await _operation("update_sim").asyncio_detailed(
            sim_id=sim_id,
            body=body,
            client=self._client,
        )
        return cast("Any | UpdateSimBadRequestError | None", response.parsed)

    async def list_sim_events(
        self,
        sim_id: int,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        q: str | Unset = UNSET,
    ) -> Any | list[ListSimEventsResponseItems] | None:
        """GET /api/v1/sim/{sim_id}/event: List SIM events"""
        response = await _operation("list_sim_events").asyncio_detailed(
            sim_id=sim_id,
            page=page,
            per_page=per_page,
            sort=sort,
            q=q,
            client=self._client,
        )
        return cast("Any | list[ListSimEventsResponseItems] | None", response.parsed)

    async def get_sim_stats(
        self,
        sim_id: str,
    ) -> list[UsageStats] | None:
        """GET /api/v1/sim/{sim_id}/stats: SIM usage and cost statistics"""
        response = await _operation("get_sim_stats").asyncio_detailed(
            sim_id=sim_id,
            client=self._client,
        )
        return cast("list[UsageStats] | None", response.parsed)

    async def get_sim_daily_stats(
        self,
        sim_id: str,
    ) -> Any | None:
        """GET /api/v1/sim/{sim_id}/stats/daily: Daily SIM usage statistics"""
        response = await _operation("get_sim_daily_stats").asyncio_detailed(
            sim_id=sim_id,
            client=self._client,
        )
        return cast("Any | None", response.parsed)

    async def validate_sim_batch(
        self,
        bic: str,
    ) -> Any | ValidateSimBatchResponse200 | None:
        """GET /api/v1/sim_batch/bic/{bic}: Validate SIM batch by BIC"""
        response = await _operation("validate_sim_batch").asyncio_detailed(
            bic=bic,
            client=self._client,
        )
        return cast("Any | ValidateSimBatchResponse200 | None", response.parsed)

    async def register_sim_batch(
        self,
        bic: str,
        *,
        body: RegisterSimBatchBody | Unset = UNSET,
    ) -> Any | RegisterSimBatchResponse200 | None:
        """PATCH /api/v1/sim_batch/bic/{bic}: Register a given batch by BIC"""
        response = await _operation("register_sim_batch").asyncio_detailed(
            bic=bic,
            body=body,
            client=self._client,
        )
        return cast("Any | RegisterSimBatchResponse200 | None", response.parsed)
