from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.assign_endpoint_tag_bad_request_error import AssignEndpointTagBadRequestError
from ...models.assign_endpoint_tag_body import AssignEndpointTagBody
from ...models.assign_endpoint_tag_conflict_error import AssignEndpointTagConflictError
from ...models.assign_endpoint_tag_response_201 import AssignEndpointTagResponse201
from ...models.assign_endpoint_tag_unprocessable_entity_error import (
    AssignEndpointTagUnprocessableEntityError,
)
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    endpoint_id: int,
    *,
    body: AssignEndpointTagBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/endpoint/{endpoint_id}/tags".format(
            endpoint_id=quote(str(endpoint_id), safe=""),
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
    Any
    | AssignEndpointTagBadRequestError
    | AssignEndpointTagConflictError
    | AssignEndpointTagResponse201
    | AssignEndpointTagUnprocessableEntityError
    | None
):
    if response.status_code == 201:
        response_201 = AssignEndpointTagResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = AssignEndpointTagBadRequestError.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = response.json()
        return response_403

    if response.status_code == 409:
        response_409 = AssignEndpointTagConflictError.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = AssignEndpointTagUnprocessableEntityError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | AssignEndpointTagBadRequestError
    | AssignEndpointTagConflictError
    | AssignEndpointTagResponse201
    | AssignEndpointTagUnprocessableEntityError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    endpoint_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AssignEndpointTagBody | Unset = UNSET,
) -> Response[
    Any
    | AssignEndpointTagBadRequestError
    | AssignEndpointTagConflictError
    | AssignEndpointTagResponse201
    | AssignEndpointTagUnprocessableEntityError
]:
    """Assign a tag to an endpoint

    Args:
        endpoint_id (int):
        body (AssignEndpointTagBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AssignEndpointTagBadRequestError | AssignEndpointTagConflictError | AssignEndpointTagResponse201 | AssignEndpointTagUnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    endpoint_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AssignEndpointTagBody | Unset = UNSET,
) -> (
    Any
    | AssignEndpointTagBadRequestError
    | AssignEndpointTagConflictError
    | AssignEndpointTagResponse201
    | AssignEndpointTagUnprocessableEntityError
    | None
):
    """Assign a tag to an endpoint

    Args:
        endpoint_id (int):
        body (AssignEndpointTagBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AssignEndpointTagBadRequestError | AssignEndpointTagConflictError | AssignEndpointTagResponse201 | AssignEndpointTagUnprocessableEntityError
    """

    return sync_detailed(
        endpoint_id=endpoint_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    endpoint_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AssignEndpointTagBody | Unset = UNSET,
) -> Response[
    Any
    | AssignEndpointTagBadRequestError
    | AssignEndpointTagConflictError
    | AssignEndpointTagResponse201
    | AssignEndpointTagUnprocessableEntityError
]:
    """Assign a tag to an endpoint

    Args:
        endpoint_id (int):
        body (AssignEndpointTagBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AssignEndpointTagBadRequestError | AssignEndpointTagConflictError | AssignEndpointTagResponse201 | AssignEndpointTagUnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    endpoint_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AssignEndpointTagBody | Unset = UNSET,
) -> (
    Any
    | AssignEndpointTagBadRequestError
    | AssignEndpointTagConflictError
    | AssignEndpointTagResponse201
    | AssignEndpointTagUnprocessableEntityError
    | None
):
    """Assign a tag to an endpoint

    Args:
        endpoint_id (int):
        body (AssignEndpointTagBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AssignEndpointTagBadRequestError | AssignEndpointTagConflictError | AssignEndpointTagResponse201 | AssignEndpointTagUnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            endpoint_id=endpoint_id,
            client=client,
            body=body,
        )
    ).parsed
