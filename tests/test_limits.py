"""Client-side rate limits: configuration, route matching, pacing, windows, AIMD."""

from __future__ import annotations

import math
import time
from typing import Any

import anyio
import httpx
import pytest

from emnify.client import EmnifyClient
from emnify.errors import EmnifyError
from emnify.limits import (
    AdaptiveSettings,
    Limiter,
    RateLimits,
    RouteLimit,
    TokenBucketLimit,
    WindowLimit,
    compile_template,
    normalize_path,
)
from tests.virtual_time import anyio_backend

# Every async test here runs on virtual time (tests/virtual_time.py): the stamps below are the
# limiter's own decisions, not the scheduler's, so the bounds hold on a busy machine.
__all__ = ["anyio_backend"]

STATS = "GET /api/v1/sim/{id}/stats"


def never(attempt: int) -> float:
    return 0.0


# ----------------------------------------------------------------------------- configuration
def test_emnify_limits_scaled_with_margins() -> None:
    limits = RateLimits.emnify()
    limiter = Limiter(limits)
    stats = limiter.route("GET", "/api/v1/sim/1/stats")
    assert stats.bucket is not None
    assert stats.bucket.rate == pytest.approx(10 * 0.98)
    assert stats.bucket.burst == 2  # half of 5, rounded down
    scaled = Limiter(RateLimits.emnify(scale=20)).route("GET", "/api/v1/sim/1/stats")
    assert scaled.bucket is not None
    assert scaled.bucket.rate == pytest.approx(196.0)
    assert scaled.bucket.burst == 50
    assert RateLimits.emnify(scale=20).client_window(WindowLimit(2000, 300)) == (39200, 300)
    assert limits.scaled(3).scale == 3


@pytest.mark.parametrize(
    "kwargs",
    [
        {"scale": 0},
        {"scale": math.inf},
        {"rate_safety": 0},
        {"burst_fraction": 2},
        {"general_margin": 1},
    ],
)
def test_rate_limits_validation(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        RateLimits(**kwargs)


def test_limit_validation() -> None:
    with pytest.raises(ValueError):
        TokenBucketLimit(0, 1)
    with pytest.raises(ValueError):
        TokenBucketLimit(1, 0.5)
    with pytest.raises(ValueError):
        WindowLimit(0, 1)


# ----------------------------------------------------------------------------- routing
@pytest.mark.parametrize(
    ("method", "path", "key", "rate"),
    [
        ("GET", "/api/v1/sim/123/stats", STATS, 9.8),
        ("GET", "/api/v1/sim/123", "GET /api/v1/sim/{id}", 98),
        ("GET", "/api/v1/sim", "GET /api/v1/sim", 9.8),
        ("GET", "/api/v1/sim/", "GET /api/v1/sim", 9.8),
        ("GET", "/api/v1/endpoint/stats", "GET /api/v1/endpoint/stats", 98),
        ("GET", "/api/v1/endpoint/77", "GET /api/v1/endpoint/{id}", 49),
        ("GET", "/api/v1/endpoint/77/connectivity", "GET /api/v1/endpoint/{id}/connectivity", 49),
        (
            "GET",
            "/api/v1/endpoint/77/connectivity_info",
            "GET /api/v1/endpoint/{id}/connectivity_info",
            9.8,
        ),
        ("GET", "/api/v1/endpoint/77/stats", "GET /api/v1/endpoint/{id}/stats/*", 98),
        ("GET", "/api/v1/endpoint/77/stats/daily", "GET /api/v1/endpoint/{id}/stats/*", 98),
        ("GET", "/api/v1/event/alerts_pending", "GET /api/v1/event/alerts_pending", 98),
        ("GET", "/api/v1/organisation/5/billing", "GET /api/v1/organisation/{id}/billing", 9.8),
        ("POST", "/api/v1/sim", "POST /api/v1/sim", None),  # limits are for GET only
        ("PATCH", "/api/v1/sim/123", "PATCH /api/v1/sim/{id}", None),
        ("GET", "/api/v1/user/99/event", "GET /api/v1/user/{id}/event", None),
    ],
)
def test_route_matching(method: str, path: str, key: str, rate: float | None) -> None:
    limiter = Limiter(RateLimits.emnify())
    route = limiter.route(method, path)
    assert route.key == key
    if rate is None:
        assert route.bucket is None
    else:
        assert route.rate == pytest.approx(rate)
    assert limiter.route(method, path) is route  # cached
    # Different ids share the route (and its bucket).
    assert limiter.route(method, path.replace("123", "456").replace("77", "78")) is route


def test_routes_are_known_even_when_throttling_is_off() -> None:
    limiter = Limiter(None)
    route = limiter.route("GET", "/api/v1/sim/1/stats")
    assert route.key == STATS
    assert route.bucket is None and route.window is None
    assert limiter.route("GET", "/api/v1/sim/2/stats") is route


def test_templates_and_normalization() -> None:
    pattern = compile_template("/api/v1/endpoint/{id}/stats/*")
    assert pattern.match("/api/v1/endpoint/1/stats")
    assert pattern.match("/api/v1/endpoint/1/stats/x/y")
    assert not pattern.match("/api/v1/endpoint/1/statsx")
    assert not pattern.match("/api/v1/endpoint/1/2/stats")
    assert normalize_path("/api/v1/sim/8988303000000123456/sms") == "/api/v1/sim/{id}/sms"
    assert (
        normalize_path("/api/v2/tags/3f2b1c4e-1234-4abc-8def-0123456789ab") == "/api/v2/tags/{id}"
    )
    assert normalize_path("/api/v1/event/alerts_pending") == "/api/v1/event/alerts_pending"


# ----------------------------------------------------------------------------- pacing
def _bucket_limits(rate: float, burst: float) -> RateLimits:
    return RateLimits(
        routes=(RouteLimit("GET", "/x", TokenBucketLimit(rate, burst)),),
        rate_safety=1.0,
        burst_fraction=1.0,
    )


@pytest.mark.anyio
async def test_token_bucket_paces_after_the_burst() -> None:
    limiter = Limiter(_bucket_limits(100, 10))
    route = limiter.route("GET", "/x")
    start = anyio.current_time()
    stamps = []
    for _ in range(60):
        await limiter.acquire(route)
        stamps.append(anyio.current_time() - start)
    assert stamps[9] == 0  # the burst goes at once
    assert stamps[-1] == pytest.approx(0.5, abs=0.01)  # then 50 more at 100/s
    # Never more than burst + rate * t in any prefix.
    assert all(i + 1 <= 10 + 100 * t + 1e-6 for i, t in enumerate(stamps))


@pytest.mark.anyio
async def test_sliding_window_allows_bursts_within_the_window() -> None:
    limits = RateLimits(general=WindowLimit(10, 0.3), general_margin=0.0)
    limiter = Limiter(limits)
    route = limiter.route("GET", "/anything")
    start = anyio.current_time()
    stamps = []
    for _ in range(25):
        await limiter.acquire(route)
        stamps.append(anyio.current_time() - start)
    assert stamps[9] == 0  # the burst of ten went at once
    assert stamps[10] == pytest.approx(0.3, abs=0.01)  # then the window's pacing
    assert stamps[-1] == pytest.approx(0.6, abs=0.01)
    slack = 1e-6  # the limiter's clock slack (limits._CLOCK_SLACK): a microsecond early at most
    for i, t in enumerate(stamps):
        in_window = [s for s in stamps if t - 0.3 + slack < s <= t]
        assert len(in_window) <= 10, (i, t)


@pytest.mark.anyio
async def test_general_window_does_not_pace_a_short_fast_batch() -> None:
    """At scale 20 the general limit is 39,200 per 5 minutes: a steady-rate model (131 req/s)
    would throttle 150 stats requests below the stats limit (196 req/s, burst 50)."""
    limiter = Limiter(RateLimits.emnify(scale=20))
    route = limiter.route("GET", "/api/v1/sim/1/stats")
    start = anyio.current_time()
    for _ in range(150):
        await limiter.acquire(route)
    elapsed = anyio.current_time() - start
    # The stats bucket paces (100 after the burst of 50 at 196 req/s: 0.51 s); a steady-rate
    # model of the general limit (131 req/s) would need 1.14 s.
    assert elapsed == pytest.approx((150 - 50) / 196, rel=0.05)


@pytest.mark.anyio
async def test_waiting_is_cancellation_safe() -> None:
    limiter = Limiter(_bucket_limits(5, 1))
    route = limiter.route("GET", "/x")
    start = anyio.current_time()
    await limiter.acquire(route)  # takes the only token
    with anyio.move_on_after(0.05) as scope:
        await limiter.acquire(route)  # would wait 0.2 s
    assert scope.cancelled_caught
    assert not route.lock.locked()
    await limiter.acquire(route)  # the cancelled wait consumed nothing
    elapsed = anyio.current_time() - start
    assert elapsed == pytest.approx(0.2, abs=0.01)  # not 0.4: the cancelled wait took no token


@pytest.mark.anyio
async def test_pause_applies_to_the_whole_route() -> None:
    limiter = Limiter(None)
    route = limiter.route("GET", "/api/v1/sim/1")
    other = limiter.route("GET", "/api/v1/endpoint/1")
    limiter.on_rate_limited(route, sent_at=anyio.current_time(), retry_after=0.2, backoff=never)
    assert 0.15 < limiter.paused_for(route) <= 0.2
    assert route.bucket is None  # nothing measured yet: a pause, no rate
    start = anyio.current_time()
    await limiter.acquire(other)
    assert anyio.current_time() == start  # other routes are not paused
    done: list[float] = []

    async def one() -> None:
        await limiter.acquire(limiter.route("GET", "/api/v1/sim/2"))
        done.append(anyio.current_time() - start)

    async with anyio.create_task_group() as tg:
        for _ in range(5):
            tg.start_soon(one)
    assert len(done) == 5
    assert min(done) == pytest.approx(0.2, abs=0.01)


# ----------------------------------------------------------------------------- AIMD
@pytest.mark.anyio
async def test_multiplicative_decrease_once_per_episode() -> None:
    limiter = Limiter(_bucket_limits(100, 10))
    route = limiter.route("GET", "/x")
    sent = anyio.current_time()
    assert limiter.on_rate_limited(route, sent_at=sent, retry_after=None, backoff=never)
    assert route.rate == pytest.approx(50.0)  # nothing measured: the strongest cut
    # 429s for requests sent before that cut are old news.
    assert not limiter.on_rate_limited(route, sent_at=sent, retry_after=None, backoff=never)
    assert route.rate == pytest.approx(50.0)
    assert route.rate_limited_count == 2
    await anyio.sleep(0.001)
    later = anyio.current_time()
    assert limiter.on_rate_limited(route, sent_at=later, retry_after=None, backoff=never)
    assert route.rate == pytest.approx(25.0)


# (isolated_share=0: every 429 speaks for the route, as in a run that has just hit its limit)
EVERY_429_COUNTS = AdaptiveSettings(isolated_share=0.0)


@pytest.mark.anyio
async def test_decrease_aims_at_measured_success_rate() -> None:
    limiter = Limiter(_bucket_limits(100, 10), adaptive=EVERY_429_COUNTS)
    route = limiter.route("GET", "/x")
    for _ in range(80):  # 80 successes within the last second: the server lets ~80/s through
        limiter.on_success(route)
    limiter.on_rate_limited(route, sent_at=anyio.current_time(), retry_after=None, backoff=never)
    assert route.rate == pytest.approx(80 * 0.95)
    # And never more than a 10 % cut above the measured target.
    route.last_limited = -math.inf  # (no additive increase in between)
    for _ in range(200):
        limiter.on_success(route)
    assert route.rate == pytest.approx(80 * 0.95)
    await anyio.sleep(0.001)
    limiter.on_rate_limited(route, sent_at=anyio.current_time(), retry_after=None, backoff=never)
    assert route.rate == pytest.approx(80 * 0.95 * 0.9)


@pytest.mark.anyio
async def test_additive_increase_up_to_the_configured_rate() -> None:
    settings = AdaptiveSettings(increase_step=0.01)
    limiter = Limiter(_bucket_limits(100, 10), adaptive=settings)
    route = limiter.route("GET", "/x")
    limiter.on_rate_limited(route, sent_at=anyio.current_time(), retry_after=None, backoff=never)
    assert route.rate == pytest.approx(50.0)
    route.last_limited = anyio.current_time()  # the bucket is what limits the route
    limiter.on_success(route)
    assert route.rate == pytest.approx(51.0)  # + 1 % of the configured 100 req/s
    for _ in range(100):
        route.last_limited = anyio.current_time()
        limiter.on_success(route)
    assert route.rate == pytest.approx(100.0)  # capped
    # No increase while the route is not limited by its bucket.
    limiter.on_rate_limited(
        route, sent_at=anyio.current_time() + 1, retry_after=None, backoff=never
    )
    rate = route.rate
    route.last_limited = -math.inf
    limiter.on_success(route)
    assert route.rate == rate


@pytest.mark.anyio
async def test_unknown_route_gets_adaptive_bucket_from_measured_rate() -> None:
    limiter = Limiter(None, adaptive=EVERY_429_COUNTS)
    route = limiter.route("GET", "/api/v1/sim/1/stats")
    for _ in range(40):
        limiter.on_success(route)
    assert route.bucket is None
    limiter.on_rate_limited(route, sent_at=anyio.current_time(), retry_after=None, backoff=never)
    assert route.rate == pytest.approx(40 * 0.95)
    assert route.bucket is not None and route.bucket.tokens <= 1.0  # starts empty-ish
    # Until its first cut it probes upwards quickly (the estimate came from a mere burst).
    limiter.on_success(route)
    assert route.rate == pytest.approx(40 * 0.95 + AdaptiveSettings().probe_gain)
    await anyio.sleep(0.001)
    limiter.on_rate_limited(route, sent_at=anyio.current_time(), retry_after=None, backoff=never)
    cut = route.rate
    assert cut is not None
    limiter.on_success(route)
    assert route.rate == pytest.approx(cut * (1 + AdaptiveSettings().increase_step))


@pytest.mark.anyio
async def test_a_429_before_any_success_only_pauses() -> None:
    limiter = Limiter(None)
    route = limiter.route("GET", "/api/v1/sim/1")
    pauses: list[int] = []

    def backoff(n: int) -> float:
        pauses.append(n)
        return 0.01 * 2**n

    now = anyio.current_time()
    assert not limiter.on_rate_limited(route, sent_at=now, retry_after=None, backoff=backoff)
    assert route.bucket is None  # no success yet: no rate to start from
    # In-flight requests sent before that 429 do not extend the pause again and again.
    for _ in range(30):
        limiter.on_rate_limited(route, sent_at=now, retry_after=None, backoff=backoff)
    assert pauses == [0]
    assert limiter.paused_for(route) <= 0.01
    await anyio.sleep(0.001)
    limiter.on_rate_limited(route, sent_at=anyio.current_time(), retry_after=None, backoff=backoff)
    assert pauses == [0, 1]  # a fresh 429: the backoff grows


# ----------------------------------------------------------------------------- end to end
class TokenBucketServer:
    """A fake API enforcing `rate`/`burst` on arrival, like emnify's per-path limits."""

    def __init__(self, rate: float, burst: float, *, retry_after: str | None = None) -> None:
        self.rate = rate
        self.burst = burst
        self.tokens = burst
        self.updated: float | None = None
        self.ok = 0
        self.limited = 0
        self.retry_after = retry_after

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v1/authenticate":
            return httpx.Response(200, json={"auth_token": "opaque"})
        await anyio.sleep(0.0005)  # on the way in
        now = anyio.current_time()
        if self.updated is not None:
            self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        await anyio.sleep(0.0005)
        if self.tokens >= 1:
            self.tokens -= 1
            self.ok += 1
            return httpx.Response(200, json=[{}])
        self.limited += 1
        headers = {"Retry-After": self.retry_after} if self.retry_after else None
        return httpx.Response(429, json={"error_code": 1105}, headers=headers)


async def _run_batch(
    client: EmnifyClient, server: TokenBucketServer, n: int, workers: int
) -> tuple[float, int]:
    await client.request("GET", "/api/v1/warmup")  # authenticate outside the measurement
    server.ok = 0
    server.tokens = server.burst
    ids = iter(range(1, n + 1))
    failed = 0

    async def worker() -> None:
        nonlocal failed
        for sim_id in ids:
            try:
                await client.request("GET", f"/api/v1/sim/{sim_id}/stats")
            except EmnifyError:
                failed += 1

    start = time.perf_counter()
    async with anyio.create_task_group() as tg:
        for _ in range(workers):
            tg.start_soon(worker)
    return time.perf_counter() - start, failed


@pytest.mark.anyio
async def test_published_limits_give_no_429_and_little_waste() -> None:
    """A server enforcing exactly the (scaled) published limit never answers 429."""
    server = TokenBucketServer(rate=200, burst=100)  # stats limit at scale 20
    client = EmnifyClient(
        "app-token-x",
        transport=httpx.MockTransport(server),
        rate_limits=RateLimits.emnify(scale=20),
        max_concurrency=32,
    )
    async with client:
        _, failed = await _run_batch(client, server, 300, workers=32)
    assert failed == 0
    assert server.limited == 0
    assert server.ok == 300
    # The wall time against the ideal N / rate is a benchmark (B2 in BENCHMARKS.md), not a test.


@pytest.mark.anyio
async def test_throttling_off_adapts_to_an_unknown_limit() -> None:
    """No client limits, a server limit the client does not know, no Retry-After: every
    request still succeeds within max_retries, at close to the server's rate."""
    server = TokenBucketServer(rate=200, burst=50)
    client = EmnifyClient(
        "app-token-x",
        transport=httpx.MockTransport(server),
        rate_limits=None,
        max_concurrency=32,
        max_retries=5,
        backoff_base=0.05,
    )
    async with client:
        _, failed = await _run_batch(client, server, 600, workers=32)
        route = client.limiter.routes()[STATS]
    assert failed == 0
    assert server.ok == 600
    assert server.limited > 0  # it really had to adapt
    assert route.bucket is not None  # an adaptive limiter was created on the first 429
    # The wall time against the ideal N / rate is a benchmark (B2' in BENCHMARKS.md), not a test.


@pytest.mark.anyio
async def test_isolated_429s_leave_the_route_alone_and_a_real_limit_does_not() -> None:
    """A 429 among 100 answers that were nearly all successes is that request's own refusal
    (an id that always answers 429): no pause, no cut. A share of 10 % or more is the
    route's limit: pause and cut."""
    limiter = Limiter(_bucket_limits(100, 10))
    route = limiter.route("GET", "/x")
    for _ in range(100):
        limiter.on_success(route)
    rate = route.rate
    now = anyio.current_time()
    assert not limiter.on_rate_limited(route, sent_at=now, retry_after=None, backoff=lambda n: 1)
    assert limiter.paused_for(route) == 0 and route.rate == rate
    # with Retry-After the server spoke for the route: always honoured
    limiter.on_rate_limited(route, sent_at=now, retry_after=0.5, backoff=lambda n: 1)
    assert limiter.paused_for(route) == pytest.approx(0.5)
    # a burst of 429s crosses the share: the route reacts
    limiter2 = Limiter(_bucket_limits(100, 10))
    route2 = limiter2.route("GET", "/x")
    for _ in range(100):
        limiter2.on_success(route2)
    reacted = [
        limiter2.on_rate_limited(route2, sent_at=now + i, retry_after=None, backoff=lambda n: 1)
        for i in range(12)
    ]
    assert not any(reacted[:10]) and reacted[10] and limiter2.paused_for(route2) > 0
