from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

from ... import errors
from ...models.remove_service_profile_service_conflict_error import (
    RemoveServiceProfileServiceConflictError,
)
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    profile_id: str,
    service_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/service_profile/{profile_id}/service/{service_id}".format(
            profile_id=quote(str(profile_id), safe=""),
            service_id=quote(str(service_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | RemoveServiceProfileServiceConflictError | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 409:
        response_409 = RemoveServiceProfileServiceConflictError.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | RemoveServiceProfileServiceConflictError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    profile_id: str,
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | RemoveServiceProfileServiceConflictError]:
    """Remove a service from a service profile

    Args:
        profile_id (str):
        service_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RemoveServiceProfileServiceConflictError]
    """

    kwargs = _get_kwargs(
        profile_id=profile_id,
        service_id=service_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    profile_id: str,
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | RemoveServiceProfileServiceConflictError | None:
    """Remove a service from a service profile

    Args:
        profile_id (str):
        service_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RemoveServiceProfileServiceConflictError
    """

    return sync_detailed(
        profile_id=profile_id,
        service_id=service_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    profile_id: str,
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | RemoveServiceProfileServiceConflictError]:
    """Remove a service from a service profile

    Args:
        profile_id (str):
        service_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | RemoveServiceProfileServiceConflictError]
    """

    kwargs = _get_kwargs(
        profile_id=profile_id,
        service_id=service_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    profile_id: str,
    service_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | RemoveServiceProfileServiceConflictError | None:
    """Remove a service from a service profile

    Args:
        profile_id (str):
        service_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | RemoveServiceProfileServiceConflictError
    """

    return (
        await asyncio_detailed(
            profile_id=profile_id,
            service_id=service_id,
            client=client,
        )
    ).parsed
