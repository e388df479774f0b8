"""Operations tagged `authentication` (generated).

Each operation is a module here with `asyncio`, `asyncio_detailed`, `sync` and `sync_detailed`.
`Namespace` binds them to one client: `Namespace(client).authenticate(...)`.
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
    from ...models.activate_mfa_key_body import ActivateMfaKeyBody
    from ...models.activate_mfa_key_conflict_error import ActivateMfaKeyConflictError
    from ...models.activate_mfa_key_not_found_error import ActivateMfaKeyNotFoundError
    from ...models.activate_mfa_key_unprocessable_entity_error import (
        ActivateMfaKeyUnprocessableEntityError,
    )
    from ...models.authenticate_body import AuthenticateBody
    from ...models.authenticate_not_found_error import AuthenticateNotFoundError
    from ...models.authenticate_response_200 import AuthenticateResponse200
    from ...models.authenticate_unauthorized_error import AuthenticateUnauthorizedError
    from ...models.create_mfa_key_body import CreateMfaKeyBody
    from ...models.create_mfa_key_conflict_error import CreateMfaKeyConflictError
    from ...models.create_mfa_key_response_200 import CreateMfaKeyResponse200
    from ...models.create_mfa_key_unprocessable_entity_error import (
        CreateMfaKeyUnprocessableEntityError,
    )
    from ...models.delete_mfa_key_not_found_error import DeleteMfaKeyNotFoundError
    from ...models.delete_trusted_device_not_found_error import DeleteTrustedDeviceNotFoundError
    from ...models.list_mfa_key_statuses_response_items import ListMfaKeyStatusesResponseItems
    from ...models.list_mfa_key_types_response_items import ListMfaKeyTypesResponseItems
    from ...models.list_trusted_devices_not_found_error import ListTrustedDevicesNotFoundError
    from ...models.list_trusted_devices_response_items import ListTrustedDevicesResponseItems

_ = (UNSET, Unset)


def _operation(name: str) -> Any:
    return importlib.import_module(f"{__name__}.{name}")


class Namespace:
    """The `authentication` operations, bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def authenticate(
        self,
        *,
        body: AuthenticateBody | Unset = UNSET,
    ) -> (
        Any
        | AuthenticateNotFoundError
        | AuthenticateResponse200
        | AuthenticateUnauthorizedError
        | None
    ):
        """POST /api/v1/authenticate: Retrieve authentication token"""
        response = await _operation("authenticate").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(
            "Any | AuthenticateNotFoundError | AuthenticateResponse200 | AuthenticateUnauthorizedError | None",
            response.parsed,
        )

    async def create_mfa_key(
        self,
        *,
        body: CreateMfaKeyBody | Unset = UNSET,
    ) -> (
        CreateMfaKeyConflictError
        | CreateMfaKeyResponse200
        | CreateMfaKeyUnprocessableEntityError
        | None
    ):
        """POST /api/v1/user/mfa: Create an MFA key"""
        response = await _operation("create_mfa_key").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(
            "CreateMfaKeyConflictError | CreateMfaKeyResponse200 | CreateMfaKeyUnprocessableEntityError | None",
            response.parsed,
        )

    async def list_mfa_key_statuses(
        self,
    ) -> list[ListMfaKeyStatusesResponseItems] | None:
        """GET /api/v1/user/mfa/status: List MFA key statuses"""
        response = await _operation("list_mfa_key_statuses").asyncio_detailed(
            client=self._client,
        )
        return cast("list[ListMfaKeyStatusesResponseItems] | None", response.parsed)

    async def list_mfa_key_types(
        self,
    ) -> list[ListMfaKeyTypesResponseItems] | None:
        """GET /api/v1/user/mfa/type: List MFA key types"""
        response = await _operation("list_mfa_key_types").asyncio_detailed(
            client=self._client,
        )
        return cast("list[ListMfaKeyTypesResponseItems] | None", response.parsed)

    async def activate_mfa_key(
        self,
        key_id: int,
        *,
        body: ActivateMfaKeyBody | Unset = UNSET,
    ) -> (
        ActivateMfaKeyConflictError
        | ActivateMfaKeyNotFoundError
        | ActivateMfaKeyUnprocessableEntityError
        | Any
        | None
    ):
        """PATCH /api/v1/user/mfa/{key_id}: Activate MFA key"""
        response = await _operation("activate_mfa_key").asyncio_detailed(
            key_id=key_id,
            body=body,
            client=self._client,
        )
        return cast(
            "ActivateMfaKeyConflictError | ActivateMfaKeyNotFoundError | ActivateMfaKeyUnprocessableEntityError | Any | None",
            response.parsed,
        )

    async def list_trusted_devices(
        self,
        user_id: int,
    ) -> ListTrustedDevicesNotFoundError | list[ListTrustedDevicesResponseItems] | None:
        """GET /api/v1/user/{user_id}/mfa/trusted_device: List trusted devices"""
        response = await _operation("list_trusted_devices").asyncio_detailed(
            user_id=user_id,
            client=self._client,
        )
        return cast(
            "ListTrustedDevicesNotFoundError | list[ListTrustedDevicesResponseItems] | None",
            response.parsed,
        )

    async def delete_trusted_device(
        self,
        user_id: int,
        device_id: int,
    ) -> Any | DeleteTrustedDeviceNotFoundError | None:
        """DELETE /api/v1/user/{user_id}/mfa/trusted_device/{device_id}: Delete a trusted device"""
        response = await _operation("delete_trusted_device").asyncio_detailed(
            user_id=user_id,
            device_id=device_id,
            client=self._client,
        )
        return cast("Any | DeleteTrustedDeviceNotFoundError | None", response.parsed)

    async def delete_mfa_key(
        self,
        user_id: int,
        key_id: int,
    ) -> Any | DeleteMfaKeyNotFoundError | None:
        """DELETE /api/v1/user/{user_id}/mfa/{key_id}: Delete an MFA key"""
        response = await _operation("delete_mfa_key").asyncio_detailed(
            user_id=user_id,
            key_id=key_id,
            client=self._client,
        )
        return cast("Any | DeleteMfaKeyNotFoundError | None", response.parsed)
