from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.add_service_profile_sms_limit_response_200 import (
    AddServiceProfileSmsLimitResponse200,
)
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    profile_id: str,
    service_id: str,
    limit_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/service_profile/{profile_id}/service/{service_id}/traffic_limit/{limit_id}".format(
            profile_id=quote(str(profile_id), safe=""),
            service_id=quote(str(service_id), safe=""),
            limit_id=quote(str(limit_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddServiceProfileSmsLimitResponse200 | Any | None:
    if response.status_code == 200:
        response_200 = AddServiceProfileSmsLimitResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = response.json()
        return response_404

    if response.status_code == 422:
        response_422 = response.json()
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddServiceProfileSmsLimitResponse200 | Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    profile_id: str,
    service_id: str,
    limit_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AddServiceProfileSmsLimitResponse200 | Any]:
    """Add SMS limit to service profile

    Args:
        profile_id (str):
        service_id (str):
        limit_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddServiceProfileSmsLimitResponse200 | Any]
    """

    kwargs = _get_kwargs(
        profile_id=profile_id,
        service_id=service_id,
        limit_id=limit_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    profile_id: str,
    service_id: str,
    limit_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AddServiceProfileSmsLimitResponse200 | Any | None:
    """Add SMS limit to service profile

    Args:
        profile_id (str):
        service_id (str):
        limit_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddServiceProfileSmsLimitResponse200 | Any
    """

    return sync_detailed(
        profile_id=profile_id,
        service_id=service_id,
        limit_id=limit_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    profile_id: str,
    service_id: str,
    limit_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AddServiceProfileSmsLimitResponse200 | Any]:
    """Add SMS limit to service profile

    Args:
        profile_id (str):
        service_id (str):
        limit_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddServiceProfileSmsLimitResponse200 | Any]
    """

    kwargs = _get_kwargs(
        profile_id=profile_id,
        service_id=service_id,
        limit_id=limit_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    profile_id: str,
    service_id: str,
    limit_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AddServiceProfileSmsLimitResponse200 | Any | None:
    """Add SMS limit to service profile

    Args:
        profile_id (str):
        service_id (str):
        limit_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddServiceProfileSmsLimitResponse200 | Any
    """

    return (
        await asyncio_detailed(
            profile_id=profile_id,
            service_id=service_id,
            limit_id=limit_id,
            client=client,
        )
    ).parsed
