"""Rate limits: token buckets per route and organisation, the general window, modes, overrides."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from emnify.testing import (
    BucketLimit,
    ManualClock,
    RateLimitPolicy,
    Simulator,
    SimulatorConfig,
    WindowLimit,
)
from emnify.testing.ratelimit import SlidingWindow, TokenBucket, normalize_route

pytestmark = pytest.mark.anyio

STATS = "GET /api/v1/sim/{}/stats"


def test_normalize_route() -> None:
    assert normalize_route("/api/v1/sim/{sim_id}/stats") == STATS
    assert normalize_route("GET /api/v1/sim/{id}/stats/") == STATS
    assert normalize_route("post /api/v1/authenticate") == "POST /api/v1/authenticate"
    with pytest.raises(ValueError):
        normalize_route("api/v1/sim")


def test_published_policy_matches_the_facts_table() -> None:
    policy = RateLimitPolicy.published()
    assert policy.bucket_for(STATS) == BucketLimit(10, 5)
    assert policy.bucket_for("GET /api/v1/sim") == BucketLimit(10, 5)
    assert policy.bucket_for("GET /api/v1/endpoint") == BucketLimit(10, 5)
    assert policy.bucket_for("GET /api/v1/sim/{}") == BucketLimit(100, 50)
    assert policy.bucket_for("GET /api/v1/endpoint/{}/stats") == BucketLimit(100, 50)
    assert policy.bucket_for("GET /api/v1/endpoint/{}") == BucketLimit(50, 25)
    assert policy.bucket_for("GET /api/v1/sim/{}/stats/daily") is None
    assert policy.general == WindowLimit(2000, 300)
    assert policy.authenticate == WindowLimit(100, 300)

    scaled = RateLimitPolicy.published(scale=0.1)
    assert scaled.bucket_for(STATS) == BucketLimit(1.0, 1.0)  # burst never below one
    assert scaled.general == WindowLimit(200, 300)
    assert RateLimitPolicy.unlimited().routes == {}


def test_token_bucket_burst_then_rate() -> None:
    bucket = TokenBucket(BucketLimit(rate=10, burst=5), now=0.0)
    assert [bucket.try_acquire(0.0) for _ in range(5)] == [0.0] * 5
    wait = bucket.try_acquire(0.0)
    assert wait == pytest.approx(0.1)
    assert bucket.try_acquire(0.05) == pytest.approx(0.05)
    assert bucket.try_acquire(0.1) == 0.0
    # a long pause refills only up to the burst
    assert [bucket.try_acquire(100.0) for _ in range(6)].count(0.0) == 5


@given(
    rate=st.floats(min_value=0.5, max_value=500),
    burst=st.integers(min_value=1, max_value=50),
    gaps=st.lists(st.floats(min_value=0, max_value=0.5), min_size=1, max_size=200),
)
def test_token_bucket_never_admits_more_than_burst_plus_rate_times_time(
    rate: float, burst: int, gaps: list[float]
) -> None:
    bucket = TokenBucket(BucketLimit(rate, burst), now=0.0)
    now = admitted = 0.0
    for gap in gaps:
        now += gap
        if bucket.try_acquire(now) == 0.0:
            admitted += 1
        assert admitted <= burst + rate * now + 1e-6


def test_sliding_window_counts_only_admitted_calls() -> None:
    window = SlidingWindow(WindowLimit(3, 10.0))
    assert [window.try_acquire(t) for t in (0.0, 1.0, 2.0)] == [0.0, 0.0, 0.0]
    assert window.try_acquire(3.0) == pytest.approx(7.0)
    assert window.try_acquire(9.0) == pytest.approx(1.0)
    assert window.try_acquire(10.0) == 0.0  # the call at t=0 has left the window
    assert window.try_acquire(10.5) == pytest.approx(0.5)


def make(**overrides: Any) -> tuple[Simulator, ManualClock, dict[str, str]]:
    clock = ManualClock()
    sim = Simulator(SimulatorConfig(sims=30, timer=clock), **overrides)
    return sim, clock, {"Authorization": f"Bearer {sim.issue_token(ttl=10**6)}"}


async def get_statuses(sim: Simulator, headers: dict[str, str], paths: list[str]) -> list[int]:
    transport = httpx.ASGITransport(app=sim.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sim") as client:
        return [(await client.get(path, headers=headers)).status_code for path in paths]


async def test_stats_route_allows_burst_of_5_then_10_per_second() -> None:
    sim, clock, headers = make(retry_after=True)
    transport = httpx.ASGITransport(app=sim.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sim") as client:
        statuses = [
            (await client.get("/api/v1/sim/1000/stats", headers=headers)).status_code
            for _ in range(6)
        ]
        assert statuses == [200] * 5 + [429]
        limited = await client.get("/api/v1/sim/1001/stats", headers=headers)
        assert limited.json() == {
            "error_code": 1105,
            "error_token": "TooManyRequests",
            "message": limited.json()["message"],
        }
        assert limited.headers["Retry-After"] == "1"
        # another route has its own bucket
        assert (await client.get("/api/v1/sim/1000", headers=headers)).status_code == 200
        clock.advance(0.125)  # 1.25 tokens: one call, a quarter token left
        assert (await client.get("/api/v1/sim/1000/stats", headers=headers)).status_code == 200
        assert (await client.get("/api/v1/sim/1000/stats", headers=headers)).status_code == 429
        # over ten seconds, ten per second get through (0.25 + 160 * 0.625 = 100.25 tokens)
        ok = 0
        for _ in range(160):
            clock.advance(0.0625)
            ok += (await client.get("/api/v1/sim/1000/stats", headers=headers)).status_code == 200
        assert ok == 100
    assert sim.counters.rate_limited == 3 + 160 - ok


async def test_no_retry_after_header_unless_enabled() -> None:
    sim, _, headers = make()
    transport = httpx.ASGITransport(app=sim.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sim") as client:
        responses = [await client.get("/api/v1/sim", headers=headers) for _ in range(6)]
    assert responses[-1].status_code == 429
    assert "Retry-After" not in responses[-1].headers


async def test_buckets_are_per_organisation() -> None:
    sim, _, headers = make()
    other = {"Authorization": f"Bearer {sim.issue_token(organisation_id=2)}"}
    first = await get_statuses(sim, headers, ["/api/v1/sim"] * 6)
    second = await get_statuses(sim, other, ["/api/v1/sim"] * 6)
    assert first == second == [200] * 5 + [429]


async def test_general_window_applies_across_routes() -> None:
    sim, clock, headers = make(rate_limits=RateLimitPolicy(general=WindowLimit(4, 300)))
    paths = ["/api/v1/sim/1000", "/api/v1/endpoint", "/api/v1/sim/1001/stats", "/api/v1/sim"]
    assert await get_statuses(sim, headers, [*paths, "/api/v1/sim/1002"]) == [200] * 4 + [429]
    clock.advance(300)
    assert await get_statuses(sim, headers, paths) == [200] * 4


async def test_none_mode_with_a_single_route_override() -> None:
    sim, clock, headers = make(
        rate_limits="none", route_limits={"/api/v1/sim/{sim_id}/stats": (200, 100)}
    )
    stats = await get_statuses(sim, headers, ["/api/v1/sim/1000/stats"] * 101)
    assert stats == [200] * 100 + [429]
    assert await get_statuses(sim, headers, ["/api/v1/sim"] * 50) == [200] * 50
    clock.advance(0.5)  # 100 tokens back at 200/s
    assert await get_statuses(sim, headers, ["/api/v1/sim/1000/stats"] * 101) == [200] * 100 + [429]


async def test_override_can_remove_a_published_limit() -> None:
    sim, _, headers = make(route_limits={"GET /api/v1/sim": None})
    assert await get_statuses(sim, headers, ["/api/v1/sim?per_page=1"] * 20) == [200] * 20
    assert (await get_statuses(sim, headers, ["/api/v1/endpoint"] * 6))[-1] == 429


async def test_scale_multiplies_published_limits() -> None:
    sim, _, headers = make(scale=10)
    statuses = await get_statuses(sim, headers, ["/api/v1/sim/1000/stats"] * 51)
    assert statuses == [200] * 50 + [429]


async def test_limits_run_on_their_own_clock_when_the_wall_clock_steps_back() -> None:
    wall, limits = ManualClock(), ManualClock(0.0)
    sim = Simulator(SimulatorConfig(sims=30, timer=wall, limit_timer=limits))
    headers = {"Authorization": f"Bearer {sim.issue_token(ttl=10**6)}"}
    stats = ["/api/v1/sim/1000/stats"]
    assert await get_statuses(sim, headers, stats * 6) == [200] * 5 + [429]
    wall.advance(-3600)  # the system clock is corrected by an hour
    limits.advance(0.1)  # while one token's worth of time passes
    assert await get_statuses(sim, headers, stats * 2) == [200, 429]
    # by default the limits take the monotonic clock when the timer is the wall clock, and
    # the timer itself otherwise (one ManualClock drives everything, as above)
    assert Simulator(SimulatorConfig(sims=5))._limit_timer is time.monotonic
    assert Simulator(SimulatorConfig(sims=5, timer=wall))._limit_timer is wall


def test_clock_settings_must_be_functions() -> None:
    for name in ("timer", "limit_timer", "clock"):
        with pytest.raises(TypeError, match=rf"SimulatorConfig\.{name} must be a function"):
            SimulatorConfig(**{name: 12.0})
    with pytest.raises(TypeError, match=r"SimulatorConfig\.timer must be a function"):
        SimulatorConfig(timer=None)  # type: ignore[arg-type]


async def test_reset_refills_buckets() -> None:
    sim, _, headers = make()
    assert (await get_statuses(sim, headers, ["/api/v1/sim"] * 6))[-1] == 429
    sim.reset()
    assert sim.counters.rate_limited == 0
    assert await get_statuses(sim, headers, ["/api/v1/sim"] * 5) == [200] * 5


def test_invalid_configs_are_refused() -> None:
    with pytest.raises(ValueError):
        SimulatorConfig(rate_limits="sometimes")
    with pytest.raises(ValueError):
        SimulatorConfig(route_limits={"/api/v1/sim": (0, 5)})
    with pytest.raises(ValueError):
        SimulatorConfig(scale=0)
