"""Hostile servers and lost answers around tokens (issue #16, points 2, 3 and 5), on asyncio
and trio, over real loopback sockets: the project's `hostile_server` and the simulator."""

from __future__ import annotations

import contextlib
import math
import time

import anyio
import pytest

from emnify import EmnifyClient
from emnify.errors import AuthenticationError, ServerError, TransportError
from emnify.testing import DEFAULT_APPLICATION_TOKEN
from tests.hostile_server import Received, Reply, hostile_server
from tests.test_auth import make_jwt
from tests.test_integration_client import gather, serve

pytestmark = pytest.mark.anyio

AUTH = "/api/v1/authenticate"


def fast_client(base_url: str, token: str = "app-token", **kwargs: object) -> EmnifyClient:
    kwargs.setdefault("rate_limits", None)
    return EmnifyClient(
        token,
        base_url=base_url,
        backoff_base=0.001,
        backoff_max=0.005,
        timeout=2.0,
        **kwargs,  # type: ignore[arg-type]
    )


# --------------------------------------------------------------- a credential sent once per no
@pytest.mark.parametrize("lost", ["drop", "503", "reset-after-head"])
async def test_a_lost_answer_to_authenticate_is_not_retried_blindly(lost: str) -> None:
    """Every answer to authenticate is lost. A never-accepted credential reaches the server
    at most twice (LOCKOUT_FAILURES - 1), whatever the number of callers and calls; the old
    client sent it 5-10 times, and emnify locks an account after three failures."""

    async def handler(request: Received, reply: Reply) -> None:
        if request.path == AUTH:
            if lost == "drop":
                await reply.drop()
            elif lost == "503":
                await reply.send(503, {"message": "unavailable"})
            else:
                await reply.raw(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{")
                await reply.drop()
            return
        await reply.send(200, {})

    async with hostile_server(handler) as server:
        async with fast_client(server.base_url, max_retries=5) as client:
            results = await gather([lambda: client.request("GET", "/x")] * 20)
            for _ in range(3):  # later calls do not send it again either
                with pytest.raises((TransportError, ServerError)):
                    await client.request("GET", "/x")
    assert all(isinstance(r, (TransportError, ServerError)) for r in results), [
        repr(r) for r in results if not isinstance(r, (TransportError, ServerError))
    ]
    assert server.count(AUTH) == 2
    assert server.count("/x") == 0


async def test_a_rejection_is_final_and_sent_once() -> None:
    async def handler(request: Received, reply: Reply) -> None:
        await reply.send(401, {"error_code": 1101, "message": "Invalid application token"})

    async with hostile_server(handler) as server:
        async with fast_client(server.base_url) as client:
            results = await gather([lambda: client.request("GET", "/x")] * 20)
            with pytest.raises(AuthenticationError):
                await client.request("GET", "/x")
    assert all(isinstance(r, AuthenticationError) for r in results)
    assert server.count(AUTH) == 1


@pytest.mark.parametrize("status", [302, 404, 408, 425])
async def test_temporary_answers_to_authenticate_do_not_block_the_client(status: int) -> None:
    """One temporary answer used to count as a rejected credential and fail every later call
    without contacting the server. Now it is retried with back-off."""
    first = True

    async def handler(request: Received, reply: Reply) -> None:
        nonlocal first
        if request.path == AUTH:
            if first:
                first = False
                await reply.send(status, {"message": "later"}, headers={"Location": "/x"})
                return
            await reply.send(200, {"auth_token": make_jwt()})
            return
        await reply.send(200, {"ok": True})

    async with hostile_server(handler) as server:
        async with fast_client(server.base_url) as client:
            assert (await client.request("GET", "/x")).json() == {"ok": True}
            assert (await client.request("GET", "/x")).json() == {"ok": True}
    assert server.count(AUTH) == 2


async def test_cancelled_callers_do_not_make_the_next_waiter_resend_the_credential() -> None:
    """Callers with a deadline shorter than the authenticate call: each used to forget the
    attempt it cancelled, so the next one sent the (bad) credential again."""
    answered = anyio.Event()

    async def handler(request: Received, reply: Reply) -> None:
        if request.path == AUTH:
            await anyio.sleep(0.5)
            await reply.send(401, {"message": "Invalid application token"})
            answered.set()
            return
        await reply.send(200, {})

    async with hostile_server(handler) as server:
        async with fast_client(server.base_url) as client:
            for _ in range(5):
                # (the exchange is shielded, so the first caller may see its outcome)
                with anyio.move_on_after(0.05), contextlib.suppress(AuthenticationError):
                    await client.request("GET", "/x")
            await answered.wait()
            with pytest.raises(AuthenticationError):
                await client.request("GET", "/x")
    assert server.count(AUTH) == 1


async def test_new_tokens_rejected_again_and_again_back_off() -> None:
    """A server that rejects every token it issues: the client used to authenticate about
    100 times a minute. Each renewal for a token just issued now waits 1, 2, 4 ... s, so in
    a few seconds only a handful of authenticate calls go out."""

    async def handler(request: Received, reply: Reply) -> None:
        if request.path == AUTH:
            await reply.send(200, {"auth_token": make_jwt()})
        else:
            await reply.send(401, {"error_code": 1103, "message": "Token expired"})

    async with hostile_server(handler) as server:
        async with fast_client(server.base_url) as client:
            started = time.monotonic()
            with anyio.move_on_after(3.5):
                while True:
                    with pytest.raises(AuthenticationError):
                        await client.request("GET", "/x")
            elapsed = time.monotonic() - started
    # without back-off: one authenticate per call, hundreds in 3.5 s; with it, at most
    # 2 + log2(elapsed) (pauses 1, 2, 4 ... s), however slow the machine
    calls = server.count(AUTH)
    assert 3 <= calls <= 3 + math.log2(elapsed + 1), (calls, elapsed)
    assert server.count("/x") >= calls


# ---------------------------------------------------------- a token expiring during a burst
async def test_a_token_expiring_mid_burst_fails_no_call(anyio_backend: str) -> None:
    """1,000 calls through 32 slots, 3 s tokens, 100-200 ms latency: requests wait for a
    slot longer than their token lives. The old client failed about a fifth of them. Every
    call succeeds now, with one authenticate call per token lifetime."""
    async with serve(sims=1000, token_ttl=3.0, latency=0.1, latency_jitter=0.1) as server:
        ids = server.fleet.sim_ids
        async with fast_client(
            server.base_url, DEFAULT_APPLICATION_TOKEN, max_concurrency=32
        ) as client:
            started = time.monotonic()
            results = await gather(
                [lambda i=i: client.request("GET", f"/api/v1/sim/{i}") for i in ids]
            )
            elapsed = time.monotonic() - started
        counters = server.counters
    failed = [r for r in results if isinstance(r, Exception)]
    assert not failed, failed[:3]
    # refreshed about every 2 s (3 s minus the 1 s margin); never once per call
    assert counters.authenticate_calls <= elapsed / 1.5 + 2, (elapsed, counters.snapshot())


# ------------------------------------------------------------------------ 429s and Retry-After
@pytest.mark.parametrize("value", ["-5", "Wed, 21 Oct 2015 07:28:00 GMT", "soon", "nan"])
async def test_a_retry_after_in_the_past_or_garbage_means_the_clients_own_backoff(
    value: str,
) -> None:
    """A negative, past or garbage Retry-After used to mean "retry now" (six tries in 60 ms).
    The pauses it causes are the client's own back-off now, as the hooks show."""
    from emnify.hooks import Event

    async def handler(request: Received, reply: Reply) -> None:
        if request.path == AUTH:
            await reply.send(200, {"auth_token": make_jwt()})
        else:
            await reply.send(429, {"message": "slow down"}, headers={"Retry-After": value})

    events: list[Event] = []
    async with hostile_server(handler) as server:
        async with fast_client(server.base_url, max_retries=3, event_hooks=[events.append]) as c:
            with pytest.raises(Exception, match="429"):
                await c.request("GET", "/x")
    pauses = [e for e in events if e.kind == "pause"]
    assert len(pauses) == 4 and all(e.reason == "back-off" for e in pauses)
    assert server.count("/x") == 4


async def test_a_few_ids_that_always_answer_429_do_not_slow_the_rest() -> None:
    """1 % of the ids always answer 429 (no Retry-After). Each used to pause the whole route
    and cut its rate (1,900 -> 11 results/s). Now they are that request's own refusals: the
    route is never paused nor throttled, and only those ids fail, after their own retries."""

    async def handler(request: Received, reply: Reply) -> None:
        if request.path == AUTH:
            await reply.send(200, {"auth_token": make_jwt()})
        elif request.path.endswith("00"):
            await reply.send(429, {"message": "this one is limited"})
        else:
            await reply.send(200, {"ok": True})

    paused: list[float] = []
    async with hostile_server(handler) as server:
        async with fast_client(server.base_url, max_retries=2, max_concurrency=16) as client:

            def watch(event: object) -> None:
                if getattr(event, "kind", "") == "pause":
                    paused.append(event.delay or 0.0)  # type: ignore[attr-defined]

            # answers to learn the route from first (a 429 among the very first answers
            # cannot be told from the route's limit, and trio starts tasks in random order)
            await gather(
                [lambda i=i: client.request("GET", f"/s/{i}") for i in range(1, 130) if i % 100]
            )
            client._pipeline._hooks = (watch,)  # (observe without changing the client)
            ids = range(1001, 2001)
            results = await gather([lambda i=i: client.request("GET", f"/s/{i}") for i in ids])
            route = client.limiter.route("GET", "/s/1001")
    failed = [i for i, r in zip(ids, results, strict=True) if isinstance(r, Exception)]
    assert failed == [i for i in ids if i % 100 == 0]
    assert route.bucket is None  # never throttled (an adaptive bucket appears on a cut)
    assert not any(d > 0 for d in paused)  # the route never paused
    assert server.count("/s/1100") == 3  # its own retries, no more


async def test_no_silent_resend_on_a_kept_alive_connection() -> None:
    """aiohttp re-sends an idempotent request once, silently, when a kept-alive connection
    turns out closed: a retry outside the limiter and beyond max_retries. The backend stops
    it (a public client middleware): with max_retries=0 the server sees the request once."""

    async def handler(request: Received, reply: Reply) -> None:
        if request.path == AUTH:
            await reply.send(200, {"auth_token": make_jwt()})
        elif request.path == "/second":
            await reply.drop()  # read, then the kept-alive connection closes unanswered
        else:
            await reply.send(200, {"ok": True})

    async with hostile_server(handler) as server:
        async with fast_client(server.base_url, max_retries=0, max_concurrency=1) as client:
            await client.request("GET", "/first")
            with pytest.raises(TransportError):
                await client.request("GET", "/second")
    assert server.count("/second") == 1


async def test_a_malformed_success_that_echoes_the_token_shows_no_credential() -> None:
    """A 2xx body that does not parse is reported outside the pipeline (ResponseDecodeError
    from a generated operation, StatsParseError from sim_stats); a server that echoes the
    token in it must not get it into the error, its excerpt or its cause."""
    from emnify.errors import ResponseDecodeError
    from emnify.stats import StatsParseError

    jwt = make_jwt()

    async def handler(request: Received, reply: Reply) -> None:
        if request.path == AUTH:
            await reply.send(200, {"auth_token": jwt})
        elif request.path.endswith("/stats"):
            await reply.send(200, {"current_month": {"data": {"volume": f"Bearer {jwt}"}}})
        else:
            body = f"<html>token: Bearer {jwt}</html>".encode()  # not JSON
            await reply.send(200, body, headers={"Content-Type": "application/json"})

    async with hostile_server(handler) as server:
        async with fast_client(server.base_url, "app-token-SECRET-42") as client:
            with pytest.raises(ResponseDecodeError) as decode:
                await client.api.sim.get_sim(sim_id="7")
            with pytest.raises(StatsParseError) as parse:
                await client.sim_stats(7)
    for error in (decode.value, parse.value):
        shown = [str(error), repr(error), repr(vars(error))]
        link: BaseException | None = error
        while link is not None:
            shown += [str(link), repr(link)]
            link = link.__cause__ or link.__context__
        text = " ".join(shown)
        assert jwt.split(".")[1] not in text and "SECRET-42" not in text, text[:300]
