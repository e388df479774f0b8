"""Cancelling the client midway -- a cancelled task group, an ``anyio.fail_after`` timeout,
``break`` -- leaves nothing behind: no task still running, every concurrency slot and rate-limit
turn released, no lock held, and the client works for the next call. On asyncio and trio,
against the simulator over loopback (real sockets, aiohttp on asyncio) and against
``httpx.MockTransport`` for the states that are hard to hit on a real network (waiting for a
rate token, for a slot, in a retry backoff, half-way through a body).
"""

from __future__ import annotations

import asyncio
import dataclasses
import gc
import math
from collections.abc import AsyncIterator, Callable, Coroutine
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest
import sniffio

from emnify import EmnifyClient
from emnify.limits import RateLimits, RouteLimit, TokenBucketLimit
from emnify.testing import DEFAULT_APPLICATION_TOKEN, SimulatorConfig, SimulatorServer
from tests.virtual_time import on_virtual_time

pytestmark = pytest.mark.anyio

SimulatorFactory = Callable[..., SimulatorServer]
BASE = "https://cdn.emnify.net"


# -- what "nothing left behind" means -----------------------------------------------------------


def running_tasks() -> set[object]:
    """The tasks alive in this event loop (asyncio) or this trio run."""
    if sniffio.current_async_library() == "asyncio":
        return {task for task in asyncio.all_tasks() if not task.done()}
    import trio

    found: set[object] = set()

    def walk(task: trio.lowlevel.Task) -> None:
        found.add(task)
        for nursery in task.child_nurseries:
            for child in nursery.child_tasks:
                walk(child)

    root = trio.lowlevel.current_root_task()
    assert root is not None
    walk(root)
    return found


async def assert_released(client: EmnifyClient, tasks_before: set[object]) -> None:
    """No slot taken, no limiter lock held, no task of ours still alive."""
    assert client.in_flight == 0
    for key, route in client.limiter.routes().items():
        assert not route.lock.locked(), key
        if route.bucket is not None:
            assert route.bucket.tokens >= 0, key  # a cancelled wait consumed nothing
    leftover = running_tasks() - tasks_before
    assert not leftover, leftover


def loopback_client(server: SimulatorServer, **kwargs: Any) -> EmnifyClient:
    kwargs.setdefault("rate_limits", None)
    kwargs.setdefault("max_concurrency", 8)
    return EmnifyClient(DEFAULT_APPLICATION_TOKEN, base_url=server.base_url, **kwargs)


@pytest.fixture
def slow_simulator(simulator_factory: SimulatorFactory) -> SimulatorServer:
    """Answers take 20-50 ms, so that a cancellation finds requests in flight."""
    return simulator_factory(
        SimulatorConfig(sims=300, rate_limits="none", latency=0.02, latency_jitter=0.03)
    )


async def fetch_all_stats(client: EmnifyClient, ids: list[int]) -> None:
    """The client is usable: a complete bulk run over `ids`, every one a success."""
    with anyio.fail_after(30):
        results = [r async for r in client.bulk_sim_stats(ids)]
    assert sorted(int(r.sim_id) for r in results) == sorted(ids)
    assert all(r.ok for r in results), [r.error for r in results if not r.ok][:3]


# -- bulk runs against the simulator ------------------------------------------------------------


async def test_bulk_run_in_a_cancelled_task_group(slow_simulator: SimulatorServer) -> None:
    ids = slow_simulator.fleet.sim_ids[:200]
    before = running_tasks()
    seen: list[int] = []
    async with loopback_client(slow_simulator) as client:
        async with anyio.create_task_group() as tg:

            async def consume() -> None:
                async for result in client.bulk_sim_stats(ids, workers=8):
                    seen.append(result.sim_id)  # type: ignore[arg-type]
                    if len(seen) == 30:
                        tg.cancel_scope.cancel()  # requests of other workers are in flight

            tg.start_soon(consume)
        assert 30 <= len(seen) < len(ids)
        assert len(set(seen)) == len(seen)
        await assert_released(client, before)
        await fetch_all_stats(client, ids[:40])
        await assert_released(client, before)


async def test_bulk_run_under_fail_after(slow_simulator: SimulatorServer) -> None:
    ids = slow_simulator.fleet.sim_ids[:300]
    before = running_tasks()
    seen: list[object] = []
    async with loopback_client(slow_simulator) as client:
        with pytest.raises(TimeoutError):
            with anyio.fail_after(60) as scope:
                async for result in client.bulk_sim_stats(ids, workers=8):
                    seen.append(result.sim_id)
                    if len(seen) == 70:
                        # the rest of this round's buffer is handed out at once; the timeout
                        # then hits the next round, with requests in flight
                        scope.deadline = anyio.current_time() + 0.05
        assert 70 <= len(seen) < len(ids)
        await assert_released(client, before)
        await fetch_all_stats(client, ids[:40])
        await assert_released(client, before)


async def test_break_out_of_a_bulk_run(slow_simulator: SimulatorServer) -> None:
    ids = slow_simulator.fleet.sim_ids[:150]
    before = running_tasks()
    async with loopback_client(slow_simulator) as client:
        run = client.bulk_sim_stats(ids, workers=8)
        count = 0
        async for _ in run:
            count += 1
            if count == 10:
                break  # no aclose(): nothing runs between two __anext__ calls
        await assert_released(client, before)
        # the abandoned run holds no resources; the client (and the run itself) carry on
        await fetch_all_stats(client, ids[:20])
        rest = [r async for r in run]
        assert 10 + len(rest) == len(ids)
        await assert_released(client, before)


async def test_a_timeout_per_result_loses_and_repeats_nothing(
    slow_simulator: SimulatorServer,
) -> None:
    """A cancellation that interrupts requests in flight queues their ids again, and keeps
    the results that were complete: a consumer that carries on gets every id exactly once.
    (A per-result timeout shorter than every request could make no progress -- each one
    re-queues the ids in flight -- so this consumer, like a sensible real one, waits longer
    after a timeout that brought nothing.)"""
    ids = slow_simulator.fleet.sim_ids[:60]
    before = running_tasks()
    seen: list[object] = []
    timeouts = 0
    patience = 0.04  # answers take 20-50 ms
    async with loopback_client(slow_simulator) as client:
        run = client.bulk_sim_stats(ids, workers=8)
        for _ in range(500):  # bounded: a livelock fails instead of hanging
            with anyio.move_on_after(patience) as scope:
                try:
                    result = await run.__anext__()
                except StopAsyncIteration:
                    break
                seen.append(result.sim_id)
            assert client.in_flight == 0  # nothing runs between two __anext__ calls
            if scope.cancelled_caught:
                timeouts += 1
                patience *= 1.5
        else:
            pytest.fail(f"no end after 500 rounds; {len(seen)} of {len(ids)} results")
        assert timeouts > 0  # the test did interrupt requests in flight
        assert sorted(seen) == sorted(ids)  # type: ignore[type-var]
        await assert_released(client, before)


# -- the streaming form (async with) against the simulator --------------------------------------


@pytest.mark.parametrize("how", ["break", "exception", "aclose", "fail_after", "task_group"])
async def test_streaming_bulk_run_left_early(slow_simulator: SimulatorServer, how: str) -> None:
    """Every way of leaving an ``async with client.bulk_sim_stats(...)`` block with requests
    in flight: when the block is left, the workers have returned, every slot and limiter turn
    is given back, no task is left, and the server sees no further request."""
    ids = slow_simulator.fleet.sim_ids[:250]
    before = running_tasks()
    seen: list[object] = []
    async with loopback_client(slow_simulator) as client:

        async def consume() -> None:
            async with client.bulk_sim_stats(ids, workers=8) as results:
                async for result in results:
                    seen.append(result.sim_id)
                    if len(seen) == 30:
                        if how == "break":
                            break
                        if how == "exception":
                            raise LookupError("consumer failed")
                        if how == "aclose":
                            await results.aclose()
                            assert client.in_flight == 0  # stopped inside the block already
                        if how == "fail_after":
                            scope.deadline = anyio.current_time()
                        if how == "task_group":
                            tg.cancel_scope.cancel()

        if how == "exception":
            with pytest.raises(LookupError):  # not wrapped in an exception group
                await consume()
        elif how == "task_group":
            async with anyio.create_task_group() as tg:
                tg.start_soon(consume)
        elif how == "fail_after":
            with pytest.raises(TimeoutError):
                with anyio.fail_after(60) as scope:
                    await consume()
        else:
            with anyio.fail_after(60) as scope:
                await consume()
        assert 30 <= len(seen) < len(ids)
        assert len(set(seen)) == len(seen)
        await assert_released(client, before)
        assert slow_simulator.wait_idle()
        sent = slow_simulator.counters.requests_by_route["GET /api/v1/sim/{sim_id}/stats"]
        await anyio.sleep(0.2)
        assert slow_simulator.counters.requests_by_route["GET /api/v1/sim/{sim_id}/stats"] == sent
        await fetch_all_stats(client, ids[:40])
        await assert_released(client, before)


async def test_streaming_a_timeout_per_result_loses_and_repeats_nothing(
    slow_simulator: SimulatorServer,
) -> None:
    """Timeouts around single ``__anext__`` calls inside the block: the workers carry on, and
    the consumer still gets every id exactly once."""
    ids = slow_simulator.fleet.sim_ids[:60]
    before = running_tasks()
    seen: list[object] = []
    timeouts = 0
    async with loopback_client(slow_simulator) as client:
        async with client.bulk_sim_stats(ids, workers=4) as results:
            for _ in range(5000):  # bounded: a livelock fails instead of hanging
                with anyio.move_on_after(0.005) as scope:
                    try:
                        result = await results.__anext__()
                    except StopAsyncIteration:
                        break
                    seen.append(result.sim_id)
                timeouts += scope.cancelled_caught
            else:
                pytest.fail(f"no end; {len(seen)} of {len(ids)} results")
        assert timeouts > 0
        assert sorted(seen) == sorted(ids)  # type: ignore[type-var]
        await assert_released(client, before)


# -- paginate against the simulator -------------------------------------------------------------


async def paginate_ids(client: EmnifyClient, **kwargs: Any) -> AsyncIterator[int]:
    async for item in client.paginate_raw("/api/v1/sim", per_page=10, **kwargs):
        yield int(item["id"])


@pytest.mark.parametrize("how", ["break", "fail_after", "task_group"])
async def test_paginate_cancelled_midway(slow_simulator: SimulatorServer, how: str) -> None:
    from emnify_generated.api.sim import list_sims

    before = running_tasks()
    seen: list[int] = []
    async with loopback_client(slow_simulator) as client:
        if how == "break":
            async for sim in client.paginate(list_sims, per_page=10):
                seen.append(sim.id)
                if len(seen) == 25:  # in the middle of the third page
                    break
        elif how == "fail_after":
            with pytest.raises(TimeoutError):
                with anyio.fail_after(60) as scope:
                    async for sim_id in paginate_ids(client):
                        seen.append(sim_id)
                        if len(seen) == 15:  # in the second page: time out in the next one
                            scope.deadline = anyio.current_time() + 0.05
        else:
            async with anyio.create_task_group() as tg:

                async def consume() -> None:
                    async for sim_id in paginate_ids(client):
                        seen.append(sim_id)
                        if len(seen) == 50:
                            # the next page is requested by a sibling task while this one
                            # is cancelled: cancel from outside the generator
                            tg.start_soon(cancel_soon, tg.cancel_scope)

                async def cancel_soon(scope: anyio.CancelScope) -> None:
                    await anyio.sleep(0.01)
                    scope.cancel()

                tg.start_soon(consume)
        assert 0 < len(seen) < 300
        assert seen == slow_simulator.fleet.sim_ids[: len(seen)]
        await assert_released(client, before)
        with anyio.fail_after(30):
            every = [sim_id async for sim_id in paginate_ids(client)]
        assert every == slow_simulator.fleet.sim_ids
        await assert_released(client, before)


# -- authentication -----------------------------------------------------------------------------


async def test_a_cancelled_authentication_still_records_its_outcome(
    simulator_factory: SimulatorFactory,
) -> None:
    """The first call is cancelled while its authenticate request is at the server (which
    holds it for 2 s). The exchange is shielded: it completes, its token is kept, and the next
    call uses it -- the credential is not sent a second time. Whether the request reached the
    server is read from the server, not guessed from a deadline."""
    server = simulator_factory(SimulatorConfig(sims=20, rate_limits="none", latency=2.0))
    before = running_tasks()
    async with loopback_client(server) as client:
        async with anyio.create_task_group() as tg:
            tg.start_soon(client.sim_stats, server.fleet.sim_ids[0])  # authenticates first
            with anyio.fail_after(10):
                while server.counters.authenticate_calls == 0:  # noqa: ASYNC110 - another thread
                    await anyio.sleep(0.005)
            # the premise: the authenticate request is at the server, still unanswered
            assert server.counters.tokens_issued == 0
            tg.cancel_scope.cancel()
        # the cancelled call waited for the shielded exchange, whose token was recorded
        assert server.counters.tokens_issued == 1
        assert server.counters.requests_by_route.get("GET /api/v1/sim/{sim_id}/stats", 0) == 0
        await assert_released(client, before)
        server.simulator.config = dataclasses.replace(server.simulator.config, latency=0.0)
        with anyio.fail_after(10):
            stats = await client.sim_stats(server.fleet.sim_ids[1])
        assert stats.sim_id == server.fleet.sim_ids[1]
        assert server.counters.authenticate_calls == 1  # the recorded outcome was used
        await assert_released(client, before)


# -- the states a real network rarely shows, with MockTransport -------------------------------


def mock_client(
    handler: Callable[[httpx.Request], Coroutine[Any, Any, httpx.Response]], **kw: Any
) -> EmnifyClient:
    kw.setdefault("rate_limits", None)
    return EmnifyClient(auth_token=FAKE_JWT, transport=httpx.MockTransport(handler), **kw)


#: a JWT without ``exp``: the client uses it until a 401, and never calls authenticate
FAKE_JWT = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ0ZXN0In0.c2ln"


async def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=[])


@on_virtual_time
async def test_cancel_while_waiting_for_a_rate_token() -> None:
    """Eight requests queue for a 2 req/s route; cancelling them consumes no tokens: the next
    request waits for one token interval, not for eight."""
    limits = RateLimits(routes=(RouteLimit("GET", "/api/v1/thing", TokenBucketLimit(2, 1)),))
    before = running_tasks()
    sent = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal sent
        sent += 1
        return httpx.Response(200, json={})

    async with mock_client(handler, rate_limits=limits) as client:
        async with anyio.create_task_group() as tg:
            for _ in range(8):
                tg.start_soon(client.request, "GET", "/api/v1/thing")
            await anyio.sleep(0.2)
            tg.cancel_scope.cancel()
        assert sent == 1  # the burst of one; seven were waiting for their turn
        await assert_released(client, before)
        await anyio.sleep(0.6)  # one token interval (0.51 s) later a token is ready
        started = anyio.current_time()
        with anyio.fail_after(5):
            await client.request("GET", "/api/v1/thing")
        assert anyio.current_time() == started
        await assert_released(client, before)


@on_virtual_time
async def test_cancel_while_waiting_for_a_slot() -> None:
    release = anyio.Event()
    entered = anyio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v1/slow":
            entered.set()
            await release.wait()
        return httpx.Response(200, json={})

    before = running_tasks()
    async with mock_client(handler, max_concurrency=1) as client:
        async with anyio.create_task_group() as tg:
            tg.start_soon(client.request, "GET", "/api/v1/slow")
            await entered.wait()
            assert client.in_flight == 1
            with anyio.move_on_after(0.1) as scope:
                await client.request("GET", "/api/v1/other")  # waits for the only slot
            assert scope.cancelled_caught
            assert client.in_flight == 1  # still the slow one's
            release.set()
        await assert_released(client, before)
        with anyio.fail_after(5):
            await client.request("GET", "/api/v1/other")
        await assert_released(client, before)


@on_virtual_time
async def test_cancel_during_a_retry_backoff() -> None:
    calls = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return httpx.Response(503 if calls == 1 else 200, json={})

    before = running_tasks()
    async with mock_client(handler, backoff_base=30.0, backoff_max=30.0) as client:
        with anyio.move_on_after(0.2) as scope:
            await client.request("GET", "/api/v1/thing")  # 503, then sleeps up to 30 s
        assert scope.cancelled_caught or calls == 2  # (the jittered backoff may be ~0 s)
        await assert_released(client, before)
        with anyio.fail_after(5):
            await client.request("GET", "/api/v1/thing")
        await assert_released(client, before)


class StallingStream(httpx.AsyncByteStream):
    """Sends one chunk of the body, then nothing until closed."""

    def __init__(self) -> None:
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'[{"current_month": '
        await anyio.sleep(math.inf)

    async def aclose(self) -> None:
        self.closed = True


@on_virtual_time
async def test_cancel_half_way_through_a_body() -> None:
    streams: list[StallingStream] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/1/stats"):
            streams.append(StallingStream())
            return httpx.Response(200, stream=streams[-1])
        return httpx.Response(200, json=[])

    before = running_tasks()
    async with mock_client(handler) as client:
        with anyio.move_on_after(0.2) as scope:
            await client.sim_stats(1)
        assert scope.cancelled_caught
        assert [s.closed for s in streams] == [True]  # the connection was given back
        await assert_released(client, before)
        with anyio.fail_after(5):
            stats = await client.sim_stats(2)
        assert stats.sim_id == 2
        await assert_released(client, before)


@on_virtual_time
async def test_cancelled_bulk_run_over_mock_transport_releases_every_slot() -> None:
    """Sixty-four workers, all of them holding a slot when the cancellation hits."""
    entered = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal entered
        entered += 1
        await anyio.sleep(math.inf)
        raise AssertionError("unreachable")

    before = running_tasks()
    async with mock_client(handler, max_concurrency=64) as client:
        with anyio.move_on_after(0.3):
            async for _ in client.bulk_sim_stats(range(1, 1000), workers=64):
                pass
        assert entered == 64
        await assert_released(client, before)


# -- waiting longer than a token lives ------------------------------------------------------------


async def test_requests_waiting_past_their_token_are_sent_with_a_fresh_one(
    simulator_factory: SimulatorFactory,
) -> None:
    """Eight requests queue for a 4 req/s route while the JWT lives one second: the last ones
    wait almost twice as long. Each attempt gets a fresh token when it leaves the queue, so the
    server never sees an expired one (and renewals stay single-flight)."""
    server = simulator_factory(SimulatorConfig(sims=20, rate_limits="none", token_ttl=1.0))
    limits = RateLimits(
        routes=(RouteLimit("GET", "/api/v1/sim/{id}/stats", TokenBucketLimit(4, 1)),)
    )
    before = running_tasks()
    async with loopback_client(server, rate_limits=limits) as client:
        with anyio.fail_after(30):
            async with anyio.create_task_group() as tg:
                for sim_id in server.fleet.sim_ids[:8]:
                    tg.start_soon(client.sim_stats, sim_id)
        assert server.counters.unauthorized_requests == 0
        assert 2 <= server.counters.authenticate_calls <= 5
        await assert_released(client, before)


@on_virtual_time
async def test_a_cancel_while_the_body_is_being_sent_leaves_no_unfinished_generator() -> None:
    """Cancelled with the request body half-iterated (the HTTP library holds the body's
    iterator suspended): nothing is left for the garbage collector to warn about (trio warns
    about an unfinished async generator; an error under the suite's -W error)."""
    chunks: list[bytes] = []

    class StallAfterTheFirstChunk(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            async for chunk in request.stream:  # type: ignore[union-attr]
                chunks.append(chunk)
                await anyio.sleep(math.inf)  # cancelled here, mid-iteration
            raise AssertionError("unreachable")

    before = running_tasks()
    client = EmnifyClient(
        auth_token=FAKE_JWT, transport=StallAfterTheFirstChunk(), rate_limits=None
    )
    async with client:
        with anyio.move_on_after(1) as scope:
            await client.request("POST", "/api/v1/thing", json={"name": "x"})
        assert scope.cancelled_caught
        assert chunks == [b'{"name":"x"}']
        gc.collect()  # an unfinished async generator would be finalized (and warned of) here
        await anyio.lowlevel.checkpoint()  # (trio finalizes it on the next scheduling round)
        await assert_released(client, before)
