from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.get_organisation_active_tariff_plan_response_200 import (
    GetOrganisationActiveTariffPlanResponse200,
)
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    org_id_or_my: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/organisation/{org_id_or_my}/tariff_plan/active".format(
            org_id_or_my=quote(str(org_id_or_my), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetOrganisationActiveTariffPlanResponse200 | None:
    if response.status_code == 200:
        response_200 = GetOrganisationActiveTariffPlanResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = response.json()
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | GetOrganisationActiveTariffPlanResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    org_id_or_my: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | GetOrganisationActiveTariffPlanResponse200]:
    """Get the active tariff plan for the given organization

    Args:
        org_id_or_my (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetOrganisationActiveTariffPlanResponse200]
    """

    kwargs = _get_kwargs(
        org_id_or_my=org_id_or_my,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    org_id_or_my: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | GetOrganisationActiveTariffPlanResponse200 | None:
    """Get the active tariff plan for the given organization

    Args:
        org_id_or_my (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetOrganisationActiveTariffPlanResponse200
    """

    return sync_detailed(
        org_id_or_my=org_id_or_my,
        client=client,
    ).parsed


async def asyncio_detailed(
    org_id_or_my: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | GetOrganisationActiveTariffPlanResponse200]:
    """Get the active tariff plan for the given organization

    Args:
        org_id_or_my (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetOrganisationActiveTariffPlanResponse200]
    """

    kwargs = _get_kwargs(
        org_id_or_my=org_id_or_my,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    org_id_or_my: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | GetOrganisationActiveTariffPlanResponse200 | None:
    """Get the active tariff plan for the given organization

    Args:
        org_id_or_my (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetOrganisationActiveTariffPlanResponse200
    """

    return (
        await asyncio_detailed(
            org_id_or_my=org_id_or_my,
            client=client,
        )
    ).parsed
