from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.retry_cloud_connect_attachment_response_200 import (
    RetryCloudConnectAttachmentResponse200,
)
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    cloudconnect_attachment_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/cnc/breakout/{cloudconnect_attachment_id}".format(
            cloudconnect_attachment_id=quote(str(cloudconnect_attachment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | RetryCloudConnectAttachmentResponse200 | None:
    if response.status_code == 200:
        response_200 = RetryCloudConnectAttachmentResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = response.json()
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | RetryCloudConnectAttachmentResponse200]:
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
) -> Response[Any | RetryCloudConnectAttachmentResponse200]:
    """Retry creation of an expired TGW breakout

    Args:
        cloudconnect_attachment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RetryCloudConnectAttachmentResponse200]
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
) -> Any | RetryCloudConnectAttachmentResponse200 | None:
    """Retry creation of an expired TGW breakout

    Args:
        cloudconnect_attachment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RetryCloudConnectAttachmentResponse200
    """

    return sync_detailed(
        cloudconnect_attachment_id=cloudconnect_attachment_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    cloudconnect_attachment_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | RetryCloudConnectAttachmentResponse200]:
    """Retry creation of an expired TGW breakout

    Args:
        cloudconnect_attachment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RetryCloudConnectAttachmentResponse200]
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
) -> Any | RetryCloudConnectAttachmentResponse200 | None:
    """Retry creation of an expired TGW breakout

    Args:
        cloudconnect_attachment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RetryCloudConnectAttachmentResponse200
    """

    return (
        await asyncio_detailed(
            cloudconnect_attachment_id=cloudconnect_attachment_id,
            client=client,
        )
    ).parsed
