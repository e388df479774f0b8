from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.create_endpoint_traffic_limit_extension_body import (
    CreateEndpointTrafficLimitExtensionBody,
)
from ...models.create_endpoint_traffic_limit_extension_response_201 import (
    CreateEndpointTrafficLimitExtensionResponse201,
)
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    endpoint_id: str,
    *,
    body: CreateEndpointTrafficLimitExtensionBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/endpoint/{endpoint_id}/traffic_limit_extension".format(
            endpoint_id=quote(str(endpoint_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CreateEndpointTrafficLimitExtensionResponse201 | None:
    if response.status_code == 201:
        response_201 = CreateEndpointTrafficLimitExtensionResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = response.json()
        return response_400

    if response.status_code == 401:
        response_401 = response.json()
        return response_401

    if response.status_code == 403:
        response_403 = response.json()
        return response_403

    if response.status_code == 404:
        response_404 = response.json()
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CreateEndpointTrafficLimitExtensionResponse201]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    endpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateEndpointTrafficLimitExtensionBody | Unset = UNSET,
) -> Response[Any | CreateEndpointTrafficLimitExtensionResponse201]:
    """Create traffic limit extension

    Args:
        endpoint_id (str):
        body (CreateEndpointTrafficLimitExtensionBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreateEndpointTrafficLimitExtensionResponse201]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    endpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateEndpointTrafficLimitExtensionBody | Unset = UNSET,
) -> Any | CreateEndpointTrafficLimitExtensionResponse201 | None:
    """Create traffic limit extension

    Args:
        endpoint_id (str):
        body (CreateEndpointTrafficLimitExtensionBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreateEndpointTrafficLimitExtensionResponse201
    """

    return sync_detailed(
        endpoint_id=endpoint_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    endpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateEndpointTrafficLimitExtensionBody | Unset = UNSET,
) -> Response[Any | CreateEndpointTrafficLimitExtensionResponse201]:
    """Create traffic limit extension

    Args:
        endpoint_id (str):
        body (CreateEndpointTrafficLimitExtensionBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreateEndpointTrafficLimitExtensionResponse201]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    endpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateEndpointTrafficLimitExtensionBody | Unset = UNSET,
) -> Any | CreateEndpointTrafficLimitExtensionResponse201 | None:
    """Create traffic limit extension

    Args:
        endpoint_id (str):
        body (CreateEndpointTrafficLimitExtensionBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreateEndpointTrafficLimitExtensionResponse201
    """

    return (
        await asyncio_detailed(
            endpoint_id=endpoint_id,
            client=client,
            body=body,
        )
    ).parsed
