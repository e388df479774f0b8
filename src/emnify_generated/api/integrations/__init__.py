"""Operations tagged `integrations` (generated).

Each operation is a module here with `asyncio`, `asyncio_detailed`, `sync` and `sync_detailed`.
`Namespace` binds them to one client: `Namespace(client).list_api_callbacks(...)`.
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
    from ...models.create_api_callback_response_201 import CreateApiCallbackResponse201
    from ...models.create_api_secret_body import CreateApiSecretBody
    from ...models.create_api_secret_response_201 import CreateApiSecretResponse201
    from ...models.create_data_stream_body import CreateDataStreamBody
    from ...models.create_data_stream_response_201 import CreateDataStreamResponse201
    from ...models.create_data_stream_unprocessable_entity_error import (
        CreateDataStreamUnprocessableEntityError,
    )
    from ...models.delete_api_callback_response_200 import DeleteApiCallbackResponse200
    from ...models.delete_api_secret_response_200 import DeleteApiSecretResponse200
    from ...models.delete_data_stream_response_202 import DeleteDataStreamResponse202
    from ...models.get_api_secret_response_200 import GetApiSecretResponse200
    from ...models.get_data_stream_response_200 import GetDataStreamResponse200
    from ...models.list_api_secrets_response_items import ListApiSecretsResponseItems
    from ...models.list_data_stream_filter_fields_response_items import (
        ListDataStreamFilterFieldsResponseItems,
    )
    from ...models.list_data_stream_statuses_response_items import (
        ListDataStreamStatusesResponseItems,
    )
    from ...models.list_data_stream_types_response_items import ListDataStreamTypesResponseItems
    from ...models.list_data_streams_response_200 import ListDataStreamsResponse200
    from ...models.restart_data_stream_response_202 import RestartDataStreamResponse202
    from ...models.update_data_stream_body import UpdateDataStreamBody
    from ...models.update_data_stream_response_202 import UpdateDataStreamResponse202

_ = (UNSET, Unset)


def _operation(name: str) -> Any:
    return importlib.import_module(f"{__name__}.{name}")


class Namespace:
    """The `integrations` operations, bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_api_callbacks(
        self,
    ) -> list[Any] | None:
        """GET /api/v1/api_callback: Retrieve list of API callback URLs"""
        response = await _operation("list_api_callbacks").asyncio_detailed(
            client=self._client,
        )
        return cast("list[Any] | None", response.parsed)

    async def create_api_callback(
        self,
        *,
        body: Any | Unset = UNSET,
    ) -> CreateApiCallbackResponse201 | None:
        """POST /api/v1/api_callback: Create a callback URL"""
        response = await _operation("create_api_callback").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast("CreateApiCallbackResponse201 | None", response.parsed)

    async def get_api_callback(
        self,
        api_callback_id: int,
    ) -> Any | None:
        """GET /api/v1/api_callback/{api_callback_id}: Get a callback URL by ID"""
        response = await _operation("get_api_callback").asyncio_detailed(
            api_callback_id=api_callback_id,
            client=self._client,
        )
        return cast("Any | None", response.parsed)

    async def delete_api_callback(
        self,
        api_callback_id: int,
    ) -> Any | DeleteApiCallbackResponse200 | None:
        """DELETE /api/v1/api_callback/{api_callback_id}: Delete a callback URL"""
        response = await _operation("delete_api_callback").asyncio_detailed(
            api_callback_id=api_callback_id,
            client=self._client,
        )
        return cast("Any | DeleteApiCallbackResponse200 | None", response.parsed)

    async def list_api_secrets(
        self,
    ) -> list[ListApiSecretsResponseItems] | None:
        """GET /api/v1/api_secret: List API callback secrets"""
        response = await _operation("list_api_secrets").asyncio_detailed(
            client=self._client,
        )
        return cast("list[ListApiSecretsResponseItems] | None", response.parsed)

    async def create_api_secret(
        self,
        *,
        body: CreateApiSecretBody | Unset = UNSET,
    ) -> CreateApiSecretResponse201 | None:
        """POST /api/v1/api_secret: Create a callback secret"""
        response = await _operation("create_api_secret").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast("CreateApiSecretResponse201 | None", response.parsed)

    async def get_api_secret(
        self,
        api_secret_id: int,
    ) -> Any | GetApiSecretResponse200 | None:
        """GET /api/v1/api_secret/{api_secret_id}: Get a callback secret by ID"""
        response = await _operation("get_api_secret").asyncio_detailed(
            api_secret_id=api_secret_id,
            client=self._client,
        )
        return cast("Any | GetApiSecretResponse200 | None", response.parsed)

    async def delete_api_secret(
        self,
        api_secret_id: int,
    ) -> Any | DeleteApiSecretResponse200 | None:
        """DELETE /api/v1/api_secret/{api_secret_id}: Delete a callback secret"""
        response = await _operation("delete_api_secret").asyncio_detailed(
            api_secret_id=api_secret_id,
            client=self._client,
        )
        return cast("Any | DeleteApiSecretResponse200 | None", response.parsed)

    async def list_data_streams(
        self,
    ) -> Any | ListDataStreamsResponse200 | None:
        """GET /api/v2/data_stream: List data stream configurations of your organization"""
        response = await _operation("list_data_streams").asyncio_detailed(
            client=self._client,
        )
        return cast("Any | ListDataStreamsResponse200 | None", response.parsed)

    async def create_data_stream(
        self,
        *,
        body: CreateDataStreamBody | Unset = UNSET,
    ) -> Any | CreateDataStreamResponse201 | CreateDataStreamUnprocessableEntityError | None:
        """POST /api/v2/data_stream: Create data stream"""
        response = await _operation("create_data_stream").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(
            "Any | CreateDataStreamResponse201 | CreateDataStreamUnprocessableEntityError | None",
            response.parsed,
        )

    async def list_data_stream_filter_fields(
        self,
    ) -> Any | list[ListDataStreamFilterFieldsResponseItems] | None:
        """GET /api/v2/data_stream/filter_field_type: Get data stream filter fields"""
        response = await _operation("list_data_stream_filter_fields").asyncio_detailed(
            client=self._client,
        )
        return cast("Any | list[ListDataStreamFilterFieldsResponseItems] | None", response.parsed)

    async def list_data_stream_statuses(
        self,
    ) -> Any | list[ListDataStreamStatusesResponseItems] | None:
        """GET /api/v2/data_stream/status: Get data stream statuses"""
        response = await _operation("list_data_stream_statuses").asyncio_detailed(
            client=self._client,
        )
        return cast("Any | list[ListDataStreamStatusesResponseItems] | None", response.parsed)

    async def list_data_stream_types(
        self,
    ) -> Any | list[ListDataStreamTypesResponseItems] | None:
        """GET /api/v2/data_stream/type: Get data stream types"""
        response = await _operation("list_data_stream_types").asyncio_detailed(
            client=self._client,
        )
        return cast("Any | list[ListDataStreamTypesResponseItems] | None", response.parsed)

    async def get_data_stream(
        self,
        data_stream_id: str,
    ) -> Any | GetDataStreamResponse200 | None:
        """GET /api/v2/data_stream/{data_stream_id}: Get details on existing data stream"""
        response = await _operation("get_data_stream").asyncio_detailed(
            data_stream_id=data_stream_id,
            client=self._client,
        )
        return cast("Any | GetDataStreamResponse200 | None", response.parsed)

    async def delete_data_stream(
        self,
        data_stream_id: str,
    ) -> Any | DeleteDataStreamResponse202 | None:
        """DELETE /api/v2/data_stream/{data_stream_id}: Delete existing data stream"""
        response = await _operation("delete_data_stream").asyncio_detailed(
            data_stream_id=data_stream_id,
            client=self._client,
        )
        return cast("Any | DeleteDataStreamResponse202 | None", response.parsed)

    async def update_data_stream(
        self,
        data_stream_id: str,
        *,
        body: UpdateDataStreamBody | Unset = UNSET,
    ) -> Any | UpdateDataStreamResponse202 | None:
        """PATCH /api/v2/data_stream/{data_stream_id}: Modify existing data stream"""
        response = await _operation("update_data_stream").asyncio_detailed(
            data_stream_id=data_stream_id,
            body=body,
            client=self._client,
        )
        return cast("Any | UpdateDataStreamResponse202 | None", response.parsed)

    async def restart_data_stream(
        self,
        data_stream_id: str,
    ) -> Any | RestartDataStreamResponse202 | None:
        """POST /api/v2/data_stream/{data_stream_id}/restart: Restart existing data stream"""
        response = await _operation("restart_data_stream").asyncio_detailed(
            data_stream_id=data_stream_id,
            client=self._client,
        )
        return cast("Any | RestartDataStreamResponse202 | None", response.parsed)
