from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.create_tag_bad_request_error import CreateTagBadRequestError
from ...models.create_tag_body import CreateTagBody
from ...models.create_tag_conflict_error import CreateTagConflictError
from ...models.create_tag_response_201 import CreateTagResponse201
from ...models.create_tag_unprocessable_entity_error import CreateTagUnprocessableEntityError
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: CreateTagBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/tags",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | CreateTagBadRequestError
    | CreateTagConflictError
    | CreateTagResponse201
    | CreateTagUnprocessableEntityError
    | None
):
    if response.status_code == 201:
        response_201 = CreateTagResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateTagBadRequestError.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = response.json()
        return response_403

    if response.status_code == 409:
        response_409 = CreateTagConflictError.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = CreateTagUnprocessableEntityError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | CreateTagBadRequestError
    | CreateTagConflictError
    | CreateTagResponse201
    | CreateTagUnprocessableEntityError
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
    body: CreateTagBody | Unset = UNSET,
) -> Response[
    Any
    | CreateTagBadRequestError
    | CreateTagConflictError
    | CreateTagResponse201
    | CreateTagUnprocessableEntityError
]:
    """Create a tag

    Args:
        body (CreateTagBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreateTagBadRequestError | CreateTagConflictError | CreateTagResponse201 | CreateTagUnprocessableEntityError]
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
    body: CreateTagBody | Unset = UNSET,
) -> (
    Any
    | CreateTagBadRequestError
    | CreateTagConflictError
    | CreateTagResponse201
    | CreateTagUnprocessableEntityError
    | None
):
    """Create a tag

    Args:
        body (CreateTagBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreateTagBadRequestError | CreateTagConflictError | CreateTagResponse201 | CreateTagUnprocessableEntityError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTagBody | Unset = UNSET,
) -> Response[
    Any
    | CreateTagBadRequestError
    | CreateTagConflictError
    | CreateTagResponse201
    | CreateTagUnprocessableEntityError
]:
    """Create a tag

    Args:
        body (CreateTagBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CreateTagBadRequestError | CreateTagConflictError | CreateTagResponse201 | CreateTagUnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTagBody | Unset = UNSET,
) -> (
    Any
    | CreateTagBadRequestError
    | CreateTagConflictError
    | CreateTagResponse201
    | CreateTagUnprocessableEntityError
    | None
):
    """Create a tag

    Args:
        body (CreateTagBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CreateTagBadRequestError | CreateTagConflictError | CreateTagResponse201 | CreateTagUnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
