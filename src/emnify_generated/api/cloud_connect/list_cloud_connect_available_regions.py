from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.list_cloud_connect_available_regions_response_items import (
    ListCloudConnectAvailableRegionsResponseItems,
)
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    breakout_type_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/cnc/breakout_type/{breakout_type_id}/available_region".format(
            breakout_type_id=quote(str(breakout_type_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[ListCloudConnectAvailableRegionsResponseItems] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ListCloudConnectAvailableRegionsResponseItems.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[ListCloudConnectAvailableRegionsResponseItems]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    breakout_type_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[ListCloudConnectAvailableRegionsResponseItems]]:
    """Get list of available Cloud Connect regions by breakout type

    Args:
        breakout_type_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[ListCloudConnectAvailableRegionsResponseItems]]
    """

    kwargs = _get_kwargs(
        breakout_type_id=breakout_type_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    breakout_type_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> list[ListCloudConnectAvailableRegionsResponseItems] | None:
    """Get list of available Cloud Connect regions by breakout type

    Args:
        breakout_type_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ListCloudConnectAvailableRegionsResponseItems]
    """

    return sync_detailed(
        breakout_type_id=breakout_type_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    breakout_type_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[ListCloudConnectAvailableRegionsResponseItems]]:
    """Get list of available Cloud Connect regions by breakout type

    Args:
        breakout_type_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[ListCloudConnectAvailableRegionsResponseItems]]
    """

    kwargs = _get_kwargs(
        breakout_type_id=breakout_type_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    breakout_type_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> list[ListCloudConnectAvailableRegionsResponseItems] | None:
    """Get list of available Cloud Connect regions by breakout type

    Args:
        breakout_type_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ListCloudConnectAvailableRegionsResponseItems]
    """

    return (
        await asyncio_detailed(
            breakout_type_id=breakout_type_id,
            client=client,
        )
    ).parsed
