"""Bounded answers (#16, point 4): a body's decoded size and an attempt's duration.

Against the hostile loopback server on both backends -- aiohttp (asyncio) and httpx (asyncio
with ``use_aiohttp=False``, and trio): gzip bombs and plain oversized bodies raise
`ResponseTooLargeError` without being unpacked (peak memory measured with `tracemalloc`, with
generous bounds), are never retried, and gzip/deflate answers under the limit still decode; a
body trickled one byte at a time, each byte well inside the read timeout, fails at the attempt
deadline (the server records that the client hung up before the body was done), retried like
any timeout. The deadline's arithmetic is checked on virtual time, without sockets.

No test decides anything from the wall clock.
"""

from __future__ import annotations

import functools
import gzip
import json
import pickle
import tracemalloc
import zlib
from typing import Any

import anyio
import httpx
import pytest

import emnify
from emnify import EmnifyClient
from emnify.errors import ResponseTooLargeError, TransportError
from emnify.hooks import Event
from tests.hostile_server import Received, Reply, gzip_of_zeros, hostile_server
from tests.test_cancellation import FAKE_JWT
from tests.virtual_time import VIRTUAL, backend_options, on_virtual_time

pytestmark = pytest.mark.anyio

STATS = "/api/v1/sim/7/stats"
MiB = 2**20
#: where both backends run: aiohttp on asyncio, httpx's transport on asyncio and on trio
STACKS = ("asyncio+aiohttp", "asyncio+httpx", "trio+httpx")


@pytest.fixture(params=STACKS)
def anyio_backend(request: pytest.FixtureRequest) -> str | tuple[str, dict[str, Any]]:
    name = str(request.param)
    if name in VIRTUAL:  # (a test marked @on_virtual_time)
        return backend_options(name)
    return name.split("+")[0]


@pytest.fixture
def use_aiohttp(request: pytest.FixtureRequest) -> bool:
    return bool(request.node.callspec.params.get("anyio_backend") == "asyncio+aiohttp")


@functools.cache
def bomb(mib: int) -> bytes:
    return gzip_of_zeros(mib)


def client_at(base_url: str, use_aiohttp: bool, **kwargs: Any) -> EmnifyClient:
    kwargs.setdefault("rate_limits", None)
    kwargs.setdefault("backoff_base", 0.001)
    kwargs.setdefault("backoff_max", 0.002)
    return EmnifyClient(auth_token=FAKE_JWT, base_url=base_url, use_aiohttp=use_aiohttp, **kwargs)


def backend_name(client: EmnifyClient) -> str:
    return type(client._pipeline.backend).__name__


def pieces(body: bytes, size: int = 64 * 1024) -> list[bytes]:
    return [body[i : i + size] for i in range(0, len(body), size)]


class Peak:
    """The peak of Python's traced allocations during the block, above where it started."""

    def __init__(self) -> None:
        self.bytes = 0

    def __enter__(self) -> Peak:
        tracemalloc.start()
        tracemalloc.reset_peak()
        self._start = tracemalloc.get_traced_memory()[0]
        return self

    def __exit__(self, *exc: object) -> None:
        self.bytes = tracemalloc.get_traced_memory()[1] - self._start
        tracemalloc.stop()


# ------------------------------------------------------------------------------ size
@pytest.mark.parametrize("encoding", ["gzip", "identity"])
async def test_a_body_past_the_limit_raises_at_once_without_being_unpacked(
    use_aiohttp: bool, encoding: str
) -> None:
    """A 256 MiB body (a 260 kB gzip bomb, or plain zeros sent as they are) against a 1 MiB
    limit: `ResponseTooLargeError` after about 1 MiB decoded, one attempt, small peak."""
    outcome: list[bool] = []

    async def handler(request: Received, reply: Reply) -> None:
        if encoding == "gzip":
            body = bomb(256)
            parts = pieces(body)
            headers = {"Content-Encoding": "gzip", "Content-Type": "application/json"}
        else:
            chunk = bytes(MiB)
            parts, body = [chunk] * 256, b""
            headers = {"Content-Type": "application/json"}
        length = len(body) if body else 256 * MiB
        outcome.append(await reply.stream(200, parts, length=length, headers=headers))

    async with hostile_server(handler) as server:
        client = client_at(server.base_url, use_aiohttp, max_response_bytes=MiB, max_retries=3)
        async with client:
            with Peak() as peak, pytest.raises(ResponseTooLargeError) as info:
                await client.request("GET", STATS)
            expected = "AiohttpBackend" if use_aiohttp else "HttpxBackend"
            assert backend_name(client) == expected
            error = info.value
            assert isinstance(error, TransportError)
            assert (error.limit, error.status_code, error.method, error.path) == (
                MiB,
                200,
                "GET",
                STATS,
            )
            assert "max_response_bytes=1,048,576" in str(error)
            assert server.count(STATS) == 1  # never retried: the body would come again
            # The client keeps working (the connection it dropped is not reused).
            with pytest.raises(ResponseTooLargeError):
                await client.sim_stats(7)
    assert peak.bytes < 32 * MiB, f"peak {peak.bytes / MiB:.1f} MiB"
    if encoding == "identity":
        assert outcome and not any(outcome)  # the client hung up long before 256 MiB


async def test_a_gzip_bomb_at_the_default_limit_stays_bounded(use_aiohttp: bool) -> None:
    """The issue's case: about 1 MB of gzip that unpacks to 1 GiB, default settings. The
    client holds at most the 64 MiB limit (plus a piece), never the gigabyte."""

    async def handler(request: Received, reply: Reply) -> None:
        body = bomb(1024)
        headers = {"Content-Encoding": "gzip", "Content-Type": "application/json"}
        await reply.stream(200, pieces(body), length=len(body), headers=headers)

    async with hostile_server(handler) as server:
        async with client_at(server.base_url, use_aiohttp) as client:
            assert client.max_response_bytes == 64 * MiB
            with Peak() as peak, pytest.raises(ResponseTooLargeError) as info:
                await client.sim_stats(7)
    assert info.value.limit == 64 * MiB
    assert server.count(STATS) == 1
    assert peak.bytes < 160 * MiB, f"peak {peak.bytes / MiB:.1f} MiB"


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "raw-deflate", "identity"])
async def test_bodies_up_to_the_limit_decode(use_aiohttp: bool, encoding: str) -> None:
    """Exactly the limit passes (in every encoding the client accepts); one byte more does
    not."""
    limit = 300_000
    ok = json.dumps({"pad": "x" * (limit - 11)}).encode()
    assert len(ok) == limit

    def encode(data: bytes) -> bytes:
        if encoding == "gzip":
            return gzip.compress(data)
        if encoding == "deflate":
            return zlib.compress(data)
        if encoding == "raw-deflate":
            compressor = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
            return compressor.compress(data) + compressor.flush()
        return data

    async def handler(request: Received, reply: Reply) -> None:
        data = ok if request.path.endswith("/1") else ok + b" "
        body = encode(data)
        headers = {"Content-Type": "application/json"}
        if encoding != "identity":
            headers["Content-Encoding"] = encoding.removeprefix("raw-")
        await reply.stream(200, pieces(body, 1000), length=len(body), headers=headers)

    async with hostile_server(handler) as server:
        async with client_at(server.base_url, use_aiohttp, max_response_bytes=limit) as client:
            response = await client.request("GET", "/api/v1/sim/1")
            assert response.content == ok
            with pytest.raises(ResponseTooLargeError):
                await client.request("GET", "/api/v1/sim/2")
    assert server.count("/api/v1/sim/2") == 1


async def test_a_corrupt_gzip_body_is_a_transport_error(use_aiohttp: bool) -> None:
    """A body that is not the gzip it claims: a `TransportError` on both backends (httpx's
    own `DecodingError` is no transport error, and used to escape the pipeline as it was)."""

    async def handler(request: Received, reply: Reply) -> None:
        body = gzip.compress(b'{"a": 1}')[:12] + b"not gzip at all" * 10
        await reply.stream(200, [body], length=len(body), headers={"Content-Encoding": "gzip"})

    async with hostile_server(handler) as server:
        async with client_at(server.base_url, use_aiohttp, max_retries=0) as client:
            with pytest.raises(TransportError) as info:
                await client.request("GET", STATS)
    assert not isinstance(info.value, ResponseTooLargeError)


async def test_an_oversized_error_answer_is_too_large_not_an_api_error(use_aiohttp: bool) -> None:
    seen: list[Event] = []

    async def handler(request: Received, reply: Reply) -> None:
        body = bomb(16)
        headers = {"Content-Encoding": "gzip"}
        await reply.stream(503, pieces(body), length=len(body), headers=headers)

    async with hostile_server(handler) as server:
        client = client_at(
            server.base_url, use_aiohttp, max_response_bytes=MiB, event_hooks=[seen.append]
        )
        async with client:
            with pytest.raises(ResponseTooLargeError) as info:
                await client.sim_stats(7)
    assert info.value.status_code == 503
    assert server.count(STATS) == 1  # a 503 is retried, an unreadable one is not
    kinds = [(event.kind, event.reason) for event in seen]
    assert kinds == [("request", ""), ("error", "ResponseTooLargeError")]


@on_virtual_time
@pytest.mark.parametrize("attempt_timeout", [None, 5.0])
async def test_a_body_read_whole_before_the_limit_shows_still_fails_cleanly(
    attempt_timeout: float | None,
) -> None:
    """A transport that hands over the whole body at once (no read left for the cancellation
    to land in): the same error, and no cancellation leaks into the next request."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/plain"):
            return httpx.Response(200, content=bytes(2 * MiB))
        if request.url.path.endswith("/bomb"):
            gzipped = gzip.compress(bytes(4 * MiB))
            return httpx.Response(200, content=gzipped, headers={"Content-Encoding": "gzip"})
        return httpx.Response(200, json={"ok": True})

    client = EmnifyClient(
        auth_token=FAKE_JWT,
        transport=httpx.MockTransport(handler),
        rate_limits=None,
        max_response_bytes=MiB,
        attempt_timeout=attempt_timeout,
    )
    async with client:
        for path in ("/api/v1/plain", "/api/v1/bomb"):
            with pytest.raises(ResponseTooLargeError):
                await client.request("GET", path)
            assert (await client.request("GET", "/api/v1/small")).json() == {"ok": True}
            await anyio.sleep(1)  # (a checkpoint where a stray cancellation would land)


# ------------------------------------------------------------------------------ time
async def test_a_trickled_body_fails_at_the_attempt_deadline(use_aiohttp: bool) -> None:
    """One byte every 0.2 s: each read is far inside the 3 s read timeout, so without an
    overall deadline the call would last the whole 40 s of the body. With
    ``attempt_timeout=1`` each attempt is given up, the GET is retried once like any timeout,
    and the server sees the client hang up both times before the body was done."""
    finished: list[bool] = []
    hung_up = anyio.Event()

    async def handler(request: Received, reply: Reply) -> None:
        body = b'{"pad": "' + b"x" * 186 + b'"}'
        sent = True
        try:
            await reply.raw(
                f"HTTP/1.1 200 X\r\nContent-Length: {len(body)}\r\n\r\n".encode("latin-1")
            )
            await reply.trickle(body, 0.2)
        except (anyio.BrokenResourceError, anyio.ClosedResourceError):
            sent = False  # the client hung up
        finished.append(sent)
        if len(finished) == 2:
            hung_up.set()
        if not sent:
            await reply.drop()

    async with hostile_server(handler) as server:
        client = client_at(
            server.base_url, use_aiohttp, timeout=3, attempt_timeout=1, max_retries=1
        )
        async with client:
            with pytest.raises(TransportError) as info:
                await client.sim_stats(7)
            with anyio.fail_after(60):  # (a bound that only a hang reaches)
                await hung_up.wait()
    message = str(info.value)
    assert "failed after 2 attempt(s)" in message
    assert "AttemptTimeout" in message and "attempt_timeout=1 s" in message
    assert server.count(STATS) == 2
    assert finished == [False, False]


class Trickle(httpx.AsyncByteStream):
    """A body of `size` bytes, one every `every` seconds (an iterator object: nothing for the
    garbage collector to finalize when the deadline cancels it half-way)."""

    def __init__(self, size: int, every: float, sent: list[float]) -> None:
        self._left = size
        self._every = every
        self._sent = sent

    def __aiter__(self) -> Trickle:
        return self

    async def __anext__(self) -> bytes:
        if not self._left:
            raise StopAsyncIteration
        await anyio.sleep(self._every)
        self._left -= 1
        self._sent.append(anyio.current_time())
        return b" "


class TrickleTransport(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.sent: list[float] = []
        self.attempts = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.attempts += 1
        return httpx.Response(200, stream=Trickle(50, 0.3, self.sent))


@on_virtual_time
async def test_the_attempt_deadline_on_virtual_time() -> None:
    """A 50-byte body at one byte per 0.3 s would take 15 s; ``attempt_timeout=2`` ends each
    attempt at 2 s exactly, after 6 bytes, and ``max_retries=2`` makes three attempts and two
    back-offs."""
    transport = TrickleTransport()
    sleeps: list[float] = []
    client = EmnifyClient(
        auth_token=FAKE_JWT,
        transport=transport,
        rate_limits=None,
        timeout=1,
        attempt_timeout=2,
        max_retries=2,
        backoff_base=0.25,
        event_hooks=[lambda e: sleeps.append(e.delay or 0.0) if e.kind == "retry" else None],
    )
    async with client:
        start = anyio.current_time()
        with pytest.raises(TransportError) as info:
            await client.sim_stats(7)
        elapsed = anyio.current_time() - start
    assert transport.attempts == 3
    assert "AttemptTimeout" in str(info.value)
    assert elapsed == pytest.approx(3 * 2.0 + sum(sleeps))
    assert len(transport.sent) == 3 * 6


@on_virtual_time
async def test_no_deadline_when_switched_off() -> None:
    transport = TrickleTransport()
    client = EmnifyClient(
        auth_token=FAKE_JWT, transport=transport, rate_limits=None, attempt_timeout=None
    )
    async with client:
        start = anyio.current_time()
        await client.request("GET", STATS)
        assert anyio.current_time() - start == pytest.approx(50 * 0.3)


# ------------------------------------------------------------------------------ options
def test_the_options_and_their_defaults() -> None:
    assert EmnifyClient("t").attempt_timeout == 120.0  # four times the default 30 s
    assert EmnifyClient("t", timeout=5).attempt_timeout == 20.0
    assert EmnifyClient("t", timeout=httpx.Timeout(5, read=20)).attempt_timeout == 80.0
    assert EmnifyClient("t", timeout=None).attempt_timeout is None
    assert EmnifyClient("t", attempt_timeout=None).attempt_timeout is None
    assert EmnifyClient("t", attempt_timeout=7).attempt_timeout == 7.0
    assert EmnifyClient("t", max_response_bytes=10).max_response_bytes == 10
    assert EmnifyClient("t").max_response_bytes == 64 * MiB


def test_the_error_type() -> None:
    assert emnify.ResponseTooLargeError is ResponseTooLargeError
    assert "ResponseTooLargeError" in emnify.__all__
    error = ResponseTooLargeError("too big", limit=5, status_code=200, method="GET", path="/x")
    clone = pickle.loads(pickle.dumps(error))
    assert type(clone) is ResponseTooLargeError
    assert (str(clone), clone.limit, clone.status_code, clone.method, clone.path) == (
        "too big",
        5,
        200,
        "GET",
        "/x",
    )
