"""The I/O under the pipeline: one method, `send(Request) -> Answer`, and `aclose()`.

Two backends, chosen when the first request runs (when the event loop is known):

* `emnify._aiohttp.AiohttpBackend` on asyncio: one `aiohttp.ClientSession`; at thousands of
  requests per second it costs markedly less CPU than httpx's pool (BENCHMARKS.md, B1);
* `HttpxBackend` on trio, with ``use_aiohttp=False``, and around any `httpx.AsyncBaseTransport`
  passed as ``transport=`` (tests, proxies).

A backend sends one attempt and reads the whole body (emnify's answers are small JSON
documents, and the pipeline holds a concurrency slot for exactly the time the connection is
busy). Its library's exceptions are mapped here, at this one boundary, to httpx's transport
exception classes, the one vocabulary of network failures the pipeline classifies
(`httpx.TimeoutException`, `httpx.NetworkError`, ...). It never retries on its own.
"""

from __future__ import annotations

import logging
from typing import Protocol

import httpx

from ._wire import Answer, Request

__all__ = ["Backend", "HttpxBackend", "RequestBody", "current_backend", "default_backend"]

logger = logging.getLogger("emnify")

# The answer's body is decoded already; these describe the encoded one.
DECODED_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


class Backend(Protocol):
    """Sends one attempt of a request; see the module docstring."""

    async def send(self, request: Request) -> Answer: ...

    async def aclose(self) -> None: ...


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


def default_backend(max_connections: int, prefer_aiohttp: bool) -> Backend:
    """aiohttp on asyncio when it is installed (and `prefer_aiohttp`), else httpx's own."""
    if prefer_aiohttp and current_backend() == "asyncio":
        try:
            from ._aiohttp import AiohttpBackend

            return AiohttpBackend(max_connections=max_connections)
        except Exception as exc:  # ImportError, or an incompatible aiohttp
            logger.debug("aiohttp backend unavailable (%s); using httpx's", type(exc).__name__)
    limits = httpx.Limits(
        max_connections=max_connections, max_keepalive_connections=max_connections
    )
    return HttpxBackend(httpx.AsyncHTTPTransport(limits=limits))


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


class RequestBody(httpx.AsyncByteStream):
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


class HttpxBackend:
    """Any `httpx.AsyncBaseTransport` as a backend (httpx's own pool, or a test transport)."""

    def __init__(self, transport: httpx.AsyncBaseTransport) -> None:
        self.transport = transport

    def __repr__(self) -> str:
        return f"<HttpxBackend {type(self.transport).__name__}>"

    async def send(self, request: Request) -> Answer:
        outgoing = httpx.Request(
            request.method,
            request.url,
            headers=request.headers,
            content=request.body,
            extensions={"timeout": dict(request.timeouts)},
        )
        if "accept-encoding" not in outgoing.headers:
            outgoing.headers["Accept-Encoding"] = "gzip, deflate"  # (decoded by every httpx)
        if request.body:
            outgoing.stream = RequestBody(request.body)  # (`content` stays readable)
        raw = await self.transport.handle_async_request(outgoing)
        # A response on the transport's stream; reading it through httpx decodes the body
        # (gzip, deflate, br, zstd: whatever httpx advertised) once, here.
        response = httpx.Response(
            raw.status_code,
            headers=raw.headers,
            stream=raw.stream,
            request=outgoing,
            extensions=raw.extensions,
        )
        try:
            content = await response.aread()
        finally:
            await response.aclose()
        return Answer(
            response.status_code,
            response.headers,
            content,
            method=request.method,
            path=request.path,
            reason_phrase=response.reason_phrase,
        )

    async def aclose(self) -> None:
        await self.transport.aclose()
