from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.update_data_stream_body import UpdateDataStreamBody
from ...models.update_data_stream_response_202 import UpdateDataStreamResponse202
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    data_stream_id: str,
    *,
    body: UpdateDataStreamBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v2/data_stream/{data_stream_id}".format(
            data_stream_id=quote(str(data_stream_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | UpdateDataStreamResponse202 | None:
    if response.status_code == 202:
        response_202 = UpdateDataStreamResponse202.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = response.json()
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | UpdateDataStreamResponse202]:
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
    body: UpdateDataStreamBody | Unset = UNSET,
) -> Response[Any | UpdateDataStreamResponse202]:
    """Modify existing data stream

    Args:
        data_stream_id (str):
        body (UpdateDataStreamBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateDataStreamResponse202]
    """

    kwargs = _get_kwargs(
        data_stream_id=data_stream_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    data_stream_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDataStreamBody | Unset = UNSET,
) -> Any | UpdateDataStreamResponse202 | None:
    """Modify existing data stream

    Args:
        data_stream_id (str):
        body (UpdateDataStreamBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateDataStreamResponse202
    """

    return sync_detailed(
        data_stream_id=data_stream_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    data_stream_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDataStreamBody | Unset = UNSET,
) -> Response[Any | UpdateDataStreamResponse202]:
    """Modify existing data stream

    Args:
        data_stream_id (str):
        body (UpdateDataStreamBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateDataStreamResponse202]
    """

    kwargs = _get_kwargs(
        data_stream_id=data_stream_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    data_stream_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDataStreamBody | Unset = UNSET,
) -> Any | UpdateDataStreamResponse202 | None:
    """Modify existing data stream

    Args:
        data_stream_id (str):
        body (UpdateDataStreamBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateDataStreamResponse202
    """

    return (
        await asyncio_detailed(
            data_stream_id=data_stream_id,
            client=client,
            body=body,
        )
    ).parsed
