from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.create_mfa_key_body import CreateMfaKeyBody
from ...models.create_mfa_key_conflict_error import CreateMfaKeyConflictError
from ...models.create_mfa_key_response_200 import CreateMfaKeyResponse200
from ...models.create_mfa_key_unprocessable_entity_error import CreateMfaKeyUnprocessableEntityError
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: CreateMfaKeyBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/user/mfa",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateMfaKeyConflictError
    | CreateMfaKeyResponse200
    | CreateMfaKeyUnprocessableEntityError
    | None
):
    if response.status_code == 200:
        response_200 = CreateMfaKeyResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 409:
        response_409 = CreateMfaKeyConflictError.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = CreateMfaKeyUnprocessableEntityError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateMfaKeyConflictError | CreateMfaKeyResponse200 | CreateMfaKeyUnprocessableEntityError
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
    body: CreateMfaKeyBody | Unset = UNSET,
) -> Response[
    CreateMfaKeyConflictError | CreateMfaKeyResponse200 | CreateMfaKeyUnprocessableEntityError
]:
    """Create an MFA key

    Args:
        body (CreateMfaKeyBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateMfaKeyConflictError | CreateMfaKeyResponse200 | CreateMfaKeyUnprocessableEntityError]
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
    body: CreateMfaKeyBody | Unset = UNSET,
) -> (
    CreateMfaKeyConflictError
    | CreateMfaKeyResponse200
    | CreateMfaKeyUnprocessableEntityError
    | None
):
    """Create an MFA key

    Args:
        body (CreateMfaKeyBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateMfaKeyConflictError | CreateMfaKeyResponse200 | CreateMfaKeyUnprocessableEntityError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMfaKeyBody | Unset = UNSET,
) -> Response[
    CreateMfaKeyConflictError | CreateMfaKeyResponse200 | CreateMfaKeyUnprocessableEntityError
]:
    """Create an MFA key

    Args:
        body (CreateMfaKeyBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateMfaKeyConflictError | CreateMfaKeyResponse200 | CreateMfaKeyUnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateMfaKeyBody | Unset = UNSET,
) -> (
    CreateMfaKeyConflictError
    | CreateMfaKeyResponse200
    | CreateMfaKeyUnprocessableEntityError
    | None
):
    """Create an MFA key

    Args:
        body (CreateMfaKeyBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateMfaKeyConflictError | CreateMfaKeyResponse200 | CreateMfaKeyUnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
