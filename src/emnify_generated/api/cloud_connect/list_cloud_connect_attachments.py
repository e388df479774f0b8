from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.api_v1_cnc_breakout_get_parameters_status import ApiV1CncBreakoutGetParametersStatus
from ...models.api_v1_cnc_breakout_get_parameters_type import ApiV1CncBreakoutGetParametersType
from ...models.list_cloud_connect_attachments_response_items import (
    ListCloudConnectAttachmentsResponseItems,
)
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    status: ApiV1CncBreakoutGetParametersStatus | str | Unset = UNSET,
    type_: ApiV1CncBreakoutGetParametersType | str | Unset = UNSET,
    organisation: float | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ApiV1CncBreakoutGetParametersStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_type_: str | Unset
    if isinstance(type_, Unset):
        json_type_ = UNSET
    elif isinstance(type_, ApiV1CncBreakoutGetParametersType):
        json_type_ = type_.value
    else:
        json_type_ = type_
    params["type"] = json_type_

    params["organisation"] = organisation

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/cnc/breakout",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[ListCloudConnectAttachmentsResponseItems] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ListCloudConnectAttachmentsResponseItems.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 403:
        response_403 = response.json()
        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | list[ListCloudConnectAttachmentsResponseItems]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: ApiV1CncBreakoutGetParametersStatus | str | Unset = UNSET,
    type_: ApiV1CncBreakoutGetParametersType | str | Unset = UNSET,
    organisation: float | Unset = UNSET,
) -> Response[Any | list[ListCloudConnectAttachmentsResponseItems]]:
    """List all Cloud Connect attachments of an organization

    Args:
        status (ApiV1CncBreakoutGetParametersStatus | str | Unset):
        type_ (ApiV1CncBreakoutGetParametersType | str | Unset):
        organisation (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[ListCloudConnectAttachmentsResponseItems]]
    """

    kwargs = _get_kwargs(
        status=status,
        type_=type_,
        organisation=organisation,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: ApiV1CncBreakoutGetParametersStatus | str | Unset = UNSET,
    type_: ApiV1CncBreakoutGetParametersType | str | Unset = UNSET,
    organisation: float | Unset = UNSET,
) -> Any | list[ListCloudConnectAttachmentsResponseItems] | None:
    """List all Cloud Connect attachments of an organization

    Args:
        status (ApiV1CncBreakoutGetParametersStatus | str | Unset):
        type_ (ApiV1CncBreakoutGetParametersType | str | Unset):
        organisation (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[ListCloudConnectAttachmentsResponseItems]
    """

    return sync_detailed(
        client=client,
        status=status,
        type_=type_,
        organisation=organisation,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: ApiV1CncBreakoutGetParametersStatus | str | Unset = UNSET,
    type_: ApiV1CncBreakoutGetParametersType | str | Unset = UNSET,
    organisation: float | Unset = UNSET,
) -> Response[Any | list[ListCloudConnectAttachmentsResponseItems]]:
    """List all Cloud Connect attachments of an organization

    Args:
        status (ApiV1CncBreakoutGetParametersStatus | str | Unset):
        type_ (ApiV1CncBreakoutGetParametersType | str | Unset):
        organisation (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[ListCloudConnectAttachmentsResponseItems]]
    """

    kwargs = _get_kwargs(
        status=status,
        type_=type_,
        organisation=organisation,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: ApiV1CncBreakoutGetParametersStatus | str | Unset = UNSET,
    type_: ApiV1CncBreakoutGetParametersType | str | Unset = UNSET,
    organisation: float | Unset = UNSET,
) -> Any | list[ListCloudConnectAttachmentsResponseItems] | None:
    """List all Cloud Connect attachments of an organization

    Args:
        status (ApiV1CncBreakoutGetParametersStatus | str | Unset):
        type_ (ApiV1CncBreakoutGetParametersType | str | Unset):
        organisation (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[ListCloudConnectAttachmentsResponseItems]
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            type_=type_,
            organisation=organisation,
        )
    ).parsed
