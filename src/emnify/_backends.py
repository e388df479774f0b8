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

Two bounds hold for every attempt, whatever the server does:

* **size**: the body is read decoded (decompressed), in chunks, and reading stops as soon as
  it passes ``max_response_bytes``: `ResponseTooLargeError`. A gzip bomb is never unpacked
  whole; the decompressor itself hands out bounded pieces (httpx: `_Inflate` here; aiohttp
  3.13.3+ bounds its own, see `emnify._aiohttp`);
* **time**: the whole attempt (connection, request, answer, body) must end within
  ``attempt_timeout`` seconds (None: no deadline), besides the per-read timeouts that a body
  trickled byte by byte never trips: `AttemptTimeout`, a timeout like any other.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterator
from typing import Protocol

import anyio
import httpx

from ._wire import Answer, Request
from .errors import ResponseTooLargeError

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "AttemptTimeout",
    "Backend",
    "HttpxBackend",
    "RequestBody",
    "current_backend",
    "default_backend",
    "too_large",
]

logger = logging.getLogger("emnify")

# The answer's body is decoded already; these describe the encoded one.
DECODED_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})

#: The default bound of one answer's decoded body: far above any emnify answer (a page of
#: 2,500 SIMs is a few MB), far below what would hurt the process.
DEFAULT_MAX_RESPONSE_BYTES = 64 * 2**20

#: The most bytes the gzip/deflate decoder hands out at once (a bomb's every input byte can
#: become a thousand).
_INFLATE_STEP = 64 * 1024


class AttemptTimeout(httpx.TimeoutException):
    """An attempt did not end within the client's ``attempt_timeout`` (a timeout like a read
    timeout: retried for idempotent requests, a `TransportError` after the last retry)."""


def attempt_timed_out(deadline: float) -> AttemptTimeout:
    """The failure of an attempt that outlived `deadline` seconds."""
    return AttemptTimeout(
        f"the answer was not complete within attempt_timeout={deadline:g} s "
        f"(a server that sends too slowly)"
    )


def too_large(request: Request, status_code: int, limit: int) -> ResponseTooLargeError:
    """The error for an answer to `request` whose decoded body passed `limit` bytes."""
    return ResponseTooLargeError(
        f"{request.method} {request.path}: the answer (HTTP {status_code}) is larger than "
        f"max_response_bytes={limit:,} bytes (decoded); it was not read further",
        limit=limit,
        status_code=status_code,
        method=request.method,
        path=request.path,
    )


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


def default_backend(
    max_connections: int,
    prefer_aiohttp: bool,
    *,
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    attempt_timeout: float | None = None,
) -> Backend:
    """aiohttp on asyncio when it is installed (and `prefer_aiohttp`), else httpx's own."""
    if prefer_aiohttp and current_backend() == "asyncio":
        try:
            from ._aiohttp import AiohttpBackend

            return AiohttpBackend(
                max_connections=max_connections,
                max_response_bytes=max_response_bytes,
                attempt_timeout=attempt_timeout,
            )
        except Exception as exc:  # ImportError, or an incompatible aiohttp
            logger.debug("aiohttp backend unavailable (%s); using httpx's", type(exc).__name__)
    limits = httpx.Limits(
        max_connections=max_connections, max_keepalive_connections=max_connections
    )
    return HttpxBackend(
        httpx.AsyncHTTPTransport(limits=limits),
        max_response_bytes=max_response_bytes,
        attempt_timeout=attempt_timeout,
    )


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


class _Inflate:
    """gzip or deflate decoding that never hands out more than `_INFLATE_STEP` bytes at once.

    httpx's own decoders unpack each chunk read from the socket whole: 64 kB of a gzip bomb
    become 64 MB in one call, before anyone can count them.
    """

    __slots__ = ("_decoder", "_sniff")

    def __init__(self, encoding: str) -> None:
        gzip = encoding != "deflate"
        self._decoder = zlib.decompressobj(16 + zlib.MAX_WBITS if gzip else zlib.MAX_WBITS)
        # "deflate" is meant to be zlib-wrapped (RFC 9110), but some servers send it raw, as
        # httpx and aiohttp accept too: decided by the first byte.
        self._sniff = not gzip

    def feed(self, data: bytes) -> Iterator[bytes]:
        """The decoded bytes of `data`, in pieces of at most `_INFLATE_STEP` bytes."""
        if self._sniff and data:
            self._sniff = False
            if data[0] & 0x0F != 8:  # not a zlib header (compression method 8)
                self._decoder = zlib.decompressobj(-zlib.MAX_WBITS)
        decoder = self._decoder
        try:
            while not decoder.eof:
                piece = decoder.decompress(data, _INFLATE_STEP)
                if piece:
                    yield piece
                data = decoder.unconsumed_tail
                if not data and len(piece) < _INFLATE_STEP:
                    return  # (a full piece may leave output pending: ask again)
        except zlib.error as exc:
            raise httpx.DecodingError(f"the answer's compressed body is corrupt: {exc}") from None


#: what `_Inflate` decodes; any other Content-Encoding is left to httpx's decoders
_INFLATED = frozenset({"gzip", "x-gzip", "deflate"})


class _Attempt:
    """One attempt of `HttpxBackend.send`: its cancel scope, and why the scope was cancelled
    when it was the body's size."""

    __slots__ = ("scope", "too_large")

    def __init__(self, scope: anyio.CancelScope) -> None:
        self.scope = scope
        self.too_large: ResponseTooLargeError | None = None


class HttpxBackend:
    """Any `httpx.AsyncBaseTransport` as a backend (httpx's own pool, or a test transport).

    `max_response_bytes` bounds each answer's decoded body, `attempt_timeout` each attempt
    (see the module docstring).
    """

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport,
        *,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        attempt_timeout: float | None = None,
    ) -> None:
        self.transport = transport
        self.max_response_bytes = max_response_bytes
        self.attempt_timeout = attempt_timeout

    def __repr__(self) -> str:
        return f"<HttpxBackend {type(self.transport).__name__}>"

    async def send(self, request: Request) -> Answer:
        """Send one attempt and read its whole (decoded) answer, within the bounds."""
        deadline = self.attempt_timeout
        # One cancel scope per attempt serves both bounds: the deadline cancels it, and so
        # does a body passing the limit (see `_read`).
        attempt = _Attempt(
            anyio.CancelScope() if deadline is None else anyio.move_on_after(deadline)
        )
        with attempt.scope:
            return await self._exchange(request, attempt)
        # (reached only when the scope was cancelled: the limit, or else the deadline)
        if attempt.too_large is not None:
            raise attempt.too_large
        assert deadline is not None
        raise attempt_timed_out(deadline)

    async def _exchange(self, request: Request, attempt: _Attempt) -> Answer:
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
        response = httpx.Response(
            raw.status_code,
            headers=raw.headers,
            stream=raw.stream,
            request=outgoing,
            extensions=raw.extensions,
        )
        try:
            content = await self._read(request, response, attempt)
        except httpx.DecodingError as exc:
            # (not an httpx.TransportError: it would pass the pipeline unclassified; aiohttp
            # reports the same as a payload error, mapped to ReadError)
            raise httpx.ReadError(str(exc)) from None
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

    async def _read(self, request: Request, response: httpx.Response, attempt: _Attempt) -> bytes:
        """The body, decoded once, here, and counted as it is decoded.

        Past the limit, reading is stopped by cancelling the attempt's scope rather than by
        leaving the loop: the cancellation lands in the innermost read and unwinds the async
        generators of httpx and httpcore under this loop, where a ``break`` would leave them
        suspended (and trio warns when the garbage collector finds them).
        """
        limit = self.max_response_bytes
        chunks: list[bytes] = []
        size = 0
        encoding = response.headers.get("content-encoding", "").strip().lower()
        inflate = _Inflate(encoding) if encoding in _INFLATED else None
        # identity: the bytes as they come; an encoding this client never asked for: httpx's
        # decoders, which unpack a socket read at a time
        stream = response.aiter_bytes() if encoding and inflate is None else response.aiter_raw()
        async for data in stream:
            if attempt.too_large is not None:
                continue  # (until the cancellation lands)
            for piece in inflate.feed(data) if inflate is not None else (data,):
                size += len(piece)
                if size > limit:
                    attempt.too_large = too_large(request, response.status_code, limit)
                    attempt.scope.cancel()
                    break
                chunks.append(piece)
        if attempt.too_large is not None:  # (the whole body had been read already)
            raise attempt.too_large
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)

    async def aclose(self) -> None:
        await self.transport.aclose()
