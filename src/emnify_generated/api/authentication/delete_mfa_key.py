from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

from ... import errors
from ...models.delete_mfa_key_not_found_error import DeleteMfaKeyNotFoundError
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    user_id: int,
    key_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/user/{user_id}/mfa/{key_id}".format(
            user_id=quote(str(user_id), safe=""),
            key_id=quote(str(key_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DeleteMfaKeyNotFoundError | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 404:
        response_404 = DeleteMfaKeyNotFoundError.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | DeleteMfaKeyNotFoundError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    user_id: int,
    key_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | DeleteMfaKeyNotFoundError]:
    """Delete an MFA key

    Args:
        user_id (int):
        key_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteMfaKeyNotFoundError]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        key_id=key_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: int,
    key_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | DeleteMfaKeyNotFoundError | None:
    """Delete an MFA key

    Args:
        user_id (int):
        key_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteMfaKeyNotFoundError
    """

    return sync_detailed(
        user_id=user_id,
        key_id=key_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    user_id: int,
    key_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | DeleteMfaKeyNotFoundError]:
    """Delete an MFA key

    Args:
        user_id (int):
        key_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteMfaKeyNotFoundError]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        key_id=key_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: int,
    key_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | DeleteMfaKeyNotFoundError | None:
    """Delete an MFA key

    Args:
        user_id (int):
        key_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteMfaKeyNotFoundError
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            key_id=key_id,
            client=client,
        )
    ).parsed
