from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.error import Error
from ...models.euicc_unlinked_validation_request import EuiccUnlinkedValidationRequest
from ...models.euicc_unlinked_validation_response_items import EuiccUnlinkedValidationResponseItems
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: EuiccUnlinkedValidationRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/euicc/unlinked_validation",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[EuiccUnlinkedValidationResponseItems] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_euicc_unlinked_validation_response_item_data in _response_200:
            componentsschemas_euicc_unlinked_validation_response_item = (
                EuiccUnlinkedValidationResponseItems.from_dict(
                    componentsschemas_euicc_unlinked_validation_response_item_data
                )
            )

            response_200.append(componentsschemas_euicc_unlinked_validation_response_item)

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[EuiccUnlinkedValidationResponseItems]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EuiccUnlinkedValidationRequest | Unset = UNSET,
) -> Response[Error | list[EuiccUnlinkedValidationResponseItems]]:
    """Unlinked eUICC validation

    Args:
        body (EuiccUnlinkedValidationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[EuiccUnlinkedValidationResponseItems]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: EuiccUnlinkedValidationRequest | Unset = UNSET,
) -> Error | list[EuiccUnlinkedValidationResponseItems] | None:
    """Unlinked eUICC validation

    Args:
        body (EuiccUnlinkedValidationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[EuiccUnlinkedValidationResponseItems]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EuiccUnlinkedValidationRequest | Unset = UNSET,
) -> Response[Error | list[EuiccUnlinkedValidationResponseItems]]:
    """Unlinked eUICC validation

    Args:
        body (EuiccUnlinkedValidationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[EuiccUnlinkedValidationResponseItems]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EuiccUnlinkedValidationRequest | Unset = UNSET,
) -> Error | list[EuiccUnlinkedValidationResponseItems] | None:
    """Unlinked eUICC validation

    Args:
        body (EuiccUnlinkedValidationRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[EuiccUnlinkedValidationResponseItems]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
