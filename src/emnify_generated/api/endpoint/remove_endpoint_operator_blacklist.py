from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

from ... import errors
from ...models.remove_endpoint_operator_blacklist_not_found_error import (
    RemoveEndpointOperatorBlacklistNotFoundError,
)
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    endpoint_id: str,
    operator_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/endpoint/{endpoint_id}/operator_blacklist/{operator_id}".format(
            endpoint_id=quote(str(endpoint_id), safe=""),
            operator_id=quote(str(operator_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | RemoveEndpointOperatorBlacklistNotFoundError | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 404:
        response_404 = RemoveEndpointOperatorBlacklistNotFoundError.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | RemoveEndpointOperatorBlacklistNotFoundError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    endpoint_id: str,
    operator_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | RemoveEndpointOperatorBlacklistNotFoundError]:
    """Remove an operator from the blacklist

    Args:
        endpoint_id (str):
        operator_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RemoveEndpointOperatorBlacklistNotFoundError]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        operator_id=operator_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    endpoint_id: str,
    operator_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | RemoveEndpointOperatorBlacklistNotFoundError | None:
    """Remove an operator from the blacklist

    Args:
        endpoint_id (str):
        operator_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RemoveEndpointOperatorBlacklistNotFoundError
    """

    return sync_detailed(
        endpoint_id=endpoint_id,
        operator_id=operator_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    endpoint_id: str,
    operator_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | RemoveEndpointOperatorBlacklistNotFoundError]:
    """Remove an operator from the blacklist

    Args:
        endpoint_id (str):
        operator_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RemoveEndpointOperatorBlacklistNotFoundError]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        operator_id=operator_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    endpoint_id: str,
    operator_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | RemoveEndpointOperatorBlacklistNotFoundError | None:
    """Remove an operator from the blacklist

    Args:
        endpoint_id (str):
        operator_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RemoveEndpointOperatorBlacklistNotFoundError
    """

    return (
        await asyncio_detailed(
            endpoint_id=endpoint_id,
            operator_id=operator_id,
            client=client,
        )
    ).parsed
