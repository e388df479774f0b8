from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.custom_event_output_dto import CustomEventOutputDto
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    custom_event_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/event/custom/configuration/{custom_event_id}".format(
            custom_event_id=quote(str(custom_event_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomEventOutputDto | None:
    if response.status_code == 200:
        response_200 = CustomEventOutputDto.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomEventOutputDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    custom_event_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CustomEventOutputDto]:
    """Get a custom event by ID

    Args:
        custom_event_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomEventOutputDto]
    """

    kwargs = _get_kwargs(
        custom_event_id=custom_event_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    custom_event_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CustomEventOutputDto | None:
    """Get a custom event by ID

    Args:
        custom_event_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomEventOutputDto
    """

    return sync_detailed(
        custom_event_id=custom_event_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    custom_event_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CustomEventOutputDto]:
    """Get a custom event by ID

    Args:
        custom_event_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomEventOutputDto]
    """

    kwargs = _get_kwargs(
        custom_event_id=custom_event_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    custom_event_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> CustomEventOutputDto | None:
    """Get a custom event by ID

    Args:
        custom_event_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomEventOutputDto
    """

    return (
        await asyncio_detailed(
            custom_event_id=custom_event_id,
            client=client,
        )
    ).parsed
