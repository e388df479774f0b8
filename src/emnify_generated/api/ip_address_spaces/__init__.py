"""Operations tagged `ip_address_spaces` (generated).

Each operation is a module here with `asyncio`, `asyncio_detailed`, `sync` and `sync_detailed`.
`Namespace` binds them to one client: `Namespace(client).list_ip_address_spaces(...)`.
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
    from ...models.assign_ip_address_space_conflict_error import AssignIpAddressSpaceConflictError
    from ...models.assign_ip_address_space_not_found_error import AssignIpAddressSpaceNotFoundError
    from ...models.create_ip_address_space_bad_request_error import (
        CreateIpAddressSpaceBadRequestError,
    )
    from ...models.create_ip_address_space_body import CreateIpAddressSpaceBody
    from ...models.create_ip_address_space_conflict_error import CreateIpAddressSpaceConflictError
    from ...models.create_ip_address_space_forbidden_error import CreateIpAddressSpaceForbiddenError
    from ...models.create_ip_address_space_not_found_error import CreateIpAddressSpaceNotFoundError
    from ...models.create_ip_address_space_response_201 import CreateIpAddressSpaceResponse201
    from ...models.create_ip_address_space_unprocessable_entity_error import (
        CreateIpAddressSpaceUnprocessableEntityError,
    )
    from ...models.list_available_ip_address_spaces_response_items import (
        ListAvailableIpAddressSpacesResponseItems,
    )
    from ...models.list_ip_address_spaces_response_items import ListIpAddressSpacesResponseItems
    from ...models.release_ip_address_space_conflict_error import ReleaseIpAddressSpaceConflictError
    from ...models.release_ip_address_space_not_found_error import (
        ReleaseIpAddressSpaceNotFoundError,
    )

_ = (UNSET, Unset)


def _operation(name: str) -> Any:
    return importlib.import_module(f"{__name__}.{name}")


class Namespace:
    """The `ip_address_spaces` operations, bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_ip_address_spaces(
        self,
    ) -> list[ListIpAddressSpacesResponseItems] | None:
        """GET /api/v1/ip_address_space: List IP address spaces"""
        response = await _operation("list_ip_address_spaces").asyncio_detailed(
            client=self._client,
        )
        return cast("list[ListIpAddressSpacesResponseItems] | None", response.parsed)

    async def create_ip_address_space(
        self,
        *,
        body: CreateIpAddressSpaceBody | Unset = UNSET,
    ) -> (
        CreateIpAddressSpaceBadRequestError
        | CreateIpAddressSpaceConflictError
        | CreateIpAddressSpaceForbiddenError
        | CreateIpAddressSpaceNotFoundError
        | CreateIpAddressSpaceResponse201
        | CreateIpAddressSpaceUnprocessableEntityError
        | None
    ):
        """POST /api/v1/ip_address_space: Create an IP address space"""
        response = await _operation("create_ip_address_space").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(
            "CreateIpAddressSpaceBadRequestError | CreateIpAddressSpaceConflictError | CreateIpAddressSpaceForbiddenError | CreateIpAddressSpaceNotFoundError | CreateIpAddressSpaceResponse201 | CreateIpAddressSpaceUnprocessableEntityError | None",
            response.parsed,
        )

    async def list_available_ip_address_spaces(
        self,
        *,
        ip_address_version: float | Unset = UNSET,
    ) -> list[ListAvailableIpAddressSpacesResponseItems] | None:
        """GET /api/v1/ip_address_space/available: Get random address spaces"""
        response = await _operation("list_available_ip_address_spaces").asyncio_detailed(
            ip_address_version=ip_address_version,
            client=self._client,
        )
        return cast("list[ListAvailableIpAddressSpacesResponseItems] | None", response.parsed)

    async def assign_ip_address_space(
        self,
        address_space_id: str,
    ) -> Any | AssignIpAddressSpaceConflictError | AssignIpAddressSpaceNotFoundError | None:
        """PUT /api/v1/ip_address_space/{address_space_id}: Assign an IP address space to an organization"""
        response = await _operation("assign_ip_address_space").asyncio_detailed(
            address_space_id=address_space_id,
            client=self._client,
        )
        return cast(
            "Any | AssignIpAddressSpaceConflictError | AssignIpAddressSpaceNotFoundError | None",
            response.parsed,
        )

    async def release_ip_address_space(
        self,
        address_space_id: str,
    ) -> Any | ReleaseIpAddressSpaceConflictError | ReleaseIpAddressSpaceNotFoundError | None:
        """DELETE /api/v1/ip_address_space/{address_space_id}: Release an IP address space from an organization"""
        response = await _operation("release_ip_address_space").asyncio_detailed(
            address_space_id=address_space_id,
            client=self._client,
        )
        return cast(
            "Any | ReleaseIpAddressSpaceConflictError | ReleaseIpAddressSpaceNotFoundError | None",
            response.parsed,
        )
