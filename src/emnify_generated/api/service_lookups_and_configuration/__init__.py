"""Operations tagged `service_lookups_and_configuration` (generated).

Each operation is a module here with `asyncio`, `asyncio_detailed`, `sync` and `sync_detailed`.
`Namespace` binds them to one client: `Namespace(client).list_dns_configs(...)`.
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
    from ...models.create_dns_config_body import CreateDnsConfigBody
    from ...models.create_dns_config_response_201 import CreateDnsConfigResponse201
    from ...models.get_service_traffic_limit_response_items import (
        GetServiceTrafficLimitResponseItems,
    )
    from ...models.list_dns_configs_response_items import ListDnsConfigsResponseItems
    from ...models.list_services_response_items import ListServicesResponseItems
    from ...models.list_traffic_limits_response_items import ListTrafficLimitsResponseItems

_ = (UNSET, Unset)


def _operation(name: str) -> Any:
    return importlib.import_module(f"{__name__}.{name}")


class Namespace:
    """The `service_lookups_and_configuration` operations, bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_dns_configs(
        self,
    ) -> list[ListDnsConfigsResponseItems] | None:
        """GET /api/v1/dns: List DNS configs"""
        response = await _operation("list_dns_configs").asyncio_detailed(
            client=self._client,
        )
        return cast("list[ListDnsConfigsResponseItems] | None", response.parsed)

    async def create_dns_config(
        self,
        *,
        body: CreateDnsConfigBody | Unset = UNSET,
    ) -> CreateDnsConfigResponse201 | None:
        """POST /api/v1/dns: Create DNS config"""
        response = await _operation("create_dns_config").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast("CreateDnsConfigResponse201 | None", response.parsed)

    async def delete_dns_config(
        self,
        dns_id: int,
    ) -> Any | None:
        """DELETE /api/v1/dns/{dns_id}: Delete DNS config"""
        response = await _operation("delete_dns_config").asyncio_detailed(
            dns_id=dns_id,
            client=self._client,
        )
        return cast("Any | None", response.parsed)

    async def list_services(
        self,
    ) -> list[ListServicesResponseItems] | None:
        """GET /api/v1/service: List services"""
        response = await _operation("list_services").asyncio_detailed(
            client=self._client,
        )
        return cast("list[ListServicesResponseItems] | None", response.parsed)

    async def get_service_traffic_limit(
        self,
        service_id: str,
    ) -> list[GetServiceTrafficLimitResponseItems] | None:
        """GET /api/v1/service/{service_id}/traffic_limit: Get service SMS limit"""
        response = await _operation("get_service_traffic_limit").asyncio_detailed(
            service_id=service_id,
            client=self._client,
        )
        return cast("list[GetServiceTrafficLimitResponseItems] | None", response.parsed)

    async def list_traffic_limits(
        self,
    ) -> list[ListTrafficLimitsResponseItems] | None:
        """GET /api/v1/traffic_limit: List traffic limits"""
        response = await _operation("list_traffic_limits").asyncio_detailed(
            client=self._client,
        )
        return cast("list[ListTrafficLimitsResponseItems] | None", response.parsed)
