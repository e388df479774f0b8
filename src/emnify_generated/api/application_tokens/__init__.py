"""Operations tagged `application_tokens` (generated).

Each operation is a module here with `asyncio`, `asyncio_detailed`, `sync` and `sync_detailed`.
`Namespace` binds them to one client: `Namespace(client).list_application_tokens(...)`.
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
    from ...models.create_application_token_body import CreateApplicationTokenBody
    from ...models.create_application_token_response_200 import CreateApplicationTokenResponse200
    from ...models.create_application_token_unprocessable_entity_error import (
        CreateApplicationTokenUnprocessableEntityError,
    )
    from ...models.list_application_tokens_response_items import ListApplicationTokensResponseItems
    from ...models.update_application_token_body import UpdateApplicationTokenBody

_ = (UNSET, Unset)


def _operation(name: str) -> Any:
    return importlib.import_module(f"{__name__}.{name}")


class Namespace:
    """The `application_tokens` operations, bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_application_tokens(
        self,
    ) -> list[ListApplicationTokensResponseItems] | None:
        """GET /api/v1/application_token: List application tokens"""
        response = await _operation("list_application_tokens").asyncio_detailed(
            client=self._client,
        )
        return cast("list[ListApplicationTokensResponseItems] | None", response.parsed)

    async def create_application_token(
        self,
        *,
        body: CreateApplicationTokenBody | Unset = UNSET,
    ) -> CreateApplicationTokenResponse200 | CreateApplicationTokenUnprocessableEntityError | None:
        """POST /api/v1/application_token: Create application token"""
        response = await _operation("create_application_token").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(
            "CreateApplicationTokenResponse200 | CreateApplicationTokenUnprocessableEntityError | None",
            response.parsed,
        )

    async def update_application_token(
        self,
        app_token_id: int,
        *,
        body: UpdateApplicationTokenBody | Unset = UNSET,
    ) -> Any | None:
        """PATCH /api/v1/application_token/{app_token_id}: Update application token"""
        response = await _operation("update_application_token").asyncio_detailed(
            app_token_id=app_token_id,
            body=body,
            client=self._client,
        )
        return cast("Any | None", response.parsed)
