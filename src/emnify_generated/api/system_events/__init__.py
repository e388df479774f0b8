"""Operations tagged `system_events` (generated).

Each operation is a module here with `asyncio`, `asyncio_detailed`, `sync` and `sync_detailed`.
`Namespace` binds them to one client: `Namespace(client).list_system_events(...)`.
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
    from ...models.system_event_output_dto import SystemEventOutputDto

_ = (UNSET, Unset)


def _operation(name: str) -> Any:
    return importlib.import_module(f"{__name__}.{name}")


class Namespace:
    """The `system_events` operations, bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_system_events(
        self,
    ) -> list[SystemEventOutputDto] | None:
        """GET /api/v1/event/system/configuration: List system events"""
        response = await _operation("list_system_events").asyncio_detailed(
            client=self._client,
        )
        return cast("list[SystemEventOutputDto] | None", response.parsed)

    async def get_system_event(
        self,
        system_event_id: str,
    ) -> SystemEventOutputDto | None:
        """GET /api/v1/event/system/configuration/{system_event_id}: Get a system event by ID"""
        response = await _operation("get_system_event").asyncio_detailed(
            system_event_id=system_event_id,
            client=self._client,
        )
        return cast("SystemEventOutputDto | None", response.parsed)
