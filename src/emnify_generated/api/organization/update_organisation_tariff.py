from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.update_organisation_tariff_body import UpdateOrganisationTariffBody
from ...models.update_organisation_tariff_response_200 import UpdateOrganisationTariffResponse200
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    org_id: int,
    *,
    body: UpdateOrganisationTariffBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/organisation/{org_id}/tariff".format(
            org_id=quote(str(org_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | UpdateOrganisationTariffResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateOrganisationTariffResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = response.json()
        return response_400

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
) -> Response[Any | UpdateOrganisationTariffResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    org_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateOrganisationTariffBody | Unset = UNSET,
) -> Response[Any | UpdateOrganisationTariffResponse200]:
    """Update assigned tariff

    Args:
        org_id (int):
        body (UpdateOrganisationTariffBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateOrganisationTariffResponse200]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateOrganisationTariffBody | Unset = UNSET,
) -> Any | UpdateOrganisationTariffResponse200 | None:
    """Update assigned tariff

    Args:
        org_id (int):
        body (UpdateOrganisationTariffBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateOrganisationTariffResponse200
    """

    return sync_detailed(
        org_id=org_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    org_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateOrganisationTariffBody | Unset = UNSET,
) -> Response[Any | UpdateOrganisationTariffResponse200]:
    """Update assigned tariff

    Args:
        org_id (int):
        body (UpdateOrganisationTariffBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateOrganisationTariffResponse200]
    """

    kwargs = _get_kwargs(
        org_id=org_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateOrganisationTariffBody | Unset = UNSET,
) -> Any | UpdateOrganisationTariffResponse200 | None:
    """Update assigned tariff

    Args:
        org_id (int):
        body (UpdateOrganisationTariffBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateOrganisationTariffResponse200
    """

    return (
        await asyncio_detailed(
            org_id=org_id,
            client=client,
            body=body,
        )
    ).parsed
