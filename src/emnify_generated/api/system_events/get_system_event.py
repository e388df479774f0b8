from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.system_event_output_dto import SystemEventOutputDto
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    system_event_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/event/system/configuration/{system_event_id}".format(
            system_event_id=quote(str(system_event_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SystemEventOutputDto | None:
    if response.status_code == 200:
        response_200 = SystemEventOutputDto.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SystemEventOutputDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    system_event_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[SystemEventOutputDto]:
    """Get a system event by ID

    Args:
        system_event_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SystemEventOutputDto]
    """

    kwargs = _get_kwargs(
        system_event_id=system_event_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    system_event_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> SystemEventOutputDto | None:
    """Get a system event by ID

    Args:
        system_event_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SystemEventOutputDto
    """

    return sync_detailed(
        system_event_id=system_event_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    system_event_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[SystemEventOutputDto]:
    """Get a system event by ID

    Args:
        system_event_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SystemEventOutputDto]
    """

    kwargs = _get_kwargs(
        system_event_id=system_event_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    system_event_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> SystemEventOutputDto | None:
    """Get a system event by ID

    Args:
        system_event_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SystemEventOutputDto
    """

    return (
        await asyncio_detailed(
            system_event_id=system_event_id,
            client=client,
        )
    ).parsed
