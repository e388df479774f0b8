"""Operations tagged `operator` (generated).

Each operation is a module here with `asyncio`, `asyncio_detailed`, `sync` and `sync_detailed`.
`Namespace` binds them to one client: `Namespace(client).list_operators(...)`.
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
    from ...models.list_operators_response_items import ListOperatorsResponseItems

_ = (UNSET, Unset)


def _operation(name: str) -> Any:
    return importlib.import_module(f"{__name__}.{name}")


class Namespace:
    """The `operator` operations, bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_operators(
        self,
    ) -> list[ListOperatorsResponseItems] | None:
        """GET /api/v1/operator: List operators"""
        response = await _operation("list_operators").asyncio_detailed(
            client=self._client,
        )
        return cast("list[ListOperatorsResponseItems] | None", response.parsed)
