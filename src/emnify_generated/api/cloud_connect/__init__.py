"""Operations tagged `cloud_connect` (generated).

Each operation is a module here with `asyncio`, `asyncio_detailed`, `sync` and `sync_detailed`.
`Namespace` binds them to one client: `Namespace(client).list_cloud_connect_attachments(...)`.
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
    from ...models.api_v1_cnc_breakout_get_parameters_status import (
        ApiV1CncBreakoutGetParametersStatus,
    )
    from ...models.api_v1_cnc_breakout_get_parameters_type import ApiV1CncBreakoutGetParametersType
    from ...models.create_cloud_connect_attachment_tgw_body import (
        CreateCloudConnectAttachmentTgwBody,
    )
    from ...models.create_cloud_connect_attachment_tgw_response_201 import (
        CreateCloudConnectAttachmentTgwResponse201,
    )
    from ...models.create_cloud_connect_attachment_vpn_body import (
        CreateCloudConnectAttachmentVpnBody,
    )
    from ...models.create_cloud_connect_attachment_vpn_response_201 import (
        CreateCloudConnectAttachmentVpnResponse201,
    )
    from ...models.delete_cloud_connect_attachment_response_200 import (
        DeleteCloudConnectAttachmentResponse200,
    )
    from ...models.get_cloud_connect_attachment_response_items import (
        GetCloudConnectAttachmentResponseItems,
    )
    from ...models.list_cloud_connect_attachments_response_items import (
        ListCloudConnectAttachmentsResponseItems,
    )
    from ...models.list_cloud_connect_available_regions_response_items import (
        ListCloudConnectAvailableRegionsResponseItems,
    )
    from ...models.list_cloud_connect_breakout_types_response_items import (
        ListCloudConnectBreakoutTypesResponseItems,
    )
    from ...models.list_cloud_connect_prices_response_items import (
        ListCloudConnectPricesResponseItems,
    )
    from ...models.retry_cloud_connect_attachment_response_200 import (
        RetryCloudConnectAttachmentResponse200,
    )

_ = (UNSET, Unset)


def _operation(name: str) -> Any:
    return importlib.import_module(f"{__name__}.{name}")


class Namespace:
    """The `cloud_connect` operations, bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_cloud_connect_attachments(
        self,
        *,
        status: ApiV1CncBreakoutGetParametersStatus | str | Unset = UNSET,
        type_: ApiV1CncBreakoutGetParametersType | str | Unset = UNSET,
        organisation: float | Unset = UNSET,
    ) -> Any | list[ListCloudConnectAttachmentsResponseItems] | None:
        """GET /api/v1/cnc/breakout: List all Cloud Connect attachments of an organization"""
        response = await _operation("list_cloud_connect_attachments").asyncio_detailed(
            status=status,
            type_=type_,
            organisation=organisation,
            client=self._client,
        )
        return cast("Any | list[ListCloudConnectAttachmentsResponseItems] | None", response.parsed)

    async def create_cloud_connect_attachment_tgw(
        self,
        *,
        body: CreateCloudConnectAttachmentTgwBody | Unset = UNSET,
    ) -> Any | CreateCloudConnectAttachmentTgwResponse201 | None:
        """POST /api/v1/cnc/breakout/tgw: Create a Cloud Connect attachment via Transit Gateway"""
        response = await _operation("create_cloud_connect_attachment_tgw").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast("Any | CreateCloudConnectAttachmentTgwResponse201 | None", response.parsed)

    async def create_cloud_connect_attachment_vpn(
        self,
        *,
        body: CreateCloudConnectAttachmentVpnBody | Unset = UNSET,
    ) -> Any | CreateCloudConnectAttachmentVpnResponse201 | None:
        """POST /api/v1/cnc/breakout/vpn: Create a Cloud Connect attachment via IPSec VPN"""
        response = await _operation("create_cloud_connect_attachment_vpn").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast("Any | CreateCloudConnectAttachmentVpnResponse201 | None", response.parsed)

    async def get_cloud_connect_attachment(
        self,
        cloudconnect_attachment_id: str,
    ) -> list[GetCloudConnectAttachmentResponseItems] | None:
        """GET /api/v1/cnc/breakout/{cloudconnect_attachment_id}: View details of a Cloud Connect attachment"""
        response = await _operation("get_cloud_connect_attachment").asyncio_detailed(
            cloudconnect_attachment_id=cloudconnect_attachment_id,
            client=self._client,
        )
        return cast("list[GetCloudConnectAttachmentResponseItems] | None", response.parsed)

    async def delete_cloud_connect_attachment(
        self,
        cloudconnect_attachment_id: str,
    ) -> Any | DeleteCloudConnectAttachmentResponse200 | None:
        """DELETE /api/v1/cnc/breakout/{cloudconnect_attachment_id}: Delete a specific Cloud Connect attachment"""
        response = await _operation("delete_cloud_connect_attachment").asyncio_detailed(
            cloudconnect_attachment_id=cloudconnect_attachment_id,
            client=self._client,
        )
        return cast("Any | DeleteCloudConnectAttachmentResponse200 | None", response.parsed)

    async def retry_cloud_connect_attachment(
        self,
        cloudconnect_attachment_id: str,
    ) -> Any | RetryCloudConnectAttachmentResponse200 | None:
        """PATCH /api/v1/cnc/breakout/{cloudconnect_attachment_id}: Retry creation of an expired TGW breakout"""
        response = await _operation("retry_cloud_connect_attachment").asyncio_detailed(
            cloudconnect_attachment_id=cloudconnect_attachment_id,
            client=self._client,
        )
        return cast("Any | RetryCloudConnectAttachmentResponse200 | None", response.parsed)

    async def list_cloud_connect_breakout_types(
        self,
    ) -> list[ListCloudConnectBreakoutTypesResponseItems] | None:
        """GET /api/v1/cnc/breakout_type: List Cloud Connect breakout types"""
        response = await _operation("list_cloud_connect_breakout_types").asyncio_detailed(
            client=self._client,
        )
        return cast("list[ListCloudConnectBreakoutTypesResponseItems] | None", response.parsed)

    async def list_cloud_connect_available_regions(
        self,
        breakout_type_id: int,
    ) -> list[ListCloudConnectAvailableRegionsResponseItems] | None:
        """GET /api/v1/cnc/breakout_type/{breakout_type_id}/available_region: Get list of available Cloud Connect regions by breakout type"""
        response = await _operation("list_cloud_connect_available_regions").asyncio_detailed(
            breakout_type_id=breakout_type_id,
            client=self._client,
        )
        return cast("list[ListCloudConnectAvailableRegionsResponseItems] | None", response.parsed)

    async def list_cloud_connect_prices(
        self,
    ) -> list[ListCloudConnectPricesResponseItems] | None:
        """GET /api/v1/cnc/pricing: List Cloud Connect prices"""
        response = await _operation("list_cloud_connect_prices").asyncio_detailed(
            client=self._client,
        )
        return cast("list[ListCloudConnectPricesResponseItems] | None", response.parsed)
