from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.add_service_profile_data_limit_body import AddServiceProfileDataLimitBody
from ...models.add_service_profile_data_limit_response_201 import (
    AddServiceProfileDataLimitResponse201,
)
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    profile_id: str,
    *,
    body: AddServiceProfileDataLimitBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/service_profile/{profile_id}/traffic_limit".format(
            profile_id=quote(str(profile_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddServiceProfileDataLimitResponse201 | Any | None:
    if response.status_code == 201:
        response_201 = AddServiceProfileDataLimitResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = response.json()
        return response_400

    if response.status_code == 403:
        response_403 = response.json()
        return response_403

    if response.status_code == 409:
        response_409 = response.json()
        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddServiceProfileDataLimitResponse201 | Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    profile_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddServiceProfileDataLimitBody | Unset = UNSET,
) -> Response[AddServiceProfileDataLimitResponse201 | Any]:
    """Add data limit to service profile

    Args:
        profile_id (str):
        body (AddServiceProfileDataLimitBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddServiceProfileDataLimitResponse201 | Any]
    """

    kwargs = _get_kwargs(
        profile_id=profile_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    profile_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddServiceProfileDataLimitBody | Unset = UNSET,
) -> AddServiceProfileDataLimitResponse201 | Any | None:
    """Add data limit to service profile

    Args:
        profile_id (str):
        body (AddServiceProfileDataLimitBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddServiceProfileDataLimitResponse201 | Any
    """

    return sync_detailed(
        profile_id=profile_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    profile_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddServiceProfileDataLimitBody | Unset = UNSET,
) -> Response[AddServiceProfileDataLimitResponse201 | Any]:
    """Add data limit to service profile

    Args:
        profile_id (str):
        body (AddServiceProfileDataLimitBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddServiceProfileDataLimitResponse201 | Any]
    """

    kwargs = _get_kwargs(
        profile_id=profile_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    profile_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddServiceProfileDataLimitBody | Unset = UNSET,
) -> AddServiceProfileDataLimitResponse201 | Any | None:
    """Add data limit to service profile

    Args:
        profile_id (str):
        body (AddServiceProfileDataLimitBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddServiceProfileDataLimitResponse201 | Any
    """

    return (
        await asyncio_detailed(
            profile_id=profile_id,
            client=client,
            body=body,
        )
    ).parsed
