from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.list_active_organisation_inclusive_volumes_response_items import (
    ListActiveOrganisationInclusiveVolumesResponseItems,
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
        "url": "/api/v1/organisation/{org_id_or_my}/inclusive_volume/active".format(
            org_id_or_my=quote(str(org_id_or_my), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[ListActiveOrganisationInclusiveVolumesResponseItems] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ListActiveOrganisationInclusiveVolumesResponseItems.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

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
) -> Response[Any | list[ListActiveOrganisationInclusiveVolumesResponseItems]]:
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
) -> Response[Any | list[ListActiveOrganisationInclusiveVolumesResponseItems]]:
    """Get list of active organization inclusive volumes

    Args:
        org_id_or_my (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[ListActiveOrganisationInclusiveVolumesResponseItems]]
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
) -> Any | list[ListActiveOrganisationInclusiveVolumesResponseItems] | None:
    """Get list of active organization inclusive volumes

    Args:
        org_id_or_my (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[ListActiveOrganisationInclusiveVolumesResponseItems]
    """

    return sync_detailed(
        org_id_or_my=org_id_or_my,
        client=client,
    ).parsed


async def asyncio_detailed(
    org_id_or_my: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | list[ListActiveOrganisationInclusiveVolumesResponseItems]]:
    """Get list of active organization inclusive volumes

    Args:
        org_id_or_my (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[ListActiveOrganisationInclusiveVolumesResponseItems]]
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
) -> Any | list[ListActiveOrganisationInclusiveVolumesResponseItems] | None:
    """Get list of active organization inclusive volumes

    Args:
        org_id_or_my (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[ListActiveOrganisationInclusiveVolumesResponseItems]
    """

    return (
        await asyncio_detailed(
            org_id_or_my=org_id_or_my,
            client=client,
        )
    ).parsed
