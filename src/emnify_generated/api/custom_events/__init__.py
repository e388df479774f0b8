"""Operations tagged `custom_events` (generated).

Each operation is a module here with `asyncio`, `asyncio_detailed`, `sync` and `sync_detailed`.
`Namespace` binds them to one client: `Namespace(client).list_custom_events(...)`.
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
    from ...models.custom_event_create_dto import CustomEventCreateDto
    from ...models.custom_event_output_dto import CustomEventOutputDto
    from ...models.custom_event_template_output_dto import CustomEventTemplateOutputDto
    from ...models.delete_custom_event_response_200 import DeleteCustomEventResponse200

_ = (UNSET, Unset)


def _operation(name: str) -> Any:
    return importlib.import_module(f"{__name__}.{name}")


class Namespace:
    """The `custom_events` operations, bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_custom_events(
        self,
    ) -> list[CustomEventOutputDto] | None:
        """GET /api/v1/event/custom/configuration: List custom events"""
        response = await _operation("list_custom_events").asyncio_detailed(
            client=self._client,
        )
        return cast("list[CustomEventOutputDto] | None", response.parsed)

    async def create_custom_event(
        self,
        *,
        body: CustomEventCreateDto | Unset = UNSET,
    ) -> CustomEventOutputDto | None:
        """POST /api/v1/event/custom/configuration: Deploy custom event"""
        response = await _operation("create_custom_event").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast("CustomEventOutputDto | None", response.parsed)

    async def get_custom_event(
        self,
        custom_event_id: str,
    ) -> CustomEventOutputDto | None:
        """GET /api/v1/event/custom/configuration/{custom_event_id}: Get a custom event by ID"""
        response = await _operation("get_custom_event").asyncio_detailed(
            custom_event_id=custom_event_id,
            client=self._client,
        )
        return cast("CustomEventOutputDto | None", response.parsed)

    async def delete_custom_event(
        self,
        custom_event_id: str,
    ) -> DeleteCustomEventResponse200 | None:
        """DELETE /api/v1/event/custom/configuration/{custom_event_id}: Delete custom event"""
        response = await _operation("delete_custom_event").asyncio_detailed(
            custom_event_id=custom_event_id,
            client=self._client,
        )
        return cast("DeleteCustomEventResponse200 | None", response.parsed)

    async def list_custom_event_templates(
        self,
    ) -> list[CustomEventTemplateOutputDto] | None:
        """GET /api/v1/event/custom/template: List custom event templates"""
        response = await _operation("list_custom_event_templates").asyncio_detailed(
            client=self._client,
        )
        return cast("list[CustomEventTemplateOutputDto] | None", response.parsed)

    async def get_custom_event_template(
        self,
        template_id: str,
    ) -> CustomEventTemplateOutputDto | None:
        """GET /api/v1/event/custom/template/{template_id}: Get a custom event template by ID"""
        response = await _operation("get_custom_event_template").asyncio_detailed(
            template_id=template_id,
            client=self._client,
        )
        return cast("CustomEventTemplateOutputDto | None", response.parsed)
