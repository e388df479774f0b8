from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.list_tariff_profile_blocked_operators_response_200 import (
    ListTariffProfileBlockedOperatorsResponse200,
)
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    tariff_profile_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/tariff_profile/{tariff_profile_id}/operator_blocklist/operator".format(
            tariff_profile_id=quote(str(tariff_profile_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListTariffProfileBlockedOperatorsResponse200 | None:
    if response.status_code == 200:
        response_200 = ListTariffProfileBlockedOperatorsResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListTariffProfileBlockedOperatorsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    tariff_profile_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ListTariffProfileBlockedOperatorsResponse200]:
    """Get the operator blocklist for a specific tariff profile

    Args:
        tariff_profile_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTariffProfileBlockedOperatorsResponse200]
    """

    kwargs = _get_kwargs(
        tariff_profile_id=tariff_profile_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tariff_profile_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ListTariffProfileBlockedOperatorsResponse200 | None:
    """Get the operator blocklist for a specific tariff profile

    Args:
        tariff_profile_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTariffProfileBlockedOperatorsResponse200
    """

    return sync_detailed(
        tariff_profile_id=tariff_profile_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    tariff_profile_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ListTariffProfileBlockedOperatorsResponse200]:
    """Get the operator blocklist for a specific tariff profile

    Args:
        tariff_profile_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTariffProfileBlockedOperatorsResponse200]
    """

    kwargs = _get_kwargs(
        tariff_profile_id=tariff_profile_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tariff_profile_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ListTariffProfileBlockedOperatorsResponse200 | None:
    """Get the operator blocklist for a specific tariff profile

    Args:
        tariff_profile_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTariffProfileBlockedOperatorsResponse200
    """

    return (
        await asyncio_detailed(
            tariff_profile_id=tariff_profile_id,
            client=client,
        )
    ).parsed
