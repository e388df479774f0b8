"""Fault injection in-process (ASGITransport): errors, bad bodies, drops, storms, latency."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import anyio
import httpx
import pytest

from emnify.testing import DroppedConnection, FaultConfig, ManualClock, Simulator, SimulatorConfig
from tests.virtual_time import on_virtual_time

pytestmark = pytest.mark.anyio


def make(faults: FaultConfig, **overrides: Any) -> tuple[Simulator, dict[str, str]]:
    sim = Simulator(SimulatorConfig(sims=20, rate_limits="none", faults=faults, **overrides))
    return sim, {"Authorization": f"Bearer {sim.issue_token()}"}


def client(sim: Simulator, headers: dict[str, str]) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=sim.app)
    return httpx.AsyncClient(transport=transport, base_url="http://sim", headers=headers)


async def statuses(sim: Simulator, headers: dict[str, str], n: int) -> list[int]:
    async with client(sim, headers) as c:
        return [(await c.get("/api/v1/sim/1000")).status_code for _ in range(n)]


async def test_server_errors_are_seeded_and_take_their_share() -> None:
    faults = FaultConfig(server_error=0.3, seed=42)
    first = await statuses(*make(faults), 400)
    second = await statuses(*make(faults), 400)
    other = await statuses(*make(FaultConfig(server_error=0.3, seed=43)), 400)
    assert first == second != other
    counts = Counter(first)
    assert set(counts) == {200, 500, 502, 503, 504}
    assert 80 <= 400 - counts[200] <= 160


async def test_server_error_bodies() -> None:
    sim, headers = make(FaultConfig(server_error=1.0), retry_after=True)
    seen: dict[int, httpx.Response] = {}
    async with client(sim, headers) as c:
        while len(seen) < 4:
            response = await c.get("/api/v1/sim/1000")
            seen[response.status_code] = response
    assert seen[500].json()["error_token"] == "InternalServerError"
    assert seen[502].headers["content-type"].startswith("text/html")
    assert seen[503].json() == {"message": "Service Unavailable"}
    assert seen[503].headers["Retry-After"] == "1"
    assert "message" in seen[504].json()
    assert sim.counters.faults["server_error"] == sim.counters.requests


async def test_malformed_bodies_are_200_with_invalid_json() -> None:
    sim, headers = make(FaultConfig(malformed=1.0))
    async with client(sim, headers) as c:
        for _ in range(12):
            response = await c.get("/api/v1/sim/1000/stats")
            assert response.status_code == 200
            assert response.headers["content-type"] == "application/json"
            with pytest.raises(ValueError):
                json.loads(response.content)


async def test_drop_without_a_socket_raises_dropped_connection() -> None:
    sim, headers = make(FaultConfig(drop=0.5, truncate=0.5, seed=1))
    async with client(sim, headers) as c:
        for _ in range(6):
            with pytest.raises(DroppedConnection):
                await c.get("/api/v1/sim/1000")
    faults = sim.counters.faults
    assert faults["drop"] + faults["truncate"] == 6 and faults["drop"] and faults["truncate"]
    assert sim.counters.responses_by_status == {}
    assert sim.counters.in_flight == 0


async def test_authenticate_is_spared_unless_included() -> None:
    body = {"application_token": "test-app-token"}
    sim, headers = make(FaultConfig(server_error=1.0))
    async with client(sim, headers) as c:
        assert (await c.post("/api/v1/authenticate", json=body)).status_code == 200
    sim, headers = make(FaultConfig(server_error=1.0, include_authenticate=True))
    async with client(sim, headers) as c:
        assert (await c.post("/api/v1/authenticate", json=body)).status_code >= 500


async def test_faults_do_not_touch_admin_routes() -> None:
    sim, headers = make(FaultConfig(server_error=1.0))
    async with client(sim, headers) as c:
        assert (await c.get("/_simulator/health")).json()["status"] == "ok"
    assert sim.counters.requests == 0


async def test_429_storms_come_and_go() -> None:
    clock = ManualClock(1_000_000.0)
    sim, headers = make(
        FaultConfig(storm_every=10.0, storm_seconds=3.0), timer=clock, retry_after=True
    )
    observed = []
    async with client(sim, headers) as c:
        for _ in range(20):  # t = 0 .. 19 seconds after start
            response = await c.get("/api/v1/sim/1000")
            observed.append(response.status_code)
            if response.status_code == 429:
                assert response.json()["error_code"] == 1105
                assert int(response.headers["Retry-After"]) in (1, 2, 3)
            clock.advance(1.0)
    calm, storm = [200] * 7, [429] * 3
    assert observed == calm + storm + calm + storm
    assert sim.counters.rate_limited == sim.counters.faults["storm"] == 6


@on_virtual_time  # (in-process ASGI: the latency is the only time that passes)
async def test_latency_and_peak_in_flight() -> None:
    sim, headers = make(FaultConfig(), latency=0.1, latency_jitter=0.02)
    async with client(sim, headers) as c:
        start = anyio.current_time()
        async with anyio.create_task_group() as tg:
            for _ in range(8):
                tg.start_soon(c.get, "/api/v1/sim/1000")
        elapsed = anyio.current_time() - start
    assert 0.1 <= elapsed <= 0.12  # concurrent: one after another would take at least 0.8 s
    assert sim.counters.peak_in_flight == 8
    assert sim.counters.in_flight == 0
    assert sim.counters.requests_by_route == {"GET /api/v1/sim/{sim_id}": 8}
    sim.counters.reset()
    assert sim.counters.peak_in_flight == 0 and sim.counters.requests_by_route == {}


def test_fault_config_validation() -> None:
    with pytest.raises(ValueError):
        FaultConfig(server_error=0.6, drop=0.5)
    with pytest.raises(ValueError):
        FaultConfig(drop=-0.1)
    with pytest.raises(ValueError):
        FaultConfig(storm_every=5.0, storm_seconds=6.0)
    assert not FaultConfig().active
    assert FaultConfig(storm_every=5.0, storm_seconds=1.0).active
