"""Operations tagged `tariff_profiles` (generated).

Each operation is a module here with `asyncio`, `asyncio_detailed`, `sync` and `sync_detailed`.
`Namespace` binds them to one client: `Namespace(client).list_tariff_profiles(...)`.
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
    from ...models.block_tariff_profile_operator_rat_types_body import (
        BlockTariffProfileOperatorRatTypesBody,
    )
    from ...models.create_tariff_profile_body import CreateTariffProfileBody
    from ...models.create_tariff_profile_response_201 import CreateTariffProfileResponse201
    from ...models.get_tariff_profile_blocked_operator_response_200 import (
        GetTariffProfileBlockedOperatorResponse200,
    )
    from ...models.get_tariff_profile_response_200 import GetTariffProfileResponse200
    from ...models.list_tariff_profile_blocked_operators_response_200 import (
        ListTariffProfileBlockedOperatorsResponse200,
    )
    from ...models.list_tariff_profile_coverage_response_items import (
        ListTariffProfileCoverageResponseItems,
    )
    from ...models.list_tariff_profiles_response_items import ListTariffProfilesResponseItems
    from ...models.update_tariff_profile_body import UpdateTariffProfileBody

_ = (UNSET, Unset)


def _operation(name: str) -> Any:
    return importlib.import_module(f"{__name__}.{name}")


class Namespace:
    """The `tariff_profiles` operations, bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_tariff_profiles(
        self,
    ) -> list[ListTariffProfilesResponseItems] | None:
        """GET /api/v1/tariff_profile: List tariff profiles"""
        response = await _operation("list_tariff_profiles").asyncio_detailed(
            client=self._client,
        )
        return cast("list[ListTariffProfilesResponseItems] | None", response.parsed)

    async def create_tariff_profile(
        self,
        *,
        body: CreateTariffProfileBody | Unset = UNSET,
    ) -> CreateTariffProfileResponse201 | None:
        """POST /api/v1/tariff_profile: Create tariff profile"""
        response = await _operation("create_tariff_profile").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast("CreateTariffProfileResponse201 | None", response.parsed)

    async def get_tariff_profile(
        self,
        tariff_profile_id: str,
    ) -> GetTariffProfileResponse200 | None:
        """GET /api/v1/tariff_profile/{tariff_profile_id}: Tariff profile details"""
        response = await _operation("get_tariff_profile").asyncio_detailed(
            tariff_profile_id=tariff_profile_id,
            client=self._client,
        )
        return cast("GetTariffProfileResponse200 | None", response.parsed)

    async def delete_tariff_profile(
        self,
        tariff_profile_id: str,
    ) -> Any | None:
        """DELETE /api/v1/tariff_profile/{tariff_profile_id}: Delete tariff profile"""
        response = await _operation("delete_tariff_profile").asyncio_detailed(
            tariff_profile_id=tariff_profile_id,
            client=self._client,
        )
        return cast("Any | None", response.parsed)

    async def update_tariff_profile(
        self,
        tariff_profile_id: str,
        *,
        body: UpdateTariffProfileBody | Unset = UNSET,
    ) -> Any | None:
        """PATCH /api/v1/tariff_profile/{tariff_profile_id}: Update tariff profile"""
        response = await _operation("update_tariff_profile").asyncio_detailed(
            tariff_profile_id=tariff_profile_id,
            body=body,
            client=self._client,
        )
        return cast("Any | None", response.parsed)

    async def list_tariff_profile_coverage(
        self,
        tariff_profile_id: int,
    ) -> list[ListTariffProfileCoverageResponseItems] | None:
        """GET /api/v1/tariff_profile/{tariff_profile_id}/coverage: List tariff profile coverage"""
        response = await _operation("list_tariff_profile_coverage").asyncio_detailed(
            tariff_profile_id=tariff_profile_id,
            client=self._client,
        )
        return cast("list[ListTariffProfileCoverageResponseItems] | None", response.parsed)

    async def assign_tariff_profile_inclusive_volume(
        self,
        tariff_profile_id: str,
        inclusive_volume_id: str,
    ) -> Any | None:
        """PUT /api/v1/tariff_profile/{tariff_profile_id}/inclusive_volume/{inclusive_volume_id}: Assign inclusive volume to tarriff profile"""
        response = await _operation("assign_tariff_profile_inclusive_volume").asyncio_detailed(
            tariff_profile_id=tariff_profile_id,
            inclusive_volume_id=inclusive_volume_id,
            client=self._client,
        )
        return cast("Any | None", response.parsed)

    async def unassign_tariff_profile_inclusive_volume(
        self,
        tariff_profile_id: str,
        inclusive_volume_id: str,
    ) -> Any | None:
        """DELETE /api/v1/tariff_profile/{tariff_profile_id}/inclusive_volume/{inclusive_volume_id}: Unassign inclusive volume from tariff profile"""
        response = await _operation("unassign_tariff_profile_inclusive_volume").asyncio_detailed(
            tariff_profile_id=tariff_profile_id,
            inclusive_volume_id=inclusive_volume_id,
            client=self._client,
        )
        return cast("Any | None", response.parsed)

    async def assign_tariff_profile_ratezone(
        self,
        tariff_profile_id: str,
        ratezone_id: str,
    ) -> Any | None:
        """PUT /api/v1/tariff_profile/{tariff_profile_id}/ratezone_selection/{ratezone_id}: Assign ratezone to tarriff profile"""
        response = await _operation("assign_tariff_profile_ratezone").asyncio_detailed(
            tariff_profile_id=tariff_profile_id,
            ratezone_id=ratezone_id,
            client=self._client,
        )
        return cast("Any | None", response.parsed)

    async def delete_tariff_profile_ratezone(
        self,
        tariff_profile_id: str,
        ratezone_id: str,
    ) -> Any | None:
        """DELETE /api/v1/tariff_profile/{tariff_profile_id}/ratezone_selection/{ratezone_id}: Delete ratezone from tariff profile"""
        response = await _operation("delete_tariff_profile_ratezone").asyncio_detailed(
            tariff_profile_id=tariff_profile_id,
            ratezone_id=ratezone_id,
            client=self._client,
        )
        return cast("Any | None", response.parsed)

    async def list_tariff_profile_blocked_operators(
        self,
        tariff_profile_id: str,
    ) -> ListTariffProfileBlockedOperatorsResponse200 | None:
        """GET /api/v2/tariff_profile/{tariff_profile_id}/operator_blocklist/operator: Get the operator blocklist for a specific tariff profile"""
        response = await _operation("list_tariff_profile_blocked_operators").asyncio_detailed(
            tariff_profile_id=tariff_profile_id,
            client=self._client,
        )
        return cast("ListTariffProfileBlockedOperatorsResponse200 | None", response.parsed)

    async def get_tariff_profile_blocked_operator(
        self,
        tariff_profile_id: str,
        operator_id: str,
    ) -> GetTariffProfileBlockedOperatorResponse200 | None:
        """GET /api/v2/tariff_profile/{tariff_profile_id}/operator_blocklist/operator/{operator_id}: Get operator blocklist for a specific tariff profile"""
        response = await _operation("get_tariff_profile_blocked_operator").asyncio_detailed(
            tariff_profile_id=tariff_profile_id,
            operator_id=operator_id,
            client=self._client,
        )
        return cast("GetTariffProfileBlockedOperatorResponse200 | None", response.parsed)

    async def block_tariff_profile_operator(
        self,
        tariff_profile_id: str,
        operator_id: str,
    ) -> Any | None:
        """PUT /api/v2/tariff_profile/{tariff_profile_id}/operator_blocklist/operator/{operator_id}: Block the operator completely for a given tariff profile"""
        response = await _operation("block_tariff_profile_operator").asyncio_detailed(
            tariff_profile_id=tariff_profile_id,
            operator_id=operator_id,
            client=self._client,
        )
        return cast("Any | None", response.parsed)

    async def unblock_tariff_profile_operator(
        self,
        tariff_profile_id: str,
        operator_id: str,
    ) -> Any | None:
        """DELETE /api/v2/tariff_profile/{tariff_profile_id}/operator_blocklist/operator/{operator_id}: Remove an operator from the blocklist"""
        response = await _operation("unblock_tariff_profile_operator").asyncio_detailed(
            tariff_profile_id=tariff_profile_id,
            operator_id=operator_id,
            client=self._client,
        )
        return cast("Any | None", response.parsed)

    async def block_tariff_profile_operator_rat_types(
        self,
        tariff_profile_id: str,
        operator_id: str,
        *,
        body: BlockTariffProfileOperatorRatTypesBody | Unset = UNSET,
    ) -> Any | None:
        """POST /api/v2/tariff_profile/{tariff_profile_id}/operator_blocklist/operator/{operator_id}/rat_type: Block specific RAT types"""
        response = await _operation("block_tariff_profile_operator_rat_types").asyncio_detailed(
            tariff_profile_id=tariff_profile_id,
            operator_id=operator_id,
            body=body,
            client=self._client,
        )
        return cast("Any | None", response.parsed)

    async def unblock_tariff_profile_operator_rat_type(
        self,
        tariff_profile_id: str,
        operator_id: str,
        rate_type_id: str,
    ) -> Any | None:
        """DELETE /api/v2/tariff_profile/{tariff_profile_id}/operator_blocklist/operator/{operator_id}/rat_type/{rate_type_id}: Unblock a specific RAT type"""
        response = await _operation("unblock_tariff_profile_operator_rat_type").asyncio_detailed(
            tariff_profile_id=tariff_profile_id,
            operator_id=operator_id,
            rate_type_id=rate_type_id,
            client=self._client,
        )
        return cast("Any | None", response.parsed)
