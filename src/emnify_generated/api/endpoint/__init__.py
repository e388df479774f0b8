"""Operations tagged `endpoint` (generated).

Each operation is a module here with `asyncio`, `asyncio_detailed`, `sync` and `sync_detailed`.
`Namespace` binds them to one client: `Namespace(client).list_endpoints(...)`.
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
    from ...models.add_endpoint_operator_blacklist_conflict_error import (
        AddEndpointOperatorBlacklistConflictError,
    )
    from ...models.bulk_create_endpoints_body import BulkCreateEndpointsBody
    from ...models.bulk_create_endpoints_response_items import BulkCreateEndpointsResponseItems
    from ...models.bulk_create_endpoints_unprocessable_entity_error import (
        BulkCreateEndpointsUnprocessableEntityError,
    )
    from ...models.bulk_delete_endpoints_request_items import BulkDeleteEndpointsRequestItems
    from ...models.bulk_update_endpoints_request_items import BulkUpdateEndpointsRequestItems
    from ...models.bulk_update_endpoints_unprocessable_entity_error import (
        BulkUpdateEndpointsUnprocessableEntityError,
    )
    from ...models.cancel_endpoint_sms_response_200 import CancelEndpointSmsResponse200
    from ...models.create_endpoint_body import CreateEndpointBody
    from ...models.create_endpoint_traffic_limit_extension_body import (
        CreateEndpointTrafficLimitExtensionBody,
    )
    from ...models.create_endpoint_traffic_limit_extension_response_201 import (
        CreateEndpointTrafficLimitExtensionResponse201,
    )
    from ...models.create_endpoint_unprocessable_entity_error import (
        CreateEndpointUnprocessableEntityError,
    )
    from ...models.created_endpoint import CreatedEndpoint
    from ...models.endpoint_details import EndpointDetails
    from ...models.endpoint_get_connectivity_info_by_endpoint_id_response_2000 import (
        EndpointGetConnectivityInfoByEndpointIdResponse2000,
    )
    from ...models.endpoint_get_connectivity_info_by_endpoint_id_response_2001 import (
        EndpointGetConnectivityInfoByEndpointIdResponse2001,
    )
    from ...models.endpoint_get_connectivity_info_by_endpoint_id_response_2002 import (
        EndpointGetConnectivityInfoByEndpointIdResponse2002,
    )
    from ...models.endpoint_summary import EndpointSummary
    from ...models.get_endpoint_connectivity_info_not_found_error import (
        GetEndpointConnectivityInfoNotFoundError,
    )
    from ...models.get_endpoint_connectivity_response_200 import GetEndpointConnectivityResponse200
    from ...models.get_endpoint_daily_stats_response_items import GetEndpointDailyStatsResponseItems
    from ...models.get_endpoint_data_quota_response_200 import GetEndpointDataQuotaResponse200
    from ...models.get_endpoint_sms_response_200 import GetEndpointSmsResponse200
    from ...models.list_endpoint_events_response_items import ListEndpointEventsResponseItems
    from ...models.list_endpoint_operator_blacklist_response_items import (
        ListEndpointOperatorBlacklistResponseItems,
    )
    from ...models.list_endpoint_sms_response_items import ListEndpointSmsResponseItems
    from ...models.list_endpoint_statuses_response_items import ListEndpointStatusesResponseItems
    from ...models.list_endpoint_traffic_limit_extensions_response_items import (
        ListEndpointTrafficLimitExtensionsResponseItems,
    )
    from ...models.remove_endpoint_operator_blacklist_not_found_error import (
        RemoveEndpointOperatorBlacklistNotFoundError,
    )
    from ...models.reset_endpoint_connectivity_body import ResetEndpointConnectivityBody
    from ...models.send_endpoint_sms_body import SendEndpointSmsBody
    from ...models.send_endpoint_sms_response_201 import SendEndpointSmsResponse201
    from ...models.set_endpoint_data_quota_body import SetEndpointDataQuotaBody
    from ...models.set_endpoint_data_quota_response_201 import SetEndpointDataQuotaResponse201
    from ...models.set_endpoint_data_quota_unprocessable_entity_error import (
        SetEndpointDataQuotaUnprocessableEntityError,
    )
    from ...models.set_endpoint_sms_quota_body import SetEndpointSmsQuotaBody
    from ...models.set_endpoint_sms_quota_response_201 import SetEndpointSmsQuotaResponse201
    from ...models.update_endpoint_body import UpdateEndpointBody
    from ...models.update_endpoint_unprocessable_entity_error import (
        UpdateEndpointUnprocessableEntityError,
    )
    from ...models.usage_stats import UsageStats

_ = (UNSET, Unset)


def _operation(name: str) -> Any:
    return importlib.import_module(f"{__name__}.{name}")


class Namespace:
    """The `endpoint` operations, bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_endpoints(
        self,
        *,
        q: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 1000,
    ) -> list[EndpointSummary] | None:
        """GET /api/v1/endpoint: List endpoints"""
        response = await _operation("list_endpoints").asyncio_detailed(
            q=q,
            sort=sort,
            page=page,
            per_page=per_page,
            client=self._client,
        )
        return cast("list[EndpointSummary] | None", response.parsed)

    async def create_endpoint(
        self,
        *,
        body: CreateEndpointBody | Unset = UNSET,
    ) -> Any | CreateEndpointUnprocessableEntityError | CreatedEndpoint | None:
        """POST /api/v1/endpoint: Create an endpoint"""
        response = await _operation("create_endpoint").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(
            "Any | CreateEndpointUnprocessableEntityError | CreatedEndpoint | None", response.parsed
        )

    async def list_endpoint_statuses(
        self,
    ) -> list[ListEndpointStatusesResponseItems] | None:
        """GET /api/v1/endpoint/status: List endpoint statuses"""
        response = await _operation("list_endpoint_statuses").asyncio_detailed(
            client=self._client,
        )
        return cast("list[ListEndpointStatusesResponseItems] | None", response.parsed)

    async def get_endpoint(
        self,
        endpoint_id: str,
    ) -> EndpointDetails | None:
        """GET /api/v1/endpoint/{endpoint_id}: Endpoint details"""
        response = await _operation("get_endpoint").asyncio_detailed(
            endpoint_id=endpoint_id,
            client=self._client,
        )
        return cast("EndpointDetails | None", response.parsed)

    async def delete_endpoint(
        self,
        endpoint_id: str,
    ) -> Any | None:
        """DELETE /api/v1/endpoint/{endpoint_id}: Delete an endpoint"""
        response = await _operation("delete_endpoint").asyncio_detailed(
            endpoint_id=endpoint_id,
            client=self._client,
        )
        return cast("Any | None", response.parsed)

    async def update_endpoint(
        self,
        endpoint_id: str,
        *,
        body: UpdateEndpointBody | Unset = UNSET,
    ) -> Any | UpdateEndpointUnprocessableEntityError | None:
        """PATCH /api/v1/endpoint/{endpoint_id}: Update an endpoint"""
        response = await _operation("update_endpoint").asyncio_detailed(
            endpoint_id=endpoint_id,
            body=body,
            client=self._client,
        )
        return cast("Any | UpdateEndpointUnprocessableEntityError | None", response.parsed)

    async def get_endpoint_connectivity(
        self,
        endpoint_id: str,
    ) -> GetEndpointConnectivityResponse200 | None:
        """GET /api/v1/endpoint/{endpoint_id}/connectivity: Endpoint connectivity status"""
        response = await _operation("get_endpoint_connectivity").asyncio_detailed(
            endpoint_id=endpoint_id,
            client=self._client,
        )
        return cast("GetEndpointConnectivityResponse200 | None", response.parsed)

    async def reset_endpoint_connectivity(
        self,
        endpoint_id: str,
        *,
        body: ResetEndpointConnectivityBody | Unset = UNSET,
    ) -> Any | None:
        """PATCH /api/v1/endpoint/{endpoint_id}/connectivity: Reset endpoint connectivity"""
        response = await _operation("reset_endpoint_connectivity").asyncio_detailed(
            endpoint_id=endpoint_id,
            body=body,
            client=self._client,
        )
        return cast("Any | None", response.parsed)

    async def get_endpoint_connectivity_info(
        self,
        endpoint_id: str,
    ) -> (
        EndpointGetConnectivityInfoByEndpointIdResponse2000
        | EndpointGetConnectivityInfoByEndpointIdResponse2001
        | EndpointGetConnectivityInfoByEndpointIdResponse2002
        | GetEndpointConnectivityInfoNotFoundError
        | None
    ):
        """GET /api/v1/endpoint/{endpoint_id}/connectivity_info: Retrieve connectivity information for an endpoint"""
        response = await _operation("get_endpoint_connectivity_info").asyncio_detailed(
            endpoint_id=endpoint_id,
            client=self._client,
        )
        return cast(
            "EndpointGetConnectivityInfoByEndpointIdResponse2000 | EndpointGetConnectivityInfoByEndpointIdResponse2001 | EndpointGetConnectivityInfoByEndpointIdResponse2002 | GetEndpointConnectivityInfoNotFoundError | None",
            response.parsed,
        )

    async def list_endpoint_events(
        self,
        endpoint_id: int,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        q: str | Unset = UNSET,
    ) -> Any | list[ListEndpointEventsResponseItems] | None:
        """GET /api/v1/endpoint/{endpoint_id}/event: List endpoint events"""
        response = await _operation("list_endpoint_events").asyncio_detailed(
            endpoint_id=endpoint_id,
            page=page,
            per_page=per_page,
            sort=sort,
            q=q,
            client=self._client,
        )
        return cast("Any | list[ListEndpointEventsResponseItems] | None", response.parsed)

    async def list_endpoint_operator_blacklist(
        self,
        endpoint_id: str,
    ) -> list[ListEndpointOperatorBlacklistResponseItems] | None:
        """GET /api/v1/endpoint/{endpoint_id}/operator_blacklist: List operator blacklist for endpoint"""
        response = await _operation("list_endpoint_operator_blacklist").asyncio_detailed(
            endpoint_id=endpoint_id,
            client=self._client,
        )
        return cast("list[ListEndpointOperatorBlacklistResponseItems] | None", response.parsed)

    async def add_endpoint_operator_blacklist(
        self,
        endpoint_id: str,
        operator_id: str,
    ) -> AddEndpointOperatorBlacklistConflictError | Any | None:
        """PUT /api/v1/endpoint/{endpoint_id}/operator_blacklist/{operator_id}: Add an operator to the blacklist"""
        response = await _operation("add_endpoint_operator_blacklist").asyncio_detailed(
            endpoint_id=endpoint_id,
            operator_id=operator_id,
            client=self._client,
        )
        return cast("AddEndpointOperatorBlacklistConflictError | Any | None", response.parsed)

    async def remove_endpoint_operator_blacklist(
        self,
        endpoint_id: str,
        operator_id: str,
    ) -> Any | RemoveEndpointOperatorBlacklistNotFoundError | None:
        """DELETE /api/v1/endpoint/{endpoint_id}/operator_blacklist/{operator_id}: Remove an operator from the blacklist"""
        response = await _operation("remove_endpoint_operator_blacklist").asyncio_detailed(
            endpoint_id=endpoint_id,
            operator_id=operator_id,
            client=self._client,
        )
        return cast("Any | RemoveEndpointOperatorBlacklistNotFoundError | None", response.parsed)

    async def get_endpoint_data_quota(
        self,
        endpoint_id: str,
    ) -> GetEndpointDataQuotaResponse200 | None:
        """GET /api/v1/endpoint/{endpoint_id}/quota/data: Retrieve data quota details"""
        response = await _operation("get_endpoint_data_quota").asyncio_detailed(
            endpoint_id=endpoint_id,
            client=self._client,
        )
        return cast("GetEndpointDataQuotaResponse200 | None", response.parsed)

    async def set_endpoint_data_quota(
        self,
        endpoint_id: str,
        *,
        body: SetEndpointDataQuotaBody | Unset = UNSET,
    ) -> SetEndpointDataQuotaResponse201 | SetEndpointDataQuotaUnprocessableEntityError | None:
        """POST /api/v1/endpoint/{endpoint_id}/quota/data: Set data quota"""
        response = await _operation("set_endpoint_data_quota").asyncio_detailed(
            endpoint_id=endpoint_id,
            body=body,
            client=self._client,
        )
        return cast(
            "SetEndpointDataQuotaResponse201 | SetEndpointDataQuotaUnprocessableEntityError | None",
            response.parsed,
        )

    async def delete_endpoint_data_quota(
        self,
        endpoint_id: str,
    ) -> Any | None:
        """DELETE /api/v1/endpoint/{endpoint_id}/quota/data: Remove data quota"""
        response = await _operation("delete_endpoint_data_quota").asyncio_detailed(
            endpoint_id=endpoint_id,
            client=self._client,
        )
        return cast("Any | None", response.parsed)

    async def get_endpoint_sms_quota(
        self,
        endpoint_id: str,
    ) -> Any | None:
        """GET /api/v1/endpoint/{endpoint_id}/quota/sms: Show SMS quota details"""
        response = await _operation("get_endpoint_sms_quota").asyncio_detailed(
            endpoint_id=endpoint_id,
            client=self._client,
        )
        return cast("Any | None", response.parsed)

    async def set_endpoint_sms_quota(
        self,
        endpoint_id: str,
        *,
        body: SetEndpointSmsQuotaBody | Unset = UNSET,
    ) -> SetEndpointSmsQuotaResponse201 | None:
        """POST /api/v1/endpoint/{endpoint_id}/quota/sms: Set SMS quota"""
        response = await _operation("set_endpoint_sms_quota").asyncio_detailed(
            endpoint_id=endpoint_id,
            body=body,
            client=self._client,
        )
        return cast("SetEndpointSmsQuotaResponse201 | None", response.parsed)

    async def delete_endpoint_sms_quota(
        self,
        endpoint_id: str,
    ) -> Any | None:
        """DELETE /api/v1/endpoint/{endpoint_id}/quota/sms: Remove SMS quota"""
        response = await _operation("delete_endpoint_sms_quota").asyncio_detailed(
            endpoint_id=endpoint_id,
            client=self._client,
        )
        return cast("Any | None", response.parsed)

    async def list_endpoint_sms(
        self,
        endpoint_id: str,
    ) -> list[ListEndpointSmsResponseItems] | None:
        """GET /api/v1/endpoint/{endpoint_id}/sms: List sent and received SMS"""
        response = await _operation("list_endpoint_sms").asyncio_detailed(
            endpoint_id=endpoint_id,
            client=self._client,
        )
        return cast("list[ListEndpointSmsResponseItems] | None", response.parsed)

    async def send_endpoint_sms(
        self,
        endpoint_id: str,
        *,
        body: SendEndpointSmsBody | Unset = UNSET,
    ) -> SendEndpointSmsResponse201 | None:
        """POST /api/v1/endpoint/{endpoint_id}/sms: Send SMS to an endpoint"""
        response = await _operation("send_endpoint_sms").asyncio_detailed(
            endpoint_id=endpoint_id,
            body=body,
            client=self._client,
        )
        return cast("SendEndpointSmsResponse201 | None", response.parsed)

    async def get_endpoint_sms(
        self,
        endpoint_id: str,
        sms_id: str,
    ) -> GetEndpointSmsResponse200 | None:
        """GET /api/v1/endpoint/{endpoint_id}/sms/{sms_id}: SMS details"""
        response = await _operation("get_endpoint_sms").asyncio_detailed(
            endpoint_id=endpoint_id,
            sms_id=sms_id,
            client=self._client,
        )
        return cast("GetEndpointSmsResponse200 | None", response.parsed)

    async def cancel_endpoint_sms(
        self,
        endpoint_id: str,
        sms_id: str,
    ) -> CancelEndpointSmsResponse200 | None:
        """DELETE /api/v1/endpoint/{endpoint_id}/sms/{sms_id}: Cancel SMS"""
        response = await _operation("cancel_endpoint_sms").asyncio_detailed(
            endpoint_id=endpoint_id,
            sms_id=sms_id,
            client=self._client,
        )
        return cast("CancelEndpointSmsResponse200 | None", response.parsed)

    async def get_endpoint_stats(
        self,
        endpoint_id: str,
    ) -> list[UsageStats] | None:
        """GET /api/v1/endpoint/{endpoint_id}/stats: Endpoint usage and cost statistics"""
        response = await _operation("get_endpoint_stats").asyncio_detailed(
            endpoint_id=endpoint_id,
            client=self._client,
        )
        return cast("list[UsageStats] | None", response.parsed)

    async def get_endpoint_daily_stats(
        self,
        endpoint_id: str,
        *,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
    ) -> list[GetEndpointDailyStatsResponseItems] | None:
        """GET /api/v1/endpoint/{endpoint_id}/stats/daily: Retrieve daily usage statistics for an endpoint"""
        response = await _operation("get_endpoint_daily_stats").asyncio_detailed(
            endpoint_id=endpoint_id,
            start_date=start_date,
            end_date=end_date,
            client=self._client,
        )
        return cast("list[GetEndpointDailyStatsResponseItems] | None", response.parsed)

    async def list_endpoint_traffic_limit_extensions(
        self,
        endpoint_id: str,
    ) -> Any | list[ListEndpointTrafficLimitExtensionsResponseItems] | None:
        """GET /api/v1/endpoint/{endpoint_id}/traffic_limit_extension: List active traffic limit extensions"""
        response = await _operation("list_endpoint_traffic_limit_extensions").asyncio_detailed(
            endpoint_id=endpoint_id,
            client=self._client,
        )
        return cast(
            "Any | list[ListEndpointTrafficLimitExtensionsResponseItems] | None", response.parsed
        )

    async def create_endpoint_traffic_limit_extension(
        self,
        endpoint_id: str,
        *,
        body: CreateEndpointTrafficLimitExtensionBody | Unset = UNSET,
    ) -> Any | CreateEndpointTrafficLimitExtensionResponse201 | None:
        """POST /api/v1/endpoint/{endpoint_id}/traffic_limit_extension: Create traffic limit extension"""
        response = await _operation("create_endpoint_traffic_limit_extension").asyncio_detailed(
            endpoint_id=endpoint_id,
            body=body,
            client=self._client,
        )
        return cast("Any | CreateEndpointTrafficLimitExtensionResponse201 | None", response.parsed)

    async def delete_endpoint_traffic_limit_extensions(
        self,
        endpoint_id: str,
    ) -> Any | None:
        """DELETE /api/v1/endpoint/{endpoint_id}/traffic_limit_extension: Delete all traffic limit extensions for an endpoint"""
        response = await _operation("delete_endpoint_traffic_limit_extensions").asyncio_detailed(
            endpoint_id=endpoint_id,
            client=self._client,
        )
        return cast("Any | None", response.parsed)

    async def bulk_create_endpoints(
        self,
        *,
        body: BulkCreateEndpointsBody | Unset = UNSET,
    ) -> (
        Any
        | BulkCreateEndpointsUnprocessableEntityError
        | list[BulkCreateEndpointsResponseItems]
        | None
    ):
        """POST /api/v2/endpoint/multi: Bulk create endpoints"""
        response = await _operation("bulk_create_endpoints").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast(
            "Any | BulkCreateEndpointsUnprocessableEntityError | list[BulkCreateEndpointsResponseItems] | None",
            response.parsed,
        )

    async def bulk_delete_endpoints(
        self,
        *,
        body: list[BulkDeleteEndpointsRequestItems] | Unset = UNSET,
        delete_sims: bool | Unset = False,
    ) -> Any | None:
        """DELETE /api/v2/endpoint/multi: Bulk delete endpoints"""
        response = await _operation("bulk_delete_endpoints").asyncio_detailed(
            body=body,
            delete_sims=delete_sims,
            client=self._client,
        )
        return cast("Any | None", response.parsed)

    async def bulk_update_endpoints(
        self,
        *,
        body: list[BulkUpdateEndpointsRequestItems] | Unset = UNSET,
    ) -> Any | BulkUpdateEndpointsUnprocessableEntityError | None:
        """PATCH /api/v2/endpoint/multi: Bulk update endpoints"""
        response = await _operation("bulk_update_endpoints").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast("Any | BulkUpdateEndpointsUnprocessableEntityError | None", response.parsed)
