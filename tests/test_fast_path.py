"""The direct GET of `sim_stats` and bulk runs, and the backends behind the pipeline.

`EmnifyClient._get` (used by `bulk_sim_stats`, `sim_stats`, `endpoint_stats`) builds the
pipeline's `Request` itself, without httpx objects; the backend is aiohttp on asyncio and
httpx's transport on trio, with ``use_aiohttp=False`` or with a transport passed in. These
tests pin which backend is taken and that the direct path keeps every policy: token renewal on
401, 429 handling, retries, timeouts and typed errors, against the simulator over loopback. The
unit tests cover the aiohttp backend's exception mapping and the `Answer` view.
"""

from __future__ import annotations

import asyncio
import dataclasses
from typing import Any

import aiohttp
import anyio
import httpx
import pytest

from emnify import EmnifyClient
from emnify._aiohttp import AiohttpBackend, mapped_error
from emnify._wire import Answer
from emnify.errors import NotFoundError, TransportError
from emnify.testing import DEFAULT_APPLICATION_TOKEN, FaultConfig, ManualClock
from tests.test_integration_client import (
    STATS_ROUTE,
    GrantLog,
    client_for,
    cycle_ids,
    gather,
    serve,
)

pytestmark = pytest.mark.anyio

# --------------------------------------------------------------------------------- unit


@pytest.mark.parametrize(
    ("raised", "expected"),
    [
        (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError),
        (aiohttp.ClientPayloadError("cut short"), httpx.ReadError),
        (aiohttp.SocketTimeoutError("slow"), httpx.ReadTimeout),
        (aiohttp.ConnectionTimeoutError("slow"), httpx.ConnectTimeout),
        (aiohttp.ServerTimeoutError("slow"), httpx.ReadTimeout),
        (aiohttp.ClientOSError(104, "reset"), httpx.ReadError),
        (aiohttp.InvalidURL("nope"), httpx.UnsupportedProtocol),
        (TimeoutError(), httpx.ReadTimeout),
        (asyncio.TimeoutError(), httpx.ReadTimeout),  # (another class before Python 3.11)
        (aiohttp.ClientError("other"), httpx.TransportError),
    ],
)
def test_aiohttp_errors_map_to_the_httpx_error_that_means_the_same(
    raised: BaseException, expected: type[Exception]
) -> None:
    mapped = mapped_error(raised)
    assert type(mapped) is expected
    assert type(raised).__name__ in str(mapped)


def test_answer_view() -> None:
    from multidict import CIMultiDict, CIMultiDictProxy

    headers = CIMultiDictProxy(
        CIMultiDict({"Content-Type": "application/json", "Content-Encoding": "gzip", "X-A": "1"})
    )
    raw = Answer(404, headers, b'{"error_code": 1201}', method="GET", path="/api/v1/sim/9/stats")
    assert not raw.is_success and Answer(204, headers, b"").is_success
    assert raw.headers.get("x-a") == "1"  # case-insensitive, like httpx's
    assert raw.json() == {"error_code": 1201} and raw.text == '{"error_code": 1201}'
    assert repr(raw) == "<Answer [404] 20 bytes>"
    from emnify.errors import error_from_answer

    error = error_from_answer(raw)
    assert isinstance(error, NotFoundError) and error.error_code == 1201
    assert (error.method, error.path) == ("GET", "/api/v1/sim/9/stats")


# -------------------------------------------------------------------------- which path


@pytest.mark.parametrize("setting", ["default", "use_aiohttp=False", "transport"])
async def test_the_aiohttp_backend_is_taken_only_on_asyncio_by_default(
    anyio_backend: str, setting: str
) -> None:
    kwargs: dict[str, Any] = {}
    if setting == "use_aiohttp=False":
        kwargs["use_aiohttp"] = False
    elif setting == "transport":
        kwargs["transport"] = httpx.AsyncHTTPTransport()
    async with serve(sims=5) as server:
        sim_id = server.fleet.sim_ids[0]
        async with client_for(server, **kwargs) as client:
            answer = await client._get(f"/api/v1/sim/{sim_id}/stats")
            stats = await client.sim_stats(sim_id)
        aiohttp_expected = anyio_backend == "asyncio" and setting == "default"
        assert isinstance(client._pipeline.backend, AiohttpBackend) == aiohttp_expected
        assert isinstance(answer, Answer)
        assert answer.is_success and answer.headers.get("content-type") == "application/json"
        assert stats.sim_id == sim_id
        assert server.counters.requests_by_route[STATS_ROUTE] == 2


async def test_lean_path_is_closed_with_the_client(anyio_backend: str) -> None:
    async with serve(sims=5) as server:
        client = EmnifyClient(DEFAULT_APPLICATION_TOKEN, base_url=server.base_url)
        await client.sim_stats(server.fleet.sim_ids[0])
        backend = client._pipeline.backend
        assert isinstance(backend, AiohttpBackend) == (anyio_backend == "asyncio")
        await client.aclose()
        with pytest.raises(RuntimeError):
            await client.sim_stats(server.fleet.sim_ids[0])


# ----------------------------------------------------------------------- the policies


async def test_lean_path_renews_once_after_server_side_expiry() -> None:
    n = 200
    clock = ManualClock()
    async with serve(timer=clock, token_ttl=600.0) as server:
        log = GrantLog(server)
        async with client_for(server, max_concurrency=32) as client:
            await client.authenticate()
            clock.advance(601)
            ids = cycle_ids(server, n)
            results = await gather([lambda i=i: client.sim_stats(i) for i in ids])
        assert [r.sim_id for r in results] == ids
        assert log.grants == ["application_token", "application_token"]
        counters = server.counters
        assert counters.authenticate_calls == 2
        # each stats call that went out with the old token got one 401 and was sent again
        assert 1 <= counters.unauthorized_requests <= n
        assert counters.requests_by_route[STATS_ROUTE] == n + counters.unauthorized_requests


async def test_bulk_through_429s_without_client_throttling() -> None:
    n = 120
    async with serve(
        sims=n, route_limits={"/api/v1/sim/{sim_id}/stats": (60, 10)}, retry_after=False
    ) as server:
        async with client_for(server, max_concurrency=16, max_retries=10) as client:
            results = [r async for r in client.bulk_sim_stats(server.fleet.sim_ids)]
        assert sorted(r.sim_id for r in results if r.ok) == sorted(server.fleet.sim_ids)
        counters = server.counters
        assert counters.rate_limited > 0  # the limit really was hit
        assert counters.requests_by_route[STATS_ROUTE] == n + counters.rate_limited
        # the 429s engaged adaptive throttling (without limits the route starts with no bucket)
        route = client.limiter.route("GET", f"/api/v1/sim/{server.fleet.sim_ids[0]}/stats")
        assert route.bucket is not None


async def test_lean_path_retries_faults_and_maps_errors() -> None:
    faults = FaultConfig(server_error=0.2, drop=0.1, seed=5, server_error_statuses=(502, 503))
    async with serve(sims=80, faults=faults) as server:
        async with client_for(
            server, max_retries=12, backoff_base=0.005, backoff_max=0.02
        ) as client:
            results = [r async for r in client.bulk_sim_stats(server.fleet.sim_ids)]
            unknown = max(server.fleet.sim_ids) + 1000
            with pytest.raises(NotFoundError) as info:
                for _ in range(20):  # past the injected faults
                    await client.sim_stats(unknown)
        assert all(r.ok for r in results) and len(results) == 80
        injected = server.counters.faults
        assert injected.get("server_error", 0) > 0 and injected.get("drop", 0) > 0
        assert info.value.status_code == 404 and info.value.error_code == 1201
        assert info.value.path == f"/api/v1/sim/{unknown}/stats"


async def test_lean_path_times_out_like_the_client_says(anyio_backend: str) -> None:
    async with serve(sims=5) as server:
        async with client_for(server, timeout=0.3, max_retries=0) as client:
            await client.authenticate()
            simulator = server.simulator  # every answer is now slower than the timeout
            simulator.config = dataclasses.replace(simulator.config, latency=2.0)
            with anyio.fail_after(10), pytest.raises(TransportError) as info:
                await client.sim_stats(server.fleet.sim_ids[0])
        assert "Timeout" in str(info.value)
        assert info.value.path == f"/api/v1/sim/{server.fleet.sim_ids[0]}/stats"


async def test_a_dropped_connection_is_a_protocol_error_not_a_timeout(
    anyio_backend: str,
) -> None:
    async with serve(sims=5, faults=FaultConfig(drop=1.0, seed=1)) as server:
        async with client_for(server, max_retries=0) as client:
            await client.authenticate()
            with pytest.raises(TransportError) as info:
                await client.request("GET", f"/api/v1/sim/{server.fleet.sim_ids[0]}")
        assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)
        if anyio_backend == "asyncio":
            # aiohttp's own exception (its repr can show the request's headers) is not chained
            assert info.value.__cause__.__context__ is None
            assert info.value.__cause__.__cause__ is None
