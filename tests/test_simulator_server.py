"""The simulator over real loopback HTTP: uvicorn thread, async helper, fixtures, child process."""

from __future__ import annotations

import concurrent.futures
import socket
import subprocess
import sys
import time
from typing import Any

import httpx
import pytest

from emnify.testing import (
    FaultConfig,
    SimulatorConfig,
    SimulatorServer,
    serve_simulator,
    serve_simulator_async,
    spawn_simulator_process,
)
from emnify.testing.server import build_parser, config_from_args, config_to_args

pytestmark = pytest.mark.integration

AUTH = {"application_token": "test-app-token"}


def token(base_url: str) -> dict[str, str]:
    response = httpx.post(base_url + "/api/v1/authenticate", json=AUTH)
    response.raise_for_status()
    return {"Authorization": f"Bearer {response.json()['auth_token']}"}


def test_default_fixture_serves_over_loopback(simulator: SimulatorServer) -> None:
    assert simulator.base_url == f"http://127.0.0.1:{simulator.port}"
    assert len(simulator.fleet) == 200
    with httpx.Client(base_url=simulator.base_url, headers=token(simulator.base_url)) as client:
        page = client.get("/api/v1/sim", params={"per_page": 50, "page": 2})
        assert page.status_code == 200
        assert page.headers["X-Total-Pages"] == "4"
        assert page.headers["Link"].startswith(f"<{simulator.base_url}/api/v1/sim?")
        sim_id = page.json()[0]["id"]
        stats = client.get(f"/api/v1/sim/{sim_id}/stats")
        now = simulator.simulator.now()
        assert stats.json() == simulator.fleet.stats_for(sim_id, now)
        # no limits on the default fixture
        assert all(client.get("/api/v1/sim?per_page=1").status_code == 200 for _ in range(20))
    counters = simulator.counters
    assert counters.authenticate_calls == 1
    assert counters.requests_by_route["GET /api/v1/sim"] == 21
    assert counters.rate_limited == 0


def test_factory_starts_independent_servers(simulator_factory: Any) -> None:
    limited = simulator_factory(SimulatorConfig(sims=10, retry_after=True))
    other = simulator_factory(sims=10, rate_limits="none")
    assert limited.port != other.port
    with httpx.Client(base_url=limited.base_url, headers=token(limited.base_url)) as client:
        codes = [client.get("/api/v1/sim").status_code for _ in range(6)]
        assert codes == [200] * 5 + [429]
        assert client.get("/api/v1/sim").headers["Retry-After"] == "1"
    assert limited.counters.rate_limited == 2
    assert other.counters.requests == 0


def test_a_status_is_counted_before_the_client_reads_it(simulator_factory: Any) -> None:
    """Each answer is in the counters by the time the client has it: a test can read them
    right after a call, without waiting for the server's handler to return."""
    server = simulator_factory(SimulatorConfig(sims=10, route_limits={"/api/v1/sim": (1, 2)}))
    with httpx.Client(base_url=server.base_url, headers=token(server.base_url)) as client:
        for n in range(1, 41):
            status = client.get("/api/v1/sim").status_code
            counted = server.counters.responses_by_status
            assert counted.get(200, 0) + counted.get(429, 0) == n + 1  # + authenticate
            assert server.counters.rate_limited == counted.get(429, 0)
            assert status in counted


def test_peak_in_flight_over_http() -> None:
    # each request is held 1 s: six threads have all sent theirs long before the first answer
    with serve_simulator(sims=10, rate_limits="none", latency=1.0) as server:
        headers = token(server.base_url)
        limits = httpx.Limits(max_connections=20)
        with (
            httpx.Client(base_url=server.base_url, headers=headers, limits=limits) as client,
            concurrent.futures.ThreadPoolExecutor(6) as pool,
        ):
            results = list(pool.map(lambda _: client.get("/api/v1/sim/1000"), range(6)))
        assert {r.status_code for r in results} == {200}
        assert server.counters.peak_in_flight == 6


def test_dropped_and_truncated_connections_as_httpx_sees_them() -> None:
    config = SimulatorConfig(sims=10, rate_limits="none", faults=FaultConfig(drop=1.0))
    with serve_simulator(config) as server, httpx.Client(base_url=server.base_url) as client:
        headers = {"Authorization": f"Bearer {server.simulator.issue_token()}"}
        with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
            client.get("/api/v1/sim/1000", headers=headers)
        # authenticate is not faulted by default, and the server keeps serving
        assert client.post("/api/v1/authenticate", json=AUTH).status_code == 200
        assert server.counters.faults == {"drop": 1}

    config = SimulatorConfig(sims=10, rate_limits="none", faults=FaultConfig(truncate=1.0))
    with serve_simulator(config) as server, httpx.Client(base_url=server.base_url) as client:
        headers = {"Authorization": f"Bearer {server.simulator.issue_token()}"}
        with pytest.raises(httpx.RemoteProtocolError, match=r"complete message body"):
            client.get("/api/v1/sim/1000/stats", headers=headers)
        assert server.counters.faults == {"truncate": 1}
        deadline = time.monotonic() + 5
        while server.counters.in_flight and time.monotonic() < deadline:
            time.sleep(0.01)  # the handler finishes just after the client sees the close
        assert server.counters.in_flight == 0
        assert server.counters.responses_by_status == {}


@pytest.mark.anyio
async def test_drops_as_aiohttp_sees_them(anyio_backend: str) -> None:
    if anyio_backend != "asyncio":
        pytest.skip("aiohttp runs on asyncio only")
    aiohttp = pytest.importorskip("aiohttp")
    faults = FaultConfig(drop=0.5, truncate=0.5, seed=7)
    async with serve_simulator_async(sims=10, rate_limits="none", faults=faults) as server:
        headers = {"Authorization": f"Bearer {server.simulator.issue_token()}"}
        async with aiohttp.ClientSession(server.base_url, headers=headers) as session:
            errors = set()
            for _ in range(8):
                with pytest.raises(aiohttp.ClientError) as info:
                    async with session.get("/api/v1/sim/1000/stats") as response:
                        await response.read()
                errors.add(type(info.value).__name__)
    assert errors == {"ServerDisconnectedError", "ClientPayloadError"}


@pytest.mark.anyio
async def test_async_helper_on_both_backends() -> None:
    async with serve_simulator_async(sims=5, rate_limits="none") as server:
        async with httpx.AsyncClient(base_url=server.base_url) as client:
            response = await client.post("/api/v1/authenticate", json=AUTH)
            assert response.status_code == 200
            headers = {"Authorization": f"Bearer {response.json()['auth_token']}"}
            sims = await client.get("/api/v1/sim", headers=headers)
            assert [s["id"] for s in sims.json()] == server.fleet.sim_ids
    async with httpx.AsyncClient() as client:
        with pytest.raises(httpx.ConnectError):
            await client.get(server.base_url + "/_simulator/health")


def test_server_stops_and_releases_its_port() -> None:
    with serve_simulator(sims=1) as server:
        port = server.port
        assert httpx.get(server.url("/_simulator/health")).json() == {"status": "ok", "sims": 1}
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0


def test_config_round_trips_through_the_command_line() -> None:
    config = SimulatorConfig(
        sims=123,
        seed=9,
        application_tokens=("a", "b"),
        users={"alice": "pw:with:colons"},
        mfa_users={"bob": ("pw", "654321")},
        token_ttl=0.5,
        rate_limits="none",
        route_limits={"/api/v1/sim/{sim_id}/stats": (200, 100), "GET /api/v1/sim": None},
        retry_after=True,
        latency=0.01,
        faults=FaultConfig(server_error=0.1, drop=0.01, seed=5, storm_every=30, storm_seconds=2),
    )
    parsed = config_from_args(build_parser().parse_args(config_to_args(config)))
    for name in ("sims", "seed", "application_tokens", "token_ttl", "retry_after", "latency"):
        assert getattr(parsed, name) == getattr(config, name), name
    assert dict(parsed.users) == {"alice": "pw:with:colons"}
    assert dict(parsed.mfa_users) == {"bob": ("pw", "654321")}
    assert parsed.faults == config.faults
    assert parsed.rate_limit_policy() == config.rate_limit_policy()
    with pytest.raises(ValueError):
        config_to_args(SimulatorConfig(timer=lambda: 0.0))


def test_child_process_serves_and_reports_counters() -> None:
    config = SimulatorConfig(sims=50, rate_limits="none", faults=FaultConfig(server_error=1.0))
    with spawn_simulator_process(config, http="h11", loop="asyncio") as child:
        assert child.base_url.startswith("http://127.0.0.1:")
        with httpx.Client(base_url=child.base_url) as client:
            auth = client.post("/api/v1/authenticate", json=AUTH)
            headers = {"Authorization": f"Bearer {auth.json()['auth_token']}"}
            assert client.get("/api/v1/sim/1000", headers=headers).status_code >= 500
        counters = child.counters()
        assert counters["authenticate_calls"] == 1
        assert counters["faults"] == {"server_error": 1}
        child.reset()
        assert child.counters()["requests"] == 0
        process = child.process
    assert process.returncode is not None


def test_child_process_reports_startup_failure() -> None:
    with (
        socket.socket() as taken,
        pytest.raises(RuntimeError, match="did not start"),
    ):
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        with spawn_simulator_process(port=taken.getsockname()[1], sims=1):
            pass


def test_command_line_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "emnify.testing", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "--route-limit" in result.stdout
