from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.validate_sim_batch_response_200 import ValidateSimBatchResponse200
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    bic: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/sim_batch/bic/{bic}".format(
            bic=quote(str(bic), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ValidateSimBatchResponse200 | None:
    if response.status_code == 200:
        response_200 = ValidateSimBatchResponse200.from_dict(response.json())

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
) -> Response[Any | ValidateSimBatchResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    bic: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ValidateSimBatchResponse200]:
    """Validate SIM batch by BIC

    Args:
        bic (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ValidateSimBatchResponse200]
    """

    kwargs = _get_kwargs(
        bic=bic,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bic: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ValidateSimBatchResponse200 | None:
    """Validate SIM batch by BIC

    Args:
        bic (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ValidateSimBatchResponse200
    """

    return sync_detailed(
        bic=bic,
        client=client,
    ).parsed


async def asyncio_detailed(
    bic: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ValidateSimBatchResponse200]:
    """Validate SIM batch by BIC

    Args:
        bic (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ValidateSimBatchResponse200]
    """

    kwargs = _get_kwargs(
        bic=bic,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bic: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ValidateSimBatchResponse200 | None:
    """Validate SIM batch by BIC

    Args:
        bic (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ValidateSimBatchResponse200
    """

    return (
        await asyncio_detailed(
            bic=bic,
            client=client,
        )
    ).parsed
