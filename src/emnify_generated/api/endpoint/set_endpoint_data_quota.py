from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.set_endpoint_data_quota_body import SetEndpointDataQuotaBody
from ...models.set_endpoint_data_quota_response_201 import SetEndpointDataQuotaResponse201
from ...models.set_endpoint_data_quota_unprocessable_entity_error import (
    SetEndpointDataQuotaUnprocessableEntityError,
)
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    endpoint_id: str,
    *,
    body: SetEndpointDataQuotaBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/endpoint/{endpoint_id}/quota/data".format(
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
) -> SetEndpointDataQuotaResponse201 | SetEndpointDataQuotaUnprocessableEntityError | None:
    if response.status_code == 201:
        response_201 = SetEndpointDataQuotaResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 422:
        response_422 = SetEndpointDataQuotaUnprocessableEntityError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SetEndpointDataQuotaResponse201 | SetEndpointDataQuotaUnprocessableEntityError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    endpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetEndpointDataQuotaBody | Unset = UNSET,
) -> Response[SetEndpointDataQuotaResponse201 | SetEndpointDataQuotaUnprocessableEntityError]:
    """Set data quota

    Args:
        endpoint_id (str):
        body (SetEndpointDataQuotaBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetEndpointDataQuotaResponse201 | SetEndpointDataQuotaUnprocessableEntityError]
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
    endpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetEndpointDataQuotaBody | Unset = UNSET,
) -> SetEndpointDataQuotaResponse201 | SetEndpointDataQuotaUnprocessableEntityError | None:
    """Set data quota

    Args:
        endpoint_id (str):
        body (SetEndpointDataQuotaBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetEndpointDataQuotaResponse201 | SetEndpointDataQuotaUnprocessableEntityError
    """

    return sync_detailed(
        endpoint_id=endpoint_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    endpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetEndpointDataQuotaBody | Unset = UNSET,
) -> Response[SetEndpointDataQuotaResponse201 | SetEndpointDataQuotaUnprocessableEntityError]:
    """Set data quota

    Args:
        endpoint_id (str):
        body (SetEndpointDataQuotaBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SetEndpointDataQuotaResponse201 | SetEndpointDataQuotaUnprocessableEntityError]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    endpoint_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SetEndpointDataQuotaBody | Unset = UNSET,
) -> SetEndpointDataQuotaResponse201 | SetEndpointDataQuotaUnprocessableEntityError | None:
    """Set data quota

    Args:
        endpoint_id (str):
        body (SetEndpointDataQuotaBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SetEndpointDataQuotaResponse201 | SetEndpointDataQuotaUnprocessableEntityError
    """

    return (
        await asyncio_detailed(
            endpoint_id=endpoint_id,
            client=client,
            body=body,
        )
    ).parsed
