"""Fetch the statistics of many SIMs: a bounded pool of workers, every id accounted for once.

:func:`bulk_sim_stats` returns a :class:`BulkRun`. Use it as an async context manager, which
streams::

    async with bulk_sim_stats(client, ids) as results:
        async for result in results:
            if result.ok:
                ...  # result.stats is a SimStats
            else:
                ...  # result.error is an EmnifyError

The streaming form (``async with``). Entering the run opens a task group (in the caller's
task, like any ``async with anyio.create_task_group()``) holding a pump task and its pool of
workers. Each worker takes the next id from the input, calls ``await client.sim_stats(id)``
and puts the result into an anyio memory object stream with a bounded buffer (one result per
worker), then takes the next id; a worker only waits when that buffer is full, that is when
the consumer is slower than the API. So the workers are busy all the time, each result is
handed over as soon as it is parsed, and behind a rate limit the results arrive one by one at
the limit's pace (the first after about one request; BENCHMARKS.md, B7). Leaving the block in
any way -- the end of the results, ``break``, an exception in the body, a cancel scope around
it, ``aclose()`` -- cancels the workers and waits for them before the block is left, so every
concurrency slot and connection is given back, on asyncio and trio alike.

The plain form (``async for result in bulk_sim_stats(client, ids)``, no ``async with``). A
task group cannot stay open between two ``__anext__`` calls of a plain async iterator, so this
form works in rounds: when no result is buffered, ``__anext__`` opens a task group, its workers
fetch until a few results per worker are buffered (or the input ends), the group closes and
the buffered results are handed out one by one. Nothing runs between two ``__anext__`` calls,
which makes leaving early safe without ``aclose()``; the price is that nothing is fetched while
the consumer works through a round, and the first result only comes when the first round is
complete (behind emnify's 10 req/s stats limit with 16 workers: after about 13 s, and then a
burst of 128). Use it for quick scripts; use the ``async with`` form for anything long.

Where cancellation lands. In the streaming form a cancellation of the whole block ends the
run: ids whose requests were in flight are simply not reported (nothing was handed over for
them, so ``emnify stats --resume`` fetches them again). A cancellation of just one
``__anext__`` call (a per-result timeout) never loses a result: the consumer takes results
with ``receive_nowait()`` and only waits for an "arrived" event otherwise, so a cancelled wait
holds no result (a plain ``receive()`` could be cancelled with a result already handed to it).
In the plain form, a cancellation that hits while requests are in flight puts those ids back
in front of the queue, so a consumer that carries on after a per-result timeout still sees
every id once.

All rate limiting, retrying and concurrency limits are the client's: the runner only calls
``client.sim_stats``, and the worker count bounds how many calls this run has in flight.
"""

from __future__ import annotations

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
from datetime import date
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Protocol, cast

import anyio
import anyio.lowlevel
from anyio.abc import TaskGroup
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

from emnify._groups import ExceptionGroupType, only_error
from emnify._validate import resource_id
from emnify.errors import ConfigurationError, EmnifyError
from emnify.sharding import shard
from emnify.stats import SimStats
from emnify.stats.daily import DailyStats, check_date_range

if TYPE_CHECKING:
    from typing_extensions import TypeVar

    #: what a run's results carry: SimStats unless said otherwise
    _S = TypeVar("_S", default=SimStats)
else:
    from typing import TypeVar

    _S = TypeVar("_S")

__all__ = [
    "BulkResult",
    "BulkRun",
    "DailyStatsClient",
    "InvalidSimIdError",
    "StatsClient",
    "UnexpectedError",
    "bulk_daily_stats",
    "bulk_sim_stats",
    "shard",
]

#: plain form: results buffered per worker before a round of fetching stops (more: fewer
#: rounds, so less time with idle workers while a round drains; fewer: less memory and an
#: earlier first result)
_BUFFER_PER_WORKER = 8
#: plain form: above this many results, large pools buffer only 2 per worker (a parsed
#: SimStats with its last-hour series is about 20 kB)
_BUFFER_SOFT_CAP = 1024

RawId = int | str


class StatsClient(Protocol):
    """What :func:`bulk_sim_stats` needs from a client (``emnify.client.EmnifyClient`` has it).

    ``sim_stats`` must apply the client's rate limits, retries and concurrency limits, return
    the parsed :class:`~emnify.stats.SimStats` of one SIM and raise
    :class:`~emnify.errors.EmnifyError` subclasses for failures (any other exception becomes
    that id's :class:`UnexpectedError`). ``max_concurrency`` is the default worker count.
    """

    @property
    def max_concurrency(self) -> int: ...

    async def sim_stats(self, sim_id: int) -> SimStats: ...


class _Pool(Protocol):
    """What any bulk run needs from a client besides its fetch call: the default worker
    count."""

    @property
    def max_concurrency(self) -> int: ...


class DailyStatsClient(Protocol):
    """What :func:`bulk_daily_stats` needs from a client (``EmnifyClient`` has it): the two
    daily stats calls, with the client's limits, retries and errors, and the default worker
    count."""

    @property
    def max_concurrency(self) -> int: ...

    async def sim_daily_stats(
        self, sim_id: int, start: date | None = None, end: date | None = None
    ) -> DailyStats: ...

    async def endpoint_daily_stats(
        self, endpoint_id: int, start: date | None = None, end: date | None = None
    ) -> DailyStats: ...


class InvalidSimIdError(ConfigurationError):
    """An input of :func:`bulk_sim_stats` is not a SIM id (a positive int, or a string of
    digits), or, in an endpoint run of :func:`bulk_daily_stats`, not an endpoint id.
    :attr:`value` is the input exactly as given."""

    def __init__(self, value: object, what: str = "SIM") -> None:
        self.value = value
        self.what = what
        article = "an" if what[:1].lower() in "aeiou" else "a"
        super().__init__(f"not {article} {what} id: {_show(value)}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.value, self.what))


class UnexpectedError(EmnifyError):
    """Fetching one id failed with an exception that is not an ``EmnifyError`` (which would be
    a bug in the client or the parser), or the client's ``sim_stats`` returned something that
    is not a ``SimStats``. The original exception, if any, is ``__cause__``; it is reported as
    that id's error so that the other ids carry on."""


@dataclass(frozen=True, slots=True)
class BulkResult(Generic[_S]):
    """The outcome for one input id: either :attr:`stats` or :attr:`error` is set.

    :attr:`sim_id` is the id as an ``int`` for every well-formed input (``"42"`` becomes
    ``42``). For an input that is not a SIM id it is the input itself if that was a string,
    or its ``repr()`` otherwise, and :attr:`error` is an :class:`InvalidSimIdError` holding
    the original value.

    :attr:`stats` is a :class:`~emnify.stats.SimStats` for :func:`bulk_sim_stats` (the type
    checker's default: ``BulkResult`` means ``BulkResult[SimStats]``) and a
    :class:`~emnify.stats.daily.DailyStats` for :func:`bulk_daily_stats`; in an endpoint run of
    the latter, :attr:`sim_id` holds the endpoint id (the input).
    """

    sim_id: int | str
    stats: _S | None = None
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


def _sim_id(raw: object, what: str = "SIM") -> int:
    """Normalise one input to a SIM (or endpoint) id, or raise :class:`InvalidSimIdError`."""
    try:
        return resource_id(raw, "sim_id")
    except ConfigurationError:
        raise InvalidSimIdError(raw, what) from None


def _label(raw: object) -> int | str:
    return raw if isinstance(raw, str) else _show(raw)


class _End:
    """Marks an exhausted input."""


_END = _End()


class _Stream:
    """The state of the streaming form while its ``async with`` block is open."""

    def __init__(self, task_group: TaskGroup, buffer: int) -> None:
        self.task_group = task_group
        send, receive = anyio.create_memory_object_stream[BulkResult[Any]](buffer)
        self.send: MemoryObjectSendStream[BulkResult[Any]] = send
        self.receive: MemoryObjectReceiveStream[BulkResult[Any]] = receive
        #: cancelled to stop the workers (entered by the pump task, not by the consumer's, so
        #: stopping them never cancels the consumer's own code)
        self.stop = anyio.CancelScope()
        #: set whenever a result was put into the stream, and when the stream ends
        self.arrived = anyio.Event()
        #: set when the pump and every worker have returned
        self.finished = anyio.Event()

    def notify(self) -> None:
        self.arrived.set()


class BulkRun(AsyncIterator[BulkResult[_S]], Generic[_S]):
    """What :func:`bulk_sim_stats` returns: an async context manager that streams results
    (``async with run as results: async for result in results``), and a plain async iterator
    that fetches in rounds when used without ``async with`` (see the module docs).

    ``fetch`` (default ``client.sim_stats``) is the call made for each id, and ``result_type``
    what it must return (:func:`bulk_daily_stats` passes the daily calls)."""

    def __init__(
        self,
        client: StatsClient | _Pool,
        sim_ids: Iterable[RawId] | AsyncIterable[RawId],
        *,
        on_progress: Callable[[int, int], object] | None = None,
        workers: int | None = None,
        fetch: Callable[[int], Awaitable[_S]] | None = None,
        result_type: type[Any] = SimStats,
        what: str = "SIM",
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
        self._fetch_one: Callable[[int], Awaitable[Any]] = (
            cast(StatsClient, client).sim_stats if fetch is None else fetch
        )
        self._result_type = result_type
        self._what = what
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
        self._ready: deque[BulkResult[_S]] = deque()
        self._exhausted = False
        self._closed = False
        self._stop = False
        self._entered = False
        self._stream: _Stream | None = None
        #: an exception of the input iterable, raised to the consumer after the results
        #: fetched before it (streaming form)
        self._failure: BaseException | None = None
        self._done = 0
        self._failed = 0

    # -- public surface --------------------------------------------------------------------

    @property
    def done(self) -> int:
        """Results handed to the consumer so far (successes and failures)."""
        return self._done

    @property
    def failed(self) -> int:
        """Results handed to the consumer so far that carry an error."""
        return self._failed

    @property
    def lookahead(self) -> int:
        """The most ids this run takes from the input before the consumer has received their
        results, in either form: the plain form's round buffer plus one request per worker
        (the streaming form takes fewer: its buffer of one result per worker, plus one request
        or one finished result waiting per worker)."""
        return self._high_water + self._workers

    def __aiter__(self) -> BulkRun[_S]:
        return self

    async def __anext__(self) -> BulkResult[_S]:
        if self._stream is not None:
            result = await self._next_streamed(self._stream)
        elif self._ready:
            await anyio.lowlevel.checkpoint_if_cancelled()
            result = self._ready.popleft()
        elif self._closed or (self._exhausted and not self._retry):
            await anyio.lowlevel.checkpoint()
            raise StopAsyncIteration
        else:
            await self._round()
            if not self._ready:
                self._closed = True
                raise StopAsyncIteration
            result = self._ready.popleft()
        self._count(result)
        return result

    async def aclose(self) -> None:
        """Stop the run: later ``__anext__`` calls end the iteration.

        Inside ``async with``, this cancels the workers and waits until they have returned
        (every slot given back); without it nothing runs between two ``__anext__`` calls, so
        there is nothing to stop. Either way an async iterable input with an ``aclose()``
        method (an async generator) is closed too."""
        self._closed = True
        self._ready.clear()
        self._retry.clear()
        stream = self._stream
        if stream is not None:
            stream.stop.cancel()
            stream.receive.close()
            await stream.finished.wait()
        await self._close_input()

    async def __aenter__(self) -> BulkRun[_S]:
        """Start the workers in a task group owned by this ``async with`` block."""
        if self._entered:
            raise RuntimeError("a BulkRun can be entered only once")
        self._entered = True
        if self._closed:
            return self
        task_group = anyio.create_task_group()
        await task_group.__aenter__()
        stream = self._stream = _Stream(task_group, self._workers)
        task_group.start_soon(self._pump, stream)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Stop the workers, wait for them and close the input; the block's own exception
        (if any) propagates unchanged, not wrapped in an exception group."""
        stream = self._stream
        if stream is None:
            await self.aclose()
            return
        self._closed = True
        self._ready.clear()
        self._retry.clear()
        stream.stop.cancel()
        stream.receive.close()
        try:
            if isinstance(exc, anyio.get_cancelled_exc_class()):
                # the block was cancelled from outside: let the task group see it, so the
                # cancellation is handled by the scope it belongs to
                await stream.task_group.__aexit__(exc_type, exc, tb)
            else:
                # the workers end on their own now (stopped above). An exception from the
                # block is not handed to the task group, which would wrap it in a group.
                await stream.task_group.__aexit__(None, None, None)
        except ExceptionGroupType as group:
            only = only_error(group.exceptions)
            if only is None:
                raise
            raise only from only.__cause__
        finally:
            stream.send.close()  # (the pump closes it; this covers a pump that never ran)
            await self._close_input()

    # -- the work --------------------------------------------------------------------------

    def _count(self, result: BulkResult[_S]) -> None:
        self._done += 1
        if result.error is not None:
            self._failed += 1
        if self._on_progress is not None:
            self._on_progress(self._done, self._failed)

    async def _close_input(self) -> None:
        source, self._async_ids = self._async_ids, None
        close = getattr(source, "aclose", None)
        if close is not None:
            await close()
        else:
            await anyio.lowlevel.checkpoint()

    async def _next_streamed(self, stream: _Stream) -> BulkResult[_S]:
        if self._ready:  # left over from rounds before the block was entered
            await anyio.lowlevel.checkpoint_if_cancelled()
            return self._ready.popleft()
        await anyio.lowlevel.checkpoint_if_cancelled()
        while True:
            if self._closed:
                raise StopAsyncIteration
            try:
                return stream.receive.receive_nowait()
            except anyio.WouldBlock:
                # wait for the next result without holding it: a cancellation of this wait
                # (a per-result timeout) leaves every result in the stream
                stream.arrived = anyio.Event()
                await stream.arrived.wait()
            except anyio.EndOfStream:
                self._closed = True
                failure, self._failure = self._failure, None
                if failure is not None:
                    raise failure from failure.__cause__
                raise StopAsyncIteration from None

    async def _pump(self, stream: _Stream) -> None:
        """Run the workers until the input ends or the run is stopped, then end the stream."""
        try:
            with stream.stop:
                async with stream.send:
                    if self._async_ids is not None and self._pull_lock is None:
                        self._pull_lock = anyio.Lock()
                    async with anyio.create_task_group() as workers:
                        for _ in range(self._workers):
                            workers.start_soon(self._stream_worker, stream)
        finally:
            stream.finished.set()
            stream.notify()

    async def _stream_worker(self, stream: _Stream) -> None:
        while True:
            try:
                raw = await self._take()
            except Exception as exc:
                # the input iterable failed: the other workers finish the ids they hold, then
                # the consumer gets their results and, after them, this exception
                if self._failure is None:
                    self._failure = exc
                return
            if raw is _END:
                return
            try:
                result = await self._fetch(raw)
            except BaseException:
                # cancelled (or interrupted) mid-request: nothing was handed over for this id
                self._retry.appendleft(raw)
                raise
            try:
                # send() yields to the event loop first: the answers that are already in are
                # read before this worker sends its next request, so requests leave in bursts
                # rather than one per answer read (BENCHMARKS.md, B1 findings)
                await stream.send.send(result)
            except (anyio.BrokenResourceError, anyio.ClosedResourceError):
                return  # the consumer has closed the run
            stream.notify()

    async def _round(self) -> None:
        """Plain form: run the workers until enough results are buffered or the input is
        exhausted."""
        self._stop = False
        if self._async_ids is not None and self._pull_lock is None:
            self._pull_lock = anyio.Lock()
        try:
            async with anyio.create_task_group() as tg:
                for _ in range(self._workers):
                    tg.start_soon(self._round_worker)
        except ExceptionGroupType as group:
            # a worker only fails on an exception from the input iterable (or an interrupt);
            # hand the caller that exception rather than a group of one
            only = only_error(group.exceptions)
            if only is None:
                raise
            raise only from only.__cause__

    async def _round_worker(self) -> None:
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
            if len(self._ready) >= self._high_water:
                self._stop = True
            # Let the event loop run everything that is ready (the other workers' answers)
            # before this worker sends its next request: requests then leave in bursts rather
            # than one per answer read. Against a fast server this cuts the CPU per request
            # by about a fifth (BENCHMARKS.md, B1 findings).
            await anyio.lowlevel.checkpoint()

    async def _take(self) -> object:
        if self._retry:
            return self._retry.popleft()
        if self._exhausted or self._closed or self._failure is not None:
            return _END
        if self._sync_ids is not None:
            try:
                return next(self._sync_ids)
            except StopIteration:
                self._exhausted = True
                return _END
        assert self._async_ids is not None and self._pull_lock is not None
        async with self._pull_lock:
            if self._exhausted or self._failure is not None or self._async_ids is None:
                return _END
            try:
                return await self._async_ids.__anext__()
            except StopAsyncIteration:
                self._exhausted = True
                return _END

    async def _fetch(self, raw: object) -> BulkResult[_S]:
        try:
            sim_id = _sim_id(raw, self._what)
        except InvalidSimIdError as exc:
            return BulkResult(_label(raw), error=exc)
        try:
            stats = await self._fetch_one(sim_id)
        except EmnifyError as exc:
            return BulkResult(sim_id, error=exc)
        except Exception as exc:
            error = UnexpectedError(f"{type(exc).__name__}: {exc}")
            error.__cause__ = exc
            return BulkResult(sim_id, error=error)
        if not isinstance(stats, self._result_type):
            name = getattr(self._fetch_one, "__name__", "the fetch")
            expected = self._result_type.__name__
            return BulkResult(
                sim_id,
                error=UnexpectedError(f"{name} returned {type(stats).__name__}, not {expected}"),
            )
        return BulkResult(sim_id, stats)


def bulk_sim_stats(
    client: StatsClient,
    sim_ids: Iterable[RawId] | AsyncIterable[RawId],
    *,
    on_progress: Callable[[int, int], object] | None = None,
    workers: int | None = None,
) -> BulkRun[SimStats]:
    """Fetch the statistics of every id with ``client.sim_stats`` and yield a
    :class:`BulkResult` per id, in completion order.

    Streaming (the form to use)::

        async with bulk_sim_stats(client, ids) as results:
            async for result in results:
                ...

    keeps every worker busy and hands each result over as soon as it is parsed; leaving the
    block in any way stops the workers and gives back their slots before the block is left.
    A plain ``async for result in bulk_sim_stats(client, ids)`` works too, but fetches in
    rounds: its first result comes only when a round of a few results per worker is complete
    (see the module docs).

    ``sim_ids`` is any iterable or async iterable of ints or digit strings (surrounding
    whitespace is ignored); it is consumed lazily, at most :attr:`BulkRun.lookahead` ids
    ahead of the consumer, so a generator of millions of ids is fine. A synchronous iterable
    is advanced on the event loop, so it must be cheap to advance; use an async iterable for a
    slow source.

    Every input produces exactly one result. A failure of one id (not a SIM id, 404, retries
    used up, a body that does not parse) becomes that result's ``error`` and never stops the
    others; only cancellation, ``KeyboardInterrupt`` or an exception raised by the input
    iterable or by ``on_progress`` ends a run early. An exception of the input iterable is
    raised to the consumer after the results of the ids taken before it. An id that appears
    twice is fetched and reported twice.

    Leaving early: inside ``async with`` just leave the block (``break``, an exception, a
    cancel scope) or call ``aclose()``. Without it, just leave the loop; no tasks outlive a
    ``__anext__`` call. If the input is an async generator, the ``async with`` form (or
    ``await run.aclose()``) also closes that generator, as trio asks for.

    A cancellation of the ``async with`` block ends the run: ids in flight are not reported.
    A cancellation of a single ``__anext__`` call loses nothing in either form: the consumer
    that carries on still sees every id once (in the plain form the ids in flight are queued
    again). If a cancellation interrupts an async generator input while it is producing the
    next id, the generator is finished by the cancellation (Python's rules for async
    generators) and the run ends with it.

    ``workers`` (default ``client.max_concurrency``) is the number of concurrent fetches.
    ``on_progress(done, failed)`` is called as each result is handed to the consumer, with
    the number of results handed over so far and how many of those failed (also
    :attr:`BulkRun.done` and :attr:`BulkRun.failed`).

    Raises ``TypeError`` at once when ``sim_ids`` is not an iterable or async iterable (a
    ``str`` is refused: pass a list of ids) or ``on_progress`` is not callable, and
    ``ValueError`` when ``workers`` is not a positive int.
    """
    return BulkRun(client, sim_ids, on_progress=on_progress, workers=workers)


def bulk_daily_stats(
    client: DailyStatsClient,
    ids: Iterable[RawId] | AsyncIterable[RawId],
    start: date | str | None = None,
    end: date | str | None = None,
    *,
    endpoints: bool = False,
    on_progress: Callable[[int, int], object] | None = None,
    workers: int | None = None,
) -> BulkRun[DailyStats]:
    """The daily statistics of many SIMs (or, with ``endpoints=True``, endpoints) from
    ``start`` to ``end`` (dates or ``YYYY-MM-DD`` strings, both included; either may be
    ``None`` for the API's default: without both, the current month).

    The same run as :func:`bulk_sim_stats` (streaming with ``async with``, every id once,
    the client's limits and retries, failures as results), calling
    ``client.sim_daily_stats(id, start, end)`` or ``client.endpoint_daily_stats(id, start,
    end)`` for each id; each result's ``stats`` is a :class:`~emnify.stats.daily.DailyStats`.
    Raises :class:`~emnify.errors.ConfigurationError` at once for a bad range (not a date, or
    ``start`` after ``end``), and what :func:`bulk_sim_stats` raises for bad arguments.
    """
    first, last = check_date_range(start, end)
    call = client.endpoint_daily_stats if endpoints else client.sim_daily_stats

    async def fetch(resource_id: int) -> DailyStats:
        return await call(resource_id, first, last)

    fetch.__name__ = getattr(call, "__name__", "fetch")
    return BulkRun(
        client,
        ids,
        on_progress=on_progress,
        workers=workers,
        fetch=fetch,
        result_type=DailyStats,
        what="endpoint" if endpoints else "SIM",
    )
