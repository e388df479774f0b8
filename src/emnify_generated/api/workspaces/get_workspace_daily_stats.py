from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.get_workspace_daily_stats_response_200 import GetWorkspaceDailyStatsResponse200
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    workspace_ids: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["workspace_ids"] = workspace_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/workspace/stats/daily",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | GetWorkspaceDailyStatsResponse200 | None:
    if response.status_code == 200:
        response_200 = GetWorkspaceDailyStatsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = response.json()
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | GetWorkspaceDailyStatsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    workspace_ids: str | Unset = UNSET,
) -> Response[Any | GetWorkspaceDailyStatsResponse200]:
    """Retrieve Workspace daily stats

    Args:
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        workspace_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetWorkspaceDailyStatsResponse200]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        workspace_ids=workspace_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    workspace_ids: str | Unset = UNSET,
) -> Any | GetWorkspaceDailyStatsResponse200 | None:
    """Retrieve Workspace daily stats

    Args:
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        workspace_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetWorkspaceDailyStatsResponse200
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        workspace_ids=workspace_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    workspace_ids: str | Unset = UNSET,
) -> Response[Any | GetWorkspaceDailyStatsResponse200]:
    """Retrieve Workspace daily stats

    Args:
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        workspace_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GetWorkspaceDailyStatsResponse200]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        workspace_ids=workspace_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    workspace_ids: str | Unset = UNSET,
) -> Any | GetWorkspaceDailyStatsResponse200 | None:
    """Retrieve Workspace daily stats

    Args:
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        workspace_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GetWorkspaceDailyStatsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            workspace_ids=workspace_ids,
        )
    ).parsed
