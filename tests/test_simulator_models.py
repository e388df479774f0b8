"""Every body the simulator serves parses with the generated attrs models.

Calls go through the generated operations (``asyncio_detailed``) bound to an httpx client on the
simulator's ASGI app, so the exact ``from_dict`` code a user runs is exercised. Besides parsing,
the test checks that the simulator uses the spec's field names: keys a model does not know end up
in ``additional_properties``, and only a few documented extras may appear there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from typing import Any

import attrs
import httpx
import pytest

from emnify.testing import ManualClock, Simulator, SimulatorConfig

pytest.importorskip("emnify_generated.models")

from emnify_generated.api.authentication import authenticate
from emnify_generated.api.endpoint import (
    get_endpoint,
    get_endpoint_daily_stats,
    get_endpoint_stats,
    list_endpoints,
)
from emnify_generated.api.sim import get_sim, get_sim_daily_stats, get_sim_stats, list_sims
from emnify_generated.client import Client
from emnify_generated.models import AuthenticateBody

pytestmark = pytest.mark.anyio

NOW = dt.datetime(2024, 3, 1, 0, 20, tzinfo=dt.timezone.utc)  # last_hour crosses midnight
# Fields the simulator serves although the spec's schema for that object does not list them.
DOCUMENTED_EXTRAS = (".iccid_with_luhn", ".imei_with_luhn", ".endpoint.name")


def unknown_keys(value: Any, path: str = "$") -> set[str]:
    """Dotted paths of keys that landed in ``additional_properties`` anywhere in ``value``."""
    found: set[str] = set()
    if isinstance(value, list):
        for item in value:
            found |= unknown_keys(item, f"{path}[]")
    elif attrs.has(type(value)):
        for key in getattr(value, "additional_properties", {}):
            if not f"{path}.{key}".endswith(DOCUMENTED_EXTRAS):
                found.add(f"{path}.{key}")
        for field in attrs.fields(type(value)):
            if field.name != "additional_properties":
                found |= unknown_keys(getattr(value, field.name), f"{path}.{field.name}")
    return found


@pytest.fixture
def sim() -> Simulator:
    return Simulator(SimulatorConfig(sims=120, seed=4, rate_limits="none", timer=ManualClock(NOW)))


@pytest.fixture
async def client(sim: Simulator) -> AsyncIterator[Client]:
    headers = {"Authorization": f"Bearer {sim.issue_token()}"}
    transport = httpx.ASGITransport(app=sim.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sim", headers=headers) as c:
        yield Client(base_url="http://sim").set_async_httpx_client(c)


def check(response: Any) -> Any:
    assert response.status_code == 200, response.content[:200]
    assert response.parsed is not None
    assert unknown_keys(response.parsed) == set()
    return response.parsed


async def test_authenticate_response_parses(client: Client) -> None:
    body = AuthenticateBody(application_token="test-app-token")
    parsed = check(await authenticate.asyncio_detailed(client=client, body=body))
    assert parsed.auth_token.count(".") == 2


async def test_collections_parse(client: Client, sim: Simulator) -> None:
    sims = check(await list_sims.asyncio_detailed(client=client, per_page=120))
    assert [s.id for s in sims] == sim.fleet.sim_ids
    endpoints = check(await list_endpoints.asyncio_detailed(client=client, per_page=120))
    assert [e.id for e in endpoints] == sim.fleet.endpoint_ids


async def test_single_resources_and_stats_parse(client: Client, sim: Simulator) -> None:
    fleet = sim.fleet
    kinds = set()
    for index in range(0, 120, 7):
        sim_id, endpoint_id = fleet.sim_ids[index], fleet.endpoint_ids[index]
        detail = check(await get_sim.asyncio_detailed(str(sim_id), client=client))
        assert detail.iccid == fleet.iccid(index)
        endpoint = check(await get_endpoint.asyncio_detailed(str(endpoint_id), client=client))
        assert endpoint.sim.id == sim_id

        for operation, ident in ((get_sim_stats, sim_id), (get_endpoint_stats, endpoint_id)):
            stats = check(await operation.asyncio_detailed(str(ident), client=client))
            served = fleet.stats_for(sim_id, NOW)[0]
            assert len(stats) == 1
            for period in ("last_month", "current_month"):
                for kind in ("data", "sms"):
                    record = served.get(period, {}).get(kind)
                    if record is None:
                        continue
                    kinds.add((period, kind))
                    model = getattr(getattr(stats[0], period), kind)
                    assert model.id == record["id"]
                    assert model.volume == record["volume"]
                    assert model.cost == record["cost"]
                    assert model.currency.code == record["currency"]["code"]
            rx = stats[0].last_hour.data.rx
            assert len(rx) == 60

        daily = await get_sim_daily_stats.asyncio_detailed(str(sim_id), client=client)
        assert daily.status_code == 200  # the spec leaves this body untyped
        days = check(
            await get_endpoint_daily_stats.asyncio_detailed(
                str(endpoint_id),
                client=client,
                start_date=dt.date(2024, 2, 1),
                end_date=dt.date(2024, 2, 29),
            )
        )
        assert len(days) == 29
    assert len(kinds) == 4
