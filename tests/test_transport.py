"""The pipeline through a client: retries, 429 handling, concurrency slots, the backend."""

from __future__ import annotations

import base64
import email.utils
import gzip
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import anyio
import anyio.abc
import httpx
import pytest

import emnify.errors
from emnify._backends import HttpxBackend
from emnify._pipeline import Pipeline, RetryPolicy
from emnify.client import EmnifyClient
from emnify.errors import RateLimitError, ServerError, TransportError
from emnify.limits import Limiter, RateLimits, RouteLimit, TokenBucketLimit
from tests.loopback_support import read_request_head
from tests.virtual_time import on_virtual_time

pytestmark = pytest.mark.anyio

Handler = Callable[[httpx.Request], Awaitable[httpx.Response]]


def jwt(lifetime: float = 3600) -> str:
    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'none'})}.{part({'exp': int(time.time() + lifetime)})}.x"


def client_for(
    handler: Handler | Callable[[httpx.Request], httpx.Response], **kwargs: Any
) -> EmnifyClient:
    """A client with a fixed token (no authenticate calls) and tiny backoffs."""
    kwargs.setdefault("rate_limits", None)
    kwargs.setdefault("backoff_base", 0.001)
    kwargs.setdefault("backoff_max", 0.002)
    return EmnifyClient(auth_token=jwt(), transport=httpx.MockTransport(handler), **kwargs)


class Script:
    """Answers requests from a list of statuses/exceptions, then 200; counts attempts."""

    def __init__(self, *answers: int | Exception | httpx.Response) -> None:
        self.answers = list(answers)
        self.attempts: list[tuple[str, str, float]] = []

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.attempts.append((request.method, request.url.path, anyio.current_time()))
        if self.answers:
            answer = self.answers.pop(0)
            if isinstance(answer, Exception):
                raise answer
            if isinstance(answer, httpx.Response):
                return answer
            return httpx.Response(answer, json={"message": f"status {answer}"})
        return httpx.Response(200, json={"ok": True})


# ----------------------------------------------------------------------------- 5xx retries
@pytest.mark.parametrize("status", [502, 503, 504])
async def test_idempotent_requests_are_retried_on_gateway_errors(status: int) -> None:
    script = Script(status, status)
    async with client_for(script) as client:
        response = await client.request("GET", "/api/v1/sim/1")
    assert response.json() == {"ok": True}
    assert len(script.attempts) == 3


async def test_retries_are_capped() -> None:
    script = Script(*([503] * 10))
    async with client_for(script, max_retries=2) as client:
        with pytest.raises(ServerError) as info:
            await client.request("DELETE", "/api/v1/sim/1")
    assert len(script.attempts) == 3
    assert info.value.status_code == 503


async def test_500_is_not_retried() -> None:
    script = Script(500)
    async with client_for(script) as client:
        with pytest.raises(ServerError):
            await client.request("GET", "/api/v1/sim/1")
    assert len(script.attempts) == 1


async def test_post_is_not_retried_unless_opted_in() -> None:
    script = Script(503, 503)
    async with client_for(script) as client:
        with pytest.raises(ServerError):
            await client.request("POST", "/api/v1/endpoint", json={"a": 1})
        assert len(script.attempts) == 1
        # Per request.
        await client.request("POST", "/api/v1/endpoint", json={"a": 1}, retry=True)
        assert len(script.attempts) == 3
    # Per client.
    script = Script(503, 502)
    async with client_for(script, retry_non_idempotent=True) as client:
        await client.request("PATCH", "/api/v1/endpoint/1", json={"a": 1})
    assert len(script.attempts) == 3


async def test_get_can_opt_out_of_retries() -> None:
    script = Script(503)
    async with client_for(script) as client:
        with pytest.raises(ServerError):
            await client.request("GET", "/api/v1/sim/1", retry=False)
    assert len(script.attempts) == 1


async def test_backoff_is_jittered_exponential_and_capped() -> None:
    policy = RetryPolicy(backoff_base=0.25, backoff_max=10.0)
    for attempt, ceiling in [(0, 0.25), (1, 0.5), (3, 2.0), (10, 10.0), (100, 10.0)]:
        delays = [policy.backoff(attempt) for _ in range(200)]
        assert all(0 <= d <= ceiling for d in delays)
        assert max(delays) > ceiling * 0.5  # full jitter spreads over the range
        assert min(delays) < ceiling * 0.5


# ----------------------------------------------------------------------------- network errors
async def test_connection_errors_retried_for_get_then_transport_error() -> None:
    script = Script(*[httpx.ConnectError("connection refused") for _ in range(10)])
    async with client_for(script, max_retries=3) as client:
        with pytest.raises(TransportError) as info:
            await client.request("GET", "/api/v1/sim/1")
    assert len(script.attempts) == 4
    error = info.value
    assert isinstance(error.__cause__, httpx.ConnectError)
    assert "GET /api/v1/sim/1" in str(error) and "4 attempt" in str(error)
    assert (error.method, error.path) == ("GET", "/api/v1/sim/1")


async def test_connection_error_not_retried_for_post() -> None:
    script = Script(httpx.ReadError("reset"), httpx.ReadError("reset"))
    async with client_for(script) as client:
        with pytest.raises(TransportError):
            await client.request("POST", "/api/v1/endpoint", json={})
    assert len(script.attempts) == 1


async def test_timeouts_are_retried_and_recover() -> None:
    script = Script(httpx.ReadTimeout("slow"), httpx.ConnectTimeout("slow"))
    async with client_for(script) as client:
        response = await client.request("PUT", "/api/v1/endpoint/1", json={})
    assert response.status_code == 200
    assert len(script.attempts) == 3


async def test_non_retryable_transport_error_fails_at_once() -> None:
    script = Script(httpx.UnsupportedProtocol("ftp?"))
    async with client_for(script) as client:
        with pytest.raises(TransportError):
            await client.request("GET", "/api/v1/sim/1")
    assert len(script.attempts) == 1


async def test_oserror_from_the_inner_transport_is_a_network_failure() -> None:
    script = Script(ConnectionResetError("reset by peer"), OSError("boom"))
    async with client_for(script) as client:
        response = await client.request("GET", "/api/v1/sim/1")
    assert response.status_code == 200
    assert len(script.attempts) == 3


# ----------------------------------------------------------------------------- 429
async def test_429_is_retried_for_any_method() -> None:
    script = Script(429)
    async with client_for(script) as client:
        response = await client.request("POST", "/api/v1/endpoint", json={})
    assert response.status_code == 200
    assert len(script.attempts) == 2


@on_virtual_time
async def test_429_retry_after_seconds_is_honoured() -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "0.3"}))
    async with client_for(script) as client:
        await client.request("GET", "/api/v1/sim/1")
    (_, _, first), (_, _, second) = script.attempts
    assert second - first == pytest.approx(0.3, abs=1e-5)


@on_virtual_time
async def test_429_retry_after_http_date_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    # Dates have whole-second resolution: pretend "now" is 0.7 s before the given date.
    date_epoch = 1_800_000_000
    monkeypatch.setattr(emnify.errors, "_wall_clock", lambda: date_epoch - 0.7)
    header = email.utils.formatdate(date_epoch, usegmt=True)
    script = Script(httpx.Response(429, headers={"Retry-After": header}))
    async with client_for(script) as client:
        await client.request("GET", "/api/v1/sim/1")
    (_, _, first), (_, _, second) = script.attempts
    assert second - first == pytest.approx(0.7, abs=1e-5)  # (looptime counts in microseconds)


async def test_429_exhausted_raises_rate_limit_error_with_retry_after() -> None:
    script = Script(*[httpx.Response(429, headers={"Retry-After": "0.01"}) for _ in range(10)])
    async with client_for(script, max_retries=2) as client:
        with pytest.raises(RateLimitError) as info:
            await client.request("GET", "/api/v1/sim/1")
    assert len(script.attempts) == 3
    assert info.value.retry_after == 0.01


async def test_429_without_retry_after_backs_off() -> None:
    script = Script(429, 429, 429)
    async with client_for(script, backoff_base=0.05, backoff_max=1.0) as client:
        await client.request("GET", "/api/v1/sim/1")
    assert len(script.attempts) == 4
    gaps = [b[2] - a[2] for a, b in zip(script.attempts, script.attempts[1:], strict=False)]
    assert sum(gaps) > 0.0  # paused at least a little between attempts


@on_virtual_time
async def test_retry_after_beyond_max_fails_fast_for_the_whole_route() -> None:
    script = Script(httpx.Response(429, headers={"Retry-After": "3600"}))
    async with client_for(script, max_retry_after=60) as client:
        with pytest.raises(RateLimitError) as first:
            await client.request("GET", "/api/v1/sim/1")
        assert first.value.retry_after == 3600
        start = anyio.current_time()
        with pytest.raises(RateLimitError, match="paused") as second:
            await client.request("GET", "/api/v1/sim/2")
        assert anyio.current_time() == start  # failed at once, not after the 3600 s pause
        assert second.value.retry_after is not None and second.value.retry_after > 3500
        # Other routes are unaffected.
        await client.request("GET", "/api/v1/endpoint/1")
    assert [path for _, path, _ in script.attempts] == ["/api/v1/sim/1", "/api/v1/endpoint/1"]


@on_virtual_time
async def test_429_pauses_the_whole_route_without_a_herd() -> None:
    served: list[tuple[str, float]] = []
    limited = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal limited
        served.append((request.url.path, anyio.current_time()))
        if request.url.path == "/api/v1/sim/1" and limited == 0:
            limited += 1
            return httpx.Response(429, headers={"Retry-After": "0.3"})
        return httpx.Response(200, json={})

    client = client_for(handler)
    async with client:
        start = anyio.current_time()
        finished: dict[str, float] = {}

        async def get(path: str) -> None:
            await client.request("GET", path)
            finished[path] = anyio.current_time() - start

        async with anyio.create_task_group() as tg:
            tg.start_soon(get, "/api/v1/sim/1")
            route = client.limiter.route("GET", "/api/v1/sim/1")
            while client.limiter.paused_for(route) == 0:  # noqa: ASYNC110 - state set by the client
                await anyio.sleep(0.001)
            for i in range(2, 8):
                tg.start_soon(get, f"/api/v1/sim/{i}")
            tg.start_soon(get, "/api/v1/endpoint/1")
    assert limited == 1
    assert finished["/api/v1/endpoint/1"] < 0.01  # another route: not paused
    for i in range(1, 8):
        assert finished[f"/api/v1/sim/{i}"] >= 0.3  # every request of the route waited
    sim_times = [t for path, t in served if path.startswith("/api/v1/sim/")]
    assert len(sim_times) == 8  # one 429, then each request exactly once


# ----------------------------------------------------------------------------- concurrency
async def test_max_concurrency_holds_across_all_routes() -> None:
    in_flight = 0
    peak = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await anyio.sleep(0.005)
        in_flight -= 1
        return httpx.Response(200, json={})

    async with client_for(handler, max_concurrency=5) as client:
        async with anyio.create_task_group() as tg:
            for i in range(60):
                tg.start_soon(
                    client.request, "GET", f"/api/v1/{['sim', 'endpoint', 'x'][i % 3]}/{i}"
                )
    assert peak == 5


async def test_slot_is_held_while_the_body_is_read() -> None:
    streaming = 0
    peak = 0

    async def body() -> AsyncIterator[bytes]:
        nonlocal streaming, peak
        streaming += 1
        peak = max(peak, streaming)
        for chunk in (b"[", b"1", b"]"):
            await anyio.sleep(0.005)
            yield chunk
        streaming -= 1

    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body())

    async with client_for(handler, max_concurrency=2) as client:
        results: list[Any] = []

        async def get() -> None:
            results.append((await client.request("GET", "/api/v1/sim/1")).json())

        async with anyio.create_task_group() as tg:
            for _ in range(8):
                tg.start_soon(get)
    assert results == [[1]] * 8
    assert peak == 2


@on_virtual_time
async def test_waiting_for_a_rate_token_does_not_hold_a_slot() -> None:
    limits = RateLimits(
        routes=(RouteLimit("GET", "/slow/{id}", TokenBucketLimit(5, 1)),),
        rate_safety=1.0,
        burst_fraction=1.0,
    )
    script = Script()
    async with client_for(script, rate_limits=limits, max_concurrency=1) as client:
        await client.request("GET", "/slow/1")  # uses the only token
        start = anyio.current_time()
        done: dict[str, float] = {}

        async def get(path: str) -> None:
            await client.request("GET", path)
            done[path] = anyio.current_time() - start

        async with anyio.create_task_group() as tg:
            tg.start_soon(get, "/slow/2")  # waits ~0.2 s for a token
            await anyio.sleep(0.01)
            tg.start_soon(get, "/fast/1")  # must not wait behind it
    assert done["/fast/1"] == pytest.approx(0.01)  # started after 0.01 s, sent at once
    assert done["/slow/2"] == pytest.approx(0.2, abs=0.01)  # the next token of 5 req/s


async def test_gzip_bodies_are_decoded_once() -> None:
    payload = json.dumps([{"id": 1}]).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, content=gzip.compress(payload), headers={"Content-Encoding": "gzip"}
        )

    async with client_for(handler) as client:
        response = await client.request("GET", "/api/v1/sim")
    assert response.json() == [{"id": 1}]


# ----------------------------------------------------------------------------- inner transport
async def test_backend_choice(anyio_backend: str) -> None:
    pipeline = Pipeline(limiter=Limiter(None))
    backend = pipeline.get_backend()
    expected = "AiohttpBackend" if anyio_backend == "asyncio" else "HttpxBackend"
    assert type(backend).__name__ == expected
    await pipeline.aclose()
    plain = Pipeline(limiter=Limiter(None), prefer_aiohttp=False)
    chosen = plain.get_backend()
    assert isinstance(chosen, HttpxBackend)
    assert isinstance(chosen.transport, httpx.AsyncHTTPTransport)
    await plain.aclose()
    given = HttpxBackend(httpx.MockTransport(lambda r: httpx.Response(200)))
    assert Pipeline(given, limiter=Limiter(None)).get_backend() is given


class LoopbackServer:
    """A minimal HTTP/1.1 server on 127.0.0.1: /ok answers JSON, /slow stalls, /drop hangs up."""

    def __init__(self) -> None:
        self.hits: list[str] = []
        self.port = 0

    async def handle(self, stream: anyio.abc.ByteStream) -> None:
        async with stream:
            request = await read_request_head(stream)
            if request is None:
                return
            head = request[0]
            path = head.split(b" ", 2)[1].decode()
            self.hits.append(path)
            if path.startswith("/slow"):
                await anyio.sleep(60)  # past any timeout: cancelled when the test ends
            if path.startswith("/drop"):
                return
            body = json.dumps({"path": path, "auth": "authorization" in head.decode().lower()})
            await stream.send(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                + f"Content-Length: {len(body)}\r\n\r\n{body}".encode()
            )


async def with_server(test: Callable[[LoopbackServer], Awaitable[None]]) -> None:
    server = LoopbackServer()
    listener = await anyio.create_tcp_listener(local_host="127.0.0.1")
    server.port = listener.extra(anyio.abc.SocketAttribute.local_port)
    async with listener, anyio.create_task_group() as tg:
        tg.start_soon(listener.serve, server.handle, tg)
        await test(server)
        tg.cancel_scope.cancel()


async def test_real_loopback_requests_timeouts_and_hangups() -> None:
    async def scenario(server: LoopbackServer) -> None:
        client = EmnifyClient(
            auth_token=jwt(),
            base_url=f"http://127.0.0.1:{server.port}",
            timeout=1.0,  # far above a loaded machine's stalls, for /ok; /slow never answers
            max_retries=1,
            backoff_base=0.001,
            backoff_max=0.001,
        )
        async with client:
            response = await client.request("GET", "/ok")
            assert response.json() == {"path": "/ok", "auth": True}
            with pytest.raises(TransportError) as timeout:
                await client.request("GET", "/slow")
            assert isinstance(timeout.value.__cause__, httpx.TransportError)
            with pytest.raises(TransportError):
                await client.request("GET", "/drop")
        assert server.hits[:3] == ["/ok", "/slow", "/slow"]  # one retry after the timeout
        # Two attempts of ours; aiohttp may itself retry a GET once when the server hangs up.
        assert server.hits.count("/drop") in (2, 4)

    await with_server(scenario)


async def test_connection_refused_is_a_transport_error() -> None:
    listener = await anyio.create_tcp_listener(local_host="127.0.0.1")
    port = listener.extra(anyio.abc.SocketAttribute.local_port)
    await listener.aclose()  # nothing listens there any more
    client = EmnifyClient(
        auth_token=jwt(),
        base_url=f"http://127.0.0.1:{port}",
        max_retries=2,
        backoff_base=0.001,
        backoff_max=0.001,
    )
    async with client:
        with pytest.raises(TransportError, match="3 attempt"):
            await client.request("GET", "/ok")
