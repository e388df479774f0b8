from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.update_default_workspace_response_200 import UpdateDefaultWorkspaceResponse200
from ...types import Response

if TYPE_CHECKING:
    import httpx

    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    user_id: str,
    workspace_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v2/user/{user_id}/default_organisation/{workspace_id}".format(
            user_id=quote(str(user_id), safe=""),
            workspace_id=quote(str(workspace_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | UpdateDefaultWorkspaceResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateDefaultWorkspaceResponse200.from_dict(response.json())

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
) -> Response[Any | UpdateDefaultWorkspaceResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=client.parse_response(_parse_response, response),
    )


def sync_detailed(
    user_id: str,
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | UpdateDefaultWorkspaceResponse200]:
    """Update a user's default Workspace

    Args:
        user_id (str):
        workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateDefaultWorkspaceResponse200]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | UpdateDefaultWorkspaceResponse200 | None:
    """Update a user's default Workspace

    Args:
        user_id (str):
        workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateDefaultWorkspaceResponse200
    """

    return sync_detailed(
        user_id=user_id,
        workspace_id=workspace_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | UpdateDefaultWorkspaceResponse200]:
    """Update a user's default Workspace

    Args:
        user_id (str):
        workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateDefaultWorkspaceResponse200]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    workspace_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | UpdateDefaultWorkspaceResponse200 | None:
    """Update a user's default Workspace

    Args:
        user_id (str):
        workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateDefaultWorkspaceResponse200
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            workspace_id=workspace_id,
            client=client,
        )
    ).parsed
