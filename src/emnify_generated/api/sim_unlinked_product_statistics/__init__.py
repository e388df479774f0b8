"""Operations tagged `sim_unlinked_product_statistics` (generated).

Each operation is a module here with `asyncio`, `asyncio_detailed`, `sync` and `sync_detailed`.
`Namespace` binds them to one client: `Namespace(client).get_unlinked_product_stats(...)`.
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
    from ...models.sim_unlinked_product_stats_response_items import (
        SimUnlinkedProductStatsResponseItems,
    )

_ = (UNSET, Unset)


def _operation(name: str) -> Any:
    return importlib.import_module(f"{__name__}.{name}")


class Namespace:
    """The `sim_unlinked_product_statistics` operations, bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def get_unlinked_product_stats(
        self,
    ) -> Error | list[SimUnlinkedProductStatsResponseItems] | None:
        """GET /api/v1/sim/unlinked_product_stats: Get product statistics on unlinked eSIMs"""
        response = await _operation("get_unlinked_product_stats").asyncio_detailed(
            client=self._client,
        )
        return cast("Error | list[SimUnlinkedProductStatsResponseItems] | None", response.parsed)
