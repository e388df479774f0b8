from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

from ... import errors
from ...models.activate_mfa_key_body import ActivateMfaKeyBody
from ...models.activate_mfa_key_conflict_error import ActivateMfaKeyConflictError
from ...models.activate_mfa_key_not_found_error import ActivateMfaKeyNotFoundError
from ...models.activate_mfa_key_unprocessable_entity_error import (
    ActivateMfaKeyUnprocessableEntityError,
)
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    key_id: int,
    *,
    body: ActivateMfaKeyBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/user/mfa/{key_id}".format(
            key_id=quote(str(key_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ActivateMfaKeyConflictError
    | ActivateMfaKeyNotFoundError
    | ActivateMfaKeyUnprocessableEntityError
    | Any
    | None
):
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 404:
        response_404 = ActivateMfaKeyNotFoundError.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ActivateMfaKeyConflictError.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ActivateMfaKeyUnprocessableEntityError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ActivateMfaKeyConflictError
    | ActivateMfaKeyNotFoundError
    | ActivateMfaKeyUnprocessableEntityError
    | Any
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    key_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ActivateMfaKeyBody | Unset = UNSET,
) -> Response[
    ActivateMfaKeyConflictError
    | ActivateMfaKeyNotFoundError
    | ActivateMfaKeyUnprocessableEntityError
    | Any
]:
    """Activate MFA key

    Args:
        key_id (int):
        body (ActivateMfaKeyBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivateMfaKeyConflictError | ActivateMfaKeyNotFoundError | ActivateMfaKeyUnprocessableEntityError | Any]
    """

    kwargs = _get_kwargs(
        key_id=key_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    key_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ActivateMfaKeyBody | Unset = UNSET,
) -> (
    ActivateMfaKeyConflictError
    | ActivateMfaKeyNotFoundError
    | ActivateMfaKeyUnprocessableEntityError
    | Any
    | None
):
    """Activate MFA key

    Args:
        key_id (int):
        body (ActivateMfaKeyBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivateMfaKeyConflictError | ActivateMfaKeyNotFoundError | ActivateMfaKeyUnprocessableEntityError | Any
    """

    return sync_detailed(
        key_id=key_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    key_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ActivateMfaKeyBody | Unset = UNSET,
) -> Response[
    ActivateMfaKeyConflictError
    | ActivateMfaKeyNotFoundError
    | ActivateMfaKeyUnprocessableEntityError
    | Any
]:
    """Activate MFA key

    Args:
        key_id (int):
        body (ActivateMfaKeyBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivateMfaKeyConflictError | ActivateMfaKeyNotFoundError | ActivateMfaKeyUnprocessableEntityError | Any]
    """

    kwargs = _get_kwargs(
        key_id=key_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    key_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ActivateMfaKeyBody | Unset = UNSET,
) -> (
    ActivateMfaKeyConflictError
    | ActivateMfaKeyNotFoundError
    | ActivateMfaKeyUnprocessableEntityError
    | Any
    | None
):
    """Activate MFA key

    Args:
        key_id (int):
        body (ActivateMfaKeyBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivateMfaKeyConflictError | ActivateMfaKeyNotFoundError | ActivateMfaKeyUnprocessableEntityError | Any
    """

    return (
        await asyncio_detailed(
            key_id=key_id,
            client=client,
            body=body,
        )
    ).parsed
