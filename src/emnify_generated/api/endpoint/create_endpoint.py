from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.create_endpoint_body import CreateEndpointBody
from ...models.create_endpoint_unprocessable_entity_error import (
    CreateEndpointUnprocessableEntityError,
)
from ...models.created_endpoint import CreatedEndpoint
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: CreateEndpointBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/endpoint",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CreateEndpointUnprocessableEntityError | CreatedEndpoint | None:
    if response.status_code == 201:
        response_201 = CreatedEndpoint.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = response.json()
        return response_400

    if response.status_code == 404:
        response_404 = response.json()
        return response_404

    if response.status_code == 422:
        response_422 = CreateEndpointUnprocessableEntityError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CreateEndpointUnprocessableEntityError | CreatedEndpoint]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEndpointBody | Unset = UNSET,
) -> Response[Any | CreateEndpointUnprocessableEntityError | CreatedEndpoint]:
    """Create an endpoint

    Args:
        body (CreateEndpointBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreateEndpointUnprocessableEntityError | CreatedEndpoint]
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
    body: CreateEndpointBody | Unset = UNSET,
) -> Any | CreateEndpointUnprocessableEntityError | CreatedEndpoint | None:
    """Create an endpoint

    Args:
        body (CreateEndpointBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreateEndpointUnprocessableEntityError | CreatedEndpoint
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEndpointBody | Unset = UNSET,
) -> Response[Any | CreateEndpointUnprocessableEntityError | CreatedEndpoint]:
    """Create an endpoint

    Args:
        body (CreateEndpointBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreateEndpointUnprocessableEntityError | CreatedEndpoint]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEndpointBody | Unset = UNSET,
) -> Any | CreateEndpointUnprocessableEntityError | CreatedEndpoint | None:
    """Create an endpoint

    Args:
        body (CreateEndpointBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreateEndpointUnprocessableEntityError | CreatedEndpoint
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
