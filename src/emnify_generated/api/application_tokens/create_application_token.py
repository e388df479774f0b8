from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.create_application_token_body import CreateApplicationTokenBody
from ...models.create_application_token_response_200 import CreateApplicationTokenResponse200
from ...models.create_application_token_unprocessable_entity_error import (
    CreateApplicationTokenUnprocessableEntityError,
)
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: CreateApplicationTokenBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/application_token",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateApplicationTokenResponse200 | CreateApplicationTokenUnprocessableEntityError | None:
    if response.status_code == 200:
        response_200 = CreateApplicationTokenResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = CreateApplicationTokenUnprocessableEntityError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateApplicationTokenResponse200 | CreateApplicationTokenUnprocessableEntityError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateApplicationTokenBody | Unset = UNSET,
) -> Response[CreateApplicationTokenResponse200 | CreateApplicationTokenUnprocessableEntityError]:
    """Create application token

    Args:
        body (CreateApplicationTokenBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateApplicationTokenResponse200 | CreateApplicationTokenUnprocessableEntityError]
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
    body: CreateApplicationTokenBody | Unset = UNSET,
) -> CreateApplicationTokenResponse200 | CreateApplicationTokenUnprocessableEntityError | None:
    """Create application token

    Args:
        body (CreateApplicationTokenBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateApplicationTokenResponse200 | CreateApplicationTokenUnprocessableEntityError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateApplicationTokenBody | Unset = UNSET,
) -> Response[CreateApplicationTokenResponse200 | CreateApplicationTokenUnprocessableEntityError]:
    """Create application token

    Args:
        body (CreateApplicationTokenBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateApplicationTokenResponse200 | CreateApplicationTokenUnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateApplicationTokenBody | Unset = UNSET,
) -> CreateApplicationTokenResponse200 | CreateApplicationTokenUnprocessableEntityError | None:
    """Create application token

    Args:
        body (CreateApplicationTokenBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateApplicationTokenResponse200 | CreateApplicationTokenUnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
