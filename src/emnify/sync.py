"""`SyncEmnifyClient`: the client for plain (blocking) code, scripts and notebooks.

It is `EmnifyClient` itself, running on an event loop of its own in a background thread (an
anyio blocking portal, `anyio.from_thread.start_blocking_portal`). Each method hands its call
to that loop and waits for the answer, so every policy applies exactly as in async code:
authentication and renewal, rate limits, retries, concurrency, typed errors, event hooks.

```python
from emnify import SyncEmnifyClient

with SyncEmnifyClient.from_env() as client:
    stats = client.sim_stats(123456)
    for result in client.bulk_sim_stats(range(1000, 1100)):
        ...
```

Because the loop has its own thread, the client also works where the calling thread already
runs an event loop: a Jupyter cell, or async code that has to call a blocking library. Any
number of threads may share one client; their calls run concurrently on its loop, within the
one `max_concurrency` and the one set of rate limits.

Callbacks you pass in (``event_hooks``, ``on_progress``, ``mfa_callback``) run in the
client's thread, not yours. Close the client (``with``, or `close()`); one that is garbage
collected or still open when the interpreter exits is closed then.
"""

from __future__ import annotations

import functools
import inspect
import threading
import weakref
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable, Iterator
from concurrent.futures import Future
from contextlib import AbstractContextManager
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from anyio.from_thread import BlockingPortal, start_blocking_portal

from .bulk import BulkResult
from .client import EmnifyClient
from .pagination import DEFAULT_MAX_PAGES

if TYPE_CHECKING:
    import httpx

    from emnify_generated.client import Client as GeneratedClient

    from .bulk import BulkRun
    from .limits import RateLimits
    from .stats import SimStats

__all__ = ["SyncBulkRun", "SyncEmnifyClient"]

T = TypeVar("T")


class SyncEmnifyClient:
    """A blocking emnify client: `EmnifyClient`'s constructor, methods and policies, with
    ``with`` instead of ``async with`` and plain calls and iterators instead of awaits.

    ``SyncEmnifyClient(...)`` takes exactly the arguments of `EmnifyClient` (credentials,
    ``base_url``, ``max_concurrency``, ``rate_limits``, ``max_retries``, ...) and raises the
    same `ConfigurationError` for bad ones; `from_env` reads the same variables. The methods
    are those of `EmnifyClient`: `sim_stats`, `endpoint_stats`, `bulk_sim_stats` (a plain
    iterator), `request`, `paginate`, `paginate_raw`, `authenticate`, and every operation as
    ``client.api.<tag>.<operation>(...)``; `call` runs any other coroutine function on the
    client's loop (a generated ``asyncio`` function with ``client=client.generated``).

    The async client runs on an event loop in a thread of its own, started here and stopped
    by `close`, so it also works from a thread whose event loop is running (a notebook cell).
    """

    _client: EmnifyClient
    _portal: BlockingPortal

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._start(functools.partial(EmnifyClient, *args, **kwargs))

    @classmethod
    def from_env(cls, env: Any = None, **kwargs: Any) -> SyncEmnifyClient:
        """`EmnifyClient.from_env`, blocking: ``EMNIFY_APPLICATION_TOKEN`` (or
        ``EMNIFY_USERNAME`` + ``EMNIFY_PASSWORD``, or ``EMNIFY_AUTH_TOKEN``) and
        ``EMNIFY_BASE_URL``; keyword arguments win."""
        self = cls.__new__(cls)
        self._start(functools.partial(EmnifyClient.from_env, env, **kwargs))
        return self

    def _start(self, factory: Callable[[], EmnifyClient]) -> None:
        manager = start_blocking_portal("asyncio")
        portal = manager.__enter__()
        try:
            # built on its loop: the client's primitives and connections belong to that loop
            client = portal.call(factory)
        except BaseException:
            manager.__exit__(None, None, None)
            raise
        self._portal = portal
        self._client = client
        self._lock = threading.Lock()
        self._closed = False
        self._api: _SyncNamespace | None = None
        #: bulk runs whose workers are running, stopped by close()
        self._runs: weakref.WeakSet[SyncBulkRun] = weakref.WeakSet()
        # closes the client and stops the loop when this object is collected or at exit
        self._finalizer = weakref.finalize(self, _shut_down, manager, portal, client)

    # ------------------------------------------------------------------ running calls
    def call(self, func: Callable[..., Awaitable[T]], /, *args: Any, **kwargs: Any) -> T:
        """``await func(*args, **kwargs)`` on the client's event loop, blocking until done.

        For anything the client offers as a coroutine function, e.g. a generated operation:
        ``client.call(get_sim.asyncio, sim_id="1000", client=client.generated)``. An
        exception of the call is raised here; an interrupt of the waiting thread (Ctrl-C)
        cancels the call.
        """
        if self._closed:
            raise RuntimeError("this SyncEmnifyClient is closed")
        future: Future[T] = self._portal.start_task_soon(functools.partial(func, *args, **kwargs))
        try:
            return future.result()
        except BaseException:
            future.cancel()  # (a no-op when it is done: the call's own exception)
            raise

    def _sync(self, func: Callable[[], T]) -> T:
        """Run a plain function in the client's thread (what builds objects of its loop)."""
        if self._closed:
            raise RuntimeError("this SyncEmnifyClient is closed")
        return self._portal.call(func)

    # ------------------------------------------------------------------ properties
    @property
    def async_client(self) -> EmnifyClient:
        """The `EmnifyClient` underneath; it must only be used on the client's own loop
        (through `call`)."""
        return self._client

    @property
    def base_url(self) -> str:
        """The API root requests go to."""
        return self._client.base_url

    @property
    def max_concurrency(self) -> int:
        """The most requests this client has in flight at once."""
        return self._client.max_concurrency

    @property
    def rate_limits(self) -> RateLimits | None:
        """The client-side limits in force (None: throttling off, adaptive only)."""
        return self._client.rate_limits

    @property
    def in_flight(self) -> int:
        """Requests holding one of the `max_concurrency` slots right now."""
        return self._client.in_flight

    @property
    def closed(self) -> bool:
        """True once `close` was called."""
        return self._closed

    @property
    def generated(self) -> GeneratedClient:
        """The generated client sending through this client, for `call` with a generated
        ``asyncio`` function (its ``sync`` functions are refused: they would bypass every
        policy)."""
        return self._sync(lambda: self._client.generated)

    @property
    def api(self) -> Any:
        """Every operation, namespaced by tag, as blocking calls:
        ``client.api.sim.get_sim_stats(sim_id="1")``."""
        if self._api is None:
            self._api = _SyncNamespace(self._sync(lambda: self._client.api), self.call, "api")
        return self._api

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open"
        return f"Sync{self._client!r}"[:-1] + f", {state})"

    # ------------------------------------------------------------------ lifecycle
    def __enter__(self) -> SyncEmnifyClient:
        if self._closed:
            raise RuntimeError("this SyncEmnifyClient is closed")
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop the bulk runs still going, close the connections and stop the client's thread
        (idempotent)."""
        with self._lock:
            if self._closed:
                return
            for run in list(self._runs):
                run.close()
            self._closed = True
        self._finalizer()

    # ------------------------------------------------------------------ requests
    def authenticate(self) -> None:
        """Authenticate now instead of on the first request (`EmnifyClient.authenticate`)."""
        self.call(self._client.authenticate)

    def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """`EmnifyClient.request`: one request with every policy; the read response of a 2xx
        answer (``params=``, ``json=``, ``content=``, ``headers=``, ``retry=``, ...)."""
        return self.call(self._client.request, method, path, **kwargs)

    def sim_stats(self, sim_id: int | str) -> SimStats:
        """`EmnifyClient.sim_stats`: the parsed usage statistics of one SIM."""
        return self.call(self._client.sim_stats, sim_id)

    def endpoint_stats(self, endpoint_id: int | str) -> SimStats:
        """`EmnifyClient.endpoint_stats`: the parsed usage statistics of one endpoint."""
        return self.call(self._client.endpoint_stats, endpoint_id)

    def paginate(
        self,
        op: Any,
        *,
        per_page: int | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
        **params: Any,
    ) -> Iterator[Any]:
        """`EmnifyClient.paginate` as a plain iterator: the items of every page of a
        generated list operation, pages fetched as the iteration needs them."""
        pages = self._sync(
            lambda: self._client.paginate(op, per_page=per_page, max_pages=max_pages, **params)
        )
        return self._iterate(pages)

    def paginate_raw(
        self,
        path: str,
        *,
        per_page: int | None = None,
        per_page_param: str = "per_page",
        max_pages: int = DEFAULT_MAX_PAGES,
        **params: Any,
    ) -> Iterator[Any]:
        """`EmnifyClient.paginate_raw` as a plain iterator (decoded JSON items of a path)."""
        pages = self._sync(
            lambda: self._client.paginate_raw(
                path,
                per_page=per_page,
                per_page_param=per_page_param,
                max_pages=max_pages,
                **params,
            )
        )
        return self._iterate(pages)

    def _iterate(self, iterator: AsyncIterator[T]) -> Iterator[T]:
        try:
            while True:
                found, item = self.call(_next, iterator)
                if not found:
                    return
                yield item
        finally:
            close = getattr(iterator, "aclose", None)
            if close is not None and not self._closed:
                self.call(close)

    def bulk_sim_stats(
        self,
        sim_ids: Iterable[int | str] | AsyncIterable[int | str],
        *,
        on_progress: Callable[[int, int], object] | None = None,
        workers: int | None = None,
    ) -> SyncBulkRun:
        """`EmnifyClient.bulk_sim_stats` as a plain iterator of `BulkResult`, streaming:
        the workers keep fetching while you handle each result, which arrives as soon as it
        is parsed. Every id is reported exactly once, a failed one with its ``error``.

        Iterate it (``for result in client.bulk_sim_stats(ids):``); leaving the loop early
        stops the workers when the iterator is closed: use ``with client.bulk_sim_stats(ids)
        as results:`` (or call ``results.close()``) to have that happen at a known point.
        ``sim_ids`` is consumed in the client's thread; ``on_progress`` is called there.
        """
        run = self._sync(
            lambda: self._client.bulk_sim_stats(sim_ids, on_progress=on_progress, workers=workers)
        )
        return SyncBulkRun(self, run)


class SyncBulkRun(Iterator["BulkResult"], AbstractContextManager["SyncBulkRun"]):
    """What `SyncEmnifyClient.bulk_sim_stats` returns: an iterator of `BulkResult` and a
    context manager. The run starts on the first ``next()``, in the streaming form of
    `emnify.bulk` (its task group lives on the client's loop); `close` (or the end of the
    ``with`` block, or the end of the results) stops its workers and gives back their
    connection slots."""

    def __init__(self, owner: SyncEmnifyClient, run: BulkRun) -> None:
        self._owner = owner
        self._run = run
        self._stream: AbstractContextManager[BulkRun] | None = None
        self._finished = False

    @property
    def done(self) -> int:
        """Results handed over so far (successes and failures)."""
        return self._run.done

    @property
    def failed(self) -> int:
        """Results handed over so far that carry an error."""
        return self._run.failed

    def __iter__(self) -> SyncBulkRun:
        return self

    def __next__(self) -> BulkResult:
        if self._finished:
            raise StopIteration
        try:
            if self._stream is None:
                self._stream = self._owner._portal.wrap_async_context_manager(self._run)
                self._stream.__enter__()
                self._owner._runs.add(self)
            found, result = self._owner.call(_next, self._run)
        except BaseException:
            self.close()
            raise
        if not found:
            self.close()
            raise StopIteration
        assert isinstance(result, BulkResult)
        return result

    def close(self) -> None:
        """Stop the run: its workers are cancelled and awaited (idempotent)."""
        if self._finished:
            return
        self._finished = True
        stream, self._stream = self._stream, None
        if stream is not None:
            stream.__exit__(None, None, None)
        elif not self._owner.closed:
            self._owner.call(self._run.aclose)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __del__(self) -> None:
        if not self._finished and self._stream is not None and not self._owner.closed:
            try:
                self.close()
            except Exception:  # pragma: no cover - at interpreter exit
                pass


class _SyncNamespace:
    """A blocking view of `emnify_generated.api.Api` (and of each tag's namespace): its
    coroutine methods become plain methods that run on the client's loop."""

    def __init__(self, target: Any, call: Callable[..., Any], path: str) -> None:
        self._target = target
        self._call = call
        self._path = path

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        value = getattr(self._target, name)
        if inspect.iscoroutinefunction(value):
            return _blocking(value, self._call)
        if callable(value):
            return value
        view = _SyncNamespace(value, self._call, f"{self._path}.{name}")
        setattr(self, name, view)  # (cached: the next lookup does not come here)
        return view

    def __dir__(self) -> list[str]:
        return [name for name in dir(self._target) if not name.startswith("_")]

    def __repr__(self) -> str:
        return f"<blocking {self._path}>"


def _blocking(method: Callable[..., Awaitable[T]], call: Callable[..., T]) -> Callable[..., T]:
    def blocking(*args: Any, **kwargs: Any) -> T:
        return call(method, *args, **kwargs)

    blocking.__name__ = method.__name__
    blocking.__qualname__ = method.__qualname__
    blocking.__doc__ = method.__doc__
    return blocking


async def _next(iterator: AsyncIterator[Any]) -> tuple[bool, Any]:
    """One step of an async iterator as a value (StopAsyncIteration does not cross threads
    well: a coroutine may not raise it into a future)."""
    try:
        return True, await iterator.__anext__()
    except StopAsyncIteration:
        return False, None


def _shut_down(
    manager: AbstractContextManager[BlockingPortal], portal: BlockingPortal, client: EmnifyClient
) -> None:
    """Close the client, cancel whatever still runs on its loop (a bulk run that was never
    closed, at interpreter exit), stop the loop and wait for its thread."""
    try:
        portal.call(client.aclose)
        portal.call(portal.stop, True)
    except RuntimeError:  # pragma: no cover - the loop is gone already
        pass
    finally:
        manager.__exit__(None, None, None)
