from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.assign_organisation_inclusive_volume_body import (
    AssignOrganisationInclusiveVolumeBody,
)
from ...models.assign_organisation_inclusive_volume_response_201 import (
    AssignOrganisationInclusiveVolumeResponse201,
)
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    org_id_or_my: str,
    inclusive_volume_id: int,
    *,
    body: AssignOrganisationInclusiveVolumeBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/organisation/{org_id_or_my}/inclusive_volume/{inclusive_volume_id}".format(
            org_id_or_my=quote(str(org_id_or_my), safe=""),
            inclusive_volume_id=quote(str(inclusive_volume_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | AssignOrganisationInclusiveVolumeResponse201 | None:
    if response.status_code == 201:
        response_201 = AssignOrganisationInclusiveVolumeResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = response.json()
        return response_400

    if response.status_code == 404:
        response_404 = response.json()
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | AssignOrganisationInclusiveVolumeResponse201]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    org_id_or_my: str,
    inclusive_volume_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AssignOrganisationInclusiveVolumeBody | Unset = UNSET,
) -> Response[Any | AssignOrganisationInclusiveVolumeResponse201]:
    """Assign a ratezone inclusive volume to an organization

    Args:
        org_id_or_my (str):
        inclusive_volume_id (int):
        body (AssignOrganisationInclusiveVolumeBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AssignOrganisationInclusiveVolumeResponse201]
    """

    kwargs = _get_kwargs(
        org_id_or_my=org_id_or_my,
        inclusive_volume_id=inclusive_volume_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org_id_or_my: str,
    inclusive_volume_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AssignOrganisationInclusiveVolumeBody | Unset = UNSET,
) -> Any | AssignOrganisationInclusiveVolumeResponse201 | None:
    """Assign a ratezone inclusive volume to an organization

    Args:
        org_id_or_my (str):
        inclusive_volume_id (int):
        body (AssignOrganisationInclusiveVolumeBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AssignOrganisationInclusiveVolumeResponse201
    """

    return sync_detailed(
        org_id_or_my=org_id_or_my,
        inclusive_volume_id=inclusive_volume_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    org_id_or_my: str,
    inclusive_volume_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AssignOrganisationInclusiveVolumeBody | Unset = UNSET,
) -> Response[Any | AssignOrganisationInclusiveVolumeResponse201]:
    """Assign a ratezone inclusive volume to an organization

    Args:
        org_id_or_my (str):
        inclusive_volume_id (int):
        body (AssignOrganisationInclusiveVolumeBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AssignOrganisationInclusiveVolumeResponse201]
    """

    kwargs = _get_kwargs(
        org_id_or_my=org_id_or_my,
        inclusive_volume_id=inclusive_volume_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_id_or_my: str,
    inclusive_volume_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: AssignOrganisationInclusiveVolumeBody | Unset = UNSET,
) -> Any | AssignOrganisationInclusiveVolumeResponse201 | None:
    """Assign a ratezone inclusive volume to an organization

    Args:
        org_id_or_my (str):
        inclusive_volume_id (int):
        body (AssignOrganisationInclusiveVolumeBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AssignOrganisationInclusiveVolumeResponse201
    """

    return (
        await asyncio_detailed(
            org_id_or_my=org_id_or_my,
            inclusive_volume_id=inclusive_volume_id,
            client=client,
            body=body,
        )
    ).parsed
