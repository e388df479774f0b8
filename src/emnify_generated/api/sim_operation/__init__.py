"""Operations tagged `sim_operation` (generated).

Each operation is a module here with `asyncio`, `asyncio_detailed`, `sync` and `sync_detailed`.
`Namespace` binds them to one client: `Namespace(client).list_sim_operations(...)`.
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
    from ...models.error import Error
    from ...models.operation_action import OperationAction
    from ...models.operation_status import OperationStatus
    from ...models.sim_operation_request import SimOperationRequest
    from ...models.sim_operation_response import SimOperationResponse

_ = (UNSET, Unset)


def _operation(name: str) -> Any:
    return importlib.import_module(f"{__name__}.{name}")


class Namespace:
    """The `sim_operation` operations, bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_sim_operations(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 100,
        q: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Error | list[SimOperationResponse] | None:
        """GET /api/v1/sim/operation: List SIM operations for organization"""
        response = await _operation("list_sim_operations").asyncio_detailed(
            page=page,
            per_page=per_page,
            q=q,
            sort=sort,
            client=self._client,
        )
        return cast("Error | list[SimOperationResponse] | None", response.parsed)

    async def trigger_sim_operation(
        self,
        *,
        body: SimOperationRequest | Unset = UNSET,
    ) -> Error | SimOperationResponse | None:
        """POST /api/v1/sim/operation: Trigger SIM operation"""
        response = await _operation("trigger_sim_operation").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast("Error | SimOperationResponse | None", response.parsed)

    async def list_sim_operation_actions(
        self,
    ) -> Error | list[OperationAction] | None:
        """GET /api/v1/sim/operation/action: List SIM operation actions"""
        response = await _operation("list_sim_operation_actions").asyncio_detailed(
            client=self._client,
        )
        return cast("Error | list[OperationAction] | None", response.parsed)

    async def list_sim_operation_statuses(
        self,
    ) -> Error | list[OperationStatus] | None:
        """GET /api/v1/sim/operation/status: List SIM operation status"""
        response = await _operation("list_sim_operation_statuses").asyncio_detailed(
            client=self._client,
        )
        return cast("Error | list[OperationStatus] | None", response.parsed)

    async def get_sim_operation(
        self,
        operation_id: UUID,
    ) -> Error | SimOperationResponse | None:
        """GET /api/v1/sim/operation/{operation_id}: Get SIM operation details"""
        response = await _operation("get_sim_operation").asyncio_detailed(
            operation_id=operation_id,
            client=self._client,
        )
        return cast("Error | SimOperationResponse | None", response.parsed)
