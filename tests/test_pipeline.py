"""The one pipeline: the retry/renew decision as a table, every request kind through one
`Pipeline.send`, and the event hooks that see all of them (bulk runs and token renewals too)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from emnify import EmnifyClient
from emnify._pipeline import Action, Decision, Pipeline, RetryPolicy, decide
from emnify._wire import Request
from emnify.errors import ConfigurationError
from emnify.hooks import Event
from emnify.testing import DEFAULT_APPLICATION_TOKEN
from tests.test_cancellation import FAKE_JWT
from tests.test_integration_client import STATS_ROUTE, client_for, serve

POLICY = RetryPolicy(max_retries=2, max_retry_after=60.0)
ANSWER = Decision(Action.ANSWER)
RENEW = Decision(Action.RENEW)
FAIL = Decision(Action.FAIL)
PAUSE = Decision(Action.RETRY, "pause")
BACKOFF = Decision(Action.RETRY, "backoff")
RETRY_AFTER = Decision(Action.RETRY, "retry_after")

# method, status (None: network failure), retryable failure, attempt, retry override,
# Retry-After, can renew -> decision
TABLE: list[tuple[str, int | None, bool, int, bool | None, float | None, bool, Decision]] = [
    # successes and plain errors are handed over
    ("GET", 200, False, 0, None, None, True, ANSWER),
    ("POST", 201, False, 0, None, None, True, ANSWER),
    ("GET", 404, False, 0, None, None, True, ANSWER),
    ("GET", 500, False, 0, None, None, True, ANSWER),  # a 500 is not retried
    ("GET", 422, False, 0, None, None, True, ANSWER),
    # 401: renew once, then hand over
    ("GET", 401, False, 0, None, None, True, RENEW),
    ("POST", 401, False, 1, None, None, True, RENEW),
    ("GET", 401, False, 0, None, None, False, ANSWER),
    # 429: any method waits for the route's pause, within the retries and max_retry_after
    ("GET", 429, False, 0, None, None, True, PAUSE),
    ("POST", 429, False, 1, False, 5.0, True, PAUSE),
    ("GET", 429, False, 2, None, None, True, ANSWER),  # retries used up
    ("GET", 429, False, 0, None, 61.0, True, ANSWER),  # beyond max_retry_after
    # 502/503/504: idempotent methods or an opt-in; Retry-After when usable
    ("GET", 503, False, 0, None, None, True, BACKOFF),
    ("PUT", 502, False, 1, None, None, True, BACKOFF),
    ("DELETE", 504, False, 0, None, 3.0, True, RETRY_AFTER),
    ("GET", 503, False, 0, None, 61.0, True, BACKOFF),
    ("GET", 503, False, 2, None, None, True, ANSWER),
    ("POST", 503, False, 0, None, None, True, ANSWER),
    ("PATCH", 503, False, 0, True, None, True, BACKOFF),
    ("GET", 503, False, 0, False, None, True, ANSWER),
    # network failures
    ("GET", None, True, 0, None, None, True, BACKOFF),
    ("GET", None, True, 2, None, None, True, FAIL),
    ("GET", None, False, 0, None, None, True, FAIL),
    ("POST", None, True, 0, None, None, True, FAIL),
    ("POST", None, True, 0, True, None, True, BACKOFF),
    ("HEAD", None, True, 1, False, None, True, FAIL),
]


@pytest.mark.parametrize(
    ("method", "status", "retryable", "attempt", "retry", "retry_after", "renew", "expected"),
    TABLE,
)
def test_decision_table(
    method: str,
    status: int | None,
    retryable: bool,
    attempt: int,
    retry: bool | None,
    retry_after: float | None,
    renew: bool,
    expected: Decision,
) -> None:
    decision = decide(
        method=method,
        status=status,
        retryable_failure=retryable,
        attempt=attempt,
        retry=retry,
        retry_after=retry_after,
        can_renew=renew,
        policy=POLICY,
    )
    assert decision == expected


def test_non_idempotent_retries_follow_the_policy() -> None:
    lenient = RetryPolicy(max_retries=2, retry_non_idempotent=True)
    for status in (None, 503):
        decision = decide(
            method="POST",
            status=status,
            retryable_failure=True,
            attempt=0,
            retry=None,
            retry_after=None,
            can_renew=False,
            policy=lenient,
        )
        assert decision == BACKOFF


# ------------------------------------------------------------------------------- hooks
def test_event_hooks_are_checked() -> None:
    for bad in ("print", 42, [42]):
        with pytest.raises(ConfigurationError, match="event_hooks"):
            EmnifyClient("t", event_hooks=bad)  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_hooks_see_requests_answers_retries_and_renewals() -> None:
    """One scripted server: a 503 then 200, a 401 (renewal) then 200, a 429 then 200."""
    script = {"/a": [503], "/b": [401], "/c": [429]}
    tokens = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal tokens
        if request.url.path == "/api/v1/authenticate":
            tokens += 1
            return httpx.Response(200, json={"auth_token": FAKE_JWT})
        queue = script.get(request.url.path) or []
        if queue:
            status = queue.pop(0)
            headers = {"Retry-After": "0"} if status == 429 else {}
            return httpx.Response(status, json={"message": "x"}, headers=headers)
        return httpx.Response(200, json={"ok": True})

    events: list[Event] = []
    client = EmnifyClient(
        "app-token",
        transport=httpx.MockTransport(handler),
        rate_limits=None,
        backoff_base=0.001,
        backoff_max=0.002,
        event_hooks=[events.append],
    )
    async with client:
        for path in ("/a", "/b", "/c"):
            await client.request("GET", path)

    def kinds(path: str) -> list[str]:
        return [e.kind for e in events if e.path == path]

    assert kinds("/a") == ["request", "response", "retry", "request", "response"]
    assert kinds("/b") == ["request", "response", "request", "response"]
    assert kinds("/c") == ["request", "response", "pause", "retry", "request", "response"]
    assert [e.status_code for e in events if e.path == "/a" and e.kind == "response"] == [503, 200]
    retry = next(e for e in events if e.path == "/a" and e.kind == "retry")
    assert retry.reason == "HTTP 503" and retry.attempt == 2 and retry.delay is not None
    # one id per request, shared by all of its attempts
    assert len({e.request_id for e in events if e.path == "/a"}) == 1
    assert len({e.request_id for e in events if e.kind == "request"}) == 3 + tokens
    # the authenticate calls are requests too; each token is announced
    token_events = [e for e in events if e.kind == "token"]
    assert [e.reason for e in token_events] == ["authenticate", "renew after 401"]
    assert tokens == 2
    assert all(e.elapsed is not None and e.elapsed >= 0 for e in events if e.kind == "response")


@pytest.mark.anyio
async def test_a_failing_hook_is_logged_and_ignored(caplog: pytest.LogCaptureFixture) -> None:
    def broken(event: Event) -> None:
        raise ValueError("hook bug")

    client = EmnifyClient(
        auth_token=FAKE_JWT,
        transport=httpx.MockTransport(lambda r: httpx.Response(200, json={})),
        event_hooks=[broken],
    )
    async with client:
        response = await client.request("GET", "/x")
    assert response.status_code == 200
    assert "event hook" in caplog.text and "ValueError" in caplog.text


@pytest.mark.anyio
async def test_hooks_see_bulk_requests_against_the_simulator() -> None:
    """Bulk runs and `sim_stats` send through the same pipeline, so the hooks see them."""
    events: list[Event] = []
    async with serve(sims=12) as server:
        ids = server.fleet.sim_ids
        async with client_for(server, event_hooks=[events.append]) as client:
            results = [r async for r in client.bulk_sim_stats(ids)]
            await client.sim_stats(ids[0])
        served = server.counters.requests_by_route[STATS_ROUTE]
    assert all(r.ok for r in results)
    stats_answers = [e for e in events if e.kind == "response" and e.path.endswith("/stats")]
    assert len(stats_answers) == served == len(ids) + 1
    assert {e.status_code for e in stats_answers} == {200}
    assert [e.reason for e in events if e.kind == "token"] == ["authenticate"]


# ------------------------------------------------------------------- one pipeline, every way
@pytest.mark.anyio
async def test_every_way_in_takes_the_one_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Generated operations, request, paginate, sim_stats, bulk and authenticate: each one
    reaches `Pipeline.send` (counted by wrapping it), and nothing else sends."""
    from emnify_generated.api.sim import get_sim, list_sims

    seen: list[tuple[str, str]] = []
    original = Pipeline.send

    async def counting(self: Pipeline, request: Request) -> Any:
        seen.append((request.method, request.path))
        return await original(self, request)

    monkeypatch.setattr(Pipeline, "send", counting)
    async with serve(sims=3) as server:
        ids = server.fleet.sim_ids
        async with client_for(server) as client:
            await client.api.sim.get_sim(sim_id=str(ids[0]))
            await get_sim.asyncio(sim_id=ids[0], client=client.generated)
            await client.request("GET", f"/api/v1/sim/{ids[0]}")
            listed = [s async for s in client.paginate(list_sims, per_page=2)]
            await client.sim_stats(ids[0])
            [r async for r in client.bulk_sim_stats(ids)]
        served = sum(server.counters.requests_by_route.values())
    assert len(listed) == len(ids)
    assert seen.count(("POST", "/api/v1/authenticate")) == 1
    assert len(seen) == served  # every request the server saw went through Pipeline.send
    assert sum(path.endswith("/stats") for _, path in seen) == 1 + len(ids)


@pytest.mark.anyio
async def test_direct_requests_carry_the_clients_headers(anyio_backend: str) -> None:
    seen: list[httpx.Headers] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers)
        body = {"auth_token": FAKE_JWT} if request.url.path.endswith("authenticate") else {}
        return httpx.Response(200, content=json.dumps(body).encode())

    client = EmnifyClient(
        DEFAULT_APPLICATION_TOKEN, transport=httpx.MockTransport(handler), user_agent="probe/1"
    )
    async with client:
        await client._get("/api/v1/sim/1/stats")
        await client.request("GET", "/api/v1/sim/1")
    authenticate, direct, via_httpx = seen
    for headers in (direct, via_httpx):
        assert headers["user-agent"] == "probe/1"
        assert headers["accept"] == "application/json"
        assert headers["authorization"] == f"Bearer {FAKE_JWT}"
        assert "gzip" in headers["accept-encoding"]
    assert "authorization" not in authenticate
    assert authenticate["content-type"] == "application/json"


# ------------------------------------------------------------------------- OpenTelemetry
@pytest.mark.anyio
async def test_span_hook_records_one_span_per_attempt_against_the_simulator() -> None:
    """The documented OpenTelemetry example, against the simulator: a span per attempt of the
    stats calls and the authenticate call, statuses recorded, the 404 marked as an error."""
    pytest.importorskip("opentelemetry.sdk")
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
    from opentelemetry.trace import StatusCode

    from emnify.errors import NotFoundError
    from emnify.otel import SpanHook

    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    hook = SpanHook(provider.get_tracer("test"))
    async with serve(sims=4) as server:
        ids = server.fleet.sim_ids
        async with client_for(server, event_hooks=[hook]) as client:
            [r async for r in client.bulk_sim_stats(ids)]
            with pytest.raises(NotFoundError):
                await client.sim_stats(max(ids) + 1000)
        served = sum(server.counters.requests_by_route.values())
    spans = exporter.get_finished_spans()
    assert len(spans) == served == len(ids) + 2
    by_status = {span.attributes["http.response.status_code"] for span in spans}
    assert by_status == {200, 404}
    failed = [span for span in spans if span.status.status_code is StatusCode.ERROR]
    assert len(failed) == 1 and failed[0].attributes["url.path"].endswith("/stats")
    assert sum(span.name == "POST /api/v1/authenticate" for span in spans) == 1
    assert not any("Bearer" in str(span.attributes) for span in spans)


def test_span_hook_without_opentelemetry_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from emnify.otel import SpanHook

    monkeypatch.setitem(sys.modules, "opentelemetry", None)
    with pytest.raises(ConfigurationError, match=r"pip install 'emnify-async\[otel\]'"):
        SpanHook()
