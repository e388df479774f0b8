"""Operations tagged `euicc_operation` (generated).

Each operation is a module here with `asyncio`, `asyncio_detailed`, `sync` and `sync_detailed`.
`Namespace` binds them to one client: `Namespace(client).list_euicc_operation_actions(...)`.
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
    from ...models.euicc_operation import EuiccOperation
    from ...models.euicc_operation_request import EuiccOperationRequest
    from ...models.operation_action import OperationAction
    from ...models.operation_status import OperationStatus

_ = (UNSET, Unset)


def _operation(name: str) -> Any:
    return importlib.import_module(f"{__name__}.{name}")


class Namespace:
    """The `euicc_operation` operations, bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_euicc_operation_actions(
        self,
    ) -> Error | list[OperationAction] | None:
        """GET /api/v1/euicc/operation/action: List operation action for eUICC"""
        response = await _operation("list_euicc_operation_actions").asyncio_detailed(
            client=self._client,
        )
        return cast("Error | list[OperationAction] | None", response.parsed)

    async def list_euicc_operation_statuses(
        self,
    ) -> Error | list[OperationStatus] | None:
        """GET /api/v1/euicc/operation/status: List operation status for eUICC"""
        response = await _operation("list_euicc_operation_statuses").asyncio_detailed(
            client=self._client,
        )
        return cast("Error | list[OperationStatus] | None", response.parsed)

    async def list_euicc_operations(
        self,
        euicc_id: int,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 100,
        q: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Error | list[EuiccOperation] | None:
        """GET /api/v1/euicc/{euicc_id}/operation: List operation for eUICC"""
        response = await _operation("list_euicc_operations").asyncio_detailed(
            euicc_id=euicc_id,
            page=page,
            per_page=per_page,
            q=q,
            sort=sort,
            client=self._client,
        )
        return cast("Error | list[EuiccOperation] | None", response.parsed)

    async def schedule_euicc_operations(
        self,
        euicc_id: int,
        *,
        body: list[EuiccOperationRequest] | Unset = UNSET,
    ) -> Error | list[EuiccOperation] | None:
        """POST /api/v1/euicc/{euicc_id}/operation: Schedule eUICC operations"""
        response = await _operation("schedule_euicc_operations").asyncio_detailed(
            euicc_id=euicc_id,
            body=body,
            client=self._client,
        )
        return cast("Error | list[EuiccOperation] | None", response.parsed)

    async def get_euicc_operation(
        self,
        euicc_id: int,
        operation_id: UUID,
    ) -> Error | EuiccOperation | None:
        """GET /api/v1/euicc/{euicc_id}/operation/{operation_id}: Get operation details"""
        response = await _operation("get_euicc_operation").asyncio_detailed(
            euicc_id=euicc_id,
            operation_id=operation_id,
            client=self._client,
        )
        return cast("Error | EuiccOperation | None", response.parsed)

    async def cancel_euicc_operation(
        self,
        euicc_id: int,
        operation_id: UUID,
    ) -> Any | Error | None:
        """DELETE /api/v1/euicc/{euicc_id}/operation/{operation_id}: Cancel operation"""
        response = await _operation("cancel_euicc_operation").asyncio_detailed(
            euicc_id=euicc_id,
            operation_id=operation_id,
            client=self._client,
        )
        return cast("Any | Error | None", response.parsed)
