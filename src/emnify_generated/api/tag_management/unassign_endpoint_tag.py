from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.unassign_endpoint_tag_bad_request_error import UnassignEndpointTagBadRequestError
from ...models.unassign_endpoint_tag_response_200 import UnassignEndpointTagResponse200
from ...models.unassign_endpoint_tag_unprocessable_entity_error import (
    UnassignEndpointTagUnprocessableEntityError,
)
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    endpoint_id: int,
    tag_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v2/endpoint/{endpoint_id}/tags/{tag_id}".format(
            endpoint_id=quote(str(endpoint_id), safe=""),
            tag_id=quote(str(tag_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | UnassignEndpointTagBadRequestError
    | UnassignEndpointTagResponse200
    | UnassignEndpointTagUnprocessableEntityError
    | None
):
    if response.status_code == 200:
        response_200 = UnassignEndpointTagResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UnassignEndpointTagBadRequestError.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = response.json()
        return response_403

    if response.status_code == 404:
        response_404 = response.json()
        return response_404

    if response.status_code == 422:
        response_422 = UnassignEndpointTagUnprocessableEntityError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | UnassignEndpointTagBadRequestError
    | UnassignEndpointTagResponse200
    | UnassignEndpointTagUnprocessableEntityError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    endpoint_id: int,
    tag_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Any
    | UnassignEndpointTagBadRequestError
    | UnassignEndpointTagResponse200
    | UnassignEndpointTagUnprocessableEntityError
]:
    """Unassign a tag from an endpoint

    Args:
        endpoint_id (int):
        tag_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UnassignEndpointTagBadRequestError | UnassignEndpointTagResponse200 | UnassignEndpointTagUnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        tag_id=tag_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    endpoint_id: int,
    tag_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Any
    | UnassignEndpointTagBadRequestError
    | UnassignEndpointTagResponse200
    | UnassignEndpointTagUnprocessableEntityError
    | None
):
    """Unassign a tag from an endpoint

    Args:
        endpoint_id (int):
        tag_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UnassignEndpointTagBadRequestError | UnassignEndpointTagResponse200 | UnassignEndpointTagUnprocessableEntityError
    """

    return sync_detailed(
        endpoint_id=endpoint_id,
        tag_id=tag_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    endpoint_id: int,
    tag_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Any
    | UnassignEndpointTagBadRequestError
    | UnassignEndpointTagResponse200
    | UnassignEndpointTagUnprocessableEntityError
]:
    """Unassign a tag from an endpoint

    Args:
        endpoint_id (int):
        tag_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UnassignEndpointTagBadRequestError | UnassignEndpointTagResponse200 | UnassignEndpointTagUnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        tag_id=tag_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    endpoint_id: int,
    tag_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Any
    | UnassignEndpointTagBadRequestError
    | UnassignEndpointTagResponse200
    | UnassignEndpointTagUnprocessableEntityError
    | None
):
    """Unassign a tag from an endpoint

    Args:
        endpoint_id (int):
        tag_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UnassignEndpointTagBadRequestError | UnassignEndpointTagResponse200 | UnassignEndpointTagUnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            endpoint_id=endpoint_id,
            tag_id=tag_id,
            client=client,
        )
    ).parsed
