"""Every emnify operation, namespaced by tag (generated).

`Api(client).sim.get_sim_stats(sim_id="1")` calls `api/sim/get_sim_stats.py` with `client`.
A tag's module is imported the first time its attribute is read.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from ..client import AuthenticatedClient, Client

    from .application_tokens import Namespace as _ApplicationtokensNamespace

    from .authentication import Namespace as _AuthenticationNamespace

    from .automations import Namespace as _AutomationsNamespace

    from .cloud_connect import Namespace as _CloudconnectNamespace

    from .custom_events import Namespace as _CustomeventsNamespace

    from .endpoint import Namespace as _EndpointNamespace

    from .euicc import Namespace as _EuiccNamespace

    from .euicc_operation import Namespace as _EuiccoperationNamespace

    from .events import Namespace as _EventsNamespace

    from .integrations import Namespace as _IntegrationsNamespace

    from .ip_address_spaces import Namespace as _IpaddressspacesNamespace

    from .lookups import Namespace as _LookupsNamespace

    from .operator import Namespace as _OperatorNamespace

    from .organization import Namespace as _OrganizationNamespace

    from .password_management_and_activation import (
        Namespace as _PasswordmanagementandactivationNamespace,
    )

    from .service_lookups_and_configuration import (
        Namespace as _ServicelookupsandconfigurationNamespace,
    )

    from .service_profiles import Namespace as _ServiceprofilesNamespace

    from .sim import Namespace as _SimNamespace

    from .sim_operation import Namespace as _SimoperationNamespace

    from .sim_unlinked_product_statistics import Namespace as _SimunlinkedproductstatisticsNamespace

    from .system_events import Namespace as _SystemeventsNamespace

    from .tag_management import Namespace as _TagmanagementNamespace

    from .tariff_plans import Namespace as _TariffplansNamespace

    from .tariff_profiles import Namespace as _TariffprofilesNamespace

    from .user_management import Namespace as _UsermanagementNamespace

    from .workspaces import Namespace as _WorkspacesNamespace


TAGS: tuple[str, ...] = (
    "application_tokens",
    "authentication",
    "automations",
    "cloud_connect",
    "custom_events",
    "endpoint",
    "euicc",
    "euicc_operation",
    "events",
    "integrations",
    "ip_address_spaces",
    "lookups",
    "operator",
    "organization",
    "password_management_and_activation",
    "service_lookups_and_configuration",
    "service_profiles",
    "sim",
    "sim_operation",
    "sim_unlinked_product_statistics",
    "system_events",
    "tag_management",
    "tariff_plans",
    "tariff_profiles",
    "user_management",
    "workspaces",
)


class Api:
    """All 214 operations of the emnify API, bound to one generated client."""

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client
        self._namespaces: dict[str, Any] = {}

    def _namespace(self, tag: str) -> Any:
        namespace = self._namespaces.get(tag)
        if namespace is None:
            namespace = importlib.import_module(f"{__name__}.{tag}").Namespace(self._client)
            self._namespaces[tag] = namespace
        return namespace

    @property
    def application_tokens(self) -> _ApplicationtokensNamespace:
        """Operations tagged `application_tokens`."""
        return cast("_ApplicationtokensNamespace", self._namespace("application_tokens"))

    @property
    def authentication(self) -> _AuthenticationNamespace:
        """Operations tagged `authentication`."""
        return cast("_AuthenticationNamespace", self._namespace("authentication"))

    @property
    def automations(self) -> _AutomationsNamespace:
        """Operations tagged `automations`."""
        return cast("_AutomationsNamespace", self._namespace("automations"))

    @property
    def cloud_connect(self) -> _CloudconnectNamespace:
        """Operations tagged `cloud_connect`."""
        return cast("_CloudconnectNamespace", self._namespace("cloud_connect"))

    @property
    def custom_events(self) -> _CustomeventsNamespace:
        """Operations tagged `custom_events`."""
        return cast("_CustomeventsNamespace", self._namespace("custom_events"))

    @property
    def endpoint(self) -> _EndpointNamespace:
        """Operations tagged `endpoint`."""
        return cast("_EndpointNamespace", self._namespace("endpoint"))

    @property
    def euicc(self) -> _EuiccNamespace:
        """Operations tagged `euicc`."""
        return cast("_EuiccNamespace", self._namespace("euicc"))

    @property
    def euicc_operation(self) -> _EuiccoperationNamespace:
        """Operations tagged `euicc_operation`."""
        return cast("_EuiccoperationNamespace", self._namespace("euicc_operation"))

    @property
    def events(self) -> _EventsNamespace:
        """Operations tagged `events`."""
        return cast("_EventsNamespace", self._namespace("events"))

    @property
    def integrations(self) -> _IntegrationsNamespace:
        """Operations tagged `integrations`."""
        return cast("_IntegrationsNamespace", self._namespace("integrations"))

    @property
    def ip_address_spaces(self) -> _IpaddressspacesNamespace:
        """Operations tagged `ip_address_spaces`."""
        return cast("_IpaddressspacesNamespace", self._namespace("ip_address_spaces"))

    @property
    def lookups(self) -> _LookupsNamespace:
        """Operations tagged `lookups`."""
        return cast("_LookupsNamespace", self._namespace("lookups"))

    @property
    def operator(self) -> _OperatorNamespace:
        """Operations tagged `operator`."""
        return cast("_OperatorNamespace", self._namespace("operator"))

    @property
    def organization(self) -> _OrganizationNamespace:
        """Operations tagged `organization`."""
        return cast("_OrganizationNamespace", self._namespace("organization"))

    @property
    def password_management_and_activation(self) -> _PasswordmanagementandactivationNamespace:
        """Operations tagged `password_management_and_activation`."""
        return cast(
            "_PasswordmanagementandactivationNamespace",
            self._namespace("password_management_and_activation"),
        )

    @property
    def service_lookups_and_configuration(self) -> _ServicelookupsandconfigurationNamespace:
        """Operations tagged `service_lookups_and_configuration`."""
        return cast(
            "_ServicelookupsandconfigurationNamespace",
            self._namespace("service_lookups_and_configuration"),
        )

    @property
    def service_profiles(self) -> _ServiceprofilesNamespace:
        """Operations tagged `service_profiles`."""
        return cast("_ServiceprofilesNamespace", self._namespace("service_profiles"))

    @property
    def sim(self) -> _SimNamespace:
        """Operations tagged `sim`."""
        return cast("_SimNamespace", self._namespace("sim"))

    @property
    def sim_operation(self) -> _SimoperationNamespace:
        """Operations tagged `sim_operation`."""
        return cast("_SimoperationNamespace", self._namespace("sim_operation"))

    @property
    def sim_unlinked_product_statistics(self) -> _SimunlinkedproductstatisticsNamespace:
        """Operations tagged `sim_unlinked_product_statistics`."""
        return cast(
            "_SimunlinkedproductstatisticsNamespace",
            self._namespace("sim_unlinked_product_statistics"),
        )

    @property
    def system_events(self) -> _SystemeventsNamespace:
        """Operations tagged `system_events`."""
        return cast("_SystemeventsNamespace", self._namespace("system_events"))

    @property
    def tag_management(self) -> _TagmanagementNamespace:
        """Operations tagged `tag_management`."""
        return cast("_TagmanagementNamespace", self._namespace("tag_management"))

    @property
    def tariff_plans(self) -> _TariffplansNamespace:
        """Operations tagged `tariff_plans`."""
        return cast("_TariffplansNamespace", self._namespace("tariff_plans"))

    @property
    def tariff_profiles(self) -> _TariffprofilesNamespace:
        """Operations tagged `tariff_profiles`."""
        return cast("_TariffprofilesNamespace", self._namespace("tariff_profiles"))

    @property
    def user_management(self) -> _UsermanagementNamespace:
        """Operations tagged `user_management`."""
        return cast("_UsermanagementNamespace", self._namespace("user_management"))

    @property
    def workspaces(self) -> _WorkspacesNamespace:
        """Operations tagged `workspaces`."""
        return cast("_WorkspacesNamespace", self._namespace("workspaces"))
