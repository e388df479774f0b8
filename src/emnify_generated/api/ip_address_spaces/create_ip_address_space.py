from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.create_ip_address_space_bad_request_error import CreateIpAddressSpaceBadRequestError
from ...models.create_ip_address_space_body import CreateIpAddressSpaceBody
from ...models.create_ip_address_space_conflict_error import CreateIpAddressSpaceConflictError
from ...models.create_ip_address_space_forbidden_error import CreateIpAddressSpaceForbiddenError
from ...models.create_ip_address_space_not_found_error import CreateIpAddressSpaceNotFoundError
from ...models.create_ip_address_space_response_201 import CreateIpAddressSpaceResponse201
from ...models.create_ip_address_space_unprocessable_entity_error import (
    CreateIpAddressSpaceUnprocessableEntityError,
)
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: CreateIpAddressSpaceBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/ip_address_space",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateIpAddressSpaceBadRequestError
    | CreateIpAddressSpaceConflictError
    | CreateIpAddressSpaceForbiddenError
    | CreateIpAddressSpaceNotFoundError
    | CreateIpAddressSpaceResponse201
    | CreateIpAddressSpaceUnprocessableEntityError
    | None
):
    if response.status_code == 201:
        response_201 = CreateIpAddressSpaceResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateIpAddressSpaceBadRequestError.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = CreateIpAddressSpaceForbiddenError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CreateIpAddressSpaceNotFoundError.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = CreateIpAddressSpaceConflictError.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = CreateIpAddressSpaceUnprocessableEntityError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateIpAddressSpaceBadRequestError
    | CreateIpAddressSpaceConflictError
    | CreateIpAddressSpaceForbiddenError
    | CreateIpAddressSpaceNotFoundError
    | CreateIpAddressSpaceResponse201
    | CreateIpAddressSpaceUnprocessableEntityError
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
    body: CreateIpAddressSpaceBody | Unset = UNSET,
) -> Response[
    CreateIpAddressSpaceBadRequestError
    | CreateIpAddressSpaceConflictError
    | CreateIpAddressSpaceForbiddenError
    | CreateIpAddressSpaceNotFoundError
    | CreateIpAddressSpaceResponse201
    | CreateIpAddressSpaceUnprocessableEntityError
]:
    """Create an IP address space

    Args:
        body (CreateIpAddressSpaceBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateIpAddressSpaceBadRequestError | CreateIpAddressSpaceConflictError | CreateIpAddressSpaceForbiddenError | CreateIpAddressSpaceNotFoundError | CreateIpAddressSpaceResponse201 | CreateIpAddressSpaceUnprocessableEntityError]
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
    body: CreateIpAddressSpaceBody | Unset = UNSET,
) -> (
    CreateIpAddressSpaceBadRequestError
    | CreateIpAddressSpaceConflictError
    | CreateIpAddressSpaceForbiddenError
    | CreateIpAddressSpaceNotFoundError
    | CreateIpAddressSpaceResponse201
    | CreateIpAddressSpaceUnprocessableEntityError
    | None
):
    """Create an IP address space

    Args:
        body (CreateIpAddressSpaceBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateIpAddressSpaceBadRequestError | CreateIpAddressSpaceConflictError | CreateIpAddressSpaceForbiddenError | CreateIpAddressSpaceNotFoundError | CreateIpAddressSpaceResponse201 | CreateIpAddressSpaceUnprocessableEntityError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateIpAddressSpaceBody | Unset = UNSET,
) -> Response[
    CreateIpAddressSpaceBadRequestError
    | CreateIpAddressSpaceConflictError
    | CreateIpAddressSpaceForbiddenError
    | CreateIpAddressSpaceNotFoundError
    | CreateIpAddressSpaceResponse201
    | CreateIpAddressSpaceUnprocessableEntityError
]:
    """Create an IP address space

    Args:
        body (CreateIpAddressSpaceBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateIpAddressSpaceBadRequestError | CreateIpAddressSpaceConflictError | CreateIpAddressSpaceForbiddenError | CreateIpAddressSpaceNotFoundError | CreateIpAddressSpaceResponse201 | CreateIpAddressSpaceUnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateIpAddressSpaceBody | Unset = UNSET,
) -> (
    CreateIpAddressSpaceBadRequestError
    | CreateIpAddressSpaceConflictError
    | CreateIpAddressSpaceForbiddenError
    | CreateIpAddressSpaceNotFoundError
    | CreateIpAddressSpaceResponse201
    | CreateIpAddressSpaceUnprocessableEntityError
    | None
):
    """Create an IP address space

    Args:
        body (CreateIpAddressSpaceBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateIpAddressSpaceBadRequestError | CreateIpAddressSpaceConflictError | CreateIpAddressSpaceForbiddenError | CreateIpAddressSpaceNotFoundError | CreateIpAddressSpaceResponse201 | CreateIpAddressSpaceUnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
