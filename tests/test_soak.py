"""Soak: ``bulk_sim_stats`` over a whole fleet against the simulator with seeded faults.

Run with ``make soak`` (``pytest -m soak``); the marker is excluded from the default run.
The fleet size comes from ``EMNIFY_SOAK_SIMS`` (default 2,000: the CI form, under two
minutes; ``make soak`` uses 20,000).

The simulator runs in its own process (uvicorn on 127.0.0.1), so this process's memory is the
client's alone. Faults, on the stats route: 5 % server errors (500/502/503/504), 1 % dropped
connections, 0.25 % truncated bodies, 0.25 % malformed ``200`` bodies, a 429 storm every
minute (3 s, no ``Retry-After``) and JWTs that live 30 s. The 20,000-SIM run lasts about
3.5 minutes; the 2,000-SIM run is the same run compressed tenfold in time (storm every 6 s for
0.3 s, token lifetime 10 s, the floor that keeps the client's 10 % refresh margin above the
one-second resolution of the JWT's ``iat``), so both meet a few storms and token renewals.

Every request the client sends goes through a recording backend (wrapping the backend the
client would pick itself), so the test knows, per SIM id, what each attempt met, and checks:

* every id is reported exactly once, and no result is an ``UnexpectedError`` (a bug);
* every failure carries an ``EmnifyError`` with a message, and is explained by what its
  attempts met: ``StatsParseError`` exactly for the ids that got a malformed ``200`` (not
  retried: see docs/reliability.md), ``RateLimitError``/``ServerError``/``TransportError``
  only after ``1 + max_retries`` attempts that all failed that way;
* retries are bounded (at most ``1 + max_retries`` attempts per send, one re-send after a 401)
  and the client saw exactly the faults the simulator says it injected;
* authentication is single-flight (about one authenticate call per token lifetime);
* memory is flat: the largest RSS of the last quarter of the run is within 1.2x + 4 MB of
  the largest of the first quarter.

The numbers (outcomes, retry distribution, memory samples, wall time) are printed; run with
``-s`` to see them.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from array import array
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import anyio
import pytest

import emnify._pipeline
from emnify import EmnifyClient
from emnify._backends import Backend, default_backend
from emnify._wire import Answer, Request
from emnify.bulk import UnexpectedError
from emnify.errors import RateLimitError, ServerError, TransportError
from emnify.limits import RateLimits, RouteLimit, TokenBucketLimit
from emnify.stats import StatsParseError
from emnify.testing import DEFAULT_APPLICATION_TOKEN, FaultConfig, SimulatorConfig
from emnify.testing.fleet import Fleet
from emnify.testing.server import spawn_simulator_process

pytestmark = [pytest.mark.soak, pytest.mark.integration]

FULL_SIZE = 20_000
SIMS = int(os.environ.get("EMNIFY_SOAK_SIMS", "2000"))
#: 1.0 for the 20,000-SIM run; smaller runs compress the timed faults accordingly
TIME_SCALE = min(1.0, max(0.1, SIMS / FULL_SIZE))
TOKEN_TTL = max(10.0, 30.0 * TIME_SCALE)
STORM_EVERY = 60.0 * TIME_SCALE
STORM_SECONDS = 3.0 * TIME_SCALE
#: requests per second the client allows itself on the stats route (paces the run)
RATE = 100.0
MAX_RETRIES = 5
CONCURRENCY = 48
SEED = 20240301

STATS_PATH = re.compile(r"^/api/v1/sim/(\d+)/stats$")

# Attempt outcomes, as seen by the client below its retry layer.
OK, MALFORMED, SERVER_ERROR, GATEWAY_ERROR, RATE_LIMITED, UNAUTHORIZED, NETWORK, OTHER = range(1, 9)
RETRYABLE = {GATEWAY_ERROR, RATE_LIMITED, NETWORK}
NAMES = {
    OK: "ok",
    MALFORMED: "malformed 200",
    SERVER_ERROR: "500",
    GATEWAY_ERROR: "502/503/504",
    RATE_LIMITED: "429",
    UNAUTHORIZED: "401",
    NETWORK: "network error",
    OTHER: "other",
}


@pytest.fixture(params=os.environ.get("EMNIFY_SOAK_BACKENDS", "asyncio,trio").split(","))
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def rss_bytes() -> int | None:
    """This process's resident set size (Linux), or None elsewhere."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


class Recorder:
    """Per SIM id: how many attempts reached the wire and what each met (compactly: counts
    and the last outcome for every id, the full history only for ids that met a fault)."""

    def __init__(self, sim_ids: list[int]) -> None:
        self.index = {sim_id: i for i, sim_id in enumerate(sim_ids)}
        self.attempts = array("H", bytes(2 * len(sim_ids)))
        self.last = bytearray(len(sim_ids))
        self.history: dict[int, list[int]] = {}
        self.by_outcome: Counter[int] = Counter()
        self.network_errors: Counter[str] = Counter()
        self.authenticate: Counter[int] = Counter()

    def record(self, sim_id: int, outcome: int) -> None:
        i = self.index[sim_id]
        self.attempts[i] += 1
        self.last[i] = outcome
        self.by_outcome[outcome] += 1
        history = self.history.get(sim_id)
        if history is None and outcome != OK:
            history = self.history[sim_id] = [OK] * (self.attempts[i] - 1)
        if history is not None:
            history.append(outcome)

    def answered(self, path: str, status: int, content: bytes) -> None:
        """Record what one attempt at `path` got back."""
        match = STATS_PATH.match(path)
        if match is not None:
            self.record(int(match[1]), classify(status, content))
        elif path == "/api/v1/authenticate":
            self.authenticate[status] += 1

    def failed(self, path: str, exc: Exception) -> None:
        """Record an attempt at `path` that met a network error."""
        match = STATS_PATH.match(path)
        if match is not None:
            self.record(int(match[1]), NETWORK)
            self.network_errors[type(exc).__name__] += 1

    def outcomes(self, sim_id: int) -> list[int]:
        history = self.history.get(sim_id)
        return history if history is not None else [OK] * self.attempts[self.index[sim_id]]


class RecordingBackend:
    """Wraps the backend the client picks itself (aiohttp on asyncio, httpx's transport on
    trio) and records every attempt, of bulk statistics and of the authenticate calls."""

    def __init__(self, recorder: Recorder, inner: Backend) -> None:
        self._recorder = recorder
        self._inner = inner

    async def send(self, request: Request) -> Answer:
        try:
            answer = await self._inner.send(request)
        except Exception as exc:
            self._recorder.failed(request.path, exc)
            raise
        self._recorder.answered(request.path, answer.status_code, answer.content)
        return answer

    async def aclose(self) -> None:
        await self._inner.aclose()


def classify(status: int, content: bytes) -> int:
    if status == 200:
        try:
            json.loads(content)
        except ValueError:
            return MALFORMED
        return OK
    if status in (502, 503, 504):
        return GATEWAY_ERROR
    if status >= 500:
        return SERVER_ERROR
    return {429: RATE_LIMITED, 401: UNAUTHORIZED}.get(status, OTHER)


def sends(outcomes: list[int]) -> list[list[int]]:
    """Split an id's attempts into the sends of the pipeline (a 401 ends a send; the pipeline
    renews the token and sends once more)."""
    groups: list[list[int]] = [[]]
    for outcome in outcomes:
        groups[-1].append(outcome)
        if outcome == UNAUTHORIZED:
            groups.append([])
    return [g for g in groups if g]


@dataclass(frozen=True)
class Failure:
    kind: type[BaseException]
    status: int | None
    message: str

    @classmethod
    def of(cls, error: BaseException) -> Failure:
        return cls(type(error), getattr(error, "status_code", None), str(error))


@dataclass
class Report:
    sims: int
    backend: str
    wall: float = 0.0
    outcomes: Counter[str] = field(default_factory=Counter)
    retries: Counter[int] = field(default_factory=Counter)
    attempts_by_outcome: dict[str, int] = field(default_factory=dict)
    network_errors: dict[str, int] = field(default_factory=dict)
    authenticate_calls: int = 0
    server: dict[str, Any] = field(default_factory=dict)
    memory: list[tuple[int, int]] = field(default_factory=list)

    def show(self) -> str:
        mb = [(done, round(rss / 2**20, 1)) for done, rss in self.memory]
        step = max(1, len(mb) // 20)
        return "\n".join(
            [
                f"soak[{self.backend}]: {self.sims:,} SIMs in {self.wall:.1f} s",
                f"  outcomes: {dict(self.outcomes)}",
                f"  retries per id: {dict(sorted(self.retries.items()))}",
                f"  attempts by outcome: {self.attempts_by_outcome}",
                f"  network errors: {self.network_errors}",
                f"  authenticate calls: {self.authenticate_calls}",
                f"  simulator: faults {self.server.get('faults')}, "
                f"statuses {self.server.get('responses_by_status')}",
                f"  RSS MB (ids done, MB), every {step}th sample: {mb[::step]}",
            ]
        )


def soak_config() -> SimulatorConfig:
    return SimulatorConfig(
        sims=SIMS,
        seed=SEED,
        rate_limits="none",
        token_ttl=TOKEN_TTL,
        latency=0.002,
        latency_jitter=0.02,
        faults=FaultConfig(
            server_error=0.05,
            drop=0.01,
            truncate=0.0025,
            malformed=0.0025,
            seed=SEED,
            storm_every=STORM_EVERY,
            storm_seconds=STORM_SECONDS,
        ),
    )


@pytest.fixture(scope="module")
def simulator_process() -> Iterator[Any]:
    with spawn_simulator_process(soak_config()) as process:
        yield process


@pytest.mark.anyio
async def test_soak_bulk_sim_stats(
    simulator_process: Any, anyio_backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    simulator_process.reset()  # counters and token state of a previous backend's run
    sim_ids = Fleet(SIMS, SEED).sim_ids
    recorder = Recorder(sim_ids)
    # the client keeps choosing its own backend; the recorder sits around it
    monkeypatch.setattr(
        emnify._pipeline,
        "default_backend",
        lambda *args, **kwargs: RecordingBackend(recorder, default_backend(*args, **kwargs)),
    )
    reported = bytearray(SIMS)
    #: sim id -> (error class, HTTP status, message): not the exception itself, which holds a
    #: traceback and the response, and would make the test's own memory grow with failures
    failures: dict[int, Failure] = {}
    report = Report(SIMS, anyio_backend)
    client = EmnifyClient(
        DEFAULT_APPLICATION_TOKEN,
        base_url=simulator_process.base_url,
        max_concurrency=CONCURRENCY,
        rate_limits=RateLimits(
            routes=(RouteLimit("GET", "/api/v1/sim/{id}/stats", TokenBucketLimit(RATE, RATE / 4)),)
        ),
        max_retries=MAX_RETRIES,
        backoff_base=0.25,
        backoff_max=4.0,
        timeout=10.0,
    )
    budget = 60.0 + 3 * SIMS / RATE
    sample_every = max(1, SIMS // 200)
    started = time.perf_counter()
    async with client:
        with anyio.fail_after(budget):
            done = 0
            async for result in client.bulk_sim_stats(sim_ids):
                i = recorder.index[result.sim_id]  # type: ignore[index]
                reported[i] += 1
                done += 1
                if result.error is not None:
                    failures[result.sim_id] = Failure.of(result.error)  # type: ignore[index]
                    report.outcomes[type(result.error).__name__] += 1
                else:
                    report.outcomes["ok"] += 1
                if done % sample_every == 0:
                    rss = rss_bytes()
                    if rss is not None:
                        report.memory.append((done, rss))
    report.wall = time.perf_counter() - started
    report.server = simulator_process.counters()
    for attempts in recorder.attempts:
        report.retries[attempts - 1] += 1
    report.attempts_by_outcome = {NAMES[k]: v for k, v in sorted(recorder.by_outcome.items())}
    report.network_errors = dict(recorder.network_errors)
    report.authenticate_calls = sum(recorder.authenticate.values())
    print("\n" + report.show(), file=sys.stderr)

    # -- every id exactly once, no bug-shaped failure ------------------------------------
    assert sum(reported) == SIMS
    assert set(reported) == {1}
    assert report.outcomes["UnexpectedError"] == 0
    assert not any(issubclass(f.kind, UnexpectedError) for f in failures.values())

    # -- every failure carries its reason, explained by what its attempts met -------------
    malformed_ids = {sid for sid, h in recorder.history.items() if MALFORMED in h}
    parse_failures = {sid for sid, f in failures.items() if issubclass(f.kind, StatsParseError)}
    assert parse_failures == malformed_ids
    exhausted = 0
    for sim_id, failure in failures.items():
        assert failure.message.strip(), f"{sim_id}: {failure.kind.__name__} without a message"
        outcomes = recorder.outcomes(sim_id)
        last_send = sends(outcomes)[-1]
        if issubclass(failure.kind, StatsParseError):
            assert "not JSON" in failure.message
            assert last_send[-1] == MALFORMED
        elif issubclass(failure.kind, ServerError) and failure.status == 500:
            assert last_send[-1] == SERVER_ERROR, outcomes  # 500 is not retried
        else:  # retries used up: every attempt of the last send failed in a retryable way
            expected_last = {RateLimitError: RATE_LIMITED, ServerError: GATEWAY_ERROR}.get(
                failure.kind, NETWORK
            )
            assert issubclass(failure.kind, (RateLimitError, ServerError, TransportError)), (
                failure,
                outcomes,
            )
            assert len(last_send) == 1 + MAX_RETRIES, outcomes
            assert set(last_send) <= RETRYABLE and last_send[-1] == expected_last, outcomes
            exhausted += 1
    # nearly all succeed: with 5 retries, running out of them is rare
    assert exhausted <= max(2, SIMS // 1000), report.outcomes
    assert len(failures) <= SIMS * 0.03, report.outcomes

    # -- bounded retries, and the client saw what the simulator injected ------------------
    for i, sim_id in enumerate(sim_ids):
        if sim_id in failures:
            continue
        assert recorder.last[i] == OK
    for sim_id, history in recorder.history.items():
        groups = sends(history)
        assert len(groups) <= 2, (sim_id, history)
        assert all(len(g) <= 1 + MAX_RETRIES for g in groups), (sim_id, history)
    faults = report.server["faults"]
    route = "GET /api/v1/sim/{sim_id}/stats"
    assert report.server["requests_by_route"][route] == sum(recorder.attempts)
    assert recorder.by_outcome[MALFORMED] == faults.get("malformed", 0)
    server_errors = recorder.by_outcome[SERVER_ERROR] + recorder.by_outcome[GATEWAY_ERROR]
    assert server_errors == faults.get("server_error", 0)
    assert recorder.by_outcome[RATE_LIMITED] == faults.get("storm", 0)
    injected_network = faults.get("drop", 0) + faults.get("truncate", 0)
    assert recorder.by_outcome[NETWORK] == injected_network
    # the timed faults did happen
    if report.wall > STORM_EVERY:
        assert faults.get("storm", 0) > 0
    if report.wall > TOKEN_TTL:
        assert report.authenticate_calls >= 2
    # single flight: about one authenticate call per token lifetime, not one per request
    assert report.authenticate_calls <= report.wall / (0.9 * TOKEN_TTL) + 2
    assert set(recorder.authenticate) == {200}

    # -- flat memory -----------------------------------------------------------------------
    if report.memory:
        quarter = SIMS // 4
        first = max(rss for done, rss in report.memory if done <= quarter)
        last = max(rss for done, rss in report.memory if done > SIMS - quarter)
        assert last <= first * 1.2 + 4 * 2**20, report.show()
