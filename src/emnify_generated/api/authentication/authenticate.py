from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.authenticate_body import AuthenticateBody
from ...models.authenticate_not_found_error import AuthenticateNotFoundError
from ...models.authenticate_response_200 import AuthenticateResponse200
from ...models.authenticate_unauthorized_error import AuthenticateUnauthorizedError
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: AuthenticateBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/authenticate",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any | AuthenticateNotFoundError | AuthenticateResponse200 | AuthenticateUnauthorizedError | None
):
    if response.status_code == 200:
        response_200 = AuthenticateResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = response.json()
        return response_400

    if response.status_code == 401:
        response_401 = AuthenticateUnauthorizedError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = AuthenticateNotFoundError.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any | AuthenticateNotFoundError | AuthenticateResponse200 | AuthenticateUnauthorizedError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthenticateBody | Unset = UNSET,
) -> Response[
    Any | AuthenticateNotFoundError | AuthenticateResponse200 | AuthenticateUnauthorizedError
]:
    """Retrieve authentication token

    Args:
        body (AuthenticateBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthenticateNotFoundError | AuthenticateResponse200 | AuthenticateUnauthorizedError]
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
    body: AuthenticateBody | Unset = UNSET,
) -> (
    Any | AuthenticateNotFoundError | AuthenticateResponse200 | AuthenticateUnauthorizedError | None
):
    """Retrieve authentication token

    Args:
        body (AuthenticateBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthenticateNotFoundError | AuthenticateResponse200 | AuthenticateUnauthorizedError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuthenticateBody | Unset = UNSET,
) -> Response[
    Any | AuthenticateNotFoundError | AuthenticateResponse200 | AuthenticateUnauthorizedError
]:
    """Retrieve authentication token

    Args:
        body (AuthenticateBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthenticateNotFoundError | AuthenticateResponse200 | AuthenticateUnauthorizedError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AuthenticateBody | Unset = UNSET,
) -> (
    Any | AuthenticateNotFoundError | AuthenticateResponse200 | AuthenticateUnauthorizedError | None
):
    """Retrieve authentication token

    Args:
        body (AuthenticateBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthenticateNotFoundError | AuthenticateResponse200 | AuthenticateUnauthorizedError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
