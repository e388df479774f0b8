from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.get_endpoint_sms_response_200 import GetEndpointSmsResponse200
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    endpoint_id: str,
    sms_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/endpoint/{endpoint_id}/sms/{sms_id}".format(
            endpoint_id=quote(str(endpoint_id), safe=""),
            sms_id=quote(str(sms_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetEndpointSmsResponse200 | None:
    if response.status_code == 200:
        response_200 = GetEndpointSmsResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetEndpointSmsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    endpoint_id: str,
    sms_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetEndpointSmsResponse200]:
    """SMS details

    Args:
        endpoint_id (str):
        sms_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetEndpointSmsResponse200]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        sms_id=sms_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    endpoint_id: str,
    sms_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetEndpointSmsResponse200 | None:
    """SMS details

    Args:
        endpoint_id (str):
        sms_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetEndpointSmsResponse200
    """

    return sync_detailed(
        endpoint_id=endpoint_id,
        sms_id=sms_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    endpoint_id: str,
    sms_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GetEndpointSmsResponse200]:
    """SMS details

    Args:
        endpoint_id (str):
        sms_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetEndpointSmsResponse200]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        sms_id=sms_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    endpoint_id: str,
    sms_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GetEndpointSmsResponse200 | None:
    """SMS details

    Args:
        endpoint_id (str):
        sms_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetEndpointSmsResponse200
    """

    return (
        await asyncio_detailed(
            endpoint_id=endpoint_id,
            sms_id=sms_id,
            client=client,
        )
    ).parsed
