"""The bulk stats runner against a fake client: accounting, laziness, cancellation, both
backends."""

from __future__ import annotations

import asyncio
import gc
import heapq
import itertools
import json
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest

from emnify.bulk import (
    BulkResult,
    BulkRun,
    InvalidSimIdError,
    StatsClient,
    UnexpectedError,
    bulk_sim_stats,
)
from emnify.errors import EmnifyError, NotFoundError, ServerError, error_from_response
from emnify.stats import SimStats, StatsParseError, parse_sim_stats_json
from tests.virtual_time import anyio_backend

pytestmark = pytest.mark.anyio
# The fake clients here do no I/O: every async test runs on virtual time (tests/virtual_time.py),
# so the delays, deadlines and per-result timeouts below mean the same on a busy machine.
__all__ = ["anyio_backend"]

BASE = "https://cdn.emnify.net"
NOW = datetime(2024, 3, 15, 12, 0, tzinfo=timezone.utc)


def stats_body(sim_id: int) -> bytes:
    cost = f"0.{sim_id:08d}1"  # 10 significant digits after the point, unique per SIM
    return (
        f'[{{"current_month": {{"data": {{"sim_id": {sim_id}, "month": "2024-03-01", '
        f'"volume": {sim_id % 97}.5, "volume_rx": 1, "volume_tx": 2, "cost": {cost}, '
        f'"currency": {{"code": "EUR"}}}}}}}}]'
    ).encode()


def default_behaviour(sim_id: int) -> tuple[int, bytes]:
    return 200, stats_body(sim_id)


class FakeClient:
    """Implements the StatsClient protocol like the real client: `sim_stats` parses the body it
    is given (exact decimals) and raises EmnifyError subclasses for error statuses and bodies
    that do not parse."""

    def __init__(
        self,
        max_concurrency: int = 8,
        behaviour: Callable[[int], tuple[int, bytes]] = default_behaviour,
        delay: Callable[[int], float] = lambda sim_id: 0.0,
    ) -> None:
        self.max_concurrency = max_concurrency
        self.behaviour = behaviour
        self.delay = delay
        self.calls: Counter[int] = Counter()
        self.started = 0
        self.in_flight = 0
        self.peak = 0

    async def sim_stats(self, sim_id: int) -> SimStats:
        assert type(sim_id) is int  # bulk normalises the ids before calling
        self.started += 1
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            await anyio.sleep(self.delay(sim_id))
            self.calls[sim_id] += 1
            status, content = self.behaviour(sim_id)
            return answer(sim_id, status, content)
        finally:
            self.in_flight -= 1


def answer(sim_id: int, status: int, content: bytes) -> SimStats:
    """What `EmnifyClient.sim_stats` makes of an answer: an `APIError` for an error status, the
    parsed body (or its `StatsParseError`) otherwise."""
    if status >= 400:
        path = f"/api/v1/sim/{sim_id}/stats"
        response = httpx.Response(
            status, content=content, request=httpx.Request("GET", BASE + path)
        )
        raise error_from_response(response)
    return parse_sim_stats_json(content, now=NOW, sim_id=sim_id)


def test_fake_client_satisfies_the_protocol() -> None:
    client: StatsClient = FakeClient()
    assert client.max_concurrency == 8


def varied_delay(sim_id: int) -> float:
    return (sim_id * 7919 % 13) / 1000  # 0..12 ms, shuffles completion order


async def collect(run: BulkRun) -> list[BulkResult]:
    return [r async for r in run]


# -- accounting --------------------------------------------------------------------------------


async def test_every_id_accounted_for_once_with_mixed_outcomes() -> None:
    def behaviour(sim_id: int) -> tuple[int, bytes]:
        if sim_id % 5 == 1:
            return 404, b'{"error_code": 1201, "error_token": "NotFound", "message": "no SIM"}'
        if sim_id % 5 == 2:
            return 500, b"internal error"
        if sim_id % 5 == 3:
            return 200, b"not json"
        if sim_id % 5 == 4 and sim_id % 2 == 0:
            return 200, b'{"current_month": {"data": {"month": "2024-03-01", "volume": "lots"}}}'
        return 200, stats_body(sim_id)

    client = FakeClient(behaviour=behaviour, delay=varied_delay)
    ids = list(range(1, 301))
    progress: list[tuple[int, int]] = []
    results = await collect(
        bulk_sim_stats(client, ids, on_progress=lambda d, f: progress.append((d, f)))
    )

    assert sorted(r.sim_id for r in results) == ids
    assert client.calls == Counter(ids)
    for r in results:
        assert isinstance(r.sim_id, int)
        kind = r.sim_id % 5
        if kind == 1:
            assert isinstance(r.error, NotFoundError) and r.error.status_code == 404
        elif kind == 2:
            assert isinstance(r.error, ServerError) and r.error.status_code == 500
        elif kind == 3:
            assert isinstance(r.error, StatsParseError) and "not JSON" in str(r.error)
        elif kind == 4 and r.sim_id % 2 == 0:
            assert isinstance(r.error, StatsParseError)
            assert r.error.path == "current_month.data.volume"
        else:
            assert r.ok and r.error is None
            assert isinstance(r.stats, SimStats) and r.stats.sim_id == r.sim_id
            data = r.stats.current_month.data
            assert data is not None and data.cost == Decimal(f"0.{r.sim_id:08d}1")
            assert data.volume == (r.sim_id % 97) + 0.5
    failures = sum(1 for i in ids if i % 5 in (1, 2, 3) or (i % 5 == 4 and i % 2 == 0))
    assert sum(1 for r in results if not r.ok) == failures
    assert progress == [(n, progress[n - 1][1]) for n in range(1, 301)]
    assert [f for _, f in progress] == sorted(f for _, f in progress)
    assert progress[-1] == (300, failures)


async def test_results_arrive_in_completion_order() -> None:
    # id 1 is slow, the rest fast: 1 must not hold the others back
    client = FakeClient(max_concurrency=4, delay=lambda i: 0.2 if i == 1 else 0.0)
    results = await collect(bulk_sim_stats(client, range(1, 9)))
    assert [r.sim_id for r in results][-1] == 1
    assert sorted(r.sim_id for r in results) == list(range(1, 9))


async def test_invalid_ids_become_errors_without_requests() -> None:
    client = FakeClient()
    weird: list[Any] = [
        "12",
        " 13\n",
        "0",
        "-4",
        "abc",
        "",
        "1.5",
        0,
        -3,
        True,
        None,
        2.0,
        "\u0661\u0662",
        14,
        "9" * 30,
    ]
    results = await collect(bulk_sim_stats(client, weird))
    assert len(results) == len(weird)
    by_label = {r.sim_id: r for r in results}
    assert by_label[12].ok and by_label[13].ok and by_label[14].ok
    assert set(client.calls) == {12, 13, 14}
    bad = [r for r in results if not r.ok]
    assert len(bad) == len(weird) - 3
    assert all(isinstance(r.error, InvalidSimIdError) for r in bad)
    assert all(isinstance(r.error, ValueError) and isinstance(r.error, EmnifyError) for r in bad)
    labels = sorted(str(r.sim_id) for r in bad)
    assert labels == sorted(
        ["0", "-4", "abc", "", "1.5", "0", "-3", "True", "None", "2.0", "\u0661\u0662", "9" * 30]
    )
    # strings are kept as given, other objects by repr; the error holds the original value
    assert {type(r.error.value) for r in bad if isinstance(r.error, InvalidSimIdError)} == {
        str,
        int,
        bool,
        type(None),
        float,
    }


async def test_duplicates_are_fetched_once_per_occurrence() -> None:
    client = FakeClient()
    results = await collect(bulk_sim_stats(client, [5, 5, "5", 6, 5]))
    assert Counter(r.sim_id for r in results) == Counter({5: 4, 6: 1})
    assert client.calls == Counter({5: 4, 6: 1})


async def test_unexpected_exceptions_are_that_ids_error() -> None:
    class Exploding(FakeClient):
        async def sim_stats(self, sim_id: int) -> SimStats:
            if sim_id == 3:
                raise RuntimeError("bug in the client")
            return await super().sim_stats(sim_id)

    results = await collect(bulk_sim_stats(Exploding(), [1, 2, 3, 4]))
    errors = {r.sim_id: r.error for r in results if r.error}
    assert list(errors) == [3]
    assert isinstance(errors[3], UnexpectedError)
    assert isinstance(errors[3].__cause__, RuntimeError)
    assert len(results) == 4


async def test_a_client_returning_something_else_is_an_unexpected_error() -> None:
    class Lenient(FakeClient):
        async def sim_stats(self, sim_id: int) -> SimStats:
            return httpx.Response(404)  # type: ignore[return-value]

    [result] = await collect(bulk_sim_stats(Lenient(), [1]))
    assert isinstance(result.error, UnexpectedError)
    assert "sim_stats returned Response, not SimStats" in str(result.error)


async def test_empty_input() -> None:
    client = FakeClient()
    run = bulk_sim_stats(client, [])
    assert await collect(run) == []
    with pytest.raises(StopAsyncIteration):
        await run.__anext__()
    assert client.started == 0


# -- concurrency -------------------------------------------------------------------------------


async def test_workers_bound_in_flight_requests() -> None:
    client = FakeClient(max_concurrency=5, delay=lambda i: 0.002)
    await collect(bulk_sim_stats(client, range(1, 101)))
    assert client.peak == 5
    client2 = FakeClient(max_concurrency=50, delay=lambda i: 0.002)
    await collect(bulk_sim_stats(client2, range(1, 101), workers=3))
    assert client2.peak == 3


async def test_a_worker_lets_the_others_send_before_its_next_request(anyio_backend: Any) -> None:
    # An answer that is ready at once (no await in the client) must not let one worker chain
    # request after request: each yields to the event loop before its next one, so the first
    # requests come from every worker, and the requests leave in bursts.
    senders: list[object] = []

    class ImmediateClient:
        max_concurrency = 4

        async def sim_stats(self, sim_id: int) -> SimStats:
            senders.append(anyio.get_current_task().id)
            return answer(sim_id, 200, stats_body(sim_id))

    results = await collect(bulk_sim_stats(ImmediateClient(), range(1, 41)))
    assert sorted(r.sim_id for r in results) == list(range(1, 41))
    # every burst of four comes from four different workers (task ids, not a count of distinct
    # ids over the run: a finished task's id may be reused by the next one, or not)
    assert all(len(set(senders[i : i + 4])) == 4 for i in range(0, 40, 4)), senders


def test_lookahead_stays_proportionate_for_large_pools() -> None:
    small = bulk_sim_stats(FakeClient(max_concurrency=4), [])
    large = bulk_sim_stats(FakeClient(max_concurrency=1000), [])
    assert 4 < small.lookahead <= 4 * 10
    assert 1000 < large.lookahead <= 1000 * 3


def test_workers_must_be_positive() -> None:
    for bad in (0, -1, True, 2.5):
        with pytest.raises(ValueError):
            bulk_sim_stats(FakeClient(), [1], workers=bad)  # type: ignore[arg-type]


def test_ids_must_be_iterable() -> None:
    with pytest.raises(TypeError):
        bulk_sim_stats(FakeClient(), 12345)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        bulk_sim_stats(FakeClient(), "12345")


# -- inputs ------------------------------------------------------------------------------------


async def test_async_iterable_input() -> None:
    async def ids() -> AsyncIterator[int | str]:
        for i in range(1, 51):
            await anyio.lowlevel.checkpoint()
            yield i if i % 2 else str(i)

    client = FakeClient(delay=varied_delay)
    results = await collect(bulk_sim_stats(client, ids()))
    assert sorted(r.sim_id for r in results) == list(range(1, 51))
    assert all(r.ok for r in results)


async def test_async_iterable_object_without_generator() -> None:
    class Ids:
        def __init__(self) -> None:
            self.i = 0

        def __aiter__(self) -> Ids:
            return self

        async def __anext__(self) -> int:
            await anyio.lowlevel.checkpoint()
            self.i += 1
            if self.i > 20:
                raise StopAsyncIteration
            return self.i

    results = await collect(bulk_sim_stats(FakeClient(), Ids()))
    assert sorted(r.sim_id for r in results) == list(range(1, 21))


async def test_generator_of_100000_ids_is_consumed_lazily() -> None:
    workers = 16
    pulled = 0

    def ids() -> Iterator[int]:
        nonlocal pulled
        for i in range(1, 100_001):
            pulled += 1
            yield i

    client = FakeClient(max_concurrency=workers, behaviour=lambda i: (200, b"[]"))
    received = 0
    max_ahead = 0
    seen_sum = 0
    run = bulk_sim_stats(client, ids())
    assert run.lookahead <= workers * 10  # a small multiple of the pool, not of the input
    async for result in run:
        received += 1
        seen_sum += result.sim_id  # type: ignore[operator]
        max_ahead = max(max_ahead, pulled - received)
        if received == 50:
            # early on, only a bounded prefix of the generator has been touched
            assert pulled <= 50 + run.lookahead
    assert received == 100_000
    assert seen_sum == 100_000 * 100_001 // 2
    assert 0 < max_ahead <= run.lookahead


async def test_async_input_is_not_drained_ahead() -> None:
    pulled = 0

    async def ids() -> AsyncIterator[int]:
        nonlocal pulled
        for i in range(1, 10_001):
            pulled += 1
            yield i

    run = bulk_sim_stats(FakeClient(max_concurrency=4), ids())
    first = [await run.__anext__() for _ in range(3)]
    assert len(first) == 3
    assert pulled <= 3 + run.lookahead <= 100
    await run.aclose()


# -- leaving early -----------------------------------------------------------------------------


def live_tasks(backend: str | tuple[str, Any]) -> set[Any]:
    """The unfinished asyncio tasks (trio has no global task list; there the fake client's
    in-flight counter and the absence of later requests show that nothing runs)."""
    if (backend if isinstance(backend, str) else backend[0]) != "asyncio":
        return set()
    return {t for t in asyncio.all_tasks() if not t.done()}


async def test_break_after_10_of_1000_leaves_nothing_running(anyio_backend: Any) -> None:
    before = live_tasks(anyio_backend)
    client = FakeClient(max_concurrency=8, delay=varied_delay)
    received = []
    async for result in bulk_sim_stats(client, range(1, 1001)):
        received.append(result)
        if len(received) == 10:
            break
    gc.collect()  # the abandoned run is collected: nothing to finalise, no warnings
    assert client.in_flight == 0
    assert live_tasks(anyio_backend) == before
    started = client.started
    await anyio.sleep(0.05)
    assert client.started == started  # nothing keeps fetching in the background
    assert started < 1000
    # the client is still usable
    again = await collect(bulk_sim_stats(client, [7, 8, 9]))
    assert sorted(r.sim_id for r in again) == [7, 8, 9]
    assert all(r.ok for r in again)


async def test_exception_in_the_loop_body_leaves_nothing_running(anyio_backend: Any) -> None:
    before = live_tasks(anyio_backend)
    client = FakeClient(delay=varied_delay)
    with pytest.raises(LookupError):
        async for result in bulk_sim_stats(client, range(1, 1001)):
            if result.sim_id:
                raise LookupError("consumer failed")
    assert client.in_flight == 0
    assert live_tasks(anyio_backend) == before


async def test_aclose_and_context_manager() -> None:
    client = FakeClient(delay=varied_delay)
    run = bulk_sim_stats(client, range(1, 1001))
    await run.__anext__()
    await run.aclose()
    assert client.in_flight == 0
    with pytest.raises(StopAsyncIteration):
        await run.__anext__()
    async with bulk_sim_stats(client, range(1, 1001)) as run2:
        async for _ in run2:
            break
    with pytest.raises(StopAsyncIteration):
        await run2.__anext__()
    assert client.in_flight == 0


async def test_fail_after_around_the_loop(anyio_backend: Any) -> None:
    before = live_tasks(anyio_backend)
    client = FakeClient(max_concurrency=4, delay=lambda i: 0.01)
    got = 0
    with pytest.raises(TimeoutError):
        with anyio.fail_after(0.5):
            async for _ in bulk_sim_stats(client, range(1, 10_001)):
                got += 1
    assert 0 < got < 10_000
    assert client.in_flight == 0
    assert live_tasks(anyio_backend) == before


async def test_task_group_cancel_stops_the_consumer(anyio_backend: Any) -> None:
    before = live_tasks(anyio_backend)
    client = FakeClient(max_concurrency=4, delay=lambda i: 0.01)
    got = 0

    async def consume() -> None:
        nonlocal got
        async for _ in bulk_sim_stats(client, range(1, 10_001)):
            got += 1

    async with anyio.create_task_group() as tg:
        tg.start_soon(consume)
        await anyio.sleep(0.5)
        tg.cancel_scope.cancel()
    assert 0 < got < 10_000
    assert client.in_flight == 0
    assert live_tasks(anyio_backend) == before


async def test_timeouts_per_item_do_not_lose_or_repeat_ids() -> None:
    # every 10th id is slow; a consumer with a per-result timeout carries on after timeouts
    client = FakeClient(max_concurrency=4, delay=lambda i: 0.05 if i % 10 == 0 else 0.001)
    run = bulk_sim_stats(client, range(1, 61))
    seen: list[int | str] = []
    timeouts = 0
    while True:
        with anyio.move_on_after(0.02) as scope:
            try:
                result = await run.__anext__()
            except StopAsyncIteration:
                break
        if scope.cancelled_caught:
            timeouts += 1
            if timeouts > 50:  # later rounds get through without the timeout
                result = await run.__anext__()
            else:
                continue
        seen.append(result.sim_id)
    assert timeouts > 0
    assert sorted(seen) == list(range(1, 61))
    assert client.in_flight == 0


# -- errors that do stop the run ---------------------------------------------------------------


async def test_error_in_the_input_iterable_propagates() -> None:
    def ids() -> Iterator[int]:
        yield 1
        yield 2
        raise OSError("id source broke")

    client = FakeClient(max_concurrency=2, delay=lambda i: 0.01)
    run = bulk_sim_stats(client, ids())
    with pytest.raises(OSError, match="id source broke"):
        await collect(run)
    assert client.in_flight == 0


async def test_error_in_on_progress_propagates_unwrapped() -> None:
    def progress(done: int, failed: int) -> None:
        if done == 3:
            raise ZeroDivisionError("progress bar broke")

    client = FakeClient(max_concurrency=4, delay=varied_delay)
    with pytest.raises(ZeroDivisionError, match="progress bar broke"):
        await collect(bulk_sim_stats(client, range(1, 100), on_progress=progress))
    assert client.in_flight == 0


async def test_progress_counts_are_exposed() -> None:
    client = FakeClient(behaviour=lambda i: (404, b"{}") if i == 2 else default_behaviour(i))
    run = bulk_sim_stats(client, [1, 2, 3])
    await collect(run)
    assert (run.done, run.failed) == (3, 1)


def test_bulk_result_invariants() -> None:
    with pytest.raises(ValueError):
        BulkResult(1)
    with pytest.raises(ValueError):
        BulkResult(1, stats=object(), error=NotFoundError("x", status_code=404))  # type: ignore[arg-type]
    r = BulkResult(1, error=NotFoundError("x", status_code=404))
    assert not r.ok


def test_invalid_sim_id_error_pickles() -> None:
    import pickle

    err = pickle.loads(pickle.dumps(InvalidSimIdError("x1")))
    assert isinstance(err, InvalidSimIdError) and err.value == "x1" and "'x1'" in str(err)


async def test_bodies_are_parsed_with_exact_decimals() -> None:
    cost = "0.1234567890123456789"
    body = (
        json.dumps(
            [
                {
                    "current_month": {
                        "data": {
                            "month": "2024-03-01",
                            "volume": 1,
                            "volume_rx": 1,
                            "volume_tx": 0,
                            "cost": 0.5,
                        }
                    }
                }
            ]
        )
        .replace("0.5", cost)
        .encode()
    )
    [result] = await collect(bulk_sim_stats(FakeClient(behaviour=lambda i: (200, body)), [3]))
    assert result.stats is not None and result.stats.current_month.data is not None
    assert result.stats.current_month.data.cost == Decimal(cost)
    assert result.stats.sim_id == 3


# -- the streaming form: async with ... as results ---------------------------------------------
# Every test here runs on virtual time (asyncio via looptime, trio's MockClock), so the instants
# read below are exactly the ones the code decided on, however busy the machine is.


async def stream(run: BulkRun) -> list[BulkResult]:
    async with run as results:
        return [r async for r in results]


class PacedClient(FakeClient):
    """A client behind a rate limit: request k leaves at k / rate (a strict pacing, as the
    client's limiter does once the burst is spent) and its answer takes `latency`."""

    def __init__(self, rate: float = 10.0, latency: float = 0.05, **kw: Any) -> None:
        super().__init__(**kw)
        self.interval = 1 / rate
        self.latency = latency
        self._next = 0.0
        self.sent: list[float] = []

    async def sim_stats(self, sim_id: int) -> SimStats:
        now = anyio.current_time()
        leave = max(now, self._next)
        self._next = leave + self.interval
        self.sent.append(leave)
        self.delay = lambda _: leave - now + self.latency
        return await super().sim_stats(sim_id)


async def arrival_times(run: BulkRun, *, streaming: bool) -> list[float]:
    times: list[float] = []
    if streaming:
        async with run as results:
            async for _ in results:
                times.append(anyio.current_time())
    else:
        async for _ in run:
            times.append(anyio.current_time())
    return times


async def test_streaming_hands_each_result_over_at_the_pace_of_the_limit() -> None:
    """Behind 10 req/s with 16 workers: the first result after one request (0.05 s), then one
    every 0.1 s -- never two at once, never a gap. The plain form, for contrast, hands nothing
    over until its round of 50 is complete, then all of them at the same instant."""
    ids = range(1, 51)
    start = anyio.current_time()
    times = [
        t - start
        for t in await arrival_times(
            bulk_sim_stats(PacedClient(max_concurrency=16), ids), streaming=True
        )
    ]
    assert len(times) == 50
    assert times[0] == pytest.approx(0.05)
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert all(g == pytest.approx(0.1) for g in gaps), gaps

    start = anyio.current_time()
    plain = [
        t - start
        for t in await arrival_times(
            bulk_sim_stats(PacedClient(max_concurrency=16), ids), streaming=False
        )
    ]
    assert plain[0] == pytest.approx(4.95)  # the last request of the round left at 4.9 s
    assert plain[-1] == pytest.approx(4.95)  # ... and every result came with the first


async def test_streaming_keeps_every_worker_busy() -> None:
    """Answers of 10 to 70 ms and 4 workers, a fast consumer: each worker takes its next id the
    moment it has handed a result over, so the run ends exactly when a greedy schedule of the
    ids on 4 never-idle workers ends."""

    def delay(i: int) -> float:
        return 0.01 * (1 + i * 5 % 7)

    ids = range(1, 41)
    free = [0.0] * 4  # when each of 4 never-idle workers is free again
    for i in ids:
        heapq.heappush(free, heapq.heappop(free) + delay(i))
    client = FakeClient(max_concurrency=4, delay=delay)
    start = anyio.current_time()
    results = await stream(bulk_sim_stats(client, ids))
    assert sorted(r.sim_id for r in results) == list(ids)
    assert anyio.current_time() - start == pytest.approx(max(free))
    assert client.peak == 4


async def test_streaming_buffer_is_bounded_for_a_slow_consumer() -> None:
    client = FakeClient(max_concurrency=4, delay=lambda i: 0.001)
    received = 0
    async with bulk_sim_stats(client, range(1, 1001)) as results:
        async for _ in results:
            received += 1
            await anyio.sleep(1)  # the consumer is far slower than the API
            # a buffer of one result per worker, plus one finished result per worker waiting
            assert client.started - received <= 2 * 4
            if received == 20:
                break
    assert client.in_flight == 0


async def test_streaming_accounts_for_every_id_once() -> None:
    def behaviour(sim_id: int) -> tuple[int, bytes]:
        if sim_id % 4 == 1:
            return 404, b'{"error_code": 1201, "error_token": "NotFound", "message": "no SIM"}'
        if sim_id % 4 == 2:
            return 200, b"not json"
        return 200, stats_body(sim_id)

    client = FakeClient(behaviour=behaviour, delay=varied_delay)
    progress: list[tuple[int, int]] = []
    run = bulk_sim_stats(
        client, [*range(1, 201), "x", 0, 7], on_progress=lambda d, f: progress.append((d, f))
    )
    results = await stream(run)
    assert Counter(r.sim_id for r in results) == Counter([*range(1, 201), "x", "0", 7])
    assert client.calls == Counter([*range(1, 201), 7])
    failures = sum(1 for r in results if not r.ok)
    assert failures == 100 + 2
    assert progress == [(n, progress[n - 1][1]) for n in range(1, 204)]
    assert progress[-1] == (203, failures) == (run.done, run.failed)


@pytest.mark.parametrize("source", ["sync", "async"])
async def test_streaming_inputs(source: str) -> None:
    async def agen() -> AsyncIterator[int | str]:
        for i in range(1, 51):
            await anyio.lowlevel.checkpoint()
            yield i if i % 2 else str(i)

    ids: Any = agen() if source == "async" else (i for i in range(1, 51))
    results = await stream(bulk_sim_stats(FakeClient(delay=varied_delay), ids))
    assert sorted(r.sim_id for r in results) == list(range(1, 51))
    assert all(r.ok for r in results)


async def test_streaming_a_timeout_per_result_loses_and_repeats_nothing() -> None:
    """A cancelled wait for the next result holds no result: the consumer that carries on
    after per-result timeouts still gets every id once (the workers are not affected)."""
    client = FakeClient(max_concurrency=4, delay=lambda i: 0.05 if i % 10 == 0 else 0.001)
    seen: list[int | str] = []
    timeouts = 0
    async with bulk_sim_stats(client, range(1, 61)) as results:
        while True:
            with anyio.move_on_after(0.02) as scope:
                try:
                    result = await results.__anext__()
                except StopAsyncIteration:
                    break
                seen.append(result.sim_id)
            timeouts += scope.cancelled_caught
    assert timeouts > 0
    assert sorted(seen) == list(range(1, 61))  # type: ignore[type-var]
    assert client.calls == Counter(range(1, 61))
    assert client.in_flight == 0


async def test_streaming_error_in_the_input_comes_after_the_results_before_it() -> None:
    def ids() -> Iterator[int]:
        yield 1
        yield 2
        yield 3
        raise OSError("id source broke")

    client = FakeClient(max_concurrency=2, delay=lambda i: 0.01)
    seen: list[int | str] = []
    with pytest.raises(OSError, match="id source broke"):
        async with bulk_sim_stats(client, ids()) as results:
            async for result in results:
                seen.append(result.sim_id)
    assert sorted(seen) == [1, 2, 3]  # type: ignore[type-var]
    assert client.in_flight == 0


async def test_streaming_error_in_on_progress_propagates_unwrapped() -> None:
    def progress(done: int, failed: int) -> None:
        if done == 3:
            raise ZeroDivisionError("progress bar broke")

    client = FakeClient(max_concurrency=4, delay=varied_delay)
    with pytest.raises(ZeroDivisionError, match="progress bar broke"):
        await stream(bulk_sim_stats(client, range(1, 100), on_progress=progress))
    assert client.in_flight == 0


async def test_streaming_run_is_entered_once() -> None:
    run = bulk_sim_stats(FakeClient(), [1, 2])
    assert len(await stream(run)) == 2
    with pytest.raises(RuntimeError, match="entered only once"):
        async with run:
            pass
    with pytest.raises(StopAsyncIteration):
        await run.__anext__()


async def test_streaming_empty_input() -> None:
    client = FakeClient()
    assert await stream(bulk_sim_stats(client, [])) == []
    assert client.started == 0


# -- the streaming form: every way of leaving early ---------------------------------------------


def tasks_now() -> set[object]:
    from tests.test_cancellation import running_tasks

    return running_tasks()


async def leave_early(how: str, client: FakeClient, ids: Any) -> list[BulkResult]:
    """Consume a streaming run of `ids` and leave it early in the way `how` names."""
    got: list[BulkResult] = []
    if how == "break":
        async with bulk_sim_stats(client, ids) as results:
            async for result in results:
                got.append(result)
                if len(got) == 10:
                    break
    elif how == "exception":
        with pytest.raises(LookupError, match="consumer failed"):  # not wrapped in a group
            async with bulk_sim_stats(client, ids) as results:
                async for result in results:
                    got.append(result)
                    if len(got) == 10:
                        raise LookupError("consumer failed")
    elif how == "aclose":
        async with bulk_sim_stats(client, ids) as results:
            async for result in results:
                got.append(result)
                if len(got) == 10:
                    await results.aclose()
                    # the workers have returned already, inside the block
                    assert client.in_flight == 0
                    # ... and the consumer's own code is not cancelled by it
                    await anyio.sleep(0.01)
                    assert [r async for r in results] == []
    elif how == "fail_after":
        with pytest.raises(TimeoutError):
            with anyio.fail_after(0.5):
                async with bulk_sim_stats(client, ids) as results:
                    async for result in results:
                        got.append(result)
    elif how == "task_group":

        async def consume() -> None:
            async with bulk_sim_stats(client, ids) as results:
                async for result in results:
                    got.append(result)

        async with anyio.create_task_group() as tg:
            tg.start_soon(consume)
            await anyio.sleep(0.5)
            tg.cancel_scope.cancel()
    else:
        raise AssertionError(how)
    return got


LEAVING = ["break", "exception", "aclose", "fail_after", "task_group"]


@pytest.mark.parametrize("how", LEAVING)
async def test_streaming_leaving_early_stops_the_workers(how: str) -> None:
    before = tasks_now()
    client = FakeClient(max_concurrency=8, delay=lambda i: 0.01 + varied_delay(i))
    got = await leave_early(how, client, range(1, 10_001))
    assert 10 <= len(got) < 10_000
    assert len({r.sim_id for r in got}) == len(got)
    assert client.in_flight == 0  # every worker had returned when the block was left
    assert tasks_now() == before
    started = client.started
    await anyio.sleep(1)
    assert client.started == started  # nothing keeps fetching in the background
    # the client is still usable
    again = await stream(bulk_sim_stats(client, [7, 8, 9]))
    assert sorted(r.sim_id for r in again) == [7, 8, 9]


@pytest.mark.parametrize("how", LEAVING)
async def test_streaming_leaving_early_closes_an_async_generator_input(how: str) -> None:
    closed = False

    async def ids() -> AsyncIterator[int]:
        nonlocal closed
        try:
            for i in range(1, 10_001):
                await anyio.lowlevel.checkpoint()
                yield i
        finally:
            closed = True

    client = FakeClient(max_concurrency=4, delay=lambda i: 0.01)
    await leave_early(how, client, ids())
    assert closed
    assert client.in_flight == 0


async def test_streaming_cancelled_outside_while_the_buffer_is_full() -> None:
    """Workers blocked on a full buffer (the consumer sleeps) are stopped too."""
    before = tasks_now()
    client = FakeClient(max_concurrency=4, delay=lambda i: 0.001)
    with anyio.move_on_after(5):
        async with bulk_sim_stats(client, range(1, 1001)) as results:
            async for _ in results:
                await anyio.sleep(100)
    assert client.started <= 1 + 2 * 4
    assert client.in_flight == 0
    assert tasks_now() == before


# trio only: asyncio's event loop itself re-raises a KeyboardInterrupt raised in a task
@pytest.mark.parametrize("anyio_backend", ["trio+virtual"], indirect=True)
async def test_streaming_keyboard_interrupt_from_a_worker_is_not_wrapped() -> None:
    class Interrupting(FakeClient):
        async def sim_stats(self, sim_id: int) -> SimStats:
            if sim_id == 5:
                raise KeyboardInterrupt
            return await super().sim_stats(sim_id)

    client = Interrupting(max_concurrency=2, delay=lambda i: 0.01)
    with pytest.raises(KeyboardInterrupt):
        await stream(bulk_sim_stats(client, range(1, 100)))
    assert client.in_flight == 0
