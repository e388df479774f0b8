"""Usage statistics against the simulator served by uvicorn on 127.0.0.1 (asyncio and trio).

The simulator's statistics clock is pinned (``SimulatorConfig(clock=...)``) so that the
server and the test's ground truth (`Fleet.totals`, `Fleet.stats_for`) see the same month
and the same last hour.
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import anyio
import pytest

from emnify import EmnifyClient
from emnify.bulk import BulkResult, InvalidSimIdError
from emnify.errors import NotFoundError
from emnify.limits import RateLimits
from emnify.stats import SimStats, summarize
from emnify.testing import (
    DEFAULT_APPLICATION_TOKEN,
    TRAFFIC_DATA,
    TRAFFIC_SMS,
    Fleet,
    SimulatorConfig,
    SimulatorServer,
    serve_simulator_async,
)
from tests.loopback_support import simulator_in_a_process

pytestmark = [pytest.mark.anyio, pytest.mark.integration]

#: mid-month, so the current month has days of traffic
NOW = datetime(2024, 5, 17, 9, 30, 15, tzinfo=timezone.utc)
#: five past midnight on 1 March 2024: the last hour starts on 29 February (a leap day)
MIDNIGHT = datetime(2024, 3, 1, 0, 5, 20, tzinfo=timezone.utc)
STATS_ROUTE = "GET /api/v1/sim/{sim_id}/stats"
KINDS = (("data", TRAFFIC_DATA), ("sms", TRAFFIC_SMS))


@asynccontextmanager
async def serve(now: datetime, **config: Any) -> AsyncIterator[SimulatorServer]:
    config.setdefault("rate_limits", "none")
    async with serve_simulator_async(SimulatorConfig(clock=lambda: now, **config)) as server:
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


def exact(value: float | int) -> Decimal:
    return Decimal(repr(value))


def served_has_traffic(body: dict[str, Any]) -> bool:
    """Ground truth for `SimStats.has_traffic`, from the JSON the simulator serves."""
    for period in ("current_month", "last_month"):
        for record in body.get(period, {}).values():
            if record["volume"] or record["volume_rx"] or record["volume_tx"]:
                return True
    for series in body["last_hour"].values():
        if any(v for _, v in series["rx"]) or any(v for _, v in series["tx"]):
            return True
    return False


def expected_month_totals(fleet: Fleet, now: datetime, sim_ids: list[int]) -> dict[Any, Any]:
    """(period, traffic type, currency) -> `UsageTotals`, from the simulator's own sums."""
    by_currency: dict[str, list[int]] = defaultdict(list)
    for sim_id in sim_ids:
        by_currency[fleet.currency_of(sim_id)["code"]].append(sim_id)
    expected = {}
    for period in ("current_month", "last_month"):
        for _, type_id in KINDS:
            for code, ids in by_currency.items():
                totals = fleet.totals(now, period=period, traffic_type_id=type_id, sim_ids=ids)
                if totals.records:
                    expected[(period, type_id, code)] = totals
    return expected


# ----------------------------------------------------------------------- 9. a whole fleet
# asyncio only: this is the slow one. The published limits are scaled by 20 (stats route:
# 200 req/s, burst 100), so the limit binds and the test takes ~10 s. The simulator runs in its
# own process (a thread of this one would read requests late on a busy machine, and see
# bursts the client never sent). bulk_sim_stats on trio is covered by the duplicates test below.
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_bulk_stats_of_2000_sims_with_limits_on_match_the_simulators_totals() -> None:
    scale = 20
    n = 2000
    config = SimulatorConfig(sims=n, rate_limits="emnify", scale=scale)
    async with simulator_in_a_process(config, now=NOW) as served:
        fleet = served.fleet
        progress: list[tuple[int, int]] = []
        async with EmnifyClient(
            DEFAULT_APPLICATION_TOKEN,
            base_url=served.base_url,
            rate_limits=RateLimits.emnify(scale=scale),
        ) as client:
            started = time.monotonic()
            results = [
                r
                async for r in client.bulk_sim_stats(
                    fleet.sim_ids, on_progress=lambda d, f: progress.append((d, f))
                )
            ]
            elapsed = time.monotonic() - started
    # every id exactly once, all fetched, none twice on the wire, never throttled
    assert Counter(r.sim_id for r in results) == Counter(fleet.sim_ids)
    assert all(r.ok for r in results)
    assert progress[-1] == (n, 0)
    counters = served.counters
    assert counters["requests_by_route"][STATS_ROUTE] == n
    assert counters["rate_limited"] == 0
    server_rate, server_burst = 10 * scale, 5 * scale
    assert elapsed >= (n - server_burst) / server_rate * 0.95  # it really was limited

    summary = summarize(results)
    bodies = {sim_id: fleet.stats_for(sim_id, NOW)[0] for sim_id in fleet.sim_ids}
    with_traffic = sum(served_has_traffic(body) for body in bodies.values())
    assert 0 < with_traffic < n
    assert (summary.sims, summary.failed) == (n, 0)
    assert (summary.with_traffic, summary.without_traffic) == (with_traffic, n - with_traffic)

    expected = expected_month_totals(fleet, NOW, fleet.sim_ids)
    months = {"current_month": date(2024, 5, 1), "last_month": date(2024, 4, 1)}
    monthly = {k: v for k, v in summary.totals.items() if k[0] != "last_hour"}
    assert monthly.keys() == expected.keys()
    assert {code for _, _, code in expected} == {"EUR", "USD"}
    for key, want in expected.items():
        got = monthly[key]
        period, _, code = key
        assert got.cost == want.cost[code], key  # exact Decimal
        assert got.sims == want.records, key
        assert got.unpriced == 0
        assert got.months == {months[period]}
        assert (got.volume, got.volume_rx, got.volume_tx) == (
            float(want.volume),
            float(want.volume_rx),
            float(want.volume_tx),
        ), key

    for kind, type_id in KINDS:
        got = summary.totals[("last_hour", type_id, None)]
        rx = sum(
            (exact(v) for b in bodies.values() for _, v in b["last_hour"][kind]["rx"]),
            Decimal(0),
        )
        tx = sum(
            (exact(v) for b in bodies.values() for _, v in b["last_hour"][kind]["tx"]),
            Decimal(0),
        )
        assert got.sims == n
        assert (got.volume_rx, got.volume_tx, got.volume) == (
            float(rx),
            float(tx),
            float(rx + tx),
        )

    # top consumers by current-month data volume
    volumes = sorted(
        (
            (body["current_month"]["data"]["volume"], sim_id)
            for sim_id, body in bodies.items()
            if "data" in body.get("current_month", {})
        ),
        reverse=True,
    )
    assert [c.sim_id for c in summary.top_data] == [sim_id for _, sim_id in volumes[:10]]


# ------------------------------------------------------------------ 10. one SIM, midnight
def pick_busy_sim(fleet: Fleet, now: datetime) -> int:
    """A SIM with every monthly record and a non-zero last hour."""
    for sim_id in fleet.sim_ids:
        body = fleet.stats_for(sim_id, now)[0]
        months = [body.get(p, {}) for p in ("current_month", "last_month")]
        if all("data" in m and "sms" in m for m in months) and any(
            v for _, v in body["last_hour"]["data"]["rx"]
        ):
            return sim_id
    raise AssertionError("the fleet has no busy SIM")


async def test_sim_and_endpoint_stats_across_midnight() -> None:
    async with serve(MIDNIGHT, sims=150) as server:
        fleet = server.fleet
        sim_id = pick_busy_sim(fleet, MIDNIGHT)
        endpoint_id = fleet.endpoint_ids[fleet.sim_index(sim_id)]
        async with client_for(server) as client:
            stats = await client.sim_stats(sim_id)
            endpoint_stats = await client.endpoint_stats(endpoint_id)
            raw = await client.request("GET", f"/api/v1/sim/{sim_id}/stats")
        served = json.loads(raw.content, parse_float=str)[0]  # numbers as the JSON text
        assert isinstance(stats, SimStats)
        assert stats.sim_id == sim_id

        # last hour: 60 minutes from 23:05 on the leap day to 00:04 on 1 March, in order
        minute = MIDNIGHT.replace(second=0)
        expected_times = [minute - timedelta(minutes=60 - i) for i in range(60)]
        assert expected_times[0].date() == MIDNIGHT.date() - timedelta(days=1)
        for kind, _ in KINDS:
            series = getattr(stats.last_hour, kind)
            for direction in ("rx", "tx"):
                points = getattr(series, direction)
                times = [t for t, _ in points]
                assert times == expected_times
                assert times == sorted(times)
                assert times[0].date() == date(2024, 2, 29)
                assert times[-1].date() == date(2024, 3, 1)
                pairs = served["last_hour"][kind][direction]
                assert [t.strftime("%H:%M") for t in times] == [label for label, _ in pairs]
                assert [v for _, v in points] == [float(v) for _, v in pairs]

        # monthly records: exact Decimal costs equal to the JSON text and to the simulator's sums
        months = {"current_month": date(2024, 3, 1), "last_month": date(2024, 2, 1)}
        checked = 0
        for period, month in months.items():
            for kind, type_id in KINDS:
                usage = getattr(getattr(stats, period), kind)
                text = served[period][kind]["cost"]
                assert isinstance(usage.cost, Decimal)
                assert usage.cost == Decimal(text)
                want = fleet.totals(
                    MIDNIGHT, period=period, traffic_type_id=type_id, sim_ids=[sim_id]
                )
                assert usage.cost == want.cost[usage.currency]
                assert usage.month == month
                assert usage.traffic_type_id == type_id
                assert exact(usage.volume) == want.volume
                assert usage.stats_id is not None and usage.stats_id.sim_id == sim_id
                checked += 1
        assert checked == 4

        # the endpoint's statistics are its SIM's
        assert endpoint_stats.endpoint_id == endpoint_id
        assert endpoint_stats.sim_id == sim_id
        assert list(endpoint_stats.usages()) == list(stats.usages())
        assert endpoint_stats.last_hour == stats.last_hour


# --------------------------------------------------------- 11. duplicates and unknown ids
async def test_bulk_accounts_for_duplicates_and_unknown_ids() -> None:
    async with serve(NOW, sims=40) as server:
        fleet = server.fleet
        a, b, c, d = fleet.sim_ids[0], fleet.sim_ids[7], fleet.sim_ids[13], fleet.sim_ids[39]
        unknown = [max(fleet.sim_ids) + 1, max(fleet.sim_ids) + 77, 1]
        assert all(fleet.sim_index(u) is None for u in unknown)
        inputs: list[Any] = [
            a,
            b,
            a,
            unknown[0],
            c,
            str(b),
            unknown[1],
            a,
            f" {d} ",
            "x1",
            unknown[2],
            unknown[0],
        ]
        expected_ids = Counter(
            int(x) if isinstance(x, int) or x.strip().isdigit() else x for x in inputs
        )
        async with client_for(server, max_concurrency=8) as client:
            results: list[BulkResult] = [r async for r in client.bulk_sim_stats(inputs, workers=3)]

        assert len(results) == len(inputs)
        assert Counter(r.sim_id for r in results) == expected_ids
        for result in results:
            if result.sim_id in unknown:
                assert isinstance(result.error, NotFoundError)
                assert (result.error.status_code, result.error.error_code) == (404, 1201)
                assert result.error.path == f"/api/v1/sim/{result.sim_id}/stats"
            elif result.sim_id == "x1":
                assert isinstance(result.error, InvalidSimIdError)
            else:
                assert result.ok and result.stats is not None
                assert result.stats.sim_id == result.sim_id
                assert isinstance(result.sim_id, int)
                want = fleet.totals(NOW, sim_ids=[result.sim_id])
                data = result.stats.current_month.data
                if want.records:
                    assert data is not None and data.cost == sum(want.cost.values())
                else:
                    assert data is None
        # every well-formed occurrence was fetched, duplicates included; the invalid one never
        assert server.counters.requests_by_route[STATS_ROUTE] == len(inputs) - 1

        summary = summarize(results)
        n_unknown = sum(1 for x in inputs if x in unknown)
        assert summary.sims == len(inputs)
        assert summary.failed == n_unknown + 1
        assert summary.errors == {"NotFoundError": n_unknown, "InvalidSimIdError": 1}


# --------------------------------------------------------- 12. streaming behind the stats limit
async def test_streaming_bulk_behind_the_10_per_second_limit_hands_over_as_it_goes() -> None:
    """The published limits (stats: 10 req/s, burst 5), the client at `RateLimits.emnify()`,
    8 workers, 40 SIMs (about 4 s). Decided from the simulator's own counters, not a clock:
    whenever the consumer receives its k-th result, the server has seen at most k + 16 stats
    requests (16: a buffer of one result per worker and one request or finished result per
    worker) -- so results come out while the run goes on. The plain form, which fetches in
    rounds, would hand over its first result only after all 40 requests. Every id once, no
    429. The simulator runs in its own process (see `simulator_in_a_process`)."""
    n, workers = 40, 8
    config = SimulatorConfig(sims=n, rate_limits="emnify")
    async with simulator_in_a_process(config, now=NOW) as served:
        ids = list(served.fleet.sim_ids)

        def server_seen() -> int:
            counters = served_counters(served.base_url)
            return int(counters["requests_by_route"].get(STATS_ROUTE, 0))

        seen_at: list[int] = []
        results: list[BulkResult] = []
        async with EmnifyClient(
            DEFAULT_APPLICATION_TOKEN, base_url=served.base_url, max_concurrency=workers
        ) as client:
            async with client.bulk_sim_stats(ids) as stream:
                async for result in stream:
                    results.append(result)
                    seen_at.append(await anyio.to_thread.run_sync(server_seen))
            assert client.in_flight == 0
    assert Counter(r.sim_id for r in results) == Counter(ids)
    assert all(r.ok for r in results)
    assert all(seen <= k + 2 * workers for k, seen in enumerate(seen_at, 1)), seen_at
    assert seen_at[0] < n  # (the plain form: n)
    assert served.counters["requests_by_route"][STATS_ROUTE] == n
    assert served.counters["rate_limited"] == 0


def served_counters(base_url: str) -> dict[str, Any]:
    """The counters of a simulator in another process (its admin route)."""
    import urllib.request

    with urllib.request.urlopen(base_url + "/_simulator/counters", timeout=10) as response:
        data: dict[str, Any] = json.loads(response.read())
        return data
