"""Operations tagged `lookups` (generated).

Each operation is a module here with `asyncio`, `asyncio_detailed`, `sync` and `sync_detailed`.
`Namespace` binds them to one client: `Namespace(client).list_breakout_regions(...)`.
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
    from ...models.list_breakout_regions_response_items import ListBreakoutRegionsResponseItems
    from ...models.list_countries_response_items import ListCountriesResponseItems
    from ...models.list_currencies_response_items import ListCurrenciesResponseItems
    from ...models.list_data_blocksizes_response_items import ListDataBlocksizesResponseItems
    from ...models.list_data_throttles_response_items import ListDataThrottlesResponseItems
    from ...models.list_esme_interface_types_response_items import (
        ListEsmeInterfaceTypesResponseItems,
    )
    from ...models.list_rat_types_response_items import ListRatTypesResponseItems
    from ...models.list_service_levels_response_items import ListServiceLevelsResponseItems

_ = (UNSET, Unset)


def _operation(name: str) -> Any:
    return importlib.import_module(f"{__name__}.{name}")


class Namespace:
    """The `lookups` operations, bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_breakout_regions(
        self,
    ) -> list[ListBreakoutRegionsResponseItems] | None:
        """GET /api/v1/breakout_region: List breakout regions"""
        response = await _operation("list_breakout_regions").asyncio_detailed(
            client=self._client,
        )
        return cast("list[ListBreakoutRegionsResponseItems] | None", response.parsed)

    async def list_countries(
        self,
        *,
        geographic: bool | Unset = UNSET,
    ) -> list[ListCountriesResponseItems] | None:
        """GET /api/v1/country: List country codes"""
        response = await _operation("list_countries").asyncio_detailed(
            geographic=geographic,
            client=self._client,
        )
        return cast("list[ListCountriesResponseItems] | None", response.parsed)

    async def list_currencies(
        self,
    ) -> list[ListCurrenciesResponseItems] | None:
        """GET /api/v1/currency: List currencies"""
        response = await _operation("list_currencies").asyncio_detailed(
            client=self._client,
        )
        return cast("list[ListCurrenciesResponseItems] | None", response.parsed)

    async def list_data_blocksizes(
        self,
    ) -> list[ListDataBlocksizesResponseItems] | None:
        """GET /api/v1/data_blocksize: List data blocksizes"""
        response = await _operation("list_data_blocksizes").asyncio_detailed(
            client=self._client,
        )
        return cast("list[ListDataBlocksizesResponseItems] | None", response.parsed)

    async def list_data_throttles(
        self,
    ) -> list[ListDataThrottlesResponseItems] | None:
        """GET /api/v1/data_throttle: List data throttles"""
        response = await _operation("list_data_throttles").asyncio_detailed(
            client=self._client,
        )
        return cast("list[ListDataThrottlesResponseItems] | None", response.parsed)

    async def list_esme_interface_types(
        self,
    ) -> list[ListEsmeInterfaceTypesResponseItems] | None:
        """GET /api/v1/esme_interface_type: List ESME interface types"""
        response = await _operation("list_esme_interface_types").asyncio_detailed(
            client=self._client,
        )
        return cast("list[ListEsmeInterfaceTypesResponseItems] | None", response.parsed)

    async def list_rat_types(
        self,
    ) -> list[ListRatTypesResponseItems] | None:
        """GET /api/v1/rat_type: List RAT types"""
        response = await _operation("list_rat_types").asyncio_detailed(
            client=self._client,
        )
        return cast("list[ListRatTypesResponseItems] | None", response.parsed)

    async def list_service_levels(
        self,
    ) -> list[ListServiceLevelsResponseItems] | None:
        """GET /api/v1/service_level: Get list of service levels"""
        response = await _operation("list_service_levels").asyncio_detailed(
            client=self._client,
        )
        return cast("list[ListServiceLevelsResponseItems] | None", response.parsed)
