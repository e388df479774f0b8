"""Generated operations against the simulator served by uvicorn on 127.0.0.1 (asyncio, trio).

The generated functions send through `client.generated` / `client.api`, i.e. through the
client's pipeline (tokens, limiter, retries, typed errors). Expected values come from the
simulator's fleet (the same functions build the response bodies), never from constants.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from datetime import datetime, timezone
from typing import Any

import anyio
import pytest

from emnify import EmnifyClient
from emnify.errors import ConfigurationError, NotFoundError
from emnify.testing import (
    DEFAULT_APPLICATION_TOKEN,
    FaultConfig,
    ManualClock,
    SimulatorConfig,
    SimulatorServer,
    serve_simulator_async,
)
from emnify_generated.api.sim import get_sim
from emnify_generated.models.endpoint_summary import EndpointSummary
from emnify_generated.models.sim_details import SimDetails
from emnify_generated.models.usage_stats import UsageStats
from emnify_generated.types import UNSET

pytestmark = [pytest.mark.anyio, pytest.mark.integration]

NOW = datetime(2024, 5, 17, 9, 30, 15, tzinfo=timezone.utc)
SIM_ROUTE = "GET /api/v1/sim/{sim_id}"


@asynccontextmanager
async def serve(**config: Any) -> AsyncIterator[SimulatorServer]:
    config.setdefault("sims", 80)
    config.setdefault("rate_limits", "none")
    config.setdefault("clock", lambda: NOW)
    async with serve_simulator_async(SimulatorConfig(**config)) as server:
        yield server


@asynccontextmanager
async def client_for(server: SimulatorServer, **kwargs: Any) -> AsyncIterator[EmnifyClient]:
    kwargs.setdefault("rate_limits", None)
    async with EmnifyClient(DEFAULT_APPLICATION_TOKEN, base_url=server.base_url, **kwargs) as c:
        yield c
    for _ in range(2500):  # let the server finish recording the last responses
        if not server.counters.in_flight:
            return
        await anyio.sleep(0.002)
    raise AssertionError("the simulator still has requests in flight")


async def gather(calls: Sequence[Callable[[], Awaitable[Any]]]) -> list[Any]:
    results: list[Any] = [None] * len(calls)

    async def run(index: int) -> None:
        results[index] = await calls[index]()

    async with anyio.create_task_group() as tg:
        for index in range(len(calls)):
            tg.start_soon(run, index)
    return results


def iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


async def test_get_sim_returns_parsed_sim_details() -> None:
    async with serve() as server:
        fleet = server.fleet
        index = 17
        sim_id = fleet.sim_ids[index]
        served = fleet.sim_object(index)
        async with client_for(server) as client:
            details = await get_sim.asyncio(sim_id=str(sim_id), client=client.generated)
            via_api = await client.api.sim.get_sim(sim_id=str(sim_id))
        assert isinstance(details, SimDetails)
        assert details.id == sim_id
        assert details.iccid == served["iccid"]
        assert details.imsi == served["imsi"]
        assert details.msisdn == served["msisdn"]
        assert details.production_date == iso(served["production_date"])
        assert details.status is not UNSET and details.status.id == fleet.sim_status[index]
        assert details.endpoint is not UNSET and details.endpoint.id == fleet.endpoint_ids[index]
        assert details == SimDetails.from_dict(served)
        assert via_api == details
        assert server.counters.requests_by_route[SIM_ROUTE] == 2


async def test_get_sim_stats_returns_usage_stats_models() -> None:
    async with serve() as server:
        fleet = server.fleet
        # a SIM with data traffic in both months, so the records are really compared
        sim_id = next(
            sid
            for sid in fleet.sim_ids
            if {"current_month", "last_month"} <= fleet.stats_for(sid, NOW)[0].keys()
            and "data" in fleet.stats_for(sid, NOW)[0]["current_month"]
        )
        body = fleet.stats_for(sim_id, NOW)
        async with client_for(server) as client:
            stats = await client.api.sim.get_sim_stats(sim_id=str(sim_id))
            endpoint_id = fleet.endpoint_ids[fleet.sim_index(sim_id)]
            endpoint_stats = await client.api.endpoint.get_endpoint_stats(
                endpoint_id=str(endpoint_id)
            )
        assert isinstance(stats, list) and len(stats) == 1
        usage = stats[0]
        assert isinstance(usage, UsageStats)
        assert usage == UsageStats.from_dict(body[0])
        record = usage.current_month.data  # type: ignore[union-attr]
        served = body[0]["current_month"]["data"]
        assert record.sim_id == sim_id
        assert record.volume == served["volume"]
        assert record.cost == served["cost"]
        assert record.month == iso(served["month"])
        assert record.currency.code == served["currency"]["code"]
        assert len(usage.last_hour.data.rx) == 60  # type: ignore[union-attr]
        assert endpoint_stats == stats


async def test_list_endpoints_pages() -> None:
    async with serve() as server:
        fleet = server.fleet
        async with client_for(server) as client:
            first = await client.api.endpoint.list_endpoints(per_page=25)
            second = await client.api.endpoint.list_endpoints(per_page=25, page=2)
            disabled_only = await client.api.endpoint.list_endpoints(q="status:1")
        assert first is not None and second is not None and disabled_only is not None
        assert all(isinstance(e, EndpointSummary) for e in first + second + disabled_only)
        assert [e.id for e in first + second] == fleet.endpoint_ids[:50]
        assert [e.name for e in first] == [fleet.endpoint_name(i) for i in range(25)]
        disabled = [
            eid for i, eid in enumerate(fleet.endpoint_ids) if fleet.endpoint_status[i] == 1
        ]
        assert [e.id for e in disabled_only] == disabled
        assert {e.status.id for e in disabled_only} == {1}


async def test_unknown_ids_raise_not_found_not_none() -> None:
    async with serve() as server:
        unknown_sim = max(server.fleet.sim_ids) + 500
        unknown_endpoint = max(server.fleet.endpoint_ids) + 500
        async with client_for(server) as client:
            calls: list[tuple[str, Callable[[], Awaitable[Any]]]] = [
                (
                    f"/api/v1/sim/{unknown_sim}",
                    lambda: get_sim.asyncio(sim_id=str(unknown_sim), client=client.generated),
                ),
                (
                    f"/api/v1/sim/{unknown_sim}",
                    lambda: get_sim.asyncio_detailed(
                        sim_id=str(unknown_sim), client=client.generated
                    ),
                ),
                (
                    f"/api/v1/sim/{unknown_sim}/stats",
                    lambda: client.api.sim.get_sim_stats(sim_id=str(unknown_sim)),
                ),
                (
                    f"/api/v1/endpoint/{unknown_endpoint}",
                    lambda: client.api.endpoint.get_endpoint(endpoint_id=str(unknown_endpoint)),
                ),
                ("/api/v1/sim/not-a-number", lambda: client.api.sim.get_sim(sim_id="not-a-number")),
            ]
            for path, call in calls:
                with pytest.raises(NotFoundError) as info:
                    await call()
                error = info.value
                assert (error.status_code, error.error_code, error.error_token) == (
                    404,
                    1201,
                    "NotFound",
                )
                assert (error.method, error.path) == ("GET", path)
        assert server.counters.responses_by_status[404] == len(calls)


async def test_generated_calls_share_one_renewal_after_expiry() -> None:
    clock = ManualClock()
    async with serve(timer=clock, token_ttl=600.0) as server:
        ids = [server.fleet.sim_ids[i % 80] for i in range(200)]
        async with client_for(server, max_concurrency=32) as client:
            await client.authenticate()
            clock.advance(601)
            details = await gather(
                [lambda sid=sid: client.api.sim.get_sim(sim_id=str(sid)) for sid in ids]
            )
        assert [d.id for d in details] == ids
        assert server.counters.authenticate_calls == 2
        assert server.counters.unauthorized_requests >= 1


async def test_generated_calls_are_retried_through_429s_and_503s() -> None:
    """The server answers a seeded fifth of the requests with 429 or 503. Faults are drawn in
    arrival order from the seed, so how many of each the run meets does not depend on timing
    (a route limit's 429s did: on a loaded machine the client sometimes never overran it)."""
    faults = FaultConfig(server_error=0.2, seed=5, server_error_statuses=(429, 503))
    async with serve(faults=faults) as server:
        ids = server.fleet.sim_ids[:20]
        async with client_for(server, max_concurrency=10, max_retries=10, backoff_base=0.02) as c:
            details = await gather(
                [
                    lambda sid=sid: get_sim.asyncio(sim_id=str(sid), client=c.generated)
                    for sid in ids
                ]
            )
        assert [d.id for d in details] == ids
        counters = server.counters
        statuses = counters.responses_by_status
        assert statuses.get(429, 0) > 0 and statuses.get(503, 0) > 0, statuses
        assert counters.requests_by_route[SIM_ROUTE] == len(ids) + counters.faults["server_error"]
        assert statuses.get(429, 0) + statuses.get(503, 0) == counters.faults["server_error"]


async def test_raw_request_escape_hatch() -> None:
    async with serve() as server:
        fleet = server.fleet
        sim_id = fleet.sim_ids[5]
        async with client_for(server) as client:
            page = await client.request("GET", "/api/v1/sim", params={"page": 2, "per_page": 10})
            stats = await client.request("GET", f"/api/v1/sim/{sim_id}/stats")
        assert page.status_code == 200
        assert [sim["id"] for sim in page.json()] == fleet.sim_ids[10:20]
        assert page.headers["X-Total-Count"] == str(len(fleet.sim_ids))
        assert page.headers["X-Current-Page"] == "2"
        assert page.headers["X-Total-Pages"] == str(-(-len(fleet.sim_ids) // 10))
        assert 'rel="next"' in page.headers["Link"]
        # byte for byte what the simulator serves for this SIM at its pinned clock
        assert stats.content == fleet.stats_json(fleet.sim_index(sim_id), NOW)


async def test_sync_generated_calls_never_reach_the_server() -> None:
    async with serve() as server:
        async with client_for(server) as client:
            with pytest.raises(ConfigurationError, match="async-only"):
                get_sim.sync(sim_id=str(server.fleet.sim_ids[0]), client=client.generated)
        assert server.counters.requests == 0
