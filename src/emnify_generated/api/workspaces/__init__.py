"""Operations tagged `workspaces` (generated).

Each operation is a module here with `asyncio`, `asyncio_detailed`, `sync` and `sync_detailed`.
`Namespace` binds them to one client: `Namespace(client).switch_workspace(...)`.
Operation modules are imported on first call.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from uuid import UUID

    from ...client import AuthenticatedClient, Client
    from ...models.accept_user_invitation_body import AcceptUserInvitationBody
    from ...models.get_workspace_daily_stats_response_200 import GetWorkspaceDailyStatsResponse200
    from ...models.list_assigned_workspaces_response_items import (
        ListAssignedWorkspacesResponseItems,
    )
    from ...models.switch_workspace_body import SwitchWorkspaceBody
    from ...models.switch_workspace_response_200 import SwitchWorkspaceResponse200
    from ...models.update_default_workspace_response_200 import UpdateDefaultWorkspaceResponse200
    from ...models.update_workspace_user_status_body import UpdateWorkspaceUserStatusBody

_ = (UNSET, Unset)


def _operation(name: str) -> Any:
    return importlib.import_module(f"{__name__}.{name}")


class Namespace:
    """The `workspaces` operations, bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def switch_workspace(
        self,
        *,
        body: SwitchWorkspaceBody | Unset = UNSET,
    ) -> Any | SwitchWorkspaceResponse200 | None:
        """POST /api/v1/authenticate/workspace: Switch to an assigned Workspace"""
        response = await _operation("switch_workspace").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast("Any | SwitchWorkspaceResponse200 | None", response.parsed)

    async def accept_user_invitation(
        self,
        *,
        body: AcceptUserInvitationBody | Unset = UNSET,
    ) -> Any | None:
        """POST /api/v2/user/activation: Accept user invitation"""
        response = await _operation("accept_user_invitation").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast("Any | None", response.parsed)

    async def update_default_workspace(
        self,
        user_id: str,
        workspace_id: str,
    ) -> Any | UpdateDefaultWorkspaceResponse200 | None:
        """PUT /api/v2/user/{user_id}/default_organisation/{workspace_id}: Update a user's default Workspace"""
        response = await _operation("update_default_workspace").asyncio_detailed(
            user_id=user_id,
            workspace_id=workspace_id,
            client=self._client,
        )
        return cast("Any | UpdateDefaultWorkspaceResponse200 | None", response.parsed)

    async def list_assigned_workspaces(
        self,
        user_id: str,
    ) -> Any | list[ListAssignedWorkspacesResponseItems] | None:
        """GET /api/v2/user/{user_id}/workspace: List assigned Workspaces"""
        response = await _operation("list_assigned_workspaces").asyncio_detailed(
            user_id=user_id,
            client=self._client,
        )
        return cast("Any | list[ListAssignedWorkspacesResponseItems] | None", response.parsed)

    async def unassign_workspace(
        self,
        user_id: str,
        workspace_id: str,
    ) -> Any | None:
        """DELETE /api/v2/user/{user_id}/workspace/{workspace_id}: Unassign a Workspace"""
        response = await _operation("unassign_workspace").asyncio_detailed(
            user_id=user_id,
            workspace_id=workspace_id,
            client=self._client,
        )
        return cast("Any | None", response.parsed)

    async def update_workspace_user_status(
        self,
        user_id: str,
        workspace_id: str,
        *,
        body: UpdateWorkspaceUserStatusBody | Unset = UNSET,
    ) -> Any | None:
        """PATCH /api/v2/user/{user_id}/workspace/{workspace_id}: Update user status in a Workspace"""
        response = await _operation("update_workspace_user_status").asyncio_detailed(
            user_id=user_id,
            workspace_id=workspace_id,
            body=body,
            client=self._client,
        )
        return cast("Any | None", response.parsed)

    async def assign_workspace_user_role(
        self,
        user_id: str,
        workspace_id: str,
        role_id: str,
    ) -> Any | None:
        """PUT /api/v2/user/{user_id}/workspace/{workspace_id}/role/{role_id}: Assign a role to a Workspace user"""
        response = await _operation("assign_workspace_user_role").asyncio_detailed(
            user_id=user_id,
            workspace_id=workspace_id,
            role_id=role_id,
            client=self._client,
        )
        return cast("Any | None", response.parsed)

    async def remove_workspace_user_role(
        self,
        user_id: str,
        workspace_id: str,
        role_id: str,
    ) -> Any | None:
        """DELETE /api/v2/user/{user_id}/workspace/{workspace_id}/role/{role_id}: Remove a role from a Workspace user"""
        response = await _operation("remove_workspace_user_role").asyncio_detailed(
            user_id=user_id,
            workspace_id=workspace_id,
            role_id=role_id,
            client=self._client,
        )
        return cast("Any | None", response.parsed)

    async def get_workspace_daily_stats(
        self,
        *,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        workspace_ids: str | Unset = UNSET,
    ) -> Any | GetWorkspaceDailyStatsResponse200 | None:
        """GET /api/v2/workspace/stats/daily: Retrieve Workspace daily stats"""
        response = await _operation("get_workspace_daily_stats").asyncio_detailed(
            start_date=start_date,
            end_date=end_date,
            workspace_ids=workspace_ids,
            client=self._client,
        )
        return cast("Any | GetWorkspaceDailyStatsResponse200 | None", response.parsed)
