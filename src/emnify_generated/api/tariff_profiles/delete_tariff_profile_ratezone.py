from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    tariff_profile_id: str,
    ratezone_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/tariff_profile/{tariff_profile_id}/ratezone_selection/{ratezone_id}".format(
            tariff_profile_id=quote(str(tariff_profile_id), safe=""),
            ratezone_id=quote(str(ratezone_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 204:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    tariff_profile_id: str,
    ratezone_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Delete ratezone from tariff profile

    Args:
        tariff_profile_id (str):
        ratezone_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        tariff_profile_id=tariff_profile_id,
        ratezone_id=ratezone_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    tariff_profile_id: str,
    ratezone_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Delete ratezone from tariff profile

    Args:
        tariff_profile_id (str):
        ratezone_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        tariff_profile_id=tariff_profile_id,
        ratezone_id=ratezone_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
