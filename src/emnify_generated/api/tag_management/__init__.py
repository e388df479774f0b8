"""Operations tagged `tag_management` (generated).

Each operation is a module here with `asyncio`, `asyncio_detailed`, `sync` and `sync_detailed`.
`Namespace` binds them to one client: `Namespace(client).bulk_assign_endpoint_tags(...)`.
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
    from ...models.assign_endpoint_tag_bad_request_error import AssignEndpointTagBadRequestError
    from ...models.assign_endpoint_tag_body import AssignEndpointTagBody
    from ...models.assign_endpoint_tag_conflict_error import AssignEndpointTagConflictError
    from ...models.assign_endpoint_tag_response_201 import AssignEndpointTagResponse201
    from ...models.assign_endpoint_tag_unprocessable_entity_error import (
        AssignEndpointTagUnprocessableEntityError,
    )
    from ...models.bulk_assign_endpoint_tags_bad_request_error import (
        BulkAssignEndpointTagsBadRequestError,
    )
    from ...models.bulk_assign_endpoint_tags_body import BulkAssignEndpointTagsBody
    from ...models.bulk_assign_endpoint_tags_conflict_error import (
        BulkAssignEndpointTagsConflictError,
    )
    from ...models.bulk_assign_endpoint_tags_response_200 import BulkAssignEndpointTagsResponse200
    from ...models.bulk_assign_endpoint_tags_unprocessable_entity_error import (
        BulkAssignEndpointTagsUnprocessableEntityError,
    )
    from ...models.bulk_delete_tags_bad_request_error import BulkDeleteTagsBadRequestError
    from ...models.bulk_delete_tags_body import BulkDeleteTagsBody
    from ...models.bulk_delete_tags_response_200 import BulkDeleteTagsResponse200
    from ...models.bulk_delete_tags_unprocessable_entity_error import (
        BulkDeleteTagsUnprocessableEntityError,
    )
    from ...models.bulk_unassign_endpoint_tags_bad_request_error import (
        BulkUnassignEndpointTagsBadRequestError,
    )
    from ...models.bulk_unassign_endpoint_tags_body import BulkUnassignEndpointTagsBody
    from ...models.bulk_unassign_endpoint_tags_response_200 import (
        BulkUnassignEndpointTagsResponse200,
    )
    from ...models.bulk_unassign_endpoint_tags_unprocessable_entity_error import (
        BulkUnassignEndpointTagsUnprocessableEntityError,
    )
    from ...models.create_tag_bad_request_error import CreateTagBadRequestError
    from ...models.create_tag_body import CreateTagBody
    from ...models.create_tag_conflict_error import CreateTagConflictError
    from ...models.create_tag_response_201 import CreateTagResponse201
    from ...models.create_tag_unprocessable_entity_error import CreateTagUnprocessableEntityError
    from ...models.list_endpoint_tags_bad_request_error import ListEndpointTagsBadRequestError
    from ...models.list_endpoint_tags_response_items import ListEndpointTagsResponseItems
    from ...models.list_tag_colors_response_items import ListTagColorsResponseItems
    from ...models.list_tags_bad_request_error import ListTagsBadRequestError
    from ...models.list_tags_response_200 import ListTagsResponse200
    from ...models.unassign_endpoint_tag_bad_request_error import UnassignEndpointTagBadRequestError
    from ...models.unassign_endpoint_tag_response_200 import UnassignEndpointTagResponse200
    from ...models.unassign_endpoint_tag_unprocessable_entity_error import (
        UnassignEndpointTagUnprocessableEntityError,
    )
    from ...models.update_tag_bad_request_error import UpdateTagBadRequestError
    from ...models.update_tag_body import UpdateTagBody
    from ...models.update_tag_unprocessable_entity_error import UpdateTagUnprocessableEntityError

_ = (UNSET, Unset)


def _operation(name: str) -> Any:
    return importlib.import_module(f"{__name__}.{name}")


class Namespace:
    """The `tag_management` operations, bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def bulk_assign_endpoint_tags(
        self,
        *,
        body: BulkAssignEndpointTagsBody | Unset = UNSET,
    ) -> (
        Any
        | BulkAssignEndpointTagsBadRequestError
        | BulkAssignEndpointTagsConflictError
        | BulkAssignEndpointTagsResponse200
        | BulkAssignEndpointTagsUnprocessableEntityError
        | None
    ):
        """POST /api/v2/bulk-operations/endpoint/add-tags: Bulk assign tags"""
        response = await _operation("bulk_assign_endpoint_tags").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(
            "Any | BulkAssignEndpointTagsBadRequestError | BulkAssignEndpointTagsConflictError | BulkAssignEndpointTagsResponse200 | BulkAssignEndpointTagsUnprocessableEntityError | None",
            response.parsed,
        )

    async def bulk_unassign_endpoint_tags(
        self,
        *,
        body: BulkUnassignEndpointTagsBody | Unset = UNSET,
    ) -> (
        Any
        | BulkUnassignEndpointTagsBadRequestError
        | BulkUnassignEndpointTagsResponse200
        | BulkUnassignEndpointTagsUnprocessableEntityError
        | None
    ):
        """POST /api/v2/bulk-operations/endpoint/remove-tags: Bulk unassign tags"""
        response = await _operation("bulk_unassign_endpoint_tags").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(
            "Any | BulkUnassignEndpointTagsBadRequestError | BulkUnassignEndpointTagsResponse200 | BulkUnassignEndpointTagsUnprocessableEntityError | None",
            response.parsed,
        )

    async def bulk_delete_tags(
        self,
        *,
        body: BulkDeleteTagsBody | Unset = UNSET,
    ) -> (
        Any
        | BulkDeleteTagsBadRequestError
        | BulkDeleteTagsResponse200
        | BulkDeleteTagsUnprocessableEntityError
        | None
    ):
        """POST /api/v2/bulk-operations/tag/delete-tags: Bulk delete tags"""
        response = await _operation("bulk_delete_tags").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(
            "Any | BulkDeleteTagsBadRequestError | BulkDeleteTagsResponse200 | BulkDeleteTagsUnprocessableEntityError | None",
            response.parsed,
        )

    async def list_endpoint_tags(
        self,
        endpoint_id: int,
    ) -> Any | ListEndpointTagsBadRequestError | list[ListEndpointTagsResponseItems] | None:
        """GET /api/v2/endpoint/{endpoint_id}/tags: List endpoint tags"""
        response = await _operation("list_endpoint_tags").asyncio_detailed(
            endpoint_id=endpoint_id,
            client=self._client,
        )
        return cast(
            "Any | ListEndpointTagsBadRequestError | list[ListEndpointTagsResponseItems] | None",
            response.parsed,
        )

    async def assign_endpoint_tag(
        self,
        endpoint_id: int,
        *,
        body: AssignEndpointTagBody | Unset = UNSET,
    ) -> (
        Any
        | AssignEndpointTagBadRequestError
        | AssignEndpointTagConflictError
        | AssignEndpointTagResponse201
        | AssignEndpointTagUnprocessableEntityError
        | None
    ):
        """POST /api/v2/endpoint/{endpoint_id}/tags: Assign a tag to an endpoint"""
        response = await _operation("assign_endpoint_tag").asyncio_detailed(
            endpoint_id=endpoint_id,
            body=body,
            client=self._client,
        )
        return cast(
            "Any | AssignEndpointTagBadRequestError | AssignEndpointTagConflictError | AssignEndpointTagResponse201 | AssignEndpointTagUnprocessableEntityError | None",
            response.parsed,
        )

    async def unassign_endpoint_tag(
        self,
        endpoint_id: int,
        tag_id: int,
    ) -> (
        Any
        | UnassignEndpointTagBadRequestError
        | UnassignEndpointTagResponse200
        | UnassignEndpointTagUnprocessableEntityError
        | None
    ):
        """DELETE /api/v2/endpoint/{endpoint_id}/tags/{tag_id}: Unassign a tag from an endpoint"""
        response = await _operation("unassign_endpoint_tag").asyncio_detailed(
            endpoint_id=endpoint_id,
            tag_id=tag_id,
            client=self._client,
        )
        return cast(
            "Any | UnassignEndpointTagBadRequestError | UnassignEndpointTagResponse200 | UnassignEndpointTagUnprocessableEntityError | None",
            response.parsed,
        )

    async def list_tag_colors(
        self,
    ) -> list[ListTagColorsResponseItems] | None:
        """GET /api/v2/tag-colors: Returns the list of available tag colors"""
        response = await _operation("list_tag_colors").asyncio_detailed(
            client=self._client,
        )
        return cast("list[ListTagColorsResponseItems] | None", response.parsed)

    async def list_tags(
        self,
        *,
        name: str | Unset = UNSET,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Any | ListTagsBadRequestError | ListTagsResponse200 | None:
        """GET /api/v2/tags: List tags"""
        response = await _operation("list_tags").asyncio_detailed(
            name=name,
            page=page,
            page_size=page_size,
            client=self._client,
        )
        return cast("Any | ListTagsBadRequestError | ListTagsResponse200 | None", response.parsed)

    async def create_tag(
        self,
        *,
        body: CreateTagBody | Unset = UNSET,
    ) -> (
        Any
        | CreateTagBadRequestError
        | CreateTagConflictError
        | CreateTagResponse201
        | CreateTagUnprocessableEntityError
        | None
    ):
        """POST /api/v2/tags: Create a tag"""
        response = await _operation("create_tag").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(
            "Any | CreateTagBadRequestError | CreateTagConflictError | CreateTagResponse201 | CreateTagUnprocessableEntityError | None",
            response.parsed,
        )

    async def delete_tag(
        self,
        tag_id: int,
    ) -> Any | None:
        """DELETE /api/v2/tags/{tag_id}: Delete a tag"""
        response = await _operation("delete_tag").asyncio_detailed(
            tag_id=tag_id,
            client=self._client,
        )
        return cast("Any | None", response.parsed)

    async def update_tag(
        self,
        tag_id: int,
        *,
        body: UpdateTagBody | Unset = UNSET,
    ) -> Any | UpdateTagBadRequestError | UpdateTagUnprocessableEntityError | None:
        """PATCH /api/v2/tags/{tag_id}: Update a tag"""
        response = await _operation("update_tag").asyncio_detailed(
            tag_id=tag_id,
            body=body,
            client=self._client,
        )
        return cast(
            "Any | UpdateTagBadRequestError | UpdateTagUnprocessableEntityError | None",
            response.parsed,
        )
