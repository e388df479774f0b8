"""Fetch the statistics of many SIMs: a bounded pool of workers, every id accounted for once.

:func:`bulk_sim_stats` returns a :class:`BulkRun`, an async iterator of :class:`BulkResult`::

    async for result in bulk_sim_stats(client, ids):
        if result.ok:
            ...  # result.stats is a SimStats
        else:
            ...  # result.error is an EmnifyError

How it runs. The workers exist only while the consumer is waiting inside ``__anext__``: when
no result is buffered, a task group with the workers is opened; each worker pulls the next id
from the input, fetches and parses it, and appends the result to a buffer. Once the buffer
holds a few results per worker the workers stop pulling new ids, finish the requests they
have in flight, and the task group closes; the buffered results are then handed out one by
one. So between two ``__anext__`` calls there are no tasks at all, which makes every way of
leaving early safe on asyncio and trio alike: ``break`` (no ``aclose()`` needed), an
exception in the loop body, ``aclose()``, garbage collection, or a cancel scope around the
loop. A cancellation that hits while requests are in flight puts those ids back in front of
the queue, so if the consumer carries on (for example after a ``move_on_after`` around one
``__anext__``) they are fetched again and still reported exactly once.

The price of this design: nothing is fetched while the consumer works through the buffer,
and at the end of each round some workers sit idle until the slowest request of the round
returns. With the default buffer of 8 results per worker that costs roughly 5-10% against a
pool that never stops (measured with latencies spread between 5 and 15 ms); behind the API's
rate limits, which are the real bottleneck, it makes no difference.

All rate limiting, retrying and concurrency limits are the client's: the worker count only
bounds how many requests this run has in flight at once.
"""

from __future__ import annotations

import builtins
import sys
from collections import deque
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
    Iterator,
)
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol

import anyio
import anyio.lowlevel
import httpx

from emnify._clock import server_now
from emnify._validate import resource_id
from emnify.errors import ConfigurationError, EmnifyError, error_from_answer
from emnify.stats import SimStats, parse_sim_stats_json

if TYPE_CHECKING:
    from emnify._wire import Answer

if sys.version_info >= (3, 11):
    _ExceptionGroup = builtins.BaseExceptionGroup
else:  # pragma: no cover - anyio depends on the backport before 3.11
    from exceptiongroup import BaseExceptionGroup as _ExceptionGroup  # type: ignore[import-not-found,unused-ignore]

__all__ = [
    "BulkResult",
    "BulkRun",
    "InvalidSimIdError",
    "StatsClient",
    "UnexpectedError",
    "bulk_sim_stats",
]

#: results buffered per worker before a round of fetching stops (more: fewer rounds, so less
#: time with idle workers while a round drains; fewer: less memory and an earlier first result)
_BUFFER_PER_WORKER = 8
#: above this many results, large pools buffer only 2 per worker (a parsed SimStats with its
#: last-hour series is about 20 kB)
_BUFFER_SOFT_CAP = 1024

RawId = int | str


class StatsClient(Protocol):
    """What :func:`bulk_sim_stats` needs from a client (``emnify.client.EmnifyClient`` has it).

    ``request`` must apply the client's rate limits, retries and concurrency limits, return
    the response of a successful call and raise :class:`~emnify.errors.EmnifyError` subclasses
    for failures.
    """

    @property
    def max_concurrency(self) -> int: ...

    async def request(self, method: str, path: str, **kw: Any) -> httpx.Response: ...


class InvalidSimIdError(ConfigurationError):
    """An input of :func:`bulk_sim_stats` is not a SIM id (a positive int, or a string of
    digits). :attr:`value` is the input exactly as given."""

    def __init__(self, value: object) -> None:
        self.value = value
        super().__init__(f"not a SIM id: {_show(value)}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.value,))


class UnexpectedError(EmnifyError):
    """Fetching one id failed with an exception that is not an ``EmnifyError`` (which would be
    a bug in the client or the parser). The original exception is ``__cause__``; it is reported
    as that id's error so that the other ids carry on."""


@dataclass(frozen=True, slots=True)
class BulkResult:
    """The outcome for one input id: either :attr:`stats` or :attr:`error` is set.

    :attr:`sim_id` is the id as an ``int`` for every well-formed input (``"42"`` becomes
    ``42``). For an input that is not a SIM id it is the input itself if that was a string,
    or its ``repr()`` otherwise, and :attr:`error` is an :class:`InvalidSimIdError` holding
    the original value.
    """

    sim_id: int | str
    stats: SimStats | None = None
    error: EmnifyError | None = None

    def __post_init__(self) -> None:
        if (self.stats is None) == (self.error is None):
            raise ValueError("a BulkResult has exactly one of stats and error")

    @property
    def ok(self) -> bool:
        """True when the stats were fetched and parsed."""
        return self.error is None


def _show(value: object) -> str:
    try:
        return repr(value)
    except Exception:  # a hostile __repr__, or an int beyond the digit limit
        return f"<{type(value).__name__}>"


def _sim_id(raw: object) -> int:
    """Normalise one input to a SIM id, or raise :class:`InvalidSimIdError`."""
    try:
        return resource_id(raw, "sim_id")
    except ConfigurationError:
        raise InvalidSimIdError(raw) from None


def _label(raw: object) -> int | str:
    return raw if isinstance(raw, str) else _show(raw)


class _End:
    """Marks an exhausted input."""


_END = _End()


class BulkRun(AsyncIterator[BulkResult]):
    """The async iterator returned by :func:`bulk_sim_stats` (see the module docs for how it
    schedules work). It is also an async context manager whose exit calls :meth:`aclose`."""

    def __init__(
        self,
        client: StatsClient,
        sim_ids: Iterable[RawId] | AsyncIterable[RawId],
        *,
        on_progress: Callable[[int, int], object] | None = None,
        workers: int | None = None,
    ) -> None:
        if workers is None:
            workers = client.max_concurrency
        if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
            raise ValueError(f"workers must be a positive int, got {workers!r}")
        if on_progress is not None and not callable(on_progress):
            raise TypeError(
                f"on_progress must be a function taking (done, failed), or None; "
                f"got {type(on_progress).__name__}"
            )
        self._client = client
        # EmnifyClient's lean GET (same policies, no httpx objects); any other client: request
        self._get: Callable[[str], Awaitable[httpx.Response | Answer]] = getattr(
            client, "_get", None
        ) or partial(client.request, "GET")
        self._workers = workers
        self._high_water = min(workers * _BUFFER_PER_WORKER, max(workers * 2, _BUFFER_SOFT_CAP))
        self._on_progress = on_progress
        self._sync_ids: Iterator[RawId] | None = None
        self._async_ids: AsyncIterator[RawId] | None = None
        if isinstance(sim_ids, AsyncIterable):
            self._async_ids = sim_ids.__aiter__()
        elif isinstance(sim_ids, Iterable) and not isinstance(sim_ids, (str, bytes)):
            self._sync_ids = iter(sim_ids)
        else:
            raise TypeError(
                f"sim_ids must be an iterable or async iterable of ids, got {type(sim_ids).__name__}"
            )
        self._pull_lock: anyio.Lock | None = None
        self._retry: deque[object] = deque()
        self._ready: deque[BulkResult] = deque()
        self._exhausted = False
        self._closed = False
        self._stop = False
        self._done = 0
        self._failed = 0

    # -- public surface --------------------------------------------------------------------

    @property
    def done(self) -> int:
        """Ids finished so far (successes and failures)."""
        return self._done

    @property
    def failed(self) -> int:
        """Ids finished with an error so far."""
        return self._failed

    @property
    def lookahead(self) -> int:
        """The most ids this run takes from the input before the consumer has received their
        results: the result buffer plus one request per worker."""
        return self._high_water + self._workers

    def __aiter__(self) -> BulkRun:
        return self

    async def __anext__(self) -> BulkResult:
        if self._ready:
            await anyio.lowlevel.checkpoint_if_cancelled()
            return self._ready.popleft()
        if self._closed or (self._exhausted and not self._retry):
            await anyio.lowlevel.checkpoint()
            raise StopAsyncIteration
        await self._round()
        if self._ready:
            return self._ready.popleft()
        self._closed = True
        raise StopAsyncIteration

    async def aclose(self) -> None:
        """Stop the run: later ``__anext__`` calls end the iteration. Nothing runs in the
        background, so there is nothing else to release, except that an async iterable input
        with an ``aclose()`` method (an async generator) is closed too."""
        self._closed = True
        self._ready.clear()
        self._retry.clear()
        source, self._async_ids = self._async_ids, None
        close = getattr(source, "aclose", None)
        if close is not None:
            await close()
        else:
            await anyio.lowlevel.checkpoint()

    async def __aenter__(self) -> BulkRun:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # -- the work --------------------------------------------------------------------------

    async def _round(self) -> None:
        """Run the workers until enough results are buffered or the input is exhausted."""
        self._stop = False
        if self._async_ids is not None and self._pull_lock is None:
            self._pull_lock = anyio.Lock()
        try:
            async with anyio.create_task_group() as tg:
                for _ in range(self._workers):
                    tg.start_soon(self._worker)
        except _ExceptionGroup as group:
            # a worker only fails on an exception from the input iterable or from on_progress
            # (or an interrupt); hand the caller that exception rather than a group of one
            if len(group.exceptions) == 1:
                only = group.exceptions[0]
                raise only from only.__cause__
            raise

    async def _worker(self) -> None:
        while not self._stop:
            raw = await self._take()
            if raw is _END:
                return
            try:
                result = await self._fetch(raw)
            except BaseException:
                # cancelled (or interrupted) mid-request: the id was not reported, so queue it
                # again for a consumer that carries on after the cancellation
                self._retry.appendleft(raw)
                raise
            self._ready.append(result)
            self._done += 1
            if result.error is not None:
                self._failed += 1
            if len(self._ready) >= self._high_water:
                self._stop = True
            if self._on_progress is not None:
                self._on_progress(self._done, self._failed)
            # Let the event loop run everything that is ready (the other workers' answers)
            # before this worker sends its next request: requests then leave in bursts rather
            # than one per answer read. Against a fast server this cuts the CPU per request
            # by about a fifth (BENCHMARKS.md, B1 findings).
            await anyio.lowlevel.checkpoint()

    async def _take(self) -> object:
        if self._retry:
            return self._retry.popleft()
        if self._exhausted or self._closed:
            return _END
        if self._sync_ids is not None:
            try:
                return next(self._sync_ids)
            except StopIteration:
                self._exhausted = True
                return _END
        assert self._async_ids is not None and self._pull_lock is not None
        async with self._pull_lock:
            if self._exhausted:
                return _END
            try:
                return await self._async_ids.__anext__()
            except StopAsyncIteration:
                self._exhausted = True
                return _END

    async def _fetch(self, raw: object) -> BulkResult:
        try:
            sim_id = _sim_id(raw)
        except InvalidSimIdError as exc:
            return BulkResult(_label(raw), error=exc)
        try:
            path = f"/api/v1/sim/{sim_id}/stats"
            response = await self._get(path)
            if not response.is_success:
                # the client raises for failures; this guards against one that does not
                return BulkResult(
                    sim_id, error=error_from_answer(response, method="GET", path=path)
                )
            # last-hour stamps are dated with the server's clock; costs are exact Decimals
            stats = parse_sim_stats_json(response.content, now=server_now(response), sim_id=sim_id)
            return BulkResult(sim_id, stats)
        except EmnifyError as exc:
            return BulkResult(sim_id, error=exc)
        except Exception as exc:
            error = UnexpectedError(f"{type(exc).__name__}: {exc}")
            error.__cause__ = exc
            return BulkResult(sim_id, error=error)


def bulk_sim_stats(
    client: StatsClient,
    sim_ids: Iterable[RawId] | AsyncIterable[RawId],
    *,
    on_progress: Callable[[int, int], object] | None = None,
    workers: int | None = None,
) -> BulkRun:
    """Fetch ``GET /api/v1/sim/{id}/stats`` for every id and yield a :class:`BulkResult` per
    id, in completion order.

    ``sim_ids`` is any iterable or async iterable of ints or digit strings (surrounding
    whitespace is ignored); it is consumed lazily, at most a few results per worker ahead of
    the consumer, so a generator of millions of ids is fine. A synchronous iterable is advanced
    on the event loop, so it must be cheap to advance; use an async iterable for a slow source.

    Every input produces exactly one result. A failure of one id (not a SIM id, 404, retries
    used up, a body that does not parse) becomes that result's ``error`` and never stops the
    others; only cancellation, ``KeyboardInterrupt`` or an exception raised by the input
    iterable or by ``on_progress`` ends the run early. An id that appears twice is fetched and
    reported twice.

    To stop early, just leave the loop; no tasks outlive a ``__anext__`` call. If the input
    is an async generator, leave through ``async with bulk_sim_stats(...) as run`` or call
    ``await run.aclose()``, which also closes that generator (as trio asks for).

    A cancellation (a timeout around the loop, a cancelled task group) that interrupts
    requests in flight queues those ids again, so a consumer that carries on after it still
    sees every id once. If it interrupts an async generator input while that generator is
    producing the next id, the generator is finished by the cancellation (Python's rules for
    async generators) and the run ends with it.

    ``workers`` (default ``client.max_concurrency``) is the number of concurrent fetches.
    ``on_progress(done, failed)`` is called after every id with the number of ids finished so
    far and how many of those failed.

    Raises ``TypeError`` at once when ``sim_ids`` is not an iterable or async iterable (a
    ``str`` is refused: pass a list of ids) or ``on_progress`` is not callable, and
    ``ValueError`` when ``workers`` is not a positive int.
    """
    return BulkRun(client, sim_ids, on_progress=on_progress, workers=workers)
