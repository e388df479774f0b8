from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.get_api_secret_response_200 import GetApiSecretResponse200
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    api_secret_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/api_secret/{api_secret_id}".format(
            api_secret_id=quote(str(api_secret_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetApiSecretResponse200 | None:
    if response.status_code == 200:
        response_200 = GetApiSecretResponse200.from_dict(response.json())

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
) -> Response[Any | GetApiSecretResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    api_secret_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | GetApiSecretResponse200]:
    """Get a callback secret by ID

    Args:
        api_secret_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetApiSecretResponse200]
    """

    kwargs = _get_kwargs(
        api_secret_id=api_secret_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    api_secret_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | GetApiSecretResponse200 | None:
    """Get a callback secret by ID

    Args:
        api_secret_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetApiSecretResponse200
    """

    return sync_detailed(
        api_secret_id=api_secret_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    api_secret_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | GetApiSecretResponse200]:
    """Get a callback secret by ID

    Args:
        api_secret_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetApiSecretResponse200]
    """

    kwargs = _get_kwargs(
        api_secret_id=api_secret_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    api_secret_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | GetApiSecretResponse200 | None:
    """Get a callback secret by ID

    Args:
        api_secret_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetApiSecretResponse200
    """

    return (
        await asyncio_detailed(
            api_secret_id=api_secret_id,
            client=client,
        )
    ).parsed
