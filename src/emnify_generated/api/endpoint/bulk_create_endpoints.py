from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.bulk_create_endpoints_body import BulkCreateEndpointsBody
from ...models.bulk_create_endpoints_response_items import BulkCreateEndpointsResponseItems
from ...models.bulk_create_endpoints_unprocessable_entity_error import (
    BulkCreateEndpointsUnprocessableEntityError,
)
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: BulkCreateEndpointsBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/endpoint/multi",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | BulkCreateEndpointsUnprocessableEntityError
    | list[BulkCreateEndpointsResponseItems]
    | None
):
    if response.status_code == 201:
        response_201 = []
        _response_201 = response.json()
        for response_201_item_data in _response_201:
            response_201_item = BulkCreateEndpointsResponseItems.from_dict(response_201_item_data)

            response_201.append(response_201_item)

        return response_201

    if response.status_code == 400:
        response_400 = response.json()
        return response_400

    if response.status_code == 403:
        response_403 = response.json()
        return response_403

    if response.status_code == 404:
        response_404 = response.json()
        return response_404

    if response.status_code == 422:
        response_422 = BulkCreateEndpointsUnprocessableEntityError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any | BulkCreateEndpointsUnprocessableEntityError | list[BulkCreateEndpointsResponseItems]
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkCreateEndpointsBody | Unset = UNSET,
) -> Response[
    Any | BulkCreateEndpointsUnprocessableEntityError | list[BulkCreateEndpointsResponseItems]
]:
    """Bulk create endpoints

    Args:
        body (BulkCreateEndpointsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BulkCreateEndpointsUnprocessableEntityError | list[BulkCreateEndpointsResponseItems]]
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
    body: BulkCreateEndpointsBody | Unset = UNSET,
) -> (
    Any
    | BulkCreateEndpointsUnprocessableEntityError
    | list[BulkCreateEndpointsResponseItems]
    | None
):
    """Bulk create endpoints

    Args:
        body (BulkCreateEndpointsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BulkCreateEndpointsUnprocessableEntityError | list[BulkCreateEndpointsResponseItems]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkCreateEndpointsBody | Unset = UNSET,
) -> Response[
    Any | BulkCreateEndpointsUnprocessableEntityError | list[BulkCreateEndpointsResponseItems]
]:
    """Bulk create endpoints

    Args:
        body (BulkCreateEndpointsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BulkCreateEndpointsUnprocessableEntityError | list[BulkCreateEndpointsResponseItems]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BulkCreateEndpointsBody | Unset = UNSET,
) -> (
    Any
    | BulkCreateEndpointsUnprocessableEntityError
    | list[BulkCreateEndpointsResponseItems]
    | None
):
    """Bulk create endpoints

    Args:
        body (BulkCreateEndpointsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BulkCreateEndpointsUnprocessableEntityError | list[BulkCreateEndpointsResponseItems]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
