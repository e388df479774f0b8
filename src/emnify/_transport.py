"""`PolicyTransport`: concurrency slot, rate limits and retries, below httpx's client.

Every request of an `EmnifyClient` (generated operations, `client.request`, pagination, the
authenticate call) passes through one `PolicyTransport`, which wraps the transport that does
the real I/O. Per attempt it:

1. waits for the route's turn in the `Limiter` (pause after a 429, per-route bucket or window,
   the general sliding window) -- *without* holding a concurrency slot, so sleeping requests
   never block requests of other routes;
2. takes one of `max_concurrency` slots (an anyio semaphore shared by the whole client),
   sends the request and reads the whole body, then releases the slot. Reading inside keeps
   the slot for exactly the time the connection is busy, and lets read errors/timeouts be
   retried like connect errors (emnify's bodies are small JSON documents);
3. decides: 429 -> pause the route (``Retry-After`` or jittered backoff), cut its rate, try
   again (any method: the server did not process it); connection errors, timeouts,
   502/503/504 -> back off and try again for idempotent methods (GET, HEAD, OPTIONS, PUT,
   DELETE), or for any method when the client or the request opted in (request extension
   ``"emnify.retry": True``; ``False`` opts out). At most `max_retries` retries.

Order of waiting: rate token first, then the slot. The other order would keep a slot idle
while its holder sleeps for a token, starving routes that have tokens; this order can at worst
delay an already-counted request while slots are busy, which only makes the client slower
than its budget, never faster.

After the last retry, network failures raise `emnify.errors.TransportError` (cause chained);
an error status is returned as is and turned into an `APIError` by the client's response hook.

The inner transport is chosen on the first request, when the event loop is known:
`emnify._aiohttp.AiohttpTransport` on asyncio (markedly faster than httpx's own connection
pool at high concurrency), httpx's own `AsyncHTTPTransport` on trio or with
``prefer_aiohttp=False``. A transport passed in by the caller is used as is.

Two ways in, one policy loop (`_apply`): `handle_async_request` for httpx requests (every
generated operation, `client.request`, pagination, authentication), and `send_raw`, which
hands a bodiless request straight to the aiohttp transport without building httpx objects --
the path of bulk statistics, where those objects cost more CPU than the HTTP itself.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import anyio
import httpx

from ._validate import check_int
from .errors import RateLimitError, TransportError, parse_retry_after
from .limits import Limiter

if TYPE_CHECKING:
    import aiohttp

    from ._aiohttp import AiohttpTransport, RawResponse

__all__ = [
    "AUTHORIZATION_EXTENSION",
    "IDEMPOTENT_METHODS",
    "RETRY_EXTENSION",
    "PolicyTransport",
    "RetryPolicy",
    "current_backend",
]

logger = logging.getLogger("emnify")

#: Methods retried after network failures and 502/503/504 without an opt-in.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
#: Request extension: True forces retries of failures for this request, False forbids them.
RETRY_EXTENSION = "emnify.retry"
#: Request extension set by the auth flow: an async function returning the ``Authorization``
#: value of a fresh token (renewing it, single flight, when it is due). Awaited before each
#: attempt, after the rate-limit wait: a request can wait in the limiter or in a backoff for
#: longer than the token it was given lives.
AUTHORIZATION_EXTENSION = "emnify.authorization"
_RETRY_STATUSES = frozenset({502, 503, 504})
_RETRYABLE_HTTPX_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
_KEEP_EXTENSIONS = ("http_version", "reason_phrase")


class _OneChunk:
    """Async iterator over one chunk of bytes."""

    __slots__ = ("_chunk",)

    def __init__(self, chunk: bytes) -> None:
        self._chunk: bytes | None = chunk

    def __aiter__(self) -> _OneChunk:
        return self

    async def __anext__(self) -> bytes:
        chunk, self._chunk = self._chunk, None
        if chunk is None:
            raise StopAsyncIteration
        return chunk


class _RequestBody(httpx.AsyncByteStream):
    """A buffered request body, iterated by an object instead of an async generator.

    httpx's `ByteStream` yields its bytes from an async generator. A cancellation that lands
    while the HTTP library holds that generator suspended (between the chunk and the end of
    the body) leaves it unfinished, and trio then warns when the garbage collector finds it
    (a ResourceWarning, an error under `-W error`). An iterator object leaves nothing to
    finalize. Each iteration starts afresh, so a retry sends the body again.
    """

    __slots__ = ("_body",)

    def __init__(self, body: bytes) -> None:
        self._body = body

    def __aiter__(self) -> _OneChunk:
        return _OneChunk(self._body)


class _Answer(Protocol):
    @property
    def status_code(self) -> int: ...

    @property
    def headers(self) -> Any: ...


_R = TypeVar("_R", bound=_Answer)


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry.

    Attributes:
        max_retries: retries after the first attempt (0 = never retry).
        backoff_base: first backoff ceiling in seconds; doubles per retry ("full jitter":
            the actual wait is uniform between 0 and the ceiling).
        backoff_max: cap of the backoff ceiling.
        retry_non_idempotent: also retry POST/PATCH after network failures and 502/503/504.
        max_retry_after: a `Retry-After` longer than this (seconds) is not waited for; the
            request fails at once with `RateLimitError` (and so do other requests of the route
            while that pause lasts).
    """

    max_retries: int = 5
    backoff_base: float = 0.25
    backoff_max: float = 10.0
    retry_non_idempotent: bool = False
    max_retry_after: float = 300.0

    def backoff(self, attempt: int) -> float:
        """A full-jitter delay for retry number `attempt` (0-based)."""
        ceiling = min(self.backoff_max, self.backoff_base * (2.0 ** min(attempt, 32)))
        return random.uniform(0.0, ceiling)


def current_backend() -> str:
    """The async library running the current task ("asyncio" or "trio")."""
    try:
        import sniffio
    except ImportError:  # pragma: no cover - trio depends on sniffio, so this is asyncio
        return "asyncio"
    try:
        return sniffio.current_async_library()
    except sniffio.AsyncLibraryNotFoundError:
        return "asyncio"


def _is_aiohttp_error(exc: BaseException) -> bool:
    return type(exc).__module__.split(".", 1)[0] == "aiohttp"


def _classify(exc: Exception) -> bool | None:
    """Whether `exc` (raised while sending) is a retryable network failure (True), a
    non-retryable one (False), or no network failure at all (None: re-raise as is)."""
    if isinstance(exc, httpx.TransportError):
        return isinstance(exc, _RETRYABLE_HTTPX_ERRORS)
    if isinstance(exc, OSError) or _is_aiohttp_error(exc):
        return True
    return None


def _make_default_transport(max_connections: int, prefer_aiohttp: bool) -> httpx.AsyncBaseTransport:
    if prefer_aiohttp and current_backend() == "asyncio":
        try:
            from ._aiohttp import AiohttpTransport

            return AiohttpTransport(max_connections=max_connections)
        except Exception as exc:  # ImportError, or an incompatible aiohttp
            logger.debug("aiohttp transport unavailable (%s); using httpx's", type(exc).__name__)
    limits = httpx.Limits(
        max_connections=max_connections, max_keepalive_connections=max_connections
    )
    return httpx.AsyncHTTPTransport(limits=limits)


class PolicyTransport(httpx.AsyncBaseTransport):
    """Wraps `inner` with the client's concurrency limit, rate limits and retries.

    `inner=None` picks a transport on the first request (see the module docstring).
    """

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport | None = None,
        *,
        limiter: Limiter,
        max_concurrency: int = 16,
        retry: RetryPolicy | None = None,
        prefer_aiohttp: bool = True,
        sleep: Callable[[float], Any] | None = None,
    ) -> None:
        check_int("max_concurrency", max_concurrency, minimum=1)
        self._inner = inner
        self._owns_inner = inner is None
        self._limiter = limiter
        self._max_concurrency = max_concurrency
        self._slots = anyio.Semaphore(max_concurrency, fast_acquire=True)
        self._retry = retry or RetryPolicy()
        self._prefer_aiohttp = prefer_aiohttp
        self._sleep = sleep or anyio.sleep
        self._closed = False
        self._raw: AiohttpTransport | None = None

    @property
    def limiter(self) -> Limiter:
        """The limiter shared by all requests of this transport."""
        return self._limiter

    @property
    def retry(self) -> RetryPolicy:
        """The retry policy."""
        return self._retry

    @property
    def inner(self) -> httpx.AsyncBaseTransport | None:
        """The transport doing the I/O (None until the first request picks one)."""
        return self._inner

    @property
    def in_flight(self) -> int:
        """Requests holding a concurrency slot right now (sending or reading a body)."""
        return self._max_concurrency - self._slots.value

    def __repr__(self) -> str:
        inner = type(self._inner).__name__ if self._inner is not None else "auto"
        return f"<PolicyTransport inner={inner} max_concurrency={self._max_concurrency}>"

    def _get_inner(self) -> httpx.AsyncBaseTransport:
        inner = self._inner
        if inner is None:
            if self._closed:
                raise RuntimeError("the emnify client has been closed")
            inner = _make_default_transport(self._max_concurrency, self._prefer_aiohttp)
            self._inner = inner
            logger.debug("emnify: using %s", type(inner).__name__)
        return inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        # (A body that cannot be sent twice is sent once. The auth flow buffers bodies, so
        # this only concerns requests made without it.)
        replayable = isinstance(request.stream, httpx.ByteStream)
        return await self._apply(
            request.method,
            request.url.path,
            request.headers,
            self._send_once,
            (request,),
            retry=request.extensions.get(RETRY_EXTENSION),
            replayable=replayable,
            authorization=request.extensions.get(AUTHORIZATION_EXTENSION),
        )

    def raw_transport(self) -> AiohttpTransport | None:
        """The aiohttp transport when requests go through one (so `send_raw` works), else
        None (trio, `prefer_aiohttp=False`, or a transport passed in)."""
        raw = self._raw
        if raw is None and self._owns_inner and not self._closed:
            inner = self._get_inner()
            from ._aiohttp import AiohttpTransport

            if isinstance(inner, AiohttpTransport):
                raw = self._raw = inner
        return raw

    async def send_raw(
        self,
        method: str,
        url: str,
        path: str,
        headers: dict[str, str],
        *,
        timeouts: aiohttp.ClientTimeout,
        authorization: Callable[[], Awaitable[str | None]] | None = None,
    ) -> RawResponse:
        """Send a bodiless request through the same policies as `handle_async_request`, but
        straight to aiohttp, without httpx's request and response objects (a fast path for
        bulk GETs; see `emnify._aiohttp`). `path` names the route; `headers` is not copied,
        so pass a fresh dict (the ``Authorization`` value is set in it per attempt).

        Requires `raw_transport()` to be an `AiohttpTransport`; raises `RuntimeError`
        otherwise. Failures come back as for `handle_async_request`: an error status as an
        answer, network failures after the last retry as `TransportError`.
        """
        inner = self.raw_transport()
        if inner is None:
            raise RuntimeError("send_raw needs the aiohttp transport")

        answer = await self._apply(
            method,
            path,
            headers,
            inner.send_raw,
            (method, url, headers, timeouts),
            retry=None,
            replayable=True,
            authorization=authorization,
        )
        if logger.isEnabledFor(logging.DEBUG):  # (httpx logs the requests it sends itself)
            logger.debug("%s %s: HTTP %d", method, path, answer.status_code)
        return answer

    async def _apply(
        self,
        method: str,
        path: str,
        headers: MutableMapping[str, str],
        send: Callable[..., Awaitable[_R]],
        args: tuple[Any, ...],
        *,
        retry: bool | None,
        replayable: bool,
        authorization: Callable[[], Awaitable[str | None]] | None,
    ) -> _R:
        """The policy loop around `send(*args)`, one call per attempt, with the
        ``Authorization`` value of a fresh token put into `headers` (the request's) before
        each. (Arguments rather than a closure: a bulk run keeps many of these waiting, and
        each closure would be a few more objects for the garbage collector to walk.)"""
        limiter = self._limiter
        route = limiter.route(method, path)
        policy = self._retry
        if retry is None:
            retry_failures = method in IDEMPOTENT_METHODS or policy.retry_non_idempotent
        else:
            retry_failures = bool(retry)
        attempt = 0
        while True:
            paused = limiter.paused_for(route)
            if paused > policy.max_retry_after:
                raise RateLimitError(
                    f"the server paused {route.key} for {paused:.0f} s (Retry-After), longer "
                    f"than max_retry_after={policy.max_retry_after:g} s",
                    retry_after=paused,
                    method=method,
                    path=path,
                )
            await limiter.acquire(route)
            # (outside the slot: renewing the token sends a request)
            if authorization is not None:
                value = await authorization()
                if value is not None:
                    headers["Authorization"] = value
            try:
                # (a checkpoint even when a slot is free: a cancelled caller stops here, before
                # the request is on the wire, rather than half-way through sending it)
                async with self._slots:
                    if limiter.paused_for(route) > 0:
                        # A 429 paused the route while this request waited for a slot: go
                        # back to the limiter rather than send into the pause.
                        continue
                    sent_at = limiter.now()
                    response = await send(*args)
            except Exception as exc:
                retryable = _classify(exc)
                if retryable is None:
                    raise
                if retryable and retry_failures and replayable and attempt < policy.max_retries:
                    delay = policy.backoff(attempt)
                    attempt += 1
                    await self._wait_to_retry(method, path, type(exc).__name__, attempt, delay)
                    continue
                raise TransportError(
                    f"{method} {path} failed after {attempt + 1} attempt(s): "
                    f"{type(exc).__name__}: {exc}",
                    method=method,
                    path=path,
                ) from exc

            status = response.status_code
            if status == 429:
                retry_after = parse_retry_after(response.headers.get("retry-after"))
                limiter.on_rate_limited(
                    route, sent_at=sent_at, retry_after=retry_after, backoff=policy.backoff
                )
                if (
                    replayable
                    and attempt < policy.max_retries
                    and (retry_after is None or retry_after <= policy.max_retry_after)
                ):
                    attempt += 1
                    continue  # the limiter makes the retry wait for the route's pause
                return response
            limiter.on_success(route)
            if (
                status in _RETRY_STATUSES
                and retry_failures
                and replayable
                and attempt < policy.max_retries
            ):
                retry_after = parse_retry_after(response.headers.get("retry-after"))
                if retry_after is not None and retry_after <= policy.max_retry_after:
                    delay = retry_after
                else:
                    delay = policy.backoff(attempt)
                attempt += 1
                await self._wait_to_retry(method, path, f"HTTP {status}", attempt, delay)
                continue
            return response

    async def _wait_to_retry(
        self, method: str, path: str, reason: str, attempt: int, delay: float
    ) -> None:
        """Log (at DEBUG) why a request is sent again, then sleep `delay` seconds."""
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s: %s; retry %d/%d in %.3f s",
                method,
                path,
                reason,
                attempt,
                self._retry.max_retries,
                delay,
            )
        await self._sleep(delay)

    async def _send_once(self, request: httpx.Request) -> httpx.Response:
        if type(request.stream) is httpx.ByteStream:  # (see _RequestBody)
            request.stream = _RequestBody(request.content)
        response = await self._get_inner().handle_async_request(request)
        stream = response.stream
        if isinstance(stream, httpx.ByteStream):  # read already (our aiohttp transport)
            return response
        try:
            if isinstance(stream, httpx.AsyncByteStream):
                content = b"".join([chunk async for chunk in stream])
            else:  # pragma: no cover - a sync stream from an async transport
                content = b"".join(stream)
        finally:
            if isinstance(stream, httpx.AsyncByteStream):
                await stream.aclose()
        extensions = {
            k: response.extensions[k] for k in _KEEP_EXTENSIONS if k in response.extensions
        }
        return httpx.Response(
            status_code=response.status_code,
            headers=response.headers,
            stream=httpx.ByteStream(content),
            extensions=extensions,
            request=request,
        )

    async def aclose(self) -> None:
        self._closed = True
        self._raw = None
        inner = self._inner
        if inner is not None:
            await inner.aclose()
