from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.get_cloud_connect_attachment_response_items import (
    GetCloudConnectAttachmentResponseItems,
)
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    cloudconnect_attachment_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/cnc/breakout/{cloudconnect_attachment_id}".format(
            cloudconnect_attachment_id=quote(str(cloudconnect_attachment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[GetCloudConnectAttachmentResponseItems] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = GetCloudConnectAttachmentResponseItems.from_dict(
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
) -> Response[list[GetCloudConnectAttachmentResponseItems]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    cloudconnect_attachment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[GetCloudConnectAttachmentResponseItems]]:
    """View details of a Cloud Connect attachment

    Args:
        cloudconnect_attachment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GetCloudConnectAttachmentResponseItems]]
    """

    kwargs = _get_kwargs(
        cloudconnect_attachment_id=cloudconnect_attachment_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cloudconnect_attachment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[GetCloudConnectAttachmentResponseItems] | None:
    """View details of a Cloud Connect attachment

    Args:
        cloudconnect_attachment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GetCloudConnectAttachmentResponseItems]
    """

    return sync_detailed(
        cloudconnect_attachment_id=cloudconnect_attachment_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    cloudconnect_attachment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[list[GetCloudConnectAttachmentResponseItems]]:
    """View details of a Cloud Connect attachment

    Args:
        cloudconnect_attachment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[GetCloudConnectAttachmentResponseItems]]
    """

    kwargs = _get_kwargs(
        cloudconnect_attachment_id=cloudconnect_attachment_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cloudconnect_attachment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> list[GetCloudConnectAttachmentResponseItems] | None:
    """View details of a Cloud Connect attachment

    Args:
        cloudconnect_attachment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[GetCloudConnectAttachmentResponseItems]
    """

    return (
        await asyncio_detailed(
            cloudconnect_attachment_id=cloudconnect_attachment_id,
            client=client,
        )
    ).parsed
