"""Operations tagged `service_profiles` (generated).

Each operation is a module here with `asyncio`, `asyncio_detailed`, `sync` and `sync_detailed`.
`Namespace` binds them to one client: `Namespace(client).list_service_profiles(...)`.
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
    from ...models.add_service_profile_data_limit_body import AddServiceProfileDataLimitBody
    from ...models.add_service_profile_data_limit_response_201 import (
        AddServiceProfileDataLimitResponse201,
    )
    from ...models.add_service_profile_service_conflict_error import (
        AddServiceProfileServiceConflictError,
    )
    from ...models.add_service_profile_sms_limit_response_200 import (
        AddServiceProfileSmsLimitResponse200,
    )
    from ...models.create_service_profile_body import CreateServiceProfileBody
    from ...models.create_service_profile_response_201 import CreateServiceProfileResponse201
    from ...models.delete_service_profile_conflict_error import DeleteServiceProfileConflictError
    from ...models.get_service_profile_response_200 import GetServiceProfileResponse200
    from ...models.list_service_profile_data_limits_response_items import (
        ListServiceProfileDataLimitsResponseItems,
    )
    from ...models.list_service_profiles_response_items import ListServiceProfilesResponseItems
    from ...models.remove_service_profile_service_conflict_error import (
        RemoveServiceProfileServiceConflictError,
    )
    from ...models.remove_service_profile_sms_limit_response_200 import (
        RemoveServiceProfileSmsLimitResponse200,
    )
    from ...models.update_service_profile_body import UpdateServiceProfileBody
    from ...models.update_service_profile_response_201 import UpdateServiceProfileResponse201

_ = (UNSET, Unset)


def _operation(name: str) -> Any:
    return importlib.import_module(f"{__name__}.{name}")


class Namespace:
    """The `service_profiles` operations, bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_service_profiles(
        self,
    ) -> list[ListServiceProfilesResponseItems] | None:
        """GET /api/v1/service_profile: List service profiles"""
        response = await _operation("list_service_profiles").asyncio_detailed(
            client=self._client,
        )
        return cast("list[ListServiceProfilesResponseItems] | None", response.parsed)

    async def create_service_profile(
        self,
        *,
        body: CreateServiceProfileBody | Unset = UNSET,
    ) -> CreateServiceProfileResponse201 | None:
        """POST /api/v1/service_profile: Create service profile"""
        response = await _operation("create_service_profile").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast("CreateServiceProfileResponse201 | None", response.parsed)

    async def get_service_profile(
        self,
        profile_id: str,
    ) -> GetServiceProfileResponse200 | None:
        """GET /api/v1/service_profile/{profile_id}: Retrieve a service profile"""
        response = await _operation("get_service_profile").asyncio_detailed(
            profile_id=profile_id,
            client=self._client,
        )
        return cast("GetServiceProfileResponse200 | None", response.parsed)

    async def delete_service_profile(
        self,
        profile_id: str,
    ) -> Any | DeleteServiceProfileConflictError | None:
        """DELETE /api/v1/service_profile/{profile_id}: Delete a service profile"""
        response = await _operation("delete_service_profile").asyncio_detailed(
            profile_id=profile_id,
            client=self._client,
        )
        return cast("Any | DeleteServiceProfileConflictError | None", response.parsed)

    async def update_service_profile(
        self,
        profile_id: str,
        *,
        body: UpdateServiceProfileBody | Unset = UNSET,
    ) -> UpdateServiceProfileResponse201 | None:
        """PATCH /api/v1/service_profile/{profile_id}: Update service profile"""
        response = await _operation("update_service_profile").asyncio_detailed(
            profile_id=profile_id,
            body=body,
            client=self._client,
        )
        return cast("UpdateServiceProfileResponse201 | None", response.parsed)

    async def delete_service_profile_quotas(
        self,
        profile_id: str,
        quota_type: str,
    ) -> Any | None:
        """DELETE /api/v1/service_profile/{profile_id}/quota/{quota_type}: Remove all quotas of assigned endpoints"""
        response = await _operation("delete_service_profile_quotas").asyncio_detailed(
            profile_id=profile_id,
            quota_type=quota_type,
            client=self._client,
        )
        return cast("Any | None", response.parsed)

    async def add_service_profile_service(
        self,
        profile_id: str,
        service_id: str,
    ) -> AddServiceProfileServiceConflictError | Any | None:
        """PUT /api/v1/service_profile/{profile_id}/service/{service_id}: Add a service to a service profile"""
        response = await _operation("add_service_profile_service").asyncio_detailed(
            profile_id=profile_id,
            service_id=service_id,
            client=self._client,
        )
        return cast("AddServiceProfileServiceConflictError | Any | None", response.parsed)

    async def remove_service_profile_service(
        self,
        profile_id: str,
        service_id: str,
    ) -> Any | RemoveServiceProfileServiceConflictError | None:
        """DELETE /api/v1/service_profile/{profile_id}/service/{service_id}: Remove a service from a service profile"""
        response = await _operation("remove_service_profile_service").asyncio_detailed(
            profile_id=profile_id,
            service_id=service_id,
            client=self._client,
        )
        return cast("Any | RemoveServiceProfileServiceConflictError | None", response.parsed)

    async def add_service_profile_sms_limit(
        self,
        profile_id: str,
        service_id: str,
        limit_id: str,
    ) -> AddServiceProfileSmsLimitResponse200 | Any | None:
        """PUT /api/v1/service_profile/{profile_id}/service/{service_id}/traffic_limit/{limit_id}: Add SMS limit to service profile"""
        response = await _operation("add_service_profile_sms_limit").asyncio_detailed(
            profile_id=profile_id,
            service_id=service_id,
            limit_id=limit_id,
            client=self._client,
        )
        return cast("AddServiceProfileSmsLimitResponse200 | Any | None", response.parsed)

    async def remove_service_profile_sms_limit(
        self,
        profile_id: str,
        service_id: str,
        limit_id: str,
    ) -> Any | RemoveServiceProfileSmsLimitResponse200 | None:
        """DELETE /api/v1/service_profile/{profile_id}/service/{service_id}/traffic_limit/{limit_id}: Remove SMS limit from a service profile"""
        response = await _operation("remove_service_profile_sms_limit").asyncio_detailed(
            profile_id=profile_id,
            service_id=service_id,
            limit_id=limit_id,
            client=self._client,
        )
        return cast("Any | RemoveServiceProfileSmsLimitResponse200 | None", response.parsed)

    async def list_service_profile_data_limits(
        self,
        profile_id: str,
    ) -> Any | list[ListServiceProfileDataLimitsResponseItems] | None:
        """GET /api/v1/service_profile/{profile_id}/traffic_limit: List data limits of service profile"""
        response = await _operation("list_service_profile_data_limits").asyncio_detailed(
            profile_id=profile_id,
            client=self._client,
        )
        return cast("Any | list[ListServiceProfileDataLimitsResponseItems] | None", response.parsed)

    async def add_service_profile_data_limit(
        self,
        profile_id: str,
        *,
        body: AddServiceProfileDataLimitBody | Unset = UNSET,
    ) -> AddServiceProfileDataLimitResponse201 | Any | None:
        """POST /api/v1/service_profile/{profile_id}/traffic_limit: Add data limit to service profile"""
        response = await _operation("add_service_profile_data_limit").asyncio_detailed(
            profile_id=profile_id,
            body=body,
            client=self._client,
        )
        return cast("AddServiceProfileDataLimitResponse201 | Any | None", response.parsed)

    async def remove_service_profile_data_limits(
        self,
        profile_id: str,
    ) -> Any | None:
        """DELETE /api/v1/service_profile/{profile_id}/traffic_limit: Delete all data limits of a service profile"""
        response = await _operation("remove_service_profile_data_limits").asyncio_detailed(
            profile_id=profile_id,
            client=self._client,
        )
        return cast("Any | None", response.parsed)

    async def remove_service_profile_data_limit(
        self,
        profile_id: str,
        limit_id: str,
    ) -> Any | None:
        """DELETE /api/v1/service_profile/{profile_id}/traffic_limit/{limit_id}: Remove data limit from a service profile"""
        response = await _operation("remove_service_profile_data_limit").asyncio_detailed(
            profile_id=profile_id,
            limit_id=limit_id,
            client=self._client,
        )
        return cast("Any | None", response.parsed)
