from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.create_user_body import CreateUserBody
from ...models.create_user_not_found_error import CreateUserNotFoundError
from ...models.create_user_response_201 import CreateUserResponse201
from ...models.create_user_unprocessable_entity_error import CreateUserUnprocessableEntityError
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: CreateUserBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/user",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateUserNotFoundError | CreateUserResponse201 | CreateUserUnprocessableEntityError | None:
    if response.status_code == 201:
        response_201 = CreateUserResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 404:
        response_404 = CreateUserNotFoundError.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = CreateUserUnprocessableEntityError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateUserNotFoundError | CreateUserResponse201 | CreateUserUnprocessableEntityError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserBody | Unset = UNSET,
) -> Response[CreateUserNotFoundError | CreateUserResponse201 | CreateUserUnprocessableEntityError]:
    """Create user

    Args:
        body (CreateUserBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateUserNotFoundError | CreateUserResponse201 | CreateUserUnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserBody | Unset = UNSET,
) -> CreateUserNotFoundError | CreateUserResponse201 | CreateUserUnprocessableEntityError | None:
    """Create user

    Args:
        body (CreateUserBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateUserNotFoundError | CreateUserResponse201 | CreateUserUnprocessableEntityError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserBody | Unset = UNSET,
) -> Response[CreateUserNotFoundError | CreateUserResponse201 | CreateUserUnprocessableEntityError]:
    """Create user

    Args:
        body (CreateUserBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateUserNotFoundError | CreateUserResponse201 | CreateUserUnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUserBody | Unset = UNSET,
) -> CreateUserNotFoundError | CreateUserResponse201 | CreateUserUnprocessableEntityError | None:
    """Create user

    Args:
        body (CreateUserBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateUserNotFoundError | CreateUserResponse201 | CreateUserUnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
