"""An `emnify stats` run stopped by a real signal keeps every finished result, and `--resume`
fetches exactly the rest.

The command runs in a child process (``python -m emnify.cli stats``) against the simulator
served by uvicorn on 127.0.0.1 with the published rate limits on (stats: 10 req/s), so a run
of 60 SIMs takes about six seconds. The test waits until the output file holds some lines
(polling the file, not sleeping for a guessed time), sends SIGINT or SIGTERM, and then checks
the exit status, that the file holds only complete lines, and -- from the simulator's request
counters and the final file -- that the resumed run fetched each missing SIM exactly once.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from emnify.stats.export import COLUMNS
from emnify.testing import DEFAULT_APPLICATION_TOKEN, SimulatorConfig, SimulatorServer

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals"),
]

STATS_ROUTE = "GET /api/v1/sim/{sim_id}/stats"
N = 60
SimulatorFactory = Callable[..., SimulatorServer]


def start_stats(server: SimulatorServer, ids: list[int], *args: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EMNIFY_")}
    argv = [sys.executable, "-m", "emnify.cli", "stats", *map(str, ids), *args]
    argv += ["--base-url", server.base_url, "--application-token", DEFAULT_APPLICATION_TOKEN]
    argv += ["--concurrency", "4", "--quiet"]
    return subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )


def wait_for_lines(path: Path, process: subprocess.Popen[str], lines: int) -> None:
    """Poll until `path` holds at least `lines` complete lines (a hang guard, not a timing
    assertion: the run is limited to 10 SIMs a second and takes about six seconds)."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if path.exists() and path.read_bytes().count(b"\n") >= lines:
            return
        if process.poll() is not None:
            pytest.fail(f"the run ended early ({process.returncode}): {process.stderr.read()}")
        time.sleep(0.02)
    pytest.fail("the output file did not grow")


def stats_requests(server: SimulatorServer) -> int:
    """Stats requests the simulator answered with something other than a 429 (a 429 is
    retried by the client, so it would count one SIM twice)."""
    assert server.wait_idle()
    counters = server.counters
    return counters.requests_by_route.get(STATS_ROUTE, 0) - counters.rate_limited


def sim_ids_of(path: Path, output_format: str) -> list[int]:
    """The SIM ids in a JSONL or CSV output file, once per SIM, checking every line is whole."""
    data = path.read_bytes()
    assert data.endswith(b"\n")
    text = data.decode("utf-8")
    if output_format == "jsonl":
        objects = [json.loads(line) for line in text.splitlines()]
        assert all(o["error"] is None for o in objects)
        return [o["sim_id"] for o in objects]
    rows = list(csv.reader(text.splitlines()))
    assert rows[0] == list(COLUMNS)
    assert all(len(row) == len(COLUMNS) for row in rows[1:])
    assert all(row[-1] == "" for row in rows[1:])  # no error
    # a SIM's rows are written together: each SIM is one run of consecutive rows
    runs = [row[0] for i, row in enumerate(rows[1:], 1) if i == 1 or rows[i - 1][0] != row[0]]
    return [int(sim_id) for sim_id in runs]


@pytest.mark.parametrize(
    ("stop", "status", "output_format"),
    [
        (signal.SIGINT, 130, "jsonl"),
        (signal.SIGTERM, 143, "jsonl"),
        (signal.SIGINT, 130, "csv"),
        (signal.SIGTERM, 143, "csv"),
    ],
)
def test_a_stopped_run_keeps_every_finished_result_and_resume_fetches_the_rest(
    simulator_factory: SimulatorFactory,
    tmp_path: Path,
    stop: signal.Signals,
    status: int,
    output_format: str,
) -> None:
    server = simulator_factory(SimulatorConfig(sims=N, rate_limits="emnify"))
    ids = list(server.fleet.sim_ids)
    out = tmp_path / f"stats.{output_format}"
    args = ["--format", output_format, "--out", str(out)]

    process = start_stats(server, ids, *args)
    try:
        wait_for_lines(out, process, 10)
        process.send_signal(stop)
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == status, stderr
    assert "Traceback" not in stderr
    last = stderr.strip().splitlines()[-1]
    assert last.startswith(f"emnify: interrupted by {stop.name}: ")
    assert last.endswith("; run the same command with --resume to fetch the rest")
    first = sim_ids_of(out, output_format)
    # the run was stopped half-way (a CSV file has a header and several rows per SIM)
    assert (10 if output_format == "jsonl" else 2) <= len(first) < N
    assert len(set(first)) == len(first)
    assert set(first) <= set(ids)

    before = stats_requests(server)
    resumed = start_stats(server, ids, *args, "--resume")
    _, stderr = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, stderr
    assert "Traceback" not in stderr
    # exactly the missing SIMs were fetched, each once, and the file now has every SIM once
    assert stats_requests(server) - before == N - len(first)
    assert Counter(sim_ids_of(out, output_format)) == Counter(ids)
