from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.restart_data_stream_response_202 import RestartDataStreamResponse202
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    data_stream_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/data_stream/{data_stream_id}/restart".format(
            data_stream_id=quote(str(data_stream_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | RestartDataStreamResponse202 | None:
    if response.status_code == 202:
        response_202 = RestartDataStreamResponse202.from_dict(response.json())

        return response_202

    if response.status_code == 401:
        response_401 = response.json()
        return response_401

    if response.status_code == 403:
        response_403 = response.json()
        return response_403

    if response.status_code == 404:
        response_404 = response.json()
        return response_404

    if response.status_code == 409:
        response_409 = response.json()
        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | RestartDataStreamResponse202]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    data_stream_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | RestartDataStreamResponse202]:
    """Restart existing data stream

    Args:
        data_stream_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RestartDataStreamResponse202]
    """

    kwargs = _get_kwargs(
        data_stream_id=data_stream_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    data_stream_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | RestartDataStreamResponse202 | None:
    """Restart existing data stream

    Args:
        data_stream_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RestartDataStreamResponse202
    """

    return sync_detailed(
        data_stream_id=data_stream_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    data_stream_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | RestartDataStreamResponse202]:
    """Restart existing data stream

    Args:
        data_stream_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RestartDataStreamResponse202]
    """

    kwargs = _get_kwargs(
        data_stream_id=data_stream_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    data_stream_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | RestartDataStreamResponse202 | None:
    """Restart existing data stream

    Args:
        data_stream_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RestartDataStreamResponse202
    """

    return (
        await asyncio_detailed(
            data_stream_id=data_stream_id,
            client=client,
        )
    ).parsed
