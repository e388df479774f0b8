from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.migrate_sims_to_workspace_body import MigrateSimsToWorkspaceBody
from ...models.migrate_sims_to_workspace_conflict_error import MigrateSimsToWorkspaceConflictError
from ...models.migrate_sims_to_workspace_response_200 import MigrateSimsToWorkspaceResponse200
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: MigrateSimsToWorkspaceBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/sim/migration/workspace",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | MigrateSimsToWorkspaceConflictError | MigrateSimsToWorkspaceResponse200 | None:
    if response.status_code == 200:
        response_200 = MigrateSimsToWorkspaceResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = response.json()
        return response_400

    if response.status_code == 404:
        response_404 = response.json()
        return response_404

    if response.status_code == 409:
        response_409 = MigrateSimsToWorkspaceConflictError.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | MigrateSimsToWorkspaceConflictError | MigrateSimsToWorkspaceResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MigrateSimsToWorkspaceBody | Unset = UNSET,
) -> Response[Any | MigrateSimsToWorkspaceConflictError | MigrateSimsToWorkspaceResponse200]:
    """Migrate SIMs between Workspaces

    Args:
        body (MigrateSimsToWorkspaceBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MigrateSimsToWorkspaceConflictError | MigrateSimsToWorkspaceResponse200]
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
    body: MigrateSimsToWorkspaceBody | Unset = UNSET,
) -> Any | MigrateSimsToWorkspaceConflictError | MigrateSimsToWorkspaceResponse200 | None:
    """Migrate SIMs between Workspaces

    Args:
        body (MigrateSimsToWorkspaceBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MigrateSimsToWorkspaceConflictError | MigrateSimsToWorkspaceResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MigrateSimsToWorkspaceBody | Unset = UNSET,
) -> Response[Any | MigrateSimsToWorkspaceConflictError | MigrateSimsToWorkspaceResponse200]:
    """Migrate SIMs between Workspaces

    Args:
        body (MigrateSimsToWorkspaceBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MigrateSimsToWorkspaceConflictError | MigrateSimsToWorkspaceResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MigrateSimsToWorkspaceBody | Unset = UNSET,
) -> Any | MigrateSimsToWorkspaceConflictError | MigrateSimsToWorkspaceResponse200 | None:
    """Migrate SIMs between Workspaces

    Args:
        body (MigrateSimsToWorkspaceBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MigrateSimsToWorkspaceConflictError | MigrateSimsToWorkspaceResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
