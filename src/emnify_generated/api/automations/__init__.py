"""Operations tagged `automations` (generated).

Each operation is a module here with `asyncio`, `asyncio_detailed`, `sync` and `sync_detailed`.
`Namespace` binds them to one client: `Namespace(client).list_automations(...)`.
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
    from ...models.automation_action_log_output_dto import AutomationActionLogOutputDto
    from ...models.automation_action_output_dto import AutomationActionOutputDto
    from ...models.automation_create_dto import AutomationCreateDto
    from ...models.automation_output_dto import AutomationOutputDto
    from ...models.automation_recipient_email_verification_input_dto import (
        AutomationRecipientEmailVerificationInputDto,
    )
    from ...models.automation_update_dto import AutomationUpdateDto
    from ...models.verify_automation_recipient_email_response_200 import (
        VerifyAutomationRecipientEmailResponse200,
    )

_ = (UNSET, Unset)


def _operation(name: str) -> Any:
    return importlib.import_module(f"{__name__}.{name}")


class Namespace:
    """The `automations` operations, bound to one client."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    async def list_automations(
        self,
    ) -> list[AutomationOutputDto] | None:
        """GET /api/v1/automation: List configured automations"""
        response = await _operation("list_automations").asyncio_detailed(
            client=self._client,
        )
        return cast("list[AutomationOutputDto] | None", response.parsed)

    async def create_automation(
        self,
        *,
        body: AutomationCreateDto | Unset = UNSET,
    ) -> AutomationOutputDto | None:
        """POST /api/v1/automation: Create an automation"""
        response = await _operation("create_automation").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast("AutomationOutputDto | None", response.parsed)

    async def list_automation_actions(
        self,
    ) -> list[AutomationActionOutputDto] | None:
        """GET /api/v1/automation/action: List available actions"""
        response = await _operation("list_automation_actions").asyncio_detailed(
            client=self._client,
        )
        return cast("list[AutomationActionOutputDto] | None", response.parsed)

    async def get_automation_action(
        self,
        id: str,
    ) -> AutomationActionOutputDto | None:
        """GET /api/v1/automation/action/{id}: Get an action by ID"""
        response = await _operation("get_automation_action").asyncio_detailed(
            id=id,
            client=self._client,
        )
        return cast("AutomationActionOutputDto | None", response.parsed)

    async def list_automation_action_logs(
        self,
        *,
        automation_id: str,
        automation_execution_number: float,
    ) -> list[AutomationActionLogOutputDto] | None:
        """GET /api/v1/automation/log: List action logs"""
        response = await _operation("list_automation_action_logs").asyncio_detailed(
            automation_id=automation_id,
            automation_execution_number=automation_execution_number,
            client=self._client,
        )
        return cast("list[AutomationActionLogOutputDto] | None", response.parsed)

    async def verify_automation_recipient_email(
        self,
        *,
        body: AutomationRecipientEmailVerificationInputDto | Unset = UNSET,
    ) -> VerifyAutomationRecipientEmailResponse200 | None:
        """POST /api/v1/automation/recipient/email/verification: Verify an automation recipient's email address"""
        response = await _operation("verify_automation_recipient_email").asyncio_detailed(
            body=body,
            client=self._client,
        )
        return cast("VerifyAutomationRecipientEmailResponse200 | None", response.parsed)

    async def get_automation(
        self,
        id: str,
    ) -> AutomationOutputDto | None:
        """GET /api/v1/automation/{id}: Get configured automation by ID"""
        response = await _operation("get_automation").asyncio_detailed(
            id=id,
            client=self._client,
        )
        return cast("AutomationOutputDto | None", response.parsed)

    async def delete_automation(
        self,
        id: str,
    ) -> Any | None:
        """DELETE /api/v1/automation/{id}: Delete a configured automation"""
        response = await _operation("delete_automation").asyncio_detailed(
            id=id,
            client=self._client,
        )
        return cast("Any | None", response.parsed)

    async def update_automation(
        self,
        id: str,
        *,
        body: AutomationUpdateDto | Unset = UNSET,
    ) -> AutomationOutputDto | None:
        """PATCH /api/v1/automation/{id}: Update an automation"""
        response = await _operation("update_automation").asyncio_detailed(
            id=id,
            body=body,
            client=self._client,
        )
        return cast("AutomationOutputDto | None", response.parsed)
