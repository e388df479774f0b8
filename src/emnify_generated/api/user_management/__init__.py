"""Operations tagged `user_management` (generated).

Each operation is a module here with `asyncio`, `asyncio_detailed`, `sync` and `sync_detailed`.
`Namespace` binds them to one client: `Namespace(client).list_users(...)`.
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
    from ...models.assign_user_role_conflict_error import AssignUserRoleConflictError
    from ...models.assign_user_role_not_found_error import AssignUserRoleNotFoundError
    from ...models.create_support_token_body import CreateSupportTokenBody
    from ...models.create_support_token_response_201 import CreateSupportTokenResponse201
    from ...models.create_user_body import CreateUserBody
    from ...models.create_user_not_found_error import CreateUserNotFoundError
    from ...models.create_user_response_201 import CreateUserResponse201
    from ...models.create_user_unprocessable_entity_error import CreateUserUnprocessableEntityError
    from ...models.delete_user_not_found_error import DeleteUserNotFoundError
    from ...models.delete_user_role_conflict_error import DeleteUserRoleConflictError
    from ...models.delete_user_role_not_found_error import DeleteUserRoleNotFoundError
    from ...models.get_user_not_found_error import GetUserNotFoundError
    from ...models.get_user_response_200 import GetUserResponse200
    from ...models.list_user_events_response_items import ListUserEventsResponseItems
    from ...models.list_user_role_permissions_response_200 import ListUserRolePermissionsResponse200
    from ...models.list_user_roles_response_items import ListUserRolesResponseItems
    from ...models.list_user_statuses_response_items import ListUserStatusesResponseItems
    from ...models.list_users_response_items import ListUsersResponseItems
    from ...models.update_user_body import UpdateUserBody
    from ...models.update_user_unprocessable_entity_error import UpdateUserUnprocessableEntityError

_ = (UNSET, Unset)


def _operation(name: str) -> Any:
    return importlib.import_module(f"{__name__}.{name}")


class Namespace:
    """The `user_management` operations, bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_users(
        self,
        *,
        page: float | Unset = UNSET,
        q: str | Unset = UNSET,
        per_page: int | Unset = UNSET,
        sort: str | Unset = UNSET,
    ) -> list[ListUsersResponseItems] | None:
        """GET /api/v1/user: List user accounts"""
        response = await _operation("list_users").asyncio_detailed(
            page=page,
            q=q,
            per_page=per_page,
            sort=sort,
            client=self._client,
        )
        return cast("list[ListUsersResponseItems] | None", response.parsed)

    async def create_user(
        self,
        *,
        body: CreateUserBody | Unset = UNSET,
    ) -> (
        CreateUserNotFoundError | CreateUserResponse201 | CreateUserUnprocessableEntityError | None
    ):
        """POST /api/v1/user: Create user"""
        response = await _operation("create_user").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(
            "CreateUserNotFoundError | CreateUserResponse201 | CreateUserUnprocessableEntityError | None",
            response.parsed,
        )

    async def list_user_roles(
        self,
    ) -> list[ListUserRolesResponseItems] | None:
        """GET /api/v1/user/role: List user roles"""
        response = await _operation("list_user_roles").asyncio_detailed(
            client=self._client,
        )
        return cast("list[ListUserRolesResponseItems] | None", response.parsed)

    async def list_user_statuses(
        self,
    ) -> list[ListUserStatusesResponseItems] | None:
        """GET /api/v1/user/status: List user statuses"""
        response = await _operation("list_user_statuses").asyncio_detailed(
            client=self._client,
        )
        return cast("list[ListUserStatusesResponseItems] | None", response.parsed)

    async def get_user(
        self,
        user_id: int,
    ) -> GetUserNotFoundError | GetUserResponse200 | None:
        """GET /api/v1/user/{user_id}: Get user by ID or username"""
        response = await _operation("get_user").asyncio_detailed(
            user_id=user_id,
            client=self._client,
        )
        return cast("GetUserNotFoundError | GetUserResponse200 | None", response.parsed)

    async def delete_user(
        self,
        user_id: str,
    ) -> Any | DeleteUserNotFoundError | None:
        """DELETE /api/v1/user/{user_id}: Delete user by ID"""
        response = await _operation("delete_user").asyncio_detailed(
            user_id=user_id,
            client=self._client,
        )
        return cast("Any | DeleteUserNotFoundError | None", response.parsed)

    async def update_user(
        self,
        user_id: str,
        *,
        body: UpdateUserBody | Unset = UNSET,
    ) -> Any | UpdateUserUnprocessableEntityError | None:
        """PATCH /api/v1/user/{user_id}: Update user by ID"""
        response = await _operation("update_user").asyncio_detailed(
            user_id=user_id,
            body=body,
            client=self._client,
        )
        return cast("Any | UpdateUserUnprocessableEntityError | None", response.parsed)

    async def list_user_events(
        self,
        user_id: int,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        q: str | Unset = UNSET,
    ) -> Any | list[ListUserEventsResponseItems] | None:
        """GET /api/v1/user/{user_id}/event: List user events"""
        response = await _operation("list_user_events").asyncio_detailed(
            user_id=user_id,
            page=page,
            per_page=per_page,
            sort=sort,
            q=q,
            client=self._client,
        )
        return cast("Any | list[ListUserEventsResponseItems] | None", response.parsed)

    async def list_user_role_permissions(
        self,
        user_id: int,
    ) -> ListUserRolePermissionsResponse200 | None:
        """GET /api/v1/user/{user_id}/role/permission: List user role permissions"""
        response = await _operation("list_user_role_permissions").asyncio_detailed(
            user_id=user_id,
            client=self._client,
        )
        return cast("ListUserRolePermissionsResponse200 | None", response.parsed)

    async def assign_user_role(
        self,
        user_id: str,
        role_id: str,
    ) -> Any | AssignUserRoleConflictError | AssignUserRoleNotFoundError | None:
        """PUT /api/v1/user/{user_id}/role/{role_id}: Assign role to user"""
        response = await _operation("assign_user_role").asyncio_detailed(
            user_id=user_id,
            role_id=role_id,
            client=self._client,
        )
        return cast(
            "Any | AssignUserRoleConflictError | AssignUserRoleNotFoundError | None",
            response.parsed,
        )

    async def delete_user_role(
        self,
        user_id: str,
        role_id: str,
    ) -> Any | DeleteUserRoleConflictError | DeleteUserRoleNotFoundError | None:
        """DELETE /api/v1/user/{user_id}/role/{role_id}: Delete user role"""
        response = await _operation("delete_user_role").asyncio_detailed(
            user_id=user_id,
            role_id=role_id,
            client=self._client,
        )
        return cast(
            "Any | DeleteUserRoleConflictError | DeleteUserRoleNotFoundError | None",
            response.parsed,
        )

    async def create_support_token(
        self,
        user_id: str,
        *,
        body: CreateSupportTokenBody | Unset = UNSET,
    ) -> Any | CreateSupportTokenResponse201 | None:
        """POST /api/v2/user/{user_id}/support_token: Create support access token for given user"""
        response = await _operation("create_support_token").asyncio_detailed(
            user_id=user_id,
            body=body,
            client=self._client,
        )
        return cast("Any | CreateSupportTokenResponse201 | None", response.parsed)
