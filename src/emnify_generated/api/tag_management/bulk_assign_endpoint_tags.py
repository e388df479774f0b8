from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.bulk_assign_endpoint_tags_bad_request_error import (
    BulkAssignEndpointTagsBadRequestError,
)
from ...models.bulk_assign_endpoint_tags_body import BulkAssignEndpointTagsBody
from ...models.bulk_assign_endpoint_tags_conflict_error import BulkAssignEndpointTagsConflictError
from ...models.bulk_assign_endpoint_tags_response_200 import BulkAssignEndpointTagsResponse200
from ...models.bulk_assign_endpoint_tags_unprocessable_entity_error import (
    BulkAssignEndpointTagsUnprocessableEntityError,
)
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: BulkAssignEndpointTagsBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/bulk-operations/endpoint/add-tags",
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
    | BulkAssignEndpointTagsBadRequestError
    | BulkAssignEndpointTagsConflictError
    | BulkAssignEndpointTagsResponse200
    | BulkAssignEndpointTagsUnprocessableEntityError
    | None
):
    if response.status_code == 200:
        response_200 = BulkAssignEndpointTagsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BulkAssignEndpointTagsBadRequestError.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = response.json()
        return response_403

    if response.status_code == 409:
        response_409 = BulkAssignEndpointTagsConflictError.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = BulkAssignEndpointTagsUnprocessableEntityError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | BulkAssignEndpointTagsBadRequestError
    | BulkAssignEndpointTagsConflictError
    | BulkAssignEndpointTagsResponse200
    | BulkAssignEndpointTagsUnprocessableEntityError
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
    body: BulkAssignEndpointTagsBody | Unset = UNSET,
) -> Response[
    Any
    | BulkAssignEndpointTagsBadRequestError
    | BulkAssignEndpointTagsConflictError
    | BulkAssignEndpointTagsResponse200
    | BulkAssignEndpointTagsUnprocessableEntityError
]:
    """Bulk assign tags

    Args:
        body (BulkAssignEndpointTagsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BulkAssignEndpointTagsBadRequestError | BulkAssignEndpointTagsConflictError | BulkAssignEndpointTagsResponse200 | BulkAssignEndpointTagsUnprocessableEntityError]
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
    body: BulkAssignEndpointTagsBody | Unset = UNSET,
) -> (
    Any
    | BulkAssignEndpointTagsBadRequestError
    | BulkAssignEndpointTagsConflictError
    | BulkAssignEndpointTagsResponse200
    | BulkAssignEndpointTagsUnprocessableEntityError
    | None
):
    """Bulk assign tags

    Args:
        body (BulkAssignEndpointTagsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BulkAssignEndpointTagsBadRequestError | BulkAssignEndpointTagsConflictError | BulkAssignEndpointTagsResponse200 | BulkAssignEndpointTagsUnprocessableEntityError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BulkAssignEndpointTagsBody | Unset = UNSET,
) -> Response[
    Any
    | BulkAssignEndpointTagsBadRequestError
    | BulkAssignEndpointTagsConflictError
    | BulkAssignEndpointTagsResponse200
    | BulkAssignEndpointTagsUnprocessableEntityError
]:
    """Bulk assign tags

    Args:
        body (BulkAssignEndpointTagsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BulkAssignEndpointTagsBadRequestError | BulkAssignEndpointTagsConflictError | BulkAssignEndpointTagsResponse200 | BulkAssignEndpointTagsUnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BulkAssignEndpointTagsBody | Unset = UNSET,
) -> (
    Any
    | BulkAssignEndpointTagsBadRequestError
    | BulkAssignEndpointTagsConflictError
    | BulkAssignEndpointTagsResponse200
    | BulkAssignEndpointTagsUnprocessableEntityError
    | None
):
    """Bulk assign tags

    Args:
        body (BulkAssignEndpointTagsBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BulkAssignEndpointTagsBadRequestError | BulkAssignEndpointTagsConflictError | BulkAssignEndpointTagsResponse200 | BulkAssignEndpointTagsUnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
