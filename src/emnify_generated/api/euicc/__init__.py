"""Operations tagged `euicc` (generated).

Each operation is a module here with `asyncio`, `asyncio_detailed`, `sync` and `sync_detailed`.
`Namespace` binds them to one client: `Namespace(client).list_euiccs(...)`.
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
    from ...models.euicc import Euicc
    from ...models.euicc_unlinked_validation_request import EuiccUnlinkedValidationRequest
    from ...models.euicc_unlinked_validation_response_items import (
        EuiccUnlinkedValidationResponseItems,
    )
    from ...models.status import Status

_ = (UNSET, Unset)


def _operation(name: str) -> Any:
    return importlib.import_module(f"{__name__}.{name}")


class Namespace:
    """The `euicc` operations, bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_euiccs(
        self,
        *,
        page: int | Unset = 1,
        per_page: int | Unset = 100,
        q: str | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> Error | list[Euicc] | None:
        """GET /api/v1/euicc: List eUICCs"""
        response = await _operation("list_euiccs").asyncio_detailed(
            page=page,
            per_page=per_page,
            q=q,
            sort=sort,
            client=self._client,
        )
        return cast("Error | list[Euicc] | None", response.parsed)

    async def list_euicc_profile_statuses(
        self,
    ) -> Error | list[Status] | None:
        """GET /api/v1/euicc/profile/status: List eUICC Profile status"""
        response = await _operation("list_euicc_profile_statuses").asyncio_detailed(
            client=self._client,
        )
        return cast("Error | list[Status] | None", response.parsed)

    async def list_euicc_statuses(
        self,
    ) -> Error | list[Status] | None:
        """GET /api/v1/euicc/status: List eUICC status"""
        response = await _operation("list_euicc_statuses").asyncio_detailed(
            client=self._client,
        )
        return cast("Error | list[Status] | None", response.parsed)

    async def validate_unlinked_euicc(
        self,
        *,
        body: EuiccUnlinkedValidationRequest | Unset = UNSET,
    ) -> Error | list[EuiccUnlinkedValidationResponseItems] | None:
        """POST /api/v1/euicc/unlinked_validation: Unlinked eUICC validation"""
        response = await _operation("validate_unlinked_euicc").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast("Error | list[EuiccUnlinkedValidationResponseItems] | None", response.parsed)

    async def get_euicc(
        self,
        euicc_id: int,
    ) -> Error | Euicc | None:
        """GET /api/v1/euicc/{euicc_id}: Get eUICC"""
        response = await _operation("get_euicc").asyncio_detailed(
            euicc_id=euicc_id,
            client=self._client,
        )
        return cast("Error | Euicc | None", response.parsed)
