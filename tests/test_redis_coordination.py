"""Redis coordination against a real redis-server (#17), in one process, on asyncio and trio.

Several clients (or limiters) in one test each have their own connection and membership in
Redis, exactly as separate processes would; tests/test_redis_processes.py runs real processes.
Every assertion is decided by Redis or the simulator (what was granted, stored, counted), never
by how fast something happened: where a test waits, it waits for a state, and the times
involved (a 60 s window, a 30 s Retry-After) are far from the bounds of the waits.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from typing import Any

import anyio
import coredis
import pytest

from emnify import EmnifyClient
from emnify._auth import ApplicationTokenCredentials
from emnify._redact import Secret
from emnify._shared_limits import SharedLimiter
from emnify.coordination import CoordinationSettings, Coordinator, shared_limiter
from emnify.errors import AuthenticationError, ConfigurationError, RateLimitError
from emnify.limits import RateLimits, RouteLimit, TokenBucketLimit, WindowLimit
from emnify.testing import DEFAULT_APPLICATION_TOKEN, SimulatorConfig, SimulatorServer
from tests.redis_support import (
    RedisServer,
    coredis_buffers_closed,
    free_port,
    needs_redis,
    redis,
    redis_module,
)

__all__ = ["coredis_buffers_closed", "redis", "redis_module"]

pytestmark = [needs_redis, pytest.mark.anyio, pytest.mark.usefixtures("coredis_buffers_closed")]

FAST = CoordinationSettings(heartbeat=0.2, member_ttl=1.0, timeout=1.0, lock_ttl=2.0)
SimulatorFactory = Callable[..., SimulatorServer]


async def redis_keys(server: RedisServer) -> dict[bytes, Any]:
    """Every key of the Redis and its value (strings, hashes, sorted sets)."""
    found: dict[bytes, Any] = {}
    async with coredis.Redis.from_url(server.url, decode_responses=False) as r:
        async for key in r.scan_iter():
            kind = await r.type(key)
            kind = kind.decode() if isinstance(kind, bytes) else str(kind)
            if kind == "string":
                found[key] = await r.get(key)
            elif kind == "hash":
                found[key] = await r.hgetall(key)
            elif kind == "zset":
                found[key] = await r.zrange(key, 0, -1)
    return found


async def wait_for(condition: Callable[[], bool], seconds: float = 10.0) -> None:
    """Until `condition()` holds (a hang guard, not a timing assertion)."""
    with anyio.fail_after(seconds):
        while True:
            if condition():
                return
            await anyio.sleep(0.01)


# ---------------------------------------------------------------------------- configuration
async def test_redis_down_at_start_is_a_configuration_error() -> None:
    url = f"redis://:pw-secret@127.0.0.1:{free_port()}/0"  # nothing listens there
    client = EmnifyClient(DEFAULT_APPLICATION_TOKEN, redis_url=url, coordination=FAST)
    with pytest.raises(ConfigurationError) as caught:
        async with client:
            pass
    message = str(caught.value)
    assert message.startswith("cannot reach Redis at redis://:***@127.0.0.1:")
    assert "pw-secret" not in message and "\n" not in message


async def test_a_client_with_redis_needs_async_with(
    redis: RedisServer, simulator: SimulatorServer
) -> None:
    client = EmnifyClient(
        DEFAULT_APPLICATION_TOKEN, base_url=simulator.base_url, redis_url=redis.url
    )
    with pytest.raises(ConfigurationError, match="async with"):
        await client.authenticate()
    with pytest.raises(ConfigurationError, match="async with"):
        await client.sim_stats(simulator.fleet.sim_ids[0])
    await client.aclose()
    assert simulator.counters.requests == 0


# ---------------------------------------------------------------------------- the token
async def test_one_authenticate_call_for_every_client_and_the_jwt_is_sealed(
    redis: RedisServer, simulator: SimulatorServer
) -> None:
    sim_id = simulator.fleet.sim_ids[0]
    tokens: list[str] = []

    async def one() -> None:
        async with EmnifyClient(
            DEFAULT_APPLICATION_TOKEN,
            base_url=simulator.base_url,
            redis_url=redis.url,
            coordination=FAST,
        ) as client:
            await client.sim_stats(sim_id)
            tokens.append(await client._auth.current())

    async with anyio.create_task_group() as tg:
        for _ in range(5):
            tg.start_soon(one)
    assert simulator.counters.authenticate_calls == 1
    assert len(set(tokens)) == 1
    jwt = tokens[0].removeprefix("Bearer ").encode()
    for key, value in (await redis_keys(redis)).items():
        text = repr(key) + repr(value)
        assert DEFAULT_APPLICATION_TOKEN not in text
        assert jwt not in key and jwt[:20] not in repr(value).encode()


async def test_a_rejected_credential_is_sent_by_no_other_client(
    redis: RedisServer, simulator: SimulatorServer
) -> None:
    def client() -> EmnifyClient:
        return EmnifyClient(
            "not-the-token", base_url=simulator.base_url, redis_url=redis.url, coordination=FAST
        )

    async with client() as first:
        with pytest.raises(AuthenticationError):
            await first.authenticate()
    for _ in range(3):
        async with client() as other:
            with pytest.raises(AuthenticationError, match="remembered in Redis"):
                await other.authenticate()
    assert simulator.counters.authenticate_calls == 1
    assert simulator.counters.failed_authentications == 1
    assert simulator.counters.lockouts == 0


# ---------------------------------------------------------------------------- the limits
ROUTE = RouteLimit("GET", "/api/v1/thing", TokenBucketLimit(rate=0.001, burst=8))
#: client side: a burst of 4 (half of 8), and then nothing for ~1,000 s
BUCKET = RateLimits(routes=(ROUTE,))
#: client side: 6 requests (7 x 0.98) in any 60 s
GENERAL = RateLimits(general=WindowLimit(7, 60.0))


@pytest.fixture
async def limiters(redis: RedisServer) -> AsyncIterator[Callable[..., Any]]:
    """Make SharedLimiters (each with its own Coordinator, as separate processes would)."""
    async with anyio.create_task_group() as tg:
        stops: list[anyio.Event] = []

        async def make(
            rate_limits: RateLimits, egress_name: str = "gw", **kwargs: Any
        ) -> SharedLimiter:
            coordinator, limiter = shared_limiter(
                redis.url,
                base_url="http://127.0.0.1",
                credentials=ApplicationTokenCredentials(Secret("app-token")),
                egress_name=egress_name,
                settings=FAST,
                rate_limits=rate_limits,
                adaptive=None,
                max_retry_after=kwargs.get("max_retry_after", 300.0),
            )
            stop = anyio.Event()
            stops.append(stop)
            started = anyio.Event()

            async def hold(coordinator: Coordinator) -> None:
                async with coordinator:
                    started.set()
                    await stop.wait()

            tg.start_soon(hold, coordinator)
            await started.wait()
            return limiter

        yield make
        for stop in stops:
            stop.set()


async def grants(limiter: SharedLimiter, path: str, tries: int, seconds: float = 1.0) -> int:
    """How many of `tries` requests `limiter` lets through within `seconds`."""
    route = limiter.route("GET", path)
    granted = 0
    with anyio.move_on_after(seconds):
        for _ in range(tries):
            await limiter.acquire(route)
            granted += 1
    return granted


async def test_limiters_share_one_organisation_bucket(limiters: Callable[..., Any]) -> None:
    a, b = await limiters(BUCKET), await limiters(BUCKET, egress_name="elsewhere")
    counts = [0, 0]

    async def run(i: int, limiter: SharedLimiter) -> None:
        counts[i] = await grants(limiter, "/api/v1/thing", 10)

    async with anyio.create_task_group() as tg:
        tg.start_soon(run, 0, a)
        tg.start_soon(run, 1, b)
    assert sum(counts) == 4  # the bucket's burst, once for both (any egress name)


async def test_limiters_share_the_general_window_per_egress_name(
    limiters: Callable[..., Any],
) -> None:
    a, b = await limiters(GENERAL), await limiters(GENERAL)
    elsewhere = await limiters(GENERAL, egress_name="another-gateway")
    assert await grants(a, "/api/v1/x", 4) == 4
    assert await grants(b, "/api/v1/y", 4) == 2  # 6 in any 60 s, for both
    assert await grants(elsewhere, "/api/v1/x", 8) == 6  # its own address, its own window


async def test_a_retry_after_pauses_the_route_for_every_process(
    limiters: Callable[..., Any],
) -> None:
    a, b = await limiters(None), await limiters(None, max_retry_after=10.0)
    route_a = a.route("GET", "/api/v1/sim/1")
    await a.acquire(route_a)
    a.on_rate_limited(route_a, sent_at=a.now(), retry_after=30.0, backoff=lambda n: 1.0)
    route_b = b.route("GET", "/api/v1/sim/2")  # the same route: GET /api/v1/sim/{id}
    assert route_b.key == route_a.key
    caught: RateLimitError | None = None
    with anyio.fail_after(10):
        while caught is None:  # until the report reached Redis (sent in the background)
            try:
                await b.acquire(route_b)
            except RateLimitError as exc:
                caught = exc
            await anyio.sleep(0.01)
    assert caught.retry_after is not None and caught.retry_after > 20
    assert b.paused_for(route_b) > 20


async def test_a_cut_after_429s_is_shared(limiters: Callable[..., Any]) -> None:
    limits = RateLimits(routes=(RouteLimit("GET", "/api/v1/thing", TokenBucketLimit(100, 50)),))
    a, b = await limiters(limits), await limiters(limits)
    route = a.route("GET", "/api/v1/thing")
    await a.acquire(route)
    a.on_rate_limited(route, sent_at=a.now(), retry_after=None, backoff=lambda n: 0.01)
    other = b.route("GET", "/api/v1/thing")
    with anyio.fail_after(10):
        while b._shared_rates.get(other.key, 98.0) > 90:  # until b's answer shows the cut
            await b.acquire(other)
    # no success measured: the cut is the deepest one, to half the client's 98 req/s
    assert b._shared_rates[other.key] == pytest.approx(49.0, abs=0.01)


# ---------------------------------------------------------------------------- Redis lost
async def test_redis_lost_mid_run_goes_on_locally_and_coordinates_again(
    redis: RedisServer,
    simulator_factory: SimulatorFactory,
    caplog: pytest.LogCaptureFixture,
) -> None:
    simulator = simulator_factory(SimulatorConfig(sims=60, scale=4.0))
    ids = simulator.fleet.sim_ids[:60]
    stats_key = "GET /api/v1/sim/{id}/stats"
    caplog.set_level(logging.WARNING, logger="emnify")
    results = []
    async with EmnifyClient(
        DEFAULT_APPLICATION_TOKEN,
        base_url=simulator.base_url,
        redis_url=redis.url,
        rate_limits=RateLimits.emnify(scale=4.0),
        coordination=FAST,
    ) as client:
        coordinator = client.coordinator
        assert coordinator is not None
        limiter = client.limiter
        assert isinstance(limiter, SharedLimiter)
        # a second process, as far as the membership knows (its heartbeat far ahead)
        redis.command("ZADD", coordinator.org_key("members"), "9999999999", "other")
        await wait_for(lambda: coordinator.members[0] == 2)
        async with client.bulk_sim_stats(ids) as stream:
            async for result in stream:
                results.append(result)
                if len(results) == 15:
                    redis.stop()
                    await wait_for(lambda: not limiter.shared)  # a request or the heartbeat
                    route = limiter.routes()[stats_key]
                    # 40 req/s x 0.98, divided by the two processes last seen
                    assert route.ceiling == pytest.approx(4 * 10 * 0.98 / 2)
                if len(results) == 30:
                    redis.start()
                    await wait_for(lambda: limiter.shared, 20)
    assert sorted(r.sim_id for r in results) == sorted(ids)
    assert all(r.error is None for r in results)
    lost = [r for r in caplog.records if "lost Redis" in r.getMessage()]
    assert len(lost) == 1
    assert "divided by the 2 process(es) last seen" in lost[0].getMessage()
    # coordinating again: the requests after the return took their tokens from Redis
    keys = await redis_keys(redis)
    assert any(key.endswith(f":route:{stats_key}".encode()) for key in keys), keys
    assert simulator.counters.authenticate_calls == 1
