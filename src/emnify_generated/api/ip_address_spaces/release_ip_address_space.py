from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

from ... import errors
from ...models.release_ip_address_space_conflict_error import ReleaseIpAddressSpaceConflictError
from ...models.release_ip_address_space_not_found_error import ReleaseIpAddressSpaceNotFoundError
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    address_space_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/ip_address_space/{address_space_id}".format(
            address_space_id=quote(str(address_space_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ReleaseIpAddressSpaceConflictError | ReleaseIpAddressSpaceNotFoundError | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 404:
        response_404 = ReleaseIpAddressSpaceNotFoundError.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ReleaseIpAddressSpaceConflictError.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ReleaseIpAddressSpaceConflictError | ReleaseIpAddressSpaceNotFoundError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    address_space_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ReleaseIpAddressSpaceConflictError | ReleaseIpAddressSpaceNotFoundError]:
    """Release an IP address space from an organization

    Args:
        address_space_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ReleaseIpAddressSpaceConflictError | ReleaseIpAddressSpaceNotFoundError]
    """

    kwargs = _get_kwargs(
        address_space_id=address_space_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    address_space_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ReleaseIpAddressSpaceConflictError | ReleaseIpAddressSpaceNotFoundError | None:
    """Release an IP address space from an organization

    Args:
        address_space_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ReleaseIpAddressSpaceConflictError | ReleaseIpAddressSpaceNotFoundError
    """

    return sync_detailed(
        address_space_id=address_space_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    address_space_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ReleaseIpAddressSpaceConflictError | ReleaseIpAddressSpaceNotFoundError]:
    """Release an IP address space from an organization

    Args:
        address_space_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ReleaseIpAddressSpaceConflictError | ReleaseIpAddressSpaceNotFoundError]
    """

    kwargs = _get_kwargs(
        address_space_id=address_space_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    address_space_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ReleaseIpAddressSpaceConflictError | ReleaseIpAddressSpaceNotFoundError | None:
    """Release an IP address space from an organization

    Args:
        address_space_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ReleaseIpAddressSpaceConflictError | ReleaseIpAddressSpaceNotFoundError
    """

    return (
        await asyncio_detailed(
            address_space_id=address_space_id,
            client=client,
        )
    ).parsed
