from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.create_data_stream_body import CreateDataStreamBody
from ...models.create_data_stream_response_201 import CreateDataStreamResponse201
from ...models.create_data_stream_unprocessable_entity_error import (
    CreateDataStreamUnprocessableEntityError,
)
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: CreateDataStreamBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/data_stream",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CreateDataStreamResponse201 | CreateDataStreamUnprocessableEntityError | None:
    if response.status_code == 201:
        response_201 = CreateDataStreamResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = response.json()
        return response_401

    if response.status_code == 403:
        response_403 = response.json()
        return response_403

    if response.status_code == 404:
        response_404 = response.json()
        return response_404

    if response.status_code == 422:
        response_422 = CreateDataStreamUnprocessableEntityError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CreateDataStreamResponse201 | CreateDataStreamUnprocessableEntityError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDataStreamBody | Unset = UNSET,
) -> Response[Any | CreateDataStreamResponse201 | CreateDataStreamUnprocessableEntityError]:
    """Create data stream

    Args:
        body (CreateDataStreamBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreateDataStreamResponse201 | CreateDataStreamUnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDataStreamBody | Unset = UNSET,
) -> Any | CreateDataStreamResponse201 | CreateDataStreamUnprocessableEntityError | None:
    """Create data stream

    Args:
        body (CreateDataStreamBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreateDataStreamResponse201 | CreateDataStreamUnprocessableEntityError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDataStreamBody | Unset = UNSET,
) -> Response[Any | CreateDataStreamResponse201 | CreateDataStreamUnprocessableEntityError]:
    """Create data stream

    Args:
        body (CreateDataStreamBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreateDataStreamResponse201 | CreateDataStreamUnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDataStreamBody | Unset = UNSET,
) -> Any | CreateDataStreamResponse201 | CreateDataStreamUnprocessableEntityError | None:
    """Create data stream

    Args:
        body (CreateDataStreamBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreateDataStreamResponse201 | CreateDataStreamUnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
