"""`AiohttpTransport`: httpx requests sent over one `aiohttp.ClientSession` (asyncio only).

Why not `httpx_aiohttp`, which does the same for httpx: this client also needs a second,
lighter way into the *same* connection pool. `send_raw` sends a request without building httpx
objects at all; bulk statistics use it, because at thousands of requests per second httpx's
request and response objects cost more CPU than the HTTP itself. It also reads whole bodies
(every emnify answer is a small JSON document, and `PolicyTransport` wants the body read while
it holds the concurrency slot), and maps aiohttp's exceptions to the httpx exception that means
the same (`httpx_aiohttp` reports a dropped connection as `ConnectTimeout`).

Retries are never aiohttp's: it silently re-sends an idempotent request once when a kept-alive
connection turns out to be closed, which would be a retry outside the rate limiter and beyond
`max_retries`; that is switched off.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import Iterator, Mapping
from typing import Any

import aiohttp
import httpx
from multidict import CIMultiDictProxy
from yarl import URL

__all__ = ["AiohttpTransport", "RawResponse", "client_timeout"]


class RawResponse:
    """The answer of `AiohttpTransport.send_raw`: status, headers and the whole body."""

    __slots__ = ("content", "headers", "status_code")

    def __init__(self, status_code: int, headers: CIMultiDictProxy[str], content: bytes) -> None:
        self.status_code = status_code
        #: case-insensitive, like httpx's
        self.headers = headers
        #: the body, decompressed
        self.content = content

    @property
    def is_success(self) -> bool:
        """A 2xx status."""
        return 200 <= self.status_code < 300

    def to_httpx(self, method: str, url: str) -> httpx.Response:
        """The same answer as an `httpx.Response` (for error mapping, which is rare)."""
        headers = [(k, v) for k, v in self.headers.items() if k.lower() not in _DECODED_HEADERS]
        return httpx.Response(
            self.status_code,
            headers=headers,
            content=self.content,
            request=httpx.Request(method, url),
        )

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] {len(self.content)} bytes>"


# aiohttp has decompressed the body already; the httpx view must not try again
_DECODED_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def client_timeout(timeouts: Mapping[str, float | None]) -> aiohttp.ClientTimeout:
    """httpx's timeouts (``httpx.Timeout.as_dict()``, or the ``"timeout"`` extension of a
    request) in aiohttp's terms; httpx has no total timeout, aiohttp no write timeout."""
    return aiohttp.ClientTimeout(
        total=None,
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


@contextlib.contextmanager
def _mapped_errors(request: httpx.Request) -> Iterator[None]:
    try:
        yield
    except (aiohttp.ClientError, asyncio.TimeoutError, TimeoutError) as exc:
        for source, target in _ERROR_MAP:
            if isinstance(exc, source):
                raise target(f"{type(exc).__name__}: {exc}", request=request) from exc
        raise  # pragma: no cover - ClientError is the last entry


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An httpx transport over one lazily created `aiohttp.ClientSession`.

    The session is created on the first request (aiohttp binds it to the running event loop)
    and closed by `aclose`. Cookies are left to httpx; redirects are never followed.
    """

    def __init__(
        self,
        *,
        max_connections: int,
        keepalive_expiry: float | None = 5.0,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self._max_connections = max_connections
        self._keepalive_expiry = keepalive_expiry
        self._ssl_context = ssl_context or httpx.create_ssl_context()  # verification on
        self._session: aiohttp.ClientSession | None = None
        self._timeouts: dict[tuple[Any, ...], aiohttp.ClientTimeout] = {}
        self._closed = False

    def __repr__(self) -> str:
        return f"<AiohttpTransport max_connections={self._max_connections}>"

    def _get_session(self) -> aiohttp.ClientSession:
        session = self._session
        if session is None:
            if self._closed:
                raise RuntimeError("the transport has been closed")
            connector = aiohttp.TCPConnector(
                limit=self._max_connections,
                keepalive_timeout=self._keepalive_expiry or 5.0,
                ssl=self._ssl_context,
            )
            session = aiohttp.ClientSession(
                connector=connector, cookie_jar=aiohttp.DummyCookieJar()
            )
            # The attribute is private (aiohttp's own test client sets it the same way), hence
            # the guard; see the module docstring for why.
            if hasattr(session, "_retry_connection"):
                session._retry_connection = False
            self._session = session
        return session

    async def send_raw(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        timeouts: aiohttp.ClientTimeout,
    ) -> RawResponse:
        """Send a request without a body and read the whole answer; aiohttp's exceptions
        propagate unchanged (`PolicyTransport` classifies them)."""
        session = self._session or self._get_session()
        async with session.request(
            method,
            URL(url, encoded=True),
            headers=headers,
            allow_redirects=False,
            timeout=timeouts,
        ) as response:
            content = await response.read()
            return RawResponse(response.status, response.headers, content)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self._session or self._get_session()
        timeouts = request.extensions.get("timeout") or {}
        with _mapped_errors(request):
            body = await request.aread()
            async with session.request(
                request.method,
                URL(str(request.url), encoded=True),
                headers=request.headers.multi_items(),
                data=body or None,
                allow_redirects=False,
                auto_decompress=False,  # httpx decodes, as it does with its own transport
                compress=False,
                timeout=self._timeout(timeouts),
                server_hostname=request.extensions.get("sni_hostname"),
            ) as response:
                content = await response.read()
                status, raw_headers, reason = response.status, response.raw_headers, response.reason
        extensions: dict[str, Any] = {"http_version": b"HTTP/1.1"}
        if reason:
            extensions["reason_phrase"] = reason.encode("latin-1", "replace")
        return httpx.Response(
            status,
            headers=raw_headers,
            stream=httpx.ByteStream(content),
            request=request,
            extensions=extensions,
        )

    def _timeout(self, timeouts: Mapping[str, Any]) -> aiohttp.ClientTimeout:
        key = (timeouts.get("connect"), timeouts.get("read"), timeouts.get("pool"))
        timeout = self._timeouts.get(key)
        if timeout is None:
            if len(self._timeouts) >= 32:  # per-request timeouts that keep changing
                self._timeouts.clear()
            timeout = self._timeouts[key] = client_timeout(timeouts)
        return timeout

    async def aclose(self) -> None:
        self._closed = True
        session, self._session = self._session, None
        if session is not None:
            await session.close()
