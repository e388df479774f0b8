"""The `emnify` command end to end: a real subprocess against the simulator over loopback."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from emnify.stats.export import COLUMNS
from emnify.testing import SimulatorServer
from tests.test_cli_interrupt import STATS_ROUTE, sim_ids_of

TOKEN = "test-app-token"
pytestmark = pytest.mark.integration


def emnify(
    *args: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run `emnify ARGS` in a child process with a clean environment (no stray credentials)."""
    base_env = {k: v for k, v in os.environ.items() if not k.startswith("EMNIFY_")}
    base_env["COLUMNS"] = "200"
    return subprocess.run(
        [sys.executable, "-m", "emnify.cli", *args],
        capture_output=True,
        text=True,
        env={**base_env, **(env or {})},
        timeout=timeout,
        check=False,
    )


def one_line_error(proc: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert lines[0].startswith("emnify: error: ")
    return lines[0]


def server_args(server: SimulatorServer) -> list[str]:
    return ["--base-url", server.base_url, "--application-token", TOKEN]


def test_help_lists_commands() -> None:
    proc = emnify("--help")
    assert proc.returncode == 0
    for command in ("stats", "simulate", "demo"):
        assert command in proc.stdout
    for command in ("stats", "simulate", "demo"):
        sub = emnify(command, "--help")
        assert sub.returncode == 0, sub.stderr
        assert "Usage" in sub.stdout


def test_stats_jsonl_to_stdout(simulator: SimulatorServer) -> None:
    ids = [simulator.fleet.sim_ids[0], simulator.fleet.sim_ids[5]]
    proc = emnify("stats", *map(str, ids), "--format", "jsonl", "-q", *server_args(simulator))
    assert proc.returncode == 0, proc.stderr
    objects = [json.loads(line) for line in proc.stdout.splitlines()]
    assert sorted(o["sim_id"] for o in objects) == sorted(ids)
    now = datetime.now(timezone.utc)
    for obj in objects:
        assert obj["error"] is None
        truth = simulator.fleet.stats_for(obj["sim_id"], now)[0]
        for period in ("current_month", "last_month"):
            expected = truth.get(period) or {}
            got = obj.get(period) or {}
            for kind in ("data", "sms"):
                if kind in expected:
                    assert Decimal(got[kind]["cost"]) == Decimal(str(expected[kind]["cost"]))
                else:
                    assert not got.get(kind)


def test_stats_csv_to_file_with_summary(simulator: SimulatorServer, tmp_path: Path) -> None:
    out = tmp_path / "stats.csv"
    ids = simulator.fleet.sim_ids[:20]
    proc = emnify(
        "stats", *map(str, ids), "--format", "csv", "--out", str(out), *server_args(simulator)
    )
    assert proc.returncode == 0, proc.stderr
    with out.open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert tuple(rows[0].keys()) == COLUMNS
    assert {int(r["sim_id"]) for r in rows} == set(ids)
    assert "Fleet summary" in proc.stderr
    assert "Top consumers" in proc.stderr


def test_stats_table(simulator: SimulatorServer) -> None:
    sim_id = simulator.fleet.sim_ids[3]
    proc = emnify("stats", str(sim_id), *server_args(simulator), "-q")
    assert proc.returncode == 0, proc.stderr
    assert "SIM statistics" in proc.stdout
    assert str(sim_id) in proc.stdout


@pytest.mark.parametrize(
    ("output_format", "cut", "kept"),
    [
        # a previous, interrupted run: 50 SIMs written, then half a line
        ("jsonl", b'{"sim_id": 99999, "curr', 50),
        # in CSV the cut write may have been the last SIM's: its rows go with the half line
        ("csv", b"99999,current_month,da", 49),
    ],
)
def test_stats_all_and_resume(
    simulator: SimulatorServer, tmp_path: Path, output_format: str, cut: bytes, kept: int
) -> None:
    out = tmp_path / f"all.{output_format}"
    args = ["-f", output_format, "-o", str(out), *server_args(simulator)]
    everything = set(simulator.fleet.sim_ids)
    proc = emnify("stats", *map(str, sorted(everything)[:50]), *args, "-q")
    assert proc.returncode == 0, proc.stderr
    with out.open("ab") as fh:
        fh.write(cut)
    # (the simulator counts a request when it arrives, so a finished client's are all in)
    before = simulator.counters.requests_by_route.get(STATS_ROUTE, 0)

    proc = emnify("stats", "--all", *args, "--resume")
    assert proc.returncode == 0, proc.stderr
    assert f"resumed: {kept} SIMs" in proc.stderr
    # each SIM exactly once (in CSV: its rows together, under one header), the half line gone
    assert sorted(sim_ids_of(out, output_format)) == sorted(everything)
    fetched = simulator.counters.requests_by_route.get(STATS_ROUTE, 0) - before
    assert fetched == len(everything) - kept


def test_unknown_sim_is_reported_and_exit_3(simulator: SimulatorServer) -> None:
    good = simulator.fleet.sim_ids[0]
    proc = emnify("stats", str(good), "987654321", "-f", "jsonl", "-q", *server_args(simulator))
    assert proc.returncode == 3
    objects = {o["sim_id"]: o for o in map(json.loads, proc.stdout.splitlines())}
    assert objects[good]["error"] is None
    assert "NotFoundError" in objects[987654321]["error"]


@pytest.mark.parametrize(
    ("args", "status", "needle"),
    [
        (["stats", "12x"], 2, "SIM id must be a positive whole number of at most 20 digits"),
        # (a superscript digit passes str.isdigit() but not int(): one validator refuses both)
        (["stats", "\u00b2"], 2, "not '\u00b2'"),
        (["stats", "1" * 21], 2, "at most 20 digits"),
        (["stats", "1", "--bogus"], 2, "No such option"),
        (["stats"], 2, "at least one SIM id"),
        (["stats", "1", "--all"], 2, "not both"),
        (["stats", "1", "--resume", "-f", "table", "-o", "x.txt"], 2, "--resume needs"),
        (["stats", "1", "--resume", "-f", "csv"], 2, "--resume needs --out FILE"),
        (["stats", "1", "--format", "xml"], 2, "xml"),
        (["stats", "1"], 2, "no credentials"),
        (
            ["stats", "1", "--application-token", "t", "--base-url", "http://example.com"],
            1,
            "https",
        ),
        (["simulate", "--faults", "boom=1"], 2, "--faults"),
        # (the config's own check, after parsing: it was a traceback)
        (["simulate", "--faults", "server_error=2"], 2, "fault shares must be >= 0"),
        (["nonsense"], 2, "No such command"),
        (["--log-level", "loud", "stats", "1"], 2, "'loud' is not one of"),
    ],
)
def test_bad_input_is_one_line(args: list[str], status: int, needle: str, tmp_path: Path) -> None:
    proc = emnify(*args)
    assert proc.returncode == status, proc.stderr
    assert needle in one_line_error(proc)


def test_bad_token_and_unreachable_server(simulator: SimulatorServer) -> None:
    proc = emnify("stats", "1000", "--base-url", simulator.base_url, "--application-token", "wrong")
    assert proc.returncode == 1
    assert "authentication failed" in one_line_error(proc)
    assert "wrong" not in proc.stderr.replace("authentication failed", "")

    proc = emnify(
        "stats",
        "1000",
        "--base-url",
        "http://127.0.0.1:9",
        "--application-token",
        TOKEN,
        "--max-retries",
        "0",
    )
    assert proc.returncode == 1
    assert "TransportError" in one_line_error(proc)


def test_token_from_environment(simulator: SimulatorServer) -> None:
    sim_id = simulator.fleet.sim_ids[1]
    proc = emnify(
        "stats", str(sim_id), "-f", "jsonl", "-q",
        env={"EMNIFY_APPLICATION_TOKEN": TOKEN, "EMNIFY_BASE_URL": simulator.base_url},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["sim_id"] == sim_id


def test_demo_runs_end_to_end() -> None:
    proc = emnify("demo", "--sims", "300", "--scale", "50", timeout=180)
    assert proc.returncode == 0, proc.stderr
    # the result (the summary) on stdout; progress and diagnostics on stderr
    assert "Fleet summary" in proc.stdout and "Top consumers" in proc.stdout
    assert "Fleet summary" not in proc.stderr
    assert "fetched 300 SIMs" in proc.stderr
    assert "0 answers 429" in proc.stderr
    assert "1 authenticate call(s)" in proc.stderr


def test_simulate_serves_until_stopped(tmp_path: Path) -> None:
    import httpx

    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "emnify.cli",
            "simulate",
            "--port",
            "0",
            "--sims",
            "5",
            "--rate-limits",
            "none",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        base_url = proc.stdout.readline().strip()
        assert base_url.startswith("http://127.0.0.1:")
        token = httpx.post(
            f"{base_url}/api/v1/authenticate", json={"application_token": TOKEN}
        ).json()["auth_token"]
        sims: list[dict[str, Any]] = httpx.get(
            f"{base_url}/api/v1/sim", headers={"Authorization": f"Bearer {token}"}
        ).json()
        assert len(sims) == 5
    finally:
        proc.terminate()
        proc.communicate(timeout=30)
    assert proc.returncode in (0, -15)
