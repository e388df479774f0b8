from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.error import Error
from ...models.euicc_operation import EuiccOperation
from ...models.euicc_operation_request import EuiccOperationRequest
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    euicc_id: int,
    *,
    body: list[EuiccOperationRequest] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/euicc/{euicc_id}/operation".format(
            euicc_id=quote(str(euicc_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = []
        for componentsschemas_euicc_operation_request_list_item_data in body:
            componentsschemas_euicc_operation_request_list_item = (
                componentsschemas_euicc_operation_request_list_item_data.to_dict()
            )
            _kwargs["json"].append(componentsschemas_euicc_operation_request_list_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[EuiccOperation] | None:
    if response.status_code == 201:
        response_201 = []
        _response_201 = response.json()
        for response_201_item_data in _response_201:
            response_201_item = EuiccOperation.from_dict(response_201_item_data)

            response_201.append(response_201_item)

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

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
) -> Response[Error | list[EuiccOperation]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    euicc_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: list[EuiccOperationRequest] | Unset = UNSET,
) -> Response[Error | list[EuiccOperation]]:
    """Schedule eUICC operations

    Args:
        euicc_id (int):
        body (list[EuiccOperationRequest] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[EuiccOperation]]
    """

    kwargs = _get_kwargs(
        euicc_id=euicc_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    euicc_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: list[EuiccOperationRequest] | Unset = UNSET,
) -> Error | list[EuiccOperation] | None:
    """Schedule eUICC operations

    Args:
        euicc_id (int):
        body (list[EuiccOperationRequest] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[EuiccOperation]
    """

    return sync_detailed(
        euicc_id=euicc_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    euicc_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: list[EuiccOperationRequest] | Unset = UNSET,
) -> Response[Error | list[EuiccOperation]]:
    """Schedule eUICC operations

    Args:
        euicc_id (int):
        body (list[EuiccOperationRequest] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[EuiccOperation]]
    """

    kwargs = _get_kwargs(
        euicc_id=euicc_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    euicc_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: list[EuiccOperationRequest] | Unset = UNSET,
) -> Error | list[EuiccOperation] | None:
    """Schedule eUICC operations

    Args:
        euicc_id (int):
        body (list[EuiccOperationRequest] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[EuiccOperation]
    """

    return (
        await asyncio_detailed(
            euicc_id=euicc_id,
            client=client,
            body=body,
        )
    ).parsed
