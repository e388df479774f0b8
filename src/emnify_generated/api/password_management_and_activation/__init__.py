"""Operations tagged `password_management_and_activation` (generated).

Each operation is a module here with `asyncio`, `asyncio_detailed`, `sync` and `sync_detailed`.
`Namespace` binds them to one client: `Namespace(client).activate_user(...)`.
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
    from ...models.activate_user_body import ActivateUserBody
    from ...models.change_password_body import ChangePasswordBody
    from ...models.change_password_unprocessable_entity_error import (
        ChangePasswordUnprocessableEntityError,
    )
    from ...models.invite_user_body import InviteUserBody
    from ...models.invite_user_response_201 import InviteUserResponse201
    from ...models.resend_user_activation_body import ResendUserActivationBody

_ = (UNSET, Unset)


def _operation(name: str) -> Any:
    return importlib.import_module(f"{__name__}.{name}")


class Namespace:
    """The `password_management_and_activation` operations, bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def activate_user(
        self,
        *,
        body: ActivateUserBody | Unset = UNSET,
    ) -> Any | None:
        """POST /api/v1/user/activation: Activate user"""
        response = await _operation("activate_user").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast("Any | None", response.parsed)

    async def resend_user_activation(
        self,
        *,
        body: ResendUserActivationBody | Unset = UNSET,
    ) -> Any | None:
        """POST /api/v1/user/activation_resend: Resend user activation email"""
        response = await _operation("resend_user_activation").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast("Any | None", response.parsed)

    async def change_password(
        self,
        *,
        body: ChangePasswordBody | Unset = UNSET,
    ) -> Any | ChangePasswordUnprocessableEntityError | None:
        """PATCH /api/v1/user/password: Change password"""
        response = await _operation("change_password").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast("Any | ChangePasswordUnprocessableEntityError | None", response.parsed)

    async def invite_user(
        self,
        *,
        body: InviteUserBody | Unset = UNSET,
    ) -> Any | InviteUserResponse201 | None:
        """POST /api/v2/user/invitation: Invite a user"""
        response = await _operation("invite_user").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast("Any | InviteUserResponse201 | None", response.parsed)
