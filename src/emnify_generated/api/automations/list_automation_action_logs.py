from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.automation_action_log_output_dto import AutomationActionLogOutputDto
from ...types import UNSET, Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    automation_id: str,
    automation_execution_number: float,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["automationId"] = automation_id

    params["automationExecutionNumber"] = automation_execution_number

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/automation/log",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[AutomationActionLogOutputDto] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = AutomationActionLogOutputDto.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[list[AutomationActionLogOutputDto]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    automation_id: str,
    automation_execution_number: float,
) -> Response[list[AutomationActionLogOutputDto]]:
    """List action logs

    Args:
        automation_id (str):
        automation_execution_number (float):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[AutomationActionLogOutputDto]]
    """

    kwargs = _get_kwargs(
        automation_id=automation_id,
        automation_execution_number=automation_execution_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    automation_id: str,
    automation_execution_number: float,
) -> list[AutomationActionLogOutputDto] | None:
    """List action logs

    Args:
        automation_id (str):
        automation_execution_number (float):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[AutomationActionLogOutputDto]
    """

    return sync_detailed(
        client=client,
        automation_id=automation_id,
        automation_execution_number=automation_execution_number,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    automation_id: str,
    automation_execution_number: float,
) -> Response[list[AutomationActionLogOutputDto]]:
    """List action logs

    Args:
        automation_id (str):
        automation_execution_number (float):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[list[AutomationActionLogOutputDto]]
    """

    kwargs = _get_kwargs(
        automation_id=automation_id,
        automation_execution_number=automation_execution_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    automation_id: str,
    automation_execution_number: float,
) -> list[AutomationActionLogOutputDto] | None:
    """List action logs

    Args:
        automation_id (str):
        automation_execution_number (float):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[AutomationActionLogOutputDto]
    """

    return (
        await asyncio_detailed(
            client=client,
            automation_id=automation_id,
            automation_execution_number=automation_execution_number,
        )
    ).parsed
