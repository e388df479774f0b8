"""`AiohttpBackend`: the pipeline's requests over one `aiohttp.ClientSession` (asyncio only).

Why aiohttp at all: at thousands of requests per second httpx's pool and its request/response
objects cost more CPU than the HTTP itself (BENCHMARKS.md, B1), and the pipeline already works
on its own neutral request/answer pair, so this backend never builds an httpx object.

Why not `httpx_aiohttp`: it is an httpx transport (the objects this avoids), and it reports a
dropped connection as `ConnectTimeout`. Here aiohttp's exceptions are mapped to the httpx
exception class that means the same, the pipeline's one vocabulary of network failures.

Retries are never aiohttp's: it silently re-sends an idempotent request once when a kept-alive
connection turns out to be closed, which would be a retry outside the rate limiter and beyond
`max_retries`. It has no public switch for that; a client middleware (public API since aiohttp
3.12) turns those two failures into one aiohttp does not retry, `_Unretried`, and this backend
maps it back to the failure it carries.

Bounds (see `emnify._backends`): the body is read in chunks from aiohttp's decompressing
stream, and reading stops past ``max_response_bytes``. aiohttp 3.13.3 and later (the
minimum) unpack at most about a chunk ahead of the reader; older versions unpacked each socket read whole (up to
about a thousand times its size: CVE-2025-69223) before it could be counted.
``attempt_timeout`` is aiohttp's own ``total`` timeout (one more timer per request, where a
cancel scope around the call would cost more CPU than that).
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Mapping
from typing import Any

import aiohttp
import httpx
from yarl import URL

from ._backends import DEFAULT_MAX_RESPONSE_BYTES, attempt_timed_out, too_large
from ._wire import Answer, Request

__all__ = ["AiohttpBackend", "client_timeout", "mapped_error"]

#: bytes asked of aiohttp's stream per read (what it holds decoded is bounded by its own
#: buffer limits, not by this)
_CHUNK = 256 * 1024


def client_timeout(
    timeouts: Mapping[str, float | None], total: float | None = None
) -> aiohttp.ClientTimeout:
    """httpx-style timeouts (``httpx.Timeout.as_dict()``) in aiohttp's terms; httpx has no
    total timeout (`total` is the backend's attempt deadline), aiohttp no write timeout."""
    return aiohttp.ClientTimeout(
        total=total,
        connect=timeouts.get("pool"),
        sock_connect=timeouts.get("connect"),
        sock_read=timeouts.get("read"),
    )


# (aiohttp exception, httpx exception) pairs, most specific first
_ERROR_MAP: tuple[tuple[type[BaseException], type[httpx.TransportError]], ...] = (
    (aiohttp.ConnectionTimeoutError, httpx.ConnectTimeout),
    (aiohttp.SocketTimeoutError, httpx.ReadTimeout),
    (aiohttp.ServerTimeoutError, httpx.ReadTimeout),
    (aiohttp.ClientConnectorError, httpx.ConnectError),
    (aiohttp.ServerDisconnectedError, httpx.RemoteProtocolError),
    (aiohttp.ClientPayloadError, httpx.ReadError),
    (aiohttp.ClientResponseError, httpx.RemoteProtocolError),
    (aiohttp.InvalidURL, httpx.UnsupportedProtocol),
    (aiohttp.ClientOSError, httpx.ReadError),
    (aiohttp.ClientConnectionError, httpx.NetworkError),
    # (two classes before Python 3.11: aiohttp raises asyncio's, a socket the builtin one)
    (asyncio.TimeoutError, httpx.ReadTimeout),
    (TimeoutError, httpx.ReadTimeout),
    (aiohttp.ClientError, httpx.TransportError),
)


class _Unretried(aiohttp.ClientError):
    """A failure aiohttp would have retried silently, carried past its retry loop."""

    def __init__(self, failure: aiohttp.ClientError) -> None:
        super().__init__(str(failure))
        self.failure = failure


async def _no_silent_retry(
    request: aiohttp.ClientRequest, handler: aiohttp.ClientHandlerType
) -> aiohttp.ClientResponse:
    """A client middleware: aiohttp re-sends an idempotent request once after these two
    failures on a kept-alive connection (`ClientSession._request`); as `_Unretried` they
    reach the pipeline, which decides about retries itself."""
    try:
        return await handler(request)
    except (aiohttp.ClientOSError, aiohttp.ServerDisconnectedError) as exc:
        raise _Unretried(exc) from None


def mapped_error(exc: BaseException) -> httpx.TransportError:
    """The httpx exception meaning the same as aiohttp's `exc` (see `_ERROR_MAP`)."""
    if isinstance(exc, _Unretried):
        exc = exc.failure
    for source, target in _ERROR_MAP:
        if isinstance(exc, source):
            return target(f"{type(exc).__name__}: {exc}")
    return httpx.TransportError(f"{type(exc).__name__}: {exc}")  # pragma: no cover


class AiohttpBackend:
    """A pipeline backend over one lazily created `aiohttp.ClientSession`.

    The session is created on the first request (aiohttp binds it to the running event loop)
    and closed by `aclose`. No cookie jar; redirects are never followed.
    """

    def __init__(
        self,
        *,
        max_connections: int,
        keepalive_expiry: float | None = 5.0,
        ssl_context: ssl.SSLContext | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        attempt_timeout: float | None = None,
    ) -> None:
        self._max_connections = max_connections
        self.max_response_bytes = max_response_bytes
        self.attempt_timeout = attempt_timeout
        self._keepalive_expiry = keepalive_expiry
        self._ssl_context = ssl_context or httpx.create_ssl_context()  # verification on
        self._session: aiohttp.ClientSession | None = None
        self._timeouts: dict[tuple[Any, ...], aiohttp.ClientTimeout] = {}
        self._closed = False

    def __repr__(self) -> str:
        return f"<AiohttpBackend max_connections={self._max_connections}>"

    def _get_session(self) -> aiohttp.ClientSession:
        session = self._session
        if session is None:
            if self._closed:
                raise RuntimeError("the backend has been closed")
            connector = aiohttp.TCPConnector(
                limit=self._max_connections,
                keepalive_timeout=self._keepalive_expiry or 5.0,
                ssl=self._ssl_context,
            )
            session = aiohttp.ClientSession(
                connector=connector,
                cookie_jar=aiohttp.DummyCookieJar(),
                middlewares=(_no_silent_retry,),
            )
            self._session = session
        return session

    async def send(self, request: Request) -> Answer:
        """Send one attempt and read the whole (decompressed) answer; aiohttp's exceptions
        become httpx's (`mapped_error`)."""
        session = self._session or self._get_session()
        try:
            async with session.request(
                request.method,
                URL(request.url, encoded=True),
                headers=request.headers,
                data=request.body,
                allow_redirects=False,
                compress=False,
                timeout=self._timeout(request.timeouts),
            ) as response:
                limit = self.max_response_bytes
                chunks: list[bytes] = []
                size = 0
                async for chunk in response.content.iter_chunked(_CHUNK):
                    size += len(chunk)
                    if size > limit:
                        # (leaving the block closes the connection: the body was not read)
                        raise too_large(request, response.status, limit)
                    chunks.append(chunk)
                content = chunks[0] if len(chunks) == 1 else b"".join(chunks)
                return Answer(
                    response.status,
                    response.headers,
                    content,
                    method=request.method,
                    path=request.path,
                    reason_phrase=response.reason or "",
                )
        except (aiohttp.ClientError, asyncio.TimeoutError, TimeoutError) as exc:
            deadline = self.attempt_timeout
            if deadline is not None and not isinstance(exc, aiohttp.ClientError):
                # aiohttp's `total` timeout is the only plain TimeoutError it raises (its
                # connect and read timeouts are ClientErrors too)
                failure: httpx.TransportError = attempt_timed_out(deadline)
            else:
                failure = mapped_error(exc)
        # Raised outside the handler, so that aiohttp's exception is neither the cause nor the
        # context: its repr can quote the request, Authorization header included.
        raise failure

    def _timeout(self, timeouts: Mapping[str, float | None]) -> aiohttp.ClientTimeout:
        key = (timeouts.get("connect"), timeouts.get("read"), timeouts.get("pool"))
        timeout = self._timeouts.get(key)
        if timeout is None:
            if len(self._timeouts) >= 32:  # per-request timeouts that keep changing
                self._timeouts.clear()
            timeout = self._timeouts[key] = client_timeout(timeouts, self.attempt_timeout)
        return timeout

    async def aclose(self) -> None:
        self._closed = True
        session, self._session = self._session, None
        if session is not None:
            await session.close()
