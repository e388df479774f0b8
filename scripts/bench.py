#!/usr/bin/env python
"""emnify-async benchmarks: every figure is a ratio against a baseline measured in the same run.

    make bench                                   # the full run, writes BENCHMARKS.md (~15 min)
    .venv/bin/python scripts/bench.py --quick    # a smoke run (< 1 min), writes .bench/bench-quick.md
    .venv/bin/python scripts/bench.py --only B1,B4 --reps 3

Benchmarks (see BENCHMARKS.md for the full descriptions and targets):

B1   5,000 SIM-stats GETs at concurrency 64, unthrottled: ``bulk_sim_stats`` against raw
     ``httpx.AsyncClient`` and raw ``aiohttp.ClientSession`` (+ semaphore, ``.json()``).
B1'  1,000 ``GET /api/v1/sim/{id}`` with 50 ms server latency: the facade at concurrency 64
     against the official ``emnify-sdk`` 0.5.3 (sequential, in its own venv ``.bench/sdk-venv``).
B2   3,000 SIM stats through the published stats limit x20 (200 req/s, burst 100), client at
     ``RateLimits.emnify(scale=20)``: wall against N / rate, and 429s.
B2'  the same with client throttling off (adaptive only), no ``Retry-After``.
B3   ``bulk_sim_stats`` over 100,000 ids streamed to JSONL: peak RSS against the 10,000-id run;
     and the same 100,000 ids to Parquet and to SQLite (as ``emnify stats -f parquet|sqlite``):
     peak RSS and wall time beside JSONL.
B4   cold imports (no bytecode cache for our packages) against ``import httpx``.
B5   1,000 concurrent calls just after the JWT expired: authenticate calls counted by the
     simulator.
B6   1, 2, 4 and 8 processes (``--shard K/N`` parts of one fleet) sharing one organisation's
     stats limit through Redis (``redis_url``), beside the same processes without Redis: wall
     against the ideal, 429s served, authenticate calls.
B7   ``bulk_sim_stats`` over 50 SIMs behind the published 10 req/s stats limit: time to the
     first result and the longest gap between results, streaming (``async with``) against the
     plain ``async for`` form.

``--merge`` reruns only the selected benchmarks and puts their sections and summary rows into
the existing report (``--out``, default BENCHMARKS.md), keeping every other section as it was:
    .venv/bin/python scripts/bench.py --only B7 --merge

Every measured run happens in a fresh child process (this script with ``--worker``), the
simulator in another one (``python -m emnify.testing --http httptools --loop uvloop``), all on
127.0.0.1. Runs that are compared are interleaved, the order rotating per repetition. The
script never fails because a target is missed: it measures and reports. The "## Findings"
section of an existing output file is kept as it is (it is written by hand).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import itertools
import json
import os
import platform
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "test-app-token"  # emnify.testing.DEFAULT_APPLICATION_TOKEN
SDK_VERSION = "0.5.3"
RESULT_MARK = "BENCH-RESULT "
FINDINGS_HEADING = "## Findings"
ALL_IDS = ("B1", "B1'", "B2", "B2'", "B3", "B4", "B5", "B6", "B7")
STATS_ROUTE = "GET /api/v1/sim/{sim_id}/stats"
X = "\u00d7"  # multiplication sign
DASH = "\u2013"  # en dash


# ================================================================================ settings


@dataclass(frozen=True)
class Settings:
    """Sizes and repetitions of one run (full or --quick)."""

    quick: bool
    reps: int  # B1, B1', B4, B5
    reps_long: int  # B2, B2', B3
    b1_requests: int = 5000
    b1_warmup: int = 256
    b1_parse_bodies: int = 1000
    concurrency: int = 64
    b1p_requests: int = 1000
    b1p_sdk_requests: int = 1000
    b1p_latency: float = 0.05
    b2_requests: int = 3000
    b2_rate: float = 200.0
    b2_burst: float = 100.0
    b2_scale: float = 20.0
    b3_large: int = 100_000
    b3_small: int = 10_000
    b5_calls: int = 1000
    b6_sims: int = 600
    b6_scale: float = 4.0
    b6_processes: tuple[int, ...] = (1, 2, 4, 8)
    b7_sims: int = 50
    b7_concurrency: int = 16

    @classmethod
    def full(cls) -> Settings:
        return cls(quick=False, reps=5, reps_long=5)

    @classmethod
    def quick_run(cls) -> Settings:
        return cls(
            quick=True,
            reps=1,
            reps_long=1,
            b1_requests=500,
            b1_warmup=64,
            b1_parse_bodies=200,
            b1p_requests=200,
            b1p_sdk_requests=30,
            b2_requests=400,
            b3_large=5000,
            b3_small=1000,
            b5_calls=1000,
            b6_sims=80,
            b6_processes=(1, 2),
        )


# ================================================================================ report model


@dataclass
class Check:
    """One target: what was measured against what was asked."""

    what: str
    measured: str
    target: str
    met: bool | None  # None: not judged (e.g. skipped)


@dataclass
class Section:
    bench_id: str
    title: str
    setup: list[str]
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    raw: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0


def _log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def spread(values: Sequence[float], fmt: str) -> str:
    """``median (min-max)`` of `values`, each formatted with `fmt`."""
    if not values:
        return "n/a"
    m = format(median(values), fmt)
    if len(values) == 1:
        return m
    return f"{m} ({format(min(values), fmt)}{DASH}{format(max(values), fmt)})"


def md_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def verdict(met: bool | None) -> str:
    return {True: "**met**", False: "**missed**", None: "n/a"}[met]


# ================================================================================ helpers


def proc_cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of a process (Linux /proc), None where unavailable."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            text = fh.read()
    except OSError:
        return None
    fields = text.rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return ticks / os.sysconf("SC_CLK_TCK")


def admin(base_url: str, path: str, method: str = "GET") -> Any:
    """Call a simulator admin route (``/_simulator/...``)."""
    request = urllib.request.Request(f"{base_url}/_simulator/{path}", method=method)
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def fleet_ids(sims: int) -> list[int]:
    """The SIM ids of a default-seeded simulator fleet of `sims` SIMs (ids have gaps)."""
    from emnify.testing import Fleet, SimulatorConfig

    config = SimulatorConfig()
    return list(Fleet(sims, config.seed, first_sim_id=config.first_sim_id).sim_ids)


def write_ids(path: Path, ids: Sequence[int]) -> Path:
    path.write_text("".join(f"{i}\n" for i in ids))
    return path


def read_ids(path: str) -> list[int]:
    with open(path) as fh:
        return [int(line) for line in fh if line.strip()]


def iter_ids(path: str) -> Iterator[int]:
    with open(path) as fh:
        for line in fh:
            if line.strip():
                yield int(line)


@contextlib.contextmanager
def simulator(now: datetime | None = None, **config: Any) -> Iterator[Any]:
    """The simulator in its own process, httptools + uvloop, on 127.0.0.1 (`now` pins the
    statistics clock, so its per-minute cache of stats bodies never expires)."""
    from emnify.testing import SimulatorConfig, spawn_simulator_process

    with spawn_simulator_process(
        SimulatorConfig(**config), http="httptools", loop="uvloop", python=sys.executable, now=now
    ) as process:
        yield process


def run_worker(
    kind: str, params: dict[str, Any], *, timeout: float, python: str | None = None
) -> dict[str, Any]:
    """Run ``bench.py --worker kind`` in a fresh process; returns its result dict."""
    argv = [python or sys.executable, str(Path(__file__).resolve())]
    argv += ["--worker", kind, "--params", json.dumps(params)]
    return _run_json(argv, timeout=timeout, env=None, cwd=ROOT)


def _run_json(
    argv: list[str], *, timeout: float, env: dict[str, str] | None, cwd: Path
) -> dict[str, Any]:
    try:
        done = subprocess.run(
            argv, capture_output=True, timeout=timeout, env=env, cwd=cwd, check=False
        )
    except subprocess.TimeoutExpired:
        raise RuntimeError(f"worker timed out after {timeout:.0f} s: {argv[2:4]}") from None
    for line in reversed(done.stdout.decode(errors="replace").splitlines()):
        if line.startswith(RESULT_MARK):
            result: dict[str, Any] = json.loads(line[len(RESULT_MARK) :])
            return result
    detail = done.stderr.decode(errors="replace")[-3000:]
    raise RuntimeError(f"worker failed (exit {done.returncode}): {argv[2:4]}\n{detail}")


def rotated(items: Sequence[str], rep: int) -> list[str]:
    k = rep % len(items)
    return list(items[k:]) + list(items[:k])


# ================================================================================ workers
# Each runs in a fresh child process under asyncio.run and prints one RESULT_MARK line.


def _maxrss_mb() -> float:
    """`getrusage(RUSAGE_SELF).ru_maxrss` in MB. Beware: Linux carries the high-water mark of
    the image replaced by execve(2) over into the new one, so in a child of a big parent this
    is the *parent's* peak (it was for B3: ~98 MB, the bench process holding a 100,000-SIM
    fleet, whatever the child did)."""
    # ru_maxrss is in KiB on Linux (bytes on macOS)
    scale = 1 / (1024 * 1024) if sys.platform == "darwin" else 1 / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale


def _proc_status_mb(field_name: str) -> float | None:
    """A ``/proc/self/status`` memory field (``VmHWM``: peak RSS of this process image only;
    ``VmRSS``: current RSS) in MB, None where there is no /proc."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith(field_name + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def peak_rss_mb() -> float:
    """Peak RSS of this process: VmHWM where available, else ru_maxrss."""
    hwm = _proc_status_mb("VmHWM")
    return hwm if hwm is not None else _maxrss_mb()


def current_rss_mb() -> float:
    rss = _proc_status_mb("VmRSS")
    return rss if rss is not None else _maxrss_mb()


class _Timer:
    """Wall, CPU of this process and CPU of the simulator process over a block."""

    def __init__(self, sim_pid: int | None) -> None:
        self.sim_pid = sim_pid
        self.wall = self.cpu = 0.0
        self.sim_cpu: float | None = None

    def __enter__(self) -> _Timer:
        self._sim0 = proc_cpu_seconds(self.sim_pid) if self.sim_pid else None
        self._cpu0 = time.process_time()
        self._t0 = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self._t0
        self.cpu = time.process_time() - self._cpu0
        if self._sim0 is not None and self.sim_pid:
            end = proc_cpu_seconds(self.sim_pid)
            self.sim_cpu = None if end is None else end - self._sim0

    def result(self, n: int, **extra: Any) -> dict[str, Any]:
        return {"n": n, "wall": self.wall, "cpu": self.cpu, "sim_cpu": self.sim_cpu, **extra}


async def _authenticate_raw(base_url: str) -> str:
    import httpx

    async with httpx.AsyncClient() as http:
        response = await http.post(
            f"{base_url}/api/v1/authenticate", json={"application_token": TOKEN}
        )
        response.raise_for_status()
        token: str = response.json()["auth_token"]
        return token


async def worker_b1_facade(p: dict[str, Any]) -> dict[str, Any]:
    import anyio

    from emnify import EmnifyClient

    ids = read_ids(p["ids_file"])
    async with EmnifyClient(
        TOKEN, base_url=p["base_url"], max_concurrency=p["concurrency"], rate_limits=None
    ) as client:
        await client.authenticate()
        async for _ in client.bulk_sim_stats(ids[: p["warmup"]]):
            pass
        ok = failed = 0
        with anyio.fail_after(p["budget"]), _Timer(p["sim_pid"]) as timer:
            async for result in client.bulk_sim_stats(ids):
                if result.ok:
                    ok += 1
                else:
                    failed += 1
    return timer.result(len(ids), ok=ok, failed=failed)


async def worker_b1_facade_http(p: dict[str, Any]) -> dict[str, Any]:
    """Diagnostic: the facade's HTTP stack as bulk statistics use it (auth, limiter, retries,
    the lean aiohttp path) the way the raw baselines use theirs -- semaphore, gather,
    `json.loads` -- without typed parsing."""
    import asyncio

    import anyio

    from emnify import EmnifyClient

    ids = read_ids(p["ids_file"])
    semaphore = asyncio.Semaphore(p["concurrency"])
    async with EmnifyClient(
        TOKEN, base_url=p["base_url"], max_concurrency=p["concurrency"], rate_limits=None
    ) as client:

        async def fetch(sim_id: int) -> bool:
            async with semaphore:
                response = await client._get(f"/api/v1/sim/{sim_id}/stats")
                return bool(json.loads(response.content))

        await client.authenticate()
        await asyncio.gather(*(fetch(i) for i in ids[: p["warmup"]]))
        with anyio.fail_after(p["budget"]), _Timer(p["sim_pid"]) as timer:
            results = await asyncio.gather(*(fetch(i) for i in ids), return_exceptions=True)
    ok = sum(1 for r in results if r is True)
    return timer.result(len(ids), ok=ok, failed=len(ids) - ok)


async def worker_b1_parse(p: dict[str, Any]) -> dict[str, Any]:
    """Diagnostic: CPU to decode (exact decimals) and parse one stats body, as bulk does
    (`parse_sim_stats_json`), against plain `json.loads`."""
    from emnify.stats import parse_sim_stats_json
    from emnify.testing import Fleet

    fleet = Fleet(p["bodies"], 1, first_sim_id=1000)
    moment = datetime.now(timezone.utc)
    bodies = [fleet.stats_json(index, moment) for index in range(p["bodies"])]
    plain = [0.0, 0.0]  # decode+parse, json.loads alone
    for _ in range(3):
        c0 = time.process_time()
        for index, body in enumerate(bodies):
            parse_sim_stats_json(body, now=moment, sim_id=fleet.sim_ids[index])
        c1 = time.process_time()
        for body in bodies:
            json.loads(body)
        c2 = time.process_time()
        plain = [min(plain[0] or 1e9, c1 - c0), min(plain[1] or 1e9, c2 - c1)]
    size = sum(len(b) for b in bodies) / len(bodies)
    return {
        "n": len(bodies),
        "decode_parse_cpu": plain[0] / len(bodies),
        "json_loads_cpu": plain[1] / len(bodies),
        "body_bytes": size,
    }


async def worker_b1_httpx(p: dict[str, Any]) -> dict[str, Any]:
    import asyncio

    import anyio
    import httpx

    ids = read_ids(p["ids_file"])
    token = await _authenticate_raw(p["base_url"])
    limits = httpx.Limits(
        max_connections=p["concurrency"], max_keepalive_connections=p["concurrency"]
    )
    semaphore = asyncio.Semaphore(p["concurrency"])
    async with httpx.AsyncClient(
        base_url=p["base_url"],
        headers={"Authorization": f"Bearer {token}", "Accept": "application/json"},
        limits=limits,
    ) as http:

        async def fetch(sim_id: int) -> bool:
            async with semaphore:
                response = await http.get(f"/api/v1/sim/{sim_id}/stats")
                response.raise_for_status()
                return bool(response.json())

        await asyncio.gather(*(fetch(i) for i in ids[: p["warmup"]]))
        with anyio.fail_after(p["budget"]), _Timer(p["sim_pid"]) as timer:
            results = await asyncio.gather(*(fetch(i) for i in ids), return_exceptions=True)
    ok = sum(1 for r in results if r is True)
    return timer.result(len(ids), ok=ok, failed=len(ids) - ok)


async def worker_b1_aiohttp(p: dict[str, Any]) -> dict[str, Any]:
    import asyncio

    import aiohttp
    import anyio

    ids = read_ids(p["ids_file"])
    token = await _authenticate_raw(p["base_url"])
    semaphore = asyncio.Semaphore(p["concurrency"])
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    connector = aiohttp.TCPConnector(limit=p["concurrency"])
    async with aiohttp.ClientSession(
        base_url=p["base_url"], headers=headers, connector=connector
    ) as session:

        async def fetch(sim_id: int) -> bool:
            async with semaphore, session.get(f"/api/v1/sim/{sim_id}/stats") as response:
                response.raise_for_status()
                return bool(await response.json())

        await asyncio.gather(*(fetch(i) for i in ids[: p["warmup"]]))
        with anyio.fail_after(p["budget"]), _Timer(p["sim_pid"]) as timer:
            results = await asyncio.gather(*(fetch(i) for i in ids), return_exceptions=True)
    ok = sum(1 for r in results if r is True)
    return timer.result(len(ids), ok=ok, failed=len(ids) - ok)


async def worker_b1p_facade(p: dict[str, Any]) -> dict[str, Any]:
    import anyio

    from emnify import EmnifyClient

    ids = read_ids(p["ids_file"])
    ok = 0
    async with EmnifyClient(
        TOKEN, base_url=p["base_url"], max_concurrency=p["concurrency"], rate_limits=None
    ) as client:
        api = client.api
        await client.authenticate()
        await api.sim.get_sim(sim_id=str(ids[0]))  # imports the operation, opens a connection
        pending = iter(ids)

        async def work() -> None:
            nonlocal ok
            for sim_id in pending:
                sim = await api.sim.get_sim(sim_id=str(sim_id))
                if sim is not None and sim.id == sim_id:
                    ok += 1

        with anyio.fail_after(p["budget"]), _Timer(p["sim_pid"]) as timer:
            async with anyio.create_task_group() as tg:
                for _ in range(p["concurrency"]):
                    tg.start_soon(work)
    return timer.result(len(ids), ok=ok, failed=len(ids) - ok)


#: Run by the official SDK's own interpreter (.bench/sdk-venv), isolated (-I) from our code.
SDK_WORKER = """
import json, sys, time
from emnify import EMnify
params = json.loads(sys.argv[1])
with open(params["ids_file"]) as fh:
    ids = [int(line) for line in fh if line.strip()]
client = EMnify(app_token=params["token"])
client.sim.retrieve_sim(ids[0])  # authenticates (first call: 401, authenticate, retry)
deadline = time.monotonic() + params["budget"]
ok = 0
t0, c0 = time.perf_counter(), time.process_time()
for sim_id in ids:
    if time.monotonic() > deadline:
        break
    sim = client.sim.retrieve_sim(sim_id)
    ok += sim.id == sim_id
wall, cpu = time.perf_counter() - t0, time.process_time() - c0
print("BENCH-RESULT " + json.dumps({"n": len(ids), "ok": ok, "failed": len(ids) - ok,
                                    "wall": wall, "cpu": cpu, "sim_cpu": None}))
"""


async def worker_b2(p: dict[str, Any]) -> dict[str, Any]:
    import anyio

    from emnify import EmnifyClient, RateLimits

    ids = read_ids(p["ids_file"])
    limits = RateLimits.emnify(scale=p["scale"]) if p["throttled"] else None
    ok = failed = 0
    errors: dict[str, int] = {}
    async with EmnifyClient(
        TOKEN, base_url=p["base_url"], max_concurrency=p["concurrency"], rate_limits=limits
    ) as client:
        await client.authenticate()
        admin(p["base_url"], "reset", "POST")  # full server buckets, zero counters
        with anyio.fail_after(p["budget"]), _Timer(p["sim_pid"]) as timer:
            async with client.bulk_sim_stats(ids) as run:
                async for result in run:
                    if result.ok:
                        ok += 1
                    else:
                        failed += 1
                        name = type(result.error).__name__
                        errors[name] = errors.get(name, 0) + 1
        route = client.limiter.routes().get("GET /api/v1/sim/{id}/stats")
        final_rate = route.rate if route is not None else None
        client_429 = route.rate_limited_count if route is not None else 0
    counters = admin(p["base_url"], "counters")
    return timer.result(
        len(ids),
        ok=ok,
        failed=failed,
        errors=errors,
        server_429=counters["rate_limited"],
        stats_requests=counters["requests_by_route"].get(STATS_ROUTE, 0),
        client_seen_429=client_429,
        final_rate=final_rate,
    )


async def worker_b3(p: dict[str, Any]) -> dict[str, Any]:
    import anyio

    from emnify import EmnifyClient
    from emnify.stats.export import write_jsonl

    ok = failed = lines = 0
    output = p.get("format", "jsonl")
    if output != "jsonl":
        # what `emnify stats -f parquet|sqlite` writes with (imported before 'ready')
        from emnify.stats.sinks import ParquetSink, SQLiteSink

        sink_type = ParquetSink if output == "parquet" else SQLiteSink
    async with EmnifyClient(
        TOKEN, base_url=p["base_url"], max_concurrency=p["concurrency"], rate_limits=None
    ) as client:
        await client.authenticate()
        if output == "parquet":
            import pyarrow.parquet  # noqa: F401  (imported by the sink: before 'ready')
        rss_ready = current_rss_mb()
        with anyio.fail_after(p["budget"]), _Timer(p["sim_pid"]) as timer:
            if output == "jsonl":
                with open(p["out_file"], "w", encoding="utf-8", newline="") as fh:  # noqa: ASYNC230 (as the CLI)
                    async with client.bulk_sim_stats(iter_ids(p["ids_file"])) as run:
                        async for result in run:
                            # exactly what `emnify stats --format jsonl` does per result
                            lines += write_jsonl(
                                [result], fh, layout="sims", include_last_hour=False
                            )
                            if result.ok:
                                ok += 1
                            else:
                                failed += 1
            else:
                with sink_type(p["out_file"]) as sink:  # closing merges (Parquet): timed too
                    async with client.bulk_sim_stats(iter_ids(p["ids_file"])) as run:
                        async for result in run:
                            sink.write(result)  # as `emnify stats -f parquet|sqlite` does
                            lines += 1
                            if result.ok:
                                ok += 1
                            else:
                                failed += 1
    size = os.path.getsize(p["out_file"])  # noqa: ASYNC240
    os.unlink(p["out_file"])
    return timer.result(
        p["n"],
        ok=ok,
        failed=failed,
        lines=lines,
        jsonl_bytes=size,
        output=output,
        rss_ready_mb=rss_ready,
        peak_rss_mb=peak_rss_mb(),
        ru_maxrss_mb=_maxrss_mb(),
    )


async def worker_b5(p: dict[str, Any]) -> dict[str, Any]:
    import anyio

    from emnify import EmnifyClient

    ids = read_ids(p["ids_file"])
    ok = 0
    failures: dict[str, int] = {}
    async with EmnifyClient(
        TOKEN, base_url=p["base_url"], max_concurrency=p["concurrency"], rate_limits=None
    ) as client:
        # A first token opens the connection (the first call is slow); once it is past any
        # refresh time, authenticate() renews at the chosen moment with a warm connection.
        await client.authenticate()
        await anyio.sleep(p["ttl"] + 1.1)
        # The simulator's JWT has an integer `iat` and a fractional `exp`: issuing the token at
        # a chosen fraction of a wall-clock second sets how much longer than the real lifetime
        # `exp - iat` (what the client counts with) looks.
        await anyio.sleep((p["align"] - time.time() % 1.0) % 1.0)
        await client.authenticate()
        issued = time.time()  # the server's `exp` is at most ttl after this
        admin(p["base_url"], "reset", "POST")
        await anyio.sleep(max(0.0, issued + p["ttl"] + p["after_exp"] - time.time()))

        async def call(sim_id: int) -> None:
            nonlocal ok
            try:
                await client.request("GET", f"/api/v1/sim/{sim_id}")
                ok += 1
            except Exception as exc:
                name = type(exc).__name__
                failures[name] = failures.get(name, 0) + 1

        with anyio.fail_after(p["budget"]), _Timer(p["sim_pid"]) as timer:
            async with anyio.create_task_group() as tg:
                for sim_id in ids:
                    tg.start_soon(call, sim_id)
    counters = admin(p["base_url"], "counters")
    return timer.result(
        len(ids),
        ok=ok,
        failed=len(ids) - ok,
        failures=failures,
        authenticate_calls=counters["authenticate_calls"],
        unauthorized=counters["unauthorized_requests"],
        requests=counters["requests"],
    )


async def worker_b7(p: dict[str, Any]) -> dict[str, Any]:
    import anyio

    from emnify import EmnifyClient, RateLimits

    ids = read_ids(p["ids_file"])
    stamps: list[float] = []
    ok = 0
    async with EmnifyClient(
        TOKEN,
        base_url=p["base_url"],
        max_concurrency=p["concurrency"],
        rate_limits=RateLimits.emnify(),
    ) as client:
        await client.authenticate()
        # warm up: the first stats call of a process opens the aiohttp session and builds
        # the parser's decoders (~60 ms on this machine); then let the client's bucket refill
        await client.sim_stats(ids[0])
        await anyio.sleep(0.5)
        admin(p["base_url"], "reset", "POST")  # full server buckets, zero counters
        with anyio.fail_after(p["budget"]), _Timer(p["sim_pid"]) as timer:
            t0 = time.perf_counter()
            if p["form"] == "streaming":
                async with client.bulk_sim_stats(ids) as results:
                    async for result in results:
                        stamps.append(time.perf_counter() - t0)
                        ok += result.ok
            else:
                async for result in client.bulk_sim_stats(ids):
                    stamps.append(time.perf_counter() - t0)
                    ok += result.ok
    counters = admin(p["base_url"], "counters")
    gaps = [b - a for a, b in itertools.pairwise(stamps)]
    # the largest group of results handed over within 5 ms of each other
    burst = group = 1
    for gap in gaps:
        group = group + 1 if gap < 0.005 else 1
        burst = max(burst, group)
    return timer.result(
        len(ids),
        ok=ok,
        failed=len(ids) - ok,
        first=stamps[0] if stamps else None,
        longest_gap=max(gaps) if gaps else None,
        burst=burst if stamps else 0,
        stamps=stamps,
        server_429=counters["rate_limited"],
        stats_requests=counters["requests_by_route"].get(STATS_ROUTE, 0),
    )


async def worker_b6(p: dict[str, Any]) -> dict[str, Any]:
    import anyio

    from emnify import EmnifyClient, RateLimits
    from emnify.sharding import shard

    ids = list(shard(read_ids(p["ids_file"]), p["k"], p["n"]))
    extra = {"redis_url": p["redis_url"]} if p["redis_url"] else {}
    ok = 0
    async with EmnifyClient(
        TOKEN,
        base_url=p["base_url"],
        max_concurrency=p["concurrency"],
        rate_limits=RateLimits.emnify(scale=p["scale"]),
        **extra,
    ) as client:
        await client.authenticate()
        # warm up, as B7 does: the first stats call of a process opens the aiohttp session and
        # builds the parser's decoders (~60 ms of CPU, times 8 processes on 2 cores), and with
        # Redis loads the limiter's script; the buckets refill before start_at
        await client.sim_stats(ids[0] if ids else read_ids(p["ids_file"])[0])
        late = time.time() - p["start_at"]  # every process starts fetching at start_at
        if late < 0:
            await anyio.sleep(-late)
        start = time.time()
        with anyio.fail_after(p["budget"]):
            async with client.bulk_sim_stats(ids) as results:
                async for result in results:
                    ok += result.ok
        end = time.time()
    return {"n": len(ids), "ok": ok, "start": start, "end": end, "late": max(0.0, late)}


WORKERS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "b1-facade": worker_b1_facade,
    "b1-facade-http": worker_b1_facade_http,
    "b1-parse": worker_b1_parse,
    "b1-httpx": worker_b1_httpx,
    "b1-aiohttp": worker_b1_aiohttp,
    "b1p-facade": worker_b1p_facade,
    "b2": worker_b2,
    "b3": worker_b3,
    "b5": worker_b5,
    "b6": worker_b6,
    "b7": worker_b7,
}


def worker_main(kind: str, params: str) -> int:
    import asyncio

    result = asyncio.run(WORKERS[kind](json.loads(params)))
    print(RESULT_MARK + json.dumps(result), flush=True)
    return 0


# ================================================================================ benchmarks


@dataclass
class Context:
    settings: Settings
    workdir: Path
    sdk_python: Path | None = None
    sdk_error: str | None = None


def bench_b1(ctx: Context) -> Section:
    s = ctx.settings
    n = s.b1_requests
    section = Section(
        "B1",
        f"{n:,} SIM-stats GETs, concurrency {s.concurrency}, simulator unthrottled",
        [
            f"Simulator: own process, `--http httptools --loop uvloop`, {n:,} SIMs, no rate "
            "limits, statistics clock pinned (`--now`) so its cache of stats bodies stays warm; "
            "one untimed pass over all ids fills it before the first repetition.",
            "Each run is a fresh client process (asyncio), authenticated and warmed up with "
            f"{s.b1_warmup} requests before the clock starts; every id is fetched once.",
            f"facade: `EmnifyClient(max_concurrency={s.concurrency}, rate_limits=None)"
            ".bulk_sim_stats(ids)`, every result consumed (JSON decoded with exact decimals and "
            "parsed into `SimStats`, 240 last-hour points per SIM included).",
            f"(a) raw `httpx.AsyncClient` (pool {s.concurrency}) + `asyncio.Semaphore"
            f"({s.concurrency})` + `gather`, `.json()` per response.",
            f"(b) raw `aiohttp.ClientSession` (connector limit {s.concurrency}) + semaphore + "
            "`gather`, `.json()` per response.",
            "(diagnostic, no target) facade HTTP stack only: the lean GET that "
            "`bulk_sim_stats` sends through (`client._get`: auth, limiter, concurrency slots, "
            "retries, straight to aiohttp) used like the baselines, semaphore + `gather`, "
            "`json.loads` per body, no typed parsing.",
            "Order rotates every repetition; ratios are paired per repetition. CPU = "
            "`time.process_time()` of the client process; sim CPU = the simulator process's "
            "CPU seconds / wall (1.00 = one core saturated).",
        ],
    )
    ids = fleet_ids(n)
    ids_file = write_ids(ctx.workdir / "b1-ids.txt", ids)
    kinds = {
        "facade": "b1-facade",
        "httpx": "b1-httpx",
        "aiohttp": "b1-aiohttp",
        "facade-http": "b1-facade-http",
    }
    runs: dict[str, list[dict[str, Any]]] = {k: [] for k in kinds}
    ratio_a: list[float] = []
    ratio_b: list[float] = []
    ratio_http: list[float] = []
    with simulator(sims=n, rate_limits="none", now=datetime.now(timezone.utc)) as sim:
        params = {
            "base_url": sim.base_url,
            "ids_file": str(ids_file),
            "concurrency": s.concurrency,
            "warmup": s.b1_warmup,
            "sim_pid": sim.pid,
            "budget": 300.0,
        }
        run_worker("b1-aiohttp", params, timeout=400)  # fills the simulator's body cache
        for rep in range(s.reps):
            this: dict[str, dict[str, Any]] = {}
            for name in rotated(list(kinds), rep):
                result = run_worker(kinds[name], params, timeout=400)
                this[name] = result
                runs[name].append(result)
                _log(
                    f"B1 rep {rep + 1}/{s.reps} {name:11s} {n / result['wall']:7.0f} req/s "
                    f"cpu {1000 * result['cpu'] / n:.3f} ms/req failed {result['failed']}"
                )
            rps = {k: n / v["wall"] for k, v in this.items()}
            ratio_a.append(rps["facade"] / rps["httpx"])
            ratio_b.append(rps["facade"] / rps["aiohttp"])
            ratio_http.append(rps["facade-http"] / rps["aiohttp"])
    parse = run_worker("b1-parse", {"bodies": s.b1_parse_bodies}, timeout=120)
    section.header = ["client", "req/s", "CPU ms/request", "sim CPU (cores)", "failed"]
    labels = {
        "facade": "facade `bulk_sim_stats`",
        "httpx": "(a) raw httpx",
        "aiohttp": "(b) raw aiohttp",
        "facade-http": "diagnostic: facade HTTP stack (`client._get`) + `json.loads`",
    }
    for name, label in labels.items():
        rs = runs[name]
        sim_util = [r["sim_cpu"] / r["wall"] for r in rs if r["sim_cpu"] is not None]
        section.rows.append(
            [
                label,
                spread([n / r["wall"] for r in rs], ",.0f"),
                spread([1000 * r["cpu"] / n for r in rs], ".3f"),
                spread(sim_util, ".2f"),
                str(sum(r["failed"] for r in rs)),
            ]
        )
    ma, mb = median(ratio_a), median(ratio_b)
    section.rows.append(
        ["facade / (a), paired per rep", spread(ratio_a, ".2f") + " " + X, "", "", ""]
    )
    section.rows.append(
        ["facade / (b), paired per rep", spread(ratio_b, ".2f") + " " + X, "", "", ""]
    )
    section.rows.append(
        [
            "diagnostic (HTTP stack) / (b), paired per rep",
            spread(ratio_http, ".2f") + " " + X,
            "",
            "",
            "",
        ]
    )
    failed = sum(r["failed"] for rs in runs.values() for r in rs)
    section.checks = [
        Check("B1 facade vs raw httpx", f"{ma:.2f} {X}", f"≥ 2.0 {X}", ma >= 2.0),
        Check("B1 facade vs raw aiohttp", f"{mb:.2f} {X}", f"≥ 0.90 {X}", mb >= 0.90),
    ]
    aio_cpu = median([r["cpu"] / n for r in runs["aiohttp"]])
    section.notes.append(
        "Work the facade does that (b) does not: decoding a "
        f"{parse['body_bytes'] / 1000:.1f} kB stats body with exact decimals and parsing it "
        f"into `SimStats` (`parse_sim_stats_json`, as bulk does) takes "
        f"{1000 * parse['decode_parse_cpu']:.3f} ms CPU per body, against "
        f"{1000 * parse['json_loads_cpu']:.3f} ms for the plain `json.loads` that (b) does "
        f"(measured in this run over {parse['n']:,} simulator bodies; (b)'s whole request "
        f"costs {1000 * aio_cpu:.3f} ms). The diagnostic row is the facade's HTTP stack used "
        "the way (b) uses aiohttp (a task per request behind a semaphore, `json.loads`); "
        "it leaves out the bulk runner, whose workers yield between requests (BENCHMARKS.md, "
        "Findings)."
    )
    if failed:
        section.notes.append(f"{failed} requests failed across all runs.")
    section.raw = {
        "runs": runs,
        "ratio_httpx": ratio_a,
        "ratio_aiohttp": ratio_b,
        "ratio_http_stack_aiohttp": ratio_http,
        "parse": parse,
    }
    return section


def ensure_sdk(ctx: Context) -> Path | None:
    """The official SDK's interpreter in .bench/sdk-venv, creating the venv if needed."""
    if ctx.sdk_python is not None or ctx.sdk_error is not None:
        return ctx.sdk_python
    venv = ROOT / ".bench" / "sdk-venv"
    python = venv / "bin" / "python"
    check = [
        str(python),
        "-I",
        "-c",
        "import importlib.metadata as m; print(m.version('emnify-sdk'))",
    ]
    try:
        if not python.exists():
            _log(f"creating {venv} with emnify-sdk=={SDK_VERSION}")
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
            subprocess.run(
                [str(python), "-m", "pip", "install", "--quiet", f"emnify-sdk=={SDK_VERSION}"],
                check=True,
                timeout=600,
            )
        version = subprocess.run(
            check, check=True, capture_output=True, text=True, timeout=60
        ).stdout.strip()
        if version != SDK_VERSION:
            raise RuntimeError(f"{venv} has emnify-sdk {version}, expected {SDK_VERSION}")
    except (OSError, subprocess.SubprocessError, RuntimeError) as exc:
        ctx.sdk_error = f"{type(exc).__name__}: {exc}"
        return None
    ctx.sdk_python = python
    return python


def run_sdk(ctx: Context, python: Path, params: dict[str, Any], timeout: float) -> dict[str, Any]:
    script = ctx.workdir / "sdk_worker.py"
    script.write_text(SDK_WORKER)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "EMNIFY_SDK_API_ENDPOINT_URL": f"{params['base_url']}/api",
    }
    argv = [str(python), "-I", str(script), json.dumps({**params, "token": TOKEN})]
    return _run_json(argv, timeout=timeout, env=env, cwd=ctx.workdir)


def bench_b1p(ctx: Context) -> Section:
    s = ctx.settings
    n, n_sdk = s.b1p_requests, s.b1p_sdk_requests
    section = Section(
        "B1'",
        f"`GET /api/v1/sim/{{id}}` with {1000 * s.b1p_latency:.0f} ms simulated server latency",
        [
            f"Simulator: own process, httptools + uvloop, {n:,} SIMs, no rate limits, "
            f"`--latency {s.b1p_latency}` on every API request.",
            f"facade: {n:,} {X} `await client.api.sim.get_sim(sim_id=...)` (typed `SimDetails`), "
            f"{s.concurrency} tasks, `max_concurrency={s.concurrency}`, `rate_limits=None`.",
            f"baseline: the official `emnify-sdk` {SDK_VERSION} in its own venv "
            "(`.bench/sdk-venv`), `EMnify(app_token=...).sim.retrieve_sim(id)` for "
            f"{n_sdk:,} ids, sequentially (it has no concurrency), timed inside that process; "
            "base URL via `EMNIFY_SDK_API_ENDPOINT_URL`.",
            "Both authenticate and make one call before the clock starts. Order alternates "
            "every repetition; the ratio is paired per repetition (req/s over req/s).",
        ],
    )
    python = ensure_sdk(ctx)
    if python is None:
        section.notes.append(f"Skipped: the SDK venv could not be prepared ({ctx.sdk_error}).")
        section.checks = [Check("B1' facade vs emnify-sdk", "skipped", f"≥ 20 {X}", None)]
        return section
    ids = fleet_ids(n)
    facade_ids = write_ids(ctx.workdir / "b1p-ids.txt", ids)
    sdk_ids = write_ids(ctx.workdir / "b1p-sdk-ids.txt", ids[:n_sdk])
    runs: dict[str, list[dict[str, Any]]] = {"facade": [], "sdk": []}
    ratios: list[float] = []
    with simulator(sims=n, rate_limits="none", latency=s.b1p_latency) as sim:
        for rep in range(s.reps):
            this: dict[str, dict[str, Any]] = {}
            for name in rotated(["facade", "sdk"], rep):
                if name == "facade":
                    params = {
                        "base_url": sim.base_url,
                        "ids_file": str(facade_ids),
                        "concurrency": s.concurrency,
                        "sim_pid": sim.pid,
                        "budget": 120.0,
                    }
                    result = run_worker("b1p-facade", params, timeout=200)
                else:
                    params = {"base_url": sim.base_url, "ids_file": str(sdk_ids), "budget": 240.0}
                    result = run_sdk(ctx, python, params, timeout=300)
                this[name] = result
                runs[name].append(result)
                _log(
                    f"B1' rep {rep + 1}/{s.reps} {name:6s} {result['n'] / result['wall']:8.1f} "
                    f"req/s failed {result['failed']}"
                )
            ratios.append(
                (this["facade"]["n"] / this["facade"]["wall"])
                / (this["sdk"]["n"] / this["sdk"]["wall"])
            )
    section.header = ["client", "requests", "wall s", "req/s", "CPU ms/request", "failed"]
    for name, label in (("facade", "facade, concurrency 64"), ("sdk", "emnify-sdk, sequential")):
        rs = runs[name]
        section.rows.append(
            [
                label,
                f"{rs[0]['n']:,}",
                spread([r["wall"] for r in rs], ".2f"),
                spread([r["n"] / r["wall"] for r in rs], ",.1f"),
                spread([1000 * r["cpu"] / r["n"] for r in rs], ".2f"),
                str(sum(r["failed"] for r in rs)),
            ]
        )
    section.rows.append(
        ["facade / sdk (req/s, paired)", "", "", spread(ratios, ",.1f") + " " + X, "", ""]
    )
    m = median(ratios)
    section.checks = [Check("B1' facade vs emnify-sdk 0.5.3", f"{m:.1f} {X}", f"≥ 20 {X}", m >= 20)]
    if n_sdk != n:
        section.notes.append(
            f"The SDK ran {n_sdk:,} of the {n:,} ids (quick mode); req/s is compared."
        )
    section.raw = {"runs": runs, "ratios": ratios}
    return section


def _bench_b2(ctx: Context, throttled: bool) -> Section:
    s = ctx.settings
    n = s.b2_requests
    bench_id = "B2" if throttled else "B2'"
    ideal = n / s.b2_rate
    limit = 1.05 if throttled else 1.25
    client_desc = (
        f"`RateLimits.emnify(scale={s.b2_scale:g})` (stats route: {0.98 * s.b2_rate:g} req/s, "
        f"burst {int(5 * s.b2_scale * 0.5)})"
        if throttled
        else "`rate_limits=None` (no client throttling; adapts after 429s)"
    )
    section = Section(
        bench_id,
        f"{n:,} SIM stats through the published stats limit {X}{s.b2_scale:g}, client "
        + ("throttled" if throttled else "throttling off"),
        [
            f"Simulator: own process, `--rate-limits emnify --scale {s.b2_scale:g}`: "
            f"`GET /api/v1/sim/{{id}}/stats` at {s.b2_rate:g} req/s with burst "
            f"{s.b2_burst:g} per organisation; the general window becomes 40,000 requests "
            "per 5 minutes (never binds here); 429s **without** `Retry-After`.",
            f"Client: `bulk_sim_stats`, `max_concurrency={s.concurrency}`, {client_desc}; "
            "authenticated first, then the simulator's limits and counters are reset "
            "(`POST /_simulator/reset`) and the clock starts.",
            f"Ideal = N / rate = {n:,} / {s.b2_rate:g} = {ideal:.2f} s (the server's burst "
            f"would allow (N - {s.b2_burst:g}) / rate = {(n - s.b2_burst) / s.b2_rate:.2f} s, "
            "so a ratio slightly below 1 is possible). 429s are counted by the simulator.",
        ],
    )
    ids = fleet_ids(n)
    ids_file = write_ids(ctx.workdir / "b2-ids.txt", ids)
    runs: list[dict[str, Any]] = []
    with simulator(sims=n, rate_limits="emnify", scale=s.b2_scale) as sim:
        params = {
            "base_url": sim.base_url,
            "ids_file": str(ids_file),
            "concurrency": s.concurrency,
            "sim_pid": sim.pid,
            "throttled": throttled,
            "scale": s.b2_scale,
            "budget": ideal * 4 + 30,
        }
        for rep in range(s.reps_long):
            result = run_worker("b2", params, timeout=ideal * 4 + 90)
            runs.append(result)
            _log(
                f"{bench_id} rep {rep + 1}/{s.reps_long} wall/ideal {result['wall'] / ideal:.3f} "
                f"429s {result['server_429']} failed {result['failed']}"
            )
    ratios = [r["wall"] / ideal for r in runs]
    section.header = ["wall s", "wall / ideal", "429s served", "failed ids", "stats requests"]
    if not throttled:
        section.header.append("client rate at the end (req/s)")
    row = [
        spread([r["wall"] for r in runs], ".2f"),
        spread(ratios, ".3f"),
        spread([float(r["server_429"]) for r in runs], ".0f"),
        spread([float(r["failed"]) for r in runs], ".0f"),
        spread([float(r["stats_requests"]) for r in runs], ",.0f"),
    ]
    if not throttled:
        rates = [r["final_rate"] for r in runs if r["final_rate"] is not None]
        row.append(spread(rates, ".0f"))
    section.rows.append(row)
    m = median(ratios)
    worst_429 = max(r["server_429"] for r in runs)
    worst_failed = max(r["failed"] for r in runs)
    section.checks = [
        Check(f"{bench_id} wall / ideal", f"{m:.3f}", f"≤ {limit:.2f}", m <= limit),
    ]
    if throttled:
        section.checks.append(
            Check("B2 429s (every repetition)", f"max {worst_429}", "0", worst_429 == 0)
        )
    else:
        section.checks.append(
            Check(
                "B2' failed ids (every repetition)", f"max {worst_failed}", "0", worst_failed == 0
            )
        )
    errors: dict[str, int] = {}
    for r in runs:
        for k, v in r["errors"].items():
            errors[k] = errors.get(k, 0) + v
    if errors:
        section.notes.append(f"Errors across all repetitions: {errors}.")
    section.raw = {"runs": runs, "ideal": ideal}
    return section


def bench_b2(ctx: Context) -> Section:
    return _bench_b2(ctx, throttled=True)


def bench_b2p(ctx: Context) -> Section:
    return _bench_b2(ctx, throttled=False)


def bench_b3(ctx: Context) -> Section:
    s = ctx.settings
    large, small = s.b3_large, s.b3_small
    section = Section(
        "B3",
        f"`bulk_sim_stats` over {large:,} SIM ids streamed to JSONL",
        [
            f"Simulator: own process, httptools + uvloop, {large:,} SIMs, no limits, no "
            "latency, no faults.",
            f"Client: a fresh process per run, `max_concurrency={s.concurrency}`, "
            "`rate_limits=None`; ids streamed from a file by a generator; every result "
            'written with `write_jsonl([result], fh, layout="sims", include_last_hour=False)` '
            "exactly as `emnify stats --format jsonl` does.",
            "Peak RSS = that process's `VmHWM` (`/proc/self/status`) at the end; 'ready' = its "
            "`VmRSS` after imports, client creation and authentication. Not `getrusage()."
            "ru_maxrss`: Linux carries the high-water mark of the exec'ing parent over into the "
            "child, so it reports the bench process's own peak (~98 MB with a 100,000-SIM "
            "fleet in memory) for every run; it is kept in the raw JSON as `ru_maxrss_mb`.",
            f"Baseline: the same with the first {small:,} ids. The two sizes alternate.",
            f"Parquet and SQLite: the same {large:,} ids written with `emnify.stats.sinks."
            "ParquetSink` / `SQLiteSink`, exactly as `emnify stats -f parquet|sqlite -o FILE` "
            "does (Parquet: a whole part file every 1,000 results, merged into the file when "
            "the sink closes, which is timed; SQLite: one upsert transaction per result, WAL, "
            "synchronous=NORMAL). pyarrow is imported before 'ready'. Each repetition runs "
            "JSONL, Parquet and SQLite at both sizes, the outputs in rotating order; the check "
            "is that memory stays flat from the small to the large run, as for JSONL.",
        ],
    )
    ids = fleet_ids(large)
    files = {
        large: write_ids(ctx.workdir / "b3-ids-large.txt", ids),
        small: write_ids(ctx.workdir / "b3-ids-small.txt", ids[:small]),
    }
    runs: dict[int, list[dict[str, Any]]] = {large: [], small: []}
    sinks: dict[tuple[str, int], list[dict[str, Any]]] = {
        (output, size): [] for output in ("parquet", "sqlite") for size in (small, large)
    }
    with simulator(sims=large, rate_limits="none") as sim:
        for rep in range(s.reps_long):
            sizes = (small, large) if rep % 2 == 0 else (large, small)
            for size, output in [job for n in sizes for job in rotated_jobs(n, rep)]:
                params = {
                    "base_url": sim.base_url,
                    "ids_file": str(files[size]),
                    "out_file": str(ctx.workdir / f"b3-out-{size}.{output}"),
                    "n": size,
                    "concurrency": s.concurrency,
                    "sim_pid": sim.pid,
                    "budget": 900.0,
                    "format": output,
                }
                result = run_worker("b3", params, timeout=1000)
                (runs[size] if output == "jsonl" else sinks[(output, size)]).append(result)
                _log(
                    f"B3 rep {rep + 1}/{s.reps_long} {size:>7,} ids {output}: peak RSS "
                    f"{result['peak_rss_mb']:.1f} MB, {size / result['wall']:.0f} ids/s, "
                    f"failed {result['failed']}"
                )
    section.header = [
        "ids",
        "output",
        "peak RSS MB",
        "RSS ready MB",
        "wall s",
        "ids/s",
        "file MB",
        "failed",
    ]
    for size, output, rs in (
        (small, "JSONL", runs[small]),
        (large, "JSONL", runs[large]),
        (small, "Parquet", sinks[("parquet", small)]),
        (large, "Parquet", sinks[("parquet", large)]),
        (small, "SQLite", sinks[("sqlite", small)]),
        (large, "SQLite", sinks[("sqlite", large)]),
    ):
        section.rows.append(
            [
                f"{size:,}",
                output,
                spread([r["peak_rss_mb"] for r in rs], ".1f"),
                spread([r["rss_ready_mb"] for r in rs], ".1f"),
                spread([r["wall"] for r in rs], ".1f"),
                spread([size / r["wall"] for r in rs], ",.0f"),
                f"{median([r['jsonl_bytes'] for r in rs]) / 1e6:.1f}",
                str(sum(r["failed"] for r in rs)),
            ]
        )
    peak_large = median([r["peak_rss_mb"] for r in runs[large]])
    peak_small = median([r["peak_rss_mb"] for r in runs[small]])
    paired = [
        a["peak_rss_mb"] / b["peak_rss_mb"] for a, b in zip(runs[large], runs[small], strict=True)
    ]
    section.rows.append(
        [f"{large:,} / {small:,}", "JSONL", spread(paired, ".3f") + " " + X, "", "", "", "", ""]
    )
    for name, output in (("Parquet", "parquet"), ("SQLite", "sqlite")):
        rss = [
            a["peak_rss_mb"] / b["peak_rss_mb"]
            for a, b in zip(sinks[(output, large)], runs[large], strict=True)
        ]
        wall = [
            a["wall"] / b["wall"] for a, b in zip(sinks[(output, large)], runs[large], strict=True)
        ]
        section.rows.append(
            [
                f"{large:,}",
                f"{name} / JSONL",
                spread(rss, ".3f") + " " + X,
                "",
                spread(wall, ".3f") + " " + X,
                "",
                "",
                "",
            ]
        )
    section.checks = [
        Check(
            f"B3 peak RSS at {large:,} ids", f"{peak_large:.1f} MB", "≤ 200 MB", peak_large <= 200
        ),
        Check(
            f"B3 peak RSS {large:,} vs {small:,} ids",
            f"{peak_large / peak_small:.3f} {X}",
            f"≤ 1.3 {X}",
            peak_large / peak_small <= 1.3,
        ),
    ]
    for name, output in (("Parquet", "parquet"), ("SQLite", "sqlite")):
        # the property that matters for a nightly run: memory flat in the fleet's size
        peak = median([r["peak_rss_mb"] for r in sinks[(output, large)]])
        base = median([r["peak_rss_mb"] for r in sinks[(output, small)]])
        section.checks.append(
            Check(
                f"B3 peak RSS {large:,} vs {small:,} ids to {name}",
                f"{peak / base:.3f} {X} ({peak:.1f} MB)",
                f"≤ 1.3 {X}",
                peak / base <= 1.3,
            )
        )
    section.raw = {
        "runs": {str(k): v for k, v in runs.items()},
        "sinks": {f"{output}-{size}": v for (output, size), v in sinks.items()},
    }
    return section


def rotated_jobs(size: int, rep: int) -> list[tuple[int, str]]:
    """JSONL, Parquet and SQLite at `size`, the order rotating per repetition."""
    return [(size, output) for output in rotated(["jsonl", "parquet", "sqlite"], rep)]


IMPORTS = (
    ("interpreter only", "pass"),
    ("`import httpx` (baseline)", "import httpx"),
    ("`import emnify`", "import emnify"),
    (
        "`import emnify_generated.api.sim.get_sim_stats`",
        "import emnify_generated.api.sim.get_sim_stats",
    ),
)


def bench_b4(ctx: Context) -> Section:
    s = ctx.settings
    section = Section(
        "B4",
        "cold imports",
        [
            "Wall time of `.venv/bin/python -B -c '<statement>'` (interpreter start included; "
            "the target applies to it), `PYTHONDONTWRITEBYTECODE=1`, statements interleaved, "
            "fresh process each; CPU s = the child's user + system time (steadier than wall on "
            "a busy machine).",
            "**our packages cold**: `src/emnify` and `src/emnify_generated` copied without any "
            "`__pycache__` to a temp dir that `PYTHONPATH` puts first (checked: the copies are "
            "what gets imported); with `-B` nothing is ever cached there, so every run compiles "
            "our sources. Dependencies use their installed bytecode, as after `pip install`.",
            "**everything cold**: `PYTHONPYCACHEPREFIX` set to an empty temp dir, so *no* "
            "module (httpx, anyio, attrs, ... included) has bytecode; only the interpreter's "
            "frozen modules are precompiled. The issue's suggested mode; shown for completeness.",
        ],
    )
    copy_root = Path(tempfile.mkdtemp(prefix="emnify-b4-", dir=ctx.workdir))
    prefix_root = Path(tempfile.mkdtemp(prefix="emnify-b4-pyc-", dir=ctx.workdir))
    try:
        for package in ("emnify", "emnify_generated"):
            shutil.copytree(
                ROOT / "src" / package,
                copy_root / package,
                ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
            )
        base_env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        base_env["PYTHONDONTWRITEBYTECODE"] = "1"
        modes = {
            "ours": {**base_env, "PYTHONPATH": str(copy_root)},
            "all": {**base_env, "PYTHONPYCACHEPREFIX": str(prefix_root)},
        }
        # where does `emnify` come from in each mode (and no bytecode crept in)?
        probe = "import emnify, emnify_generated.api.sim.get_sim_stats as m; print(m.__file__)"
        origin = subprocess.run(
            [sys.executable, "-B", "-c", probe],
            env=modes["ours"],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout.strip()
        if not origin.startswith(str(copy_root)):
            raise RuntimeError(f"B4: the copy was not imported ({origin})")
        times: dict[tuple[str, str], list[float]] = {}
        cpus: dict[tuple[str, str], list[float]] = {}
        for rep in range(s.reps):
            order = [(mode, stmt) for mode in modes for _, stmt in IMPORTS]
            order = order[rep % len(order) :] + order[: rep % len(order)]
            for mode, stmt in order:
                r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
                t0 = time.perf_counter()
                subprocess.run(
                    [sys.executable, "-B", "-c", stmt],
                    env=modes[mode],
                    cwd=ctx.workdir,
                    check=True,
                    timeout=60,
                )
                times.setdefault((mode, stmt), []).append(time.perf_counter() - t0)
                r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
                cpus.setdefault((mode, stmt), []).append(cpu)
        leaked = [p for p in copy_root.rglob("*.pyc")] + [p for p in prefix_root.rglob("*.pyc")]
        if leaked:
            raise RuntimeError(f"B4: bytecode was written: {leaked[:3]}")
    finally:
        shutil.rmtree(copy_root, ignore_errors=True)
        shutil.rmtree(prefix_root, ignore_errors=True)
    _log(f"B4 done ({s.reps} reps)")
    section.header = [
        "statement",
        "our packages cold: wall s",
        "CPU s",
        "everything cold: wall s",
        "CPU s",
    ]
    for label, stmt in IMPORTS:
        section.rows.append(
            [
                label,
                spread(times[("ours", stmt)], ".3f"),
                spread(cpus[("ours", stmt)], ".3f"),
                spread(times[("all", stmt)], ".3f"),
                spread(cpus[("all", stmt)], ".3f"),
            ]
        )
    for label, stmt in IMPORTS[2:]:
        ours = median(times[("ours", stmt)])
        cold = median(times[("all", stmt)])
        section.checks.append(
            Check(f"B4 {label}, our packages cold", f"{ours:.3f} s", "≤ 0.30 s", ours <= 0.30)
        )
        section.checks.append(
            Check(f"B4 {label}, everything cold", f"{cold:.3f} s", "≤ 0.30 s", cold <= 0.30)
        )
    httpx_cold = median(times[("all", "import httpx")])
    if httpx_cold > 0.30:
        section.notes.append(
            f"With no bytecode anywhere, `import httpx` alone takes {httpx_cold:.3f} s, more "
            "than the 0.30 s target: neither `emnify` nor a generated operation module imports "
            "httpx before a client is made."
        )
    section.raw = {
        "wall": {f"{mode}|{stmt}": v for (mode, stmt), v in times.items()},
        "cpu": {f"{mode}|{stmt}": v for (mode, stmt), v in cpus.items()},
    }
    return section


@dataclass(frozen=True)
class B5Variant:
    key: str
    label: str
    ttl: float  # simulator token lifetime, s
    align: float  # fraction of a wall-clock second at which the token is issued
    after_exp: float  # the burst starts this long after the server-side expiry, s
    describe: str


B5_VARIANTS = (
    B5Variant(
        "expired",
        "just after expiry",
        2.0,
        0.2,
        0.1,
        "TTL 2 s; the burst starts 0.1 s after the token's server-side `exp`. The client "
        "(refresh margin: 10 % of the lifetime, at least 1 s) already considers the token "
        "stale, so the calls renew before sending.",
    ),
)


def bench_b5(ctx: Context) -> Section:
    s = ctx.settings
    section = Section(
        "B5",
        f"{s.b5_calls:,} concurrent calls just after the JWT expired",
        [
            "Simulator: own process per variant, `--token-ttl` as below, no rate limits. "
            f"Client: `max_concurrency={s.concurrency}`, `rate_limits=None`; it "
            "authenticates, the simulator's counters are reset, then at the chosen moment "
            f"{s.b5_calls:,} tasks call `client.request('GET', '/api/v1/sim/{{id}}')` at once.",
            *(f"{v.label}: {v.describe}" for v in B5_VARIANTS),
            "Authenticate calls and 401s are the simulator's counters "
            "(`GET /_simulator/counters`); every call must succeed.",
        ],
    )
    ids = fleet_ids(s.b5_calls)
    ids_file = write_ids(ctx.workdir / "b5-ids.txt", ids)
    reps = s.reps if not s.quick else s.reps_long
    runs: dict[str, list[dict[str, Any]]] = {v.key: [] for v in B5_VARIANTS}
    for variant in B5_VARIANTS:
        with simulator(sims=s.b5_calls, rate_limits="none", token_ttl=variant.ttl) as sim:
            for rep in range(reps):
                params = {
                    "base_url": sim.base_url,
                    "ids_file": str(ids_file),
                    "concurrency": s.concurrency,
                    "sim_pid": sim.pid,
                    "ttl": variant.ttl,
                    "align": variant.align,
                    "after_exp": variant.after_exp,
                    "budget": 60.0,
                }
                result = run_worker("b5", params, timeout=120)
                runs[variant.key].append(result)
                _log(
                    f"B5 rep {rep + 1}/{reps} {variant.key}: authenticate calls "
                    f"{result['authenticate_calls']}, 401s {result['unauthorized']}, failed "
                    f"{result['failed']}"
                )
    section.header = [
        "variant",
        "authenticate calls (each rep)",
        "401s served (each rep)",
        "failed calls",
        "wall s",
    ]
    for variant in B5_VARIANTS:
        rs = runs[variant.key]
        section.rows.append(
            [
                variant.label,
                ", ".join(str(r["authenticate_calls"]) for r in rs),
                ", ".join(str(r["unauthorized"]) for r in rs),
                str(sum(r["failed"] for r in rs)),
                spread([r["wall"] for r in rs], ".2f"),
            ]
        )
    all_runs = [r for rs in runs.values() for r in rs]
    exact = all(r["authenticate_calls"] == 1 for r in all_runs)
    no_fail = all(r["failed"] == 0 for r in all_runs)
    counts = sorted({r["authenticate_calls"] for r in all_runs})
    section.checks = [
        Check(
            "B5 authenticate calls per burst",
            "always 1" if exact else f"seen {counts}",
            "exactly 1",
            exact,
        ),
        Check("B5 failed calls", "0" if no_fail else "some", "0", no_fail),
    ]
    section.raw = {"runs": runs}
    return section


@contextlib.contextmanager
def redis_server() -> Iterator[str | None]:
    """A throwaway redis-server on a free loopback port (no persistence); None if missing."""
    import socket

    binary = shutil.which("redis-server")
    if binary is None:
        yield None
        return
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    argv = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly"]
    process = subprocess.Popen([*argv, "no"], stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
                break
            time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.kill()
        process.wait()


def flush_redis(url: str) -> None:
    """Empty the Redis of `url` (``redis://127.0.0.1:PORT/0``): each run starts with no token
    and no limiter state, as a fresh fleet of processes would."""
    import socket

    port = int(url.rsplit(":", 1)[1].split("/")[0])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(b"FLUSHALL\r\n")
        if not sock.recv(64).startswith(b"+OK"):
            raise RuntimeError("FLUSHALL failed")


def run_workers(kind: str, params: list[dict[str, Any]], *, timeout: float) -> list[dict[str, Any]]:
    """`run_worker` for several workers at once (each in its own process)."""
    argv = [sys.executable, str(Path(__file__).resolve()), "--worker", kind, "--params"]
    processes = [
        subprocess.Popen(
            [*argv, json.dumps(p)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT
        )
        for p in params
    ]
    results = []
    for process in processes:
        try:
            out, err = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            for other in processes:
                other.kill()
            raise RuntimeError(f"{kind} worker timed out after {timeout:.0f} s") from None
        lines = [x for x in out.decode(errors="replace").splitlines() if x.startswith(RESULT_MARK)]
        if not lines:
            detail = err.decode(errors="replace")[-3000:]
            raise RuntimeError(f"{kind} worker failed (exit {process.returncode})\n{detail}")
        results.append(json.loads(lines[-1][len(RESULT_MARK) :]))
    return results


def bench_b6(ctx: Context) -> Section:
    s = ctx.settings
    n, scale = s.b6_sims, s.b6_scale
    rate = 10 * scale  # the server's stats limit, req/s
    ideal = n / rate
    section = Section(
        "B6",
        f"{'/'.join(map(str, s.b6_processes))} processes sharing one organisation's stats limit "
        "through Redis",
        [
            f"Simulator: own process, httptools + uvloop, {n} SIMs, `--rate-limits emnify "
            f"--scale {scale:g}`: `GET /api/v1/sim/{{id}}/stats` at {rate:g} req/s with burst "
            f"{5 * scale:g} for the organisation (one application token), limits and counters "
            "reset before each run, and Redis emptied (no cached token).",
            f"P processes (`bench.py --worker b6`), each `EmnifyClient(max_concurrency=16, "
            f"rate_limits=RateLimits.emnify(scale={scale:g}))` fetching its part K/P of the "
            "same ids (`emnify.sharding.shard`, as `emnify stats --shard K/P`) in the streaming "
            "form; with Redis: `redis_url=` a redis-server on 127.0.0.1 (no persistence), "
            "without: no coordination (every process throttles only itself).",
            "Every process authenticates and warms up with one stats call (the first call of "
            "a process opens the aiohttp session and builds the parser's decoders, and loads "
            "the limiter's Lua script), then waits for a common start time, seconds later "
            "(the buckets full again; a process ready late would say so in the raw results); "
            "wall = last process done - start time. "
            f"Ideal = {n} / {rate:g} req/s = {ideal:.1f} s (the server's limit; the client "
            "runs 2 % under it). 429s served and authenticate calls are the simulator's "
            "counters for the whole run, authenticate calls included.",
        ],
    )
    ids = fleet_ids(n)
    ids_file = write_ids(ctx.workdir / "b6-ids.txt", ids)
    runs: dict[str, list[dict[str, Any]]] = {}
    with redis_server() as redis_url, simulator(sims=n, rate_limits="emnify", scale=scale) as sim:
        if redis_url is None:
            section.notes.append("redis-server is not installed: B6 was not run.")
            return section
        modes = {"Redis": redis_url, "no Redis": None}
        for rep in range(s.reps_long):
            for procs in s.b6_processes:
                for mode in rotated(list(modes), rep):
                    admin(sim.base_url, "reset", "POST")
                    flush_redis(redis_url)
                    start_at = time.time() + 3 + 1.5 * procs  # (process start + imports)
                    params = [
                        {
                            "base_url": sim.base_url,
                            "ids_file": str(ids_file),
                            "k": k,
                            "n": procs,
                            "redis_url": modes[mode],
                            "scale": scale,
                            "concurrency": 16,
                            "start_at": start_at,
                            "budget": ideal * 6 + 60,
                        }
                        for k in range(1, procs + 1)
                    ]
                    results = run_workers("b6", params, timeout=ideal * 6 + 120)
                    counters = admin(sim.base_url, "counters")
                    wall = max(r["end"] for r in results) - start_at
                    run = {
                        "wall": wall,
                        "ratio": wall / ideal,
                        "server_429": counters["rate_limited"],
                        "authenticate": counters["authenticate_calls"],
                        "ok": sum(r["ok"] for r in results),
                        "late": max(r["late"] for r in results),
                        "stats_requests": counters["requests_by_route"].get(STATS_ROUTE, 0),
                    }
                    runs.setdefault(f"{procs} {mode}", []).append(run)
                    _log(
                        f"B6 rep {rep + 1}/{s.reps_long} {procs} x {mode}: wall {wall:.2f} s "
                        f"({run['ratio']:.3f} x ideal), 429s {run['server_429']}, "
                        f"authenticate {run['authenticate']}, ok {run['ok']}/{n}, "
                        f"late {run['late']:.2f} s"
                    )
    section.header = [
        "processes",
        "coordination",
        "wall s",
        "wall / ideal",
        "429s served",
        "authenticate calls",
        "SIMs fetched",
    ]
    for procs in s.b6_processes:
        for mode in ("Redis", "no Redis"):
            rs = runs[f"{procs} {mode}"]
            section.rows.append(
                [
                    str(procs),
                    mode,
                    spread([r["wall"] for r in rs], ".2f"),
                    spread([r["ratio"] for r in rs], ".3f"),
                    spread([float(r["server_429"]) for r in rs], ".0f"),
                    spread([float(r["authenticate"]) for r in rs], ".0f"),
                    spread([float(r["ok"]) for r in rs], ".0f"),
                ]
            )
    shared = [r for procs in s.b6_processes for r in runs[f"{procs} Redis"]]
    worst = max(r["ratio"] for r in shared)
    ratio = max(median([r["ratio"] for r in runs[f"{p} Redis"]]) for p in s.b6_processes)
    most_429 = max(r["server_429"] for r in shared)
    most_auth = max(r["authenticate"] for r in shared)
    section.checks = [
        Check(
            "B6 Redis: wall / ideal (worst process count)",
            f"{ratio:.3f} (max {worst:.3f})",
            "≤ 1.05",
            ratio <= 1.05,
        ),
        Check("B6 Redis: 429s served (any run)", f"{most_429}", "0", most_429 == 0),
        Check("B6 Redis: authenticate calls (any run)", f"{most_auth}", "1", most_auth == 1),
    ]
    section.raw = {"runs": runs, "ideal": ideal}
    return section


B7_FORMS = (
    ("streaming", "`async with client.bulk_sim_stats(ids) as results: async for r in results`"),
    ("plain", "`async for r in client.bulk_sim_stats(ids)` (rounds)"),
)


def bench_b7(ctx: Context) -> Section:
    s = ctx.settings
    n, workers = s.b7_sims, s.b7_concurrency
    interval = 1 / (10 * 0.98)  # the client's pace on the stats route
    section = Section(
        "B7",
        f"first result and gaps of a {n}-SIM bulk run behind the 10 req/s stats limit",
        [
            f"Simulator: own process, httptools + uvloop, {n} SIMs, `--rate-limits emnify` "
            "(scale 1): `GET /api/v1/sim/{id}/stats` at 10 req/s with burst 5, as emnify "
            "publishes it.",
            f"Client: a fresh process per run, `max_concurrency={workers}` (the CLI's default "
            "concurrency), `RateLimits.emnify()` (stats route: 9.8 req/s, burst 2); "
            "authenticated and warmed up with one stats call (the first call of a process "
            "opens the aiohttp session and builds the parser's decoders, ~60 ms), 0.5 s for "
            "the client's bucket to refill, then the simulator's limits and counters are reset "
            "and the clock starts. Every result is stamped with `time.perf_counter()` as the "
            "consumer receives it.",
            *(f"{form}: {how}." for form, how in B7_FORMS),
            "first result = seconds from the start to the first result; longest gap = the "
            "longest time between two consecutive results; largest burst = the most results "
            f"handed over within 5 ms of each other. One request interval is {interval:.3f} s. "
            "The two forms alternate.",
        ],
    )
    ids = fleet_ids(n)
    ids_file = write_ids(ctx.workdir / "b7-ids.txt", ids)
    ideal = n * interval
    runs: dict[str, list[dict[str, Any]]] = {form: [] for form, _ in B7_FORMS}
    with simulator(sims=n, rate_limits="emnify", scale=1.0) as sim:
        for rep in range(s.reps_long):
            for form in rotated([form for form, _ in B7_FORMS], rep):
                params = {
                    "base_url": sim.base_url,
                    "ids_file": str(ids_file),
                    "concurrency": workers,
                    "sim_pid": sim.pid,
                    "form": form,
                    "budget": ideal * 4 + 30,
                }
                result = run_worker("b7", params, timeout=ideal * 4 + 90)
                runs[form].append(result)
                _log(
                    f"B7 rep {rep + 1}/{s.reps_long} {form}: first {result['first']:.3f} s, "
                    f"longest gap {result['longest_gap']:.3f} s, burst {result['burst']}, "
                    f"wall {result['wall']:.2f} s, 429s {result['server_429']}"
                )
    section.header = [
        "form",
        "first result s",
        "longest gap s",
        "largest burst",
        "wall s",
        "429s served",
        "failed ids",
    ]
    for form, _ in B7_FORMS:
        rs = runs[form]
        section.rows.append(
            [
                form,
                spread([r["first"] for r in rs], ".3f"),
                spread([r["longest_gap"] for r in rs], ".3f"),
                spread([float(r["burst"]) for r in rs], ".0f"),
                spread([r["wall"] for r in rs], ".2f"),
                spread([float(r["server_429"]) for r in rs], ".0f"),
                str(sum(r["failed"] for r in rs)),
            ]
        )
    streaming = runs["streaming"]
    first = median([r["first"] for r in streaming])
    worst_first = max(r["first"] for r in streaming)
    gap = median([r["longest_gap"] for r in streaming])
    worst_gap = max(r["longest_gap"] for r in streaming)
    section.checks = [
        Check(
            "B7 streaming: first result",
            f"{first:.3f} s (max {worst_first:.3f})",
            f"≤ 2 request intervals ({2 * interval:.2f} s)",
            first <= 2 * interval,
        ),
        Check(
            "B7 streaming: longest gap between results",
            f"{gap:.3f} s (max {worst_gap:.3f})",
            f"≤ 2 request intervals ({2 * interval:.2f} s)",
            gap <= 2 * interval,
        ),
    ]
    section.raw = {"runs": runs, "interval": interval}
    return section


BENCHMARKS: dict[str, Callable[[Context], Section]] = {
    "B1": bench_b1,
    "B1'": bench_b1p,
    "B2": bench_b2,
    "B2'": bench_b2p,
    "B3": bench_b3,
    "B4": bench_b4,
    "B5": bench_b5,
    "B6": bench_b6,
    "B7": bench_b7,
}


# ================================================================================ report


def _version(dist: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return "not installed"


def machine_info(ctx: Context) -> list[tuple[str, str]]:
    cpu = platform.processor() or "unknown"
    with contextlib.suppress(OSError), open("/proc/cpuinfo") as fh:
        for line in fh:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    nproc = subprocess.run(["nproc"], capture_output=True, text=True, check=False).stdout.strip()
    sdk = "not used"
    if ctx.sdk_python is not None:
        sdk = subprocess.run(
            [
                str(ctx.sdk_python),
                "-I",
                "-c",
                "import importlib.metadata as m, platform; "
                "print(m.version('emnify-sdk'), '(requests', m.version('requests') + ',', "
                "'Python', platform.python_version() + ')')",
            ],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    elif ctx.sdk_error:
        sdk = f"unavailable ({ctx.sdk_error})"
    info = [
        ("nproc", nproc or str(os.cpu_count())),
        ("CPU", cpu),
        ("memory", _memory()),
        ("OS", f"{platform.system()} {platform.release()}"),
        ("Python", f"{platform.python_implementation()} {platform.python_version()}"),
    ]
    for dist in (
        "emnify-async",
        "httpx",
        "aiohttp",
        "msgspec",
        "anyio",
        "uvicorn",
        "starlette",
        "httptools",
        "uvloop",
    ):
        info.append((dist, _version(dist)))
    info.append(("emnify-sdk (baseline venv)", sdk))
    return info


def _memory() -> str:
    with contextlib.suppress(OSError, ValueError), open("/proc/meminfo") as fh:
        for line in fh:
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    return "unknown"


def git_state() -> str:
    """The commit measured, and whether the source differed from it (read-only git calls)."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
            timeout=30,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "--no-optional-locks", "status", "--porcelain", "--", "src"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
            timeout=30,
        ).stdout.splitlines()
    except (OSError, subprocess.SubprocessError):
        return "unknown (no git)"
    if not dirty:
        return f"git {head}, src/ as committed"
    return f"git {head} plus uncommitted changes to {len(dirty)} file(s) under src/"


def _existing_findings(path: Path) -> str | None:
    if not path.exists():
        return None
    text = path.read_text(encoding="utf-8")
    index = text.find("\n" + FINDINGS_HEADING)
    if index < 0:
        return None
    return text[index + 1 :].rstrip() + "\n"


def render(
    sections: list[Section],
    ctx: Context,
    *,
    command: str,
    started: datetime,
    total_seconds: float,
    findings: str | None,
    source: str,
) -> str:
    s = ctx.settings
    out: list[str] = ["# Benchmarks", ""]
    out.append(
        "Generated by `scripts/bench.py` (everything above **Findings** is rewritten on each "
        "run; the Findings section is written by hand and kept). Every figure is measured in "
        "this run against a baseline measured side by side; medians with min"
        + DASH
        + "max over the "
        "repetitions."
    )
    out.append("")
    mode = "quick (smoke sizes, not for quoting)" if s.quick else "full"
    out += [
        f"- Command: `{command}`",
        f"- Date: {started.isoformat(timespec='seconds')}",
        f"- Source: {source}",
        f"- Mode: {mode}; repetitions: {s.reps} (B1, B1', B4, B5), {s.reps_long} (B2, B2', B3, B6, B7)",
        f"- Total run time: {total_seconds:.0f} s",
        "",
        "## Machine",
        "",
        md_table(["", ""], [[k, v] for k, v in machine_info(ctx)]),
        "",
        "## Summary",
        "",
    ]
    summary_rows = []
    for section in sections:
        for check in section.checks:
            summary_rows.append([check.what, check.measured, check.target, verdict(check.met)])
    out += [md_table(["check", "measured (median)", "target", "result"], summary_rows), ""]
    for section in sections:
        out += [f"## {section.bench_id}: {section.title}", ""]
        out += [f"- {line}" for line in section.setup]
        out += [f"- Time for this benchmark: {section.seconds:.0f} s", ""]
        if section.rows:
            out += [md_table(section.header, section.rows), ""]
        for note in section.notes:
            out += [f"> {note}", ""]
    out.append(findings.rstrip() if findings else f"{FINDINGS_HEADING}\n\n(none written yet)")
    return "\n".join(out).rstrip() + "\n"


def _blocks(text: str) -> list[tuple[str, list[str]]]:
    """A report cut at its ``## `` headings: (heading line, or "" for the part before the
    first heading; the lines of the block, heading included)."""
    blocks: list[tuple[str, list[str]]] = [("", [])]
    for line in text.splitlines():
        if line.startswith("## "):
            blocks.append((line, []))
        blocks[-1][1].append(line)
    return blocks


def _section_id(heading: str) -> str | None:
    """``B7`` for ``## B7: ...``; None for other headings (Machine, Summary, Findings)."""
    name = heading[3:].split(":", 1)[0].strip()
    return name if name in BENCHMARKS else None


def _row_id(row: str) -> str | None:
    """The benchmark a summary row belongs to (``| B2' wall / ideal | ...`` is B2')."""
    cells = row.strip().strip("|").split("|")
    first = cells[0].split() if cells else []
    return first[0] if first and first[0] in BENCHMARKS else None


def merge_report(old: str, new: str, bench_ids: Sequence[str], rerun: str) -> str:
    """The report `old` with the sections and summary rows of `bench_ids` taken from the
    report `new` (added where they were missing, in the order of ALL_IDS), and a line naming
    the rerun (`rerun`) in its preamble. Every other section, the machine table and the
    Findings are kept as they were."""
    order = {bench_id: i for i, bench_id in enumerate(ALL_IDS)}
    old_blocks, new_blocks = _blocks(old), _blocks(new)
    new_sections = {_section_id(h): lines for h, lines in new_blocks if _section_id(h) in bench_ids}
    new_rows = [
        line
        for h, lines in new_blocks
        if h == "## Summary"
        for line in lines
        if _row_id(line) in bench_ids
    ]
    label = f"- Rerun on its own: {', '.join(bench_ids)}"
    out: list[str] = []
    sections: list[tuple[str, list[str]]] = []
    findings: list[str] = []
    for heading, lines in old_blocks:
        bench_id = _section_id(heading)
        if bench_id is not None:
            if bench_id not in bench_ids:
                sections.append((bench_id, lines))
        elif heading.startswith("## Findings"):
            findings = lines
        elif heading == "## Summary":
            table = [line for line in lines if line.startswith("|")]
            rows = [r for r in table[2:] if _row_id(r) not in bench_ids] + new_rows
            rows.sort(key=lambda r: order.get(_row_id(r) or "", len(order)))
            rest = [line for line in lines if not line.startswith("|")]
            out += [rest[0], "", *table[:2], *rows, ""]
        elif heading == "":
            kept = [line for line in lines if not line.startswith(label + " ")]
            while kept and not kept[-1].strip():
                kept.pop()
            out += [*kept, f"{label} -- {rerun}", ""]
        else:
            out += lines
    sections += [(bench_id, lines) for bench_id, lines in new_sections.items() if bench_id]
    sections.sort(key=lambda item: order.get(item[0], len(order)))
    for _, lines in sections:
        out += lines
    out += findings or [FINDINGS_HEADING, "", "(none written yet)"]
    return "\n".join(out).rstrip() + "\n"


# ================================================================================ main


def parse_only(text: str | None) -> list[str]:
    if not text:
        return list(ALL_IDS)
    wanted = []
    for part in text.split(","):
        key = part.strip().upper().replace("\u2019", "'").replace("P", "'")
        if key not in BENCHMARKS:
            raise SystemExit(f"unknown benchmark {part!r}; choose from {', '.join(ALL_IDS)}")
        wanted.append(key)
    return [b for b in ALL_IDS if b in wanted]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, fewer repetitions")
    parser.add_argument("--only", help="comma-separated ids, e.g. B1,B4 (B1p or B1' for B1')")
    parser.add_argument("--reps", type=int, help="repetitions for every benchmark")
    parser.add_argument(
        "--out",
        type=Path,
        help="Markdown output (default: BENCHMARKS.md for a full run, "
        ".bench/bench-quick.md with --quick or --only)",
    )
    parser.add_argument("--json", type=Path, help="raw results (default: next to --workdir)")
    parser.add_argument(
        "--merge",
        action="store_true",
        help="put the sections of the benchmarks run into the existing --out report "
        "(default BENCHMARKS.md), keeping every other section",
    )
    parser.add_argument("--workdir", type=Path, default=ROOT / ".bench", help="scratch space")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--params", help=argparse.SUPPRESS)
    ns = parser.parse_args(argv)
    if ns.worker:
        return worker_main(ns.worker, ns.params)

    settings = Settings.quick_run() if ns.quick else Settings.full()
    if ns.reps is not None:
        if ns.reps < 1:
            raise SystemExit("--reps must be >= 1")
        settings = dataclasses.replace(settings, reps=ns.reps, reps_long=ns.reps)
    selected = parse_only(ns.only)
    partial = ns.quick or ns.only is not None or ns.reps is not None
    out: Path = ns.out or (
        ROOT / ".bench" / "bench-quick.md" if partial and not ns.merge else ROOT / "BENCHMARKS.md"
    )
    ns.workdir.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="run-", dir=ns.workdir))
    ctx = Context(settings, workdir)
    started = datetime.now(timezone.utc)
    source = git_state()  # before the run: the tree that is measured
    t0 = time.perf_counter()
    sections: list[Section] = []
    try:
        for bench_id in selected:
            _log(f"{bench_id} ...")
            b0 = time.perf_counter()
            section = BENCHMARKS[bench_id](ctx)
            section.seconds = time.perf_counter() - b0
            sections.append(section)
            for check in section.checks:
                _log(
                    f"  {check.what}: {check.measured} (target {check.target}) {verdict(check.met)}"
                )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    total = time.perf_counter() - t0
    python = sys.executable
    if python.startswith(str(ROOT)):
        python = os.path.relpath(python, ROOT)
    args = sys.argv[1:] if argv is None else list(argv)
    command = shlex.join([python, os.path.relpath(__file__, ROOT), *args])
    text = render(
        sections,
        ctx,
        command=command,
        started=started,
        total_seconds=total,
        findings=_existing_findings(out),
        source=source,
    )
    if ns.merge and out.exists():
        rerun = f"`{command}`, {started.isoformat(timespec='seconds')}, {source}"
        text = merge_report(out.read_text(encoding="utf-8"), text, selected, rerun)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    json_path = ns.json or out.with_suffix(".json")
    if ns.json is None and out == ROOT / "BENCHMARKS.md":
        suffix = "-" + "-".join(selected).replace("'", "p") if ns.merge else ""
        json_path = ROOT / ".bench" / f"results{suffix}.json"
    json_path.parent.mkdir(parents=True, exist_ok=True)
    json_path.write_text(
        json.dumps(
            {
                "command": command,
                "date": started.isoformat(),
                "total_seconds": total,
                "settings": settings.__dict__,
                "sections": {
                    sec.bench_id: {
                        "checks": [c.__dict__ for c in sec.checks],
                        "raw": sec.raw,
                        "seconds": sec.seconds,
                    }
                    for sec in sections
                },
            },
            indent=1,
            default=str,
        ),
        encoding="utf-8",
    )
    _log(f"wrote {out} and {json_path} in {total:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
