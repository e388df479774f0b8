"""Operations tagged `events` (generated).

Each operation is a module here with `asyncio`, `asyncio_detailed`, `sync` and `sync_detailed`.
`Namespace` binds them to one client: `Namespace(client).list_events(...)`.
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
    from ...models.list_event_types_response_items import ListEventTypesResponseItems
    from ...models.list_events_response_items import ListEventsResponseItems

_ = (UNSET, Unset)


def _operation(name: str) -> Any:
    return importlib.import_module(f"{__name__}.{name}")


class Namespace:
    """The `events` operations, bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_events(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        q: str | Unset = UNSET,
    ) -> Any | list[ListEventsResponseItems] | None:
        """GET /api/v1/event: List events"""
        response = await _operation("list_events").asyncio_detailed(
            page=page,
            per_page=per_page,
            sort=sort,
            q=q,
            client=self._client,
        )
        return cast("Any | list[ListEventsResponseItems] | None", response.parsed)

    async def list_event_types(
        self,
    ) -> list[ListEventTypesResponseItems] | None:
        """GET /api/v1/event/type: List event types"""
        response = await _operation("list_event_types").asyncio_detailed(
            client=self._client,
        )
        return cast("list[ListEventTypesResponseItems] | None", response.parsed)
