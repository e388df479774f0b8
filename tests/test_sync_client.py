"""`SyncEmnifyClient` against the simulator on 127.0.0.1: every method, the policies under
them, use from many threads and from inside a running event loop (a notebook cell), and a
clean shutdown."""

from __future__ import annotations

import asyncio
import gc
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from emnify import (
    BulkResult,
    ConfigurationError,
    EmnifyClient,
    NotFoundError,
    RateLimits,
    SyncEmnifyClient,
)
from emnify.bulk import InvalidSimIdError
from emnify.hooks import Event
from emnify.stats import SimStats
from emnify.testing import SimulatorServer
from emnify.testing.pytest_plugin import SimulatorFactory

TOKEN = "test-app-token"
pytestmark = pytest.mark.integration


@pytest.fixture
def client(simulator: SimulatorServer) -> Iterator[SyncEmnifyClient]:
    with SyncEmnifyClient(TOKEN, base_url=simulator.base_url) as client:
        yield client


def test_exported_and_same_constructor_checks() -> None:
    import emnify

    assert "SyncEmnifyClient" in emnify.__all__
    with pytest.raises(ConfigurationError, match="exactly one kind of credentials"):
        SyncEmnifyClient()
    with pytest.raises(ConfigurationError, match="https"):
        SyncEmnifyClient(TOKEN, base_url="http://example.com")
    with pytest.raises(ConfigurationError, match="no emnify credentials"):
        SyncEmnifyClient.from_env({})


def test_stats_request_and_errors(client: SyncEmnifyClient, simulator: SimulatorServer) -> None:
    sim_id = simulator.fleet.sim_ids[0]
    stats = client.sim_stats(sim_id)
    assert isinstance(stats, SimStats) and stats.sim_id == sim_id
    endpoint_stats = client.endpoint_stats(simulator.fleet.endpoint_ids[0])
    assert isinstance(endpoint_stats, SimStats)
    response = client.request("GET", f"/api/v1/sim/{sim_id}")
    assert response.json()["id"] == sim_id
    with pytest.raises(NotFoundError) as caught:
        client.sim_stats(999_999_999)
    assert caught.value.status_code == 404
    with pytest.raises(ConfigurationError):
        client.sim_stats("12x")
    client.authenticate()
    assert simulator.counters.authenticate_calls == 1  # one token for everything above


def test_paginate_and_paginate_raw(client: SyncEmnifyClient, simulator: SimulatorServer) -> None:
    from emnify_generated.api.sim import list_sims

    sims = list(client.paginate(list_sims, per_page=30))
    assert sorted(sim.id for sim in sims) == sorted(simulator.fleet.sim_ids)
    endpoints = list(client.paginate_raw("/api/v1/endpoint", per_page=50))
    assert len(endpoints) == len(simulator.fleet.sim_ids)
    # leaving early closes the iteration on the client's loop; the client carries on
    first = next(iter(client.paginate(list_sims, per_page=10)))
    assert first.id in simulator.fleet.sim_ids
    assert client.in_flight == 0


def test_api_namespaces_and_call(client: SyncEmnifyClient, simulator: SimulatorServer) -> None:
    from emnify_generated.api.sim import get_sim

    sim_id = str(simulator.fleet.sim_ids[1])
    sim = client.api.sim.get_sim(sim_id=sim_id)
    assert sim is not None and str(sim.id) == sim_id
    usage = client.api.sim.get_sim_stats(sim_id=sim_id)
    assert isinstance(usage, list)
    assert len(client.api.endpoint.list_endpoints(per_page=5) or []) == 5
    assert "get_sim" in dir(client.api.sim)
    # any generated coroutine function, through call() and the generated client
    again = client.call(get_sim.asyncio, sim_id=sim_id, client=client.generated)
    assert again is not None and again.id == sim.id


def test_bulk_is_a_plain_streaming_iterator(
    client: SyncEmnifyClient, simulator: SimulatorServer
) -> None:
    ids: list[Any] = [*simulator.fleet.sim_ids[:40], 987654321, "12x"]
    progress: list[tuple[int, int]] = []
    run = client.bulk_sim_stats(
        ids, on_progress=lambda done, failed: progress.append((done, failed))
    )
    results = list(run)
    assert all(isinstance(r, BulkResult) for r in results)
    assert sorted(map(str, (r.sim_id for r in results))) == sorted(map(str, ids))
    errors = {r.sim_id: r.error for r in results if r.error is not None}
    assert isinstance(errors[987654321], NotFoundError)
    assert isinstance(errors["12x"], InvalidSimIdError)
    assert (run.done, run.failed) == (42, 2) and progress[-1] == (42, 2)
    assert client.in_flight == 0


def test_bulk_left_early_stops_its_workers(
    client: SyncEmnifyClient, simulator: SimulatorServer
) -> None:
    with client.bulk_sim_stats(simulator.fleet.sim_ids, workers=4) as results:
        for count, _ in enumerate(results, 1):
            if count == 5:
                break
    assert results.done == 5
    assert client.in_flight == 0  # the workers were stopped before the block was left
    served = simulator.counters.requests_by_route["GET /api/v1/sim/{sim_id}/stats"]
    assert served < len(simulator.fleet.sim_ids)
    assert client.sim_stats(simulator.fleet.sim_ids[0])  # and the client carries on


def test_policies_apply(simulator_factory: SimulatorFactory) -> None:
    # the simulator enforces emnify's published limits (x5); the client follows them (x5)
    server = simulator_factory(sims=60, rate_limits="emnify", scale=5)
    events: list[Event] = []
    with SyncEmnifyClient(
        TOKEN,
        base_url=server.base_url,
        rate_limits=RateLimits.emnify(scale=5),
        event_hooks=[events.append],
    ) as client:
        results = list(client.bulk_sim_stats(server.fleet.sim_ids))
    assert all(r.ok for r in results) and len(results) == 60
    assert server.counters.rate_limited == 0
    assert server.counters.authenticate_calls == 1
    assert sum(e.kind == "response" for e in events) == 61  # 60 stats + the authenticate call


def test_many_threads_share_one_client(
    client: SyncEmnifyClient, simulator: SimulatorServer
) -> None:
    ids = simulator.fleet.sim_ids[:32]
    with ThreadPoolExecutor(8) as pool:
        stats = list(pool.map(client.sim_stats, ids))
    assert [s.sim_id for s in stats] == ids
    assert simulator.counters.authenticate_calls == 1


def test_works_inside_a_running_event_loop(simulator: SimulatorServer) -> None:
    """A notebook cell runs in a thread whose asyncio loop is running: anyio.run() refuses
    ('Already running asyncio in this thread'), the sync client does not."""
    sim_id = simulator.fleet.sim_ids[2]

    async def cell() -> tuple[int | None, int]:
        client = SyncEmnifyClient(TOKEN, base_url=simulator.base_url)
        try:
            stats = client.sim_stats(sim_id)
            items = list(client.bulk_sim_stats([sim_id, sim_id]))
        finally:
            client.close()
        # the async client, awaited directly in the same cell, works as well
        async with EmnifyClient(TOKEN, base_url=simulator.base_url) as aclient:
            await aclient.sim_stats(sim_id)
        return stats.sim_id, len(items)

    assert asyncio.run(cell()) == (sim_id, 2)


def test_close_stops_the_thread_and_refuses_calls(simulator: SimulatorServer) -> None:
    before = set(threading.enumerate())
    client = SyncEmnifyClient.from_env(
        {"EMNIFY_APPLICATION_TOKEN": TOKEN, "EMNIFY_BASE_URL": simulator.base_url}
    )
    started = set(threading.enumerate()) - before
    assert started  # the client's own event loop thread
    client.sim_stats(simulator.fleet.sim_ids[0])
    assert "open" in repr(client)
    client.close()
    client.close()  # idempotent
    for thread in started:
        thread.join(timeout=30)
        assert not thread.is_alive()
    assert client.closed and "closed" in repr(client)
    with pytest.raises(RuntimeError, match="closed"):
        client.sim_stats(simulator.fleet.sim_ids[0])
    with pytest.raises(RuntimeError, match="closed"), client:
        pass


def test_a_forgotten_client_is_closed_when_collected(simulator: SimulatorServer) -> None:
    before = set(threading.enumerate())
    client = SyncEmnifyClient(TOKEN, base_url=simulator.base_url)
    client.sim_stats(simulator.fleet.sim_ids[0])
    started = set(threading.enumerate()) - before
    del client
    gc.collect()
    for thread in started:
        thread.join(timeout=30)
        assert not thread.is_alive()


def test_close_stops_a_bulk_run_left_open(simulator: SimulatorServer) -> None:
    client = SyncEmnifyClient(TOKEN, base_url=simulator.base_url, max_concurrency=4)
    results = client.bulk_sim_stats(simulator.fleet.sim_ids)
    assert next(results).ok
    client.close()  # the run's workers are stopped first, then the connections closed
    assert client.in_flight == 0
    with pytest.raises(StopIteration):
        next(results)


EXIT_SCRIPT = """
import sys
from emnify import SyncEmnifyClient
client = SyncEmnifyClient("test-app-token", base_url=sys.argv[1])
for result in client.bulk_sim_stats(range(1000, 1100)):
    break  # dropped: closed at once
run = client.bulk_sim_stats(range(1000, 1100))
next(run)  # kept open, like the client, until the interpreter exits
print("exiting")
"""


def test_the_interpreter_exits_with_a_client_and_a_run_left_open(
    simulator: SimulatorServer,
) -> None:
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-W", "error", "-c", EXIT_SCRIPT, simulator.base_url],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "exiting\n"
    assert proc.stderr == ""
