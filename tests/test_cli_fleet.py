"""`emnify stats` for real fleets: ids from a file or stdin, user credentials from the
environment (with an MFA code typed on a terminal). Real subprocesses against the simulator."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from emnify.testing import SimulatorServer
from emnify.testing.pytest_plugin import SimulatorFactory
from tests.test_cli import one_line_error

TOKEN = "test-app-token"
STATS_ROUTE = "GET /api/v1/sim/{sim_id}/stats"
pytestmark = pytest.mark.integration


def emnify(
    *args: str, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("EMNIFY_")}
    return subprocess.run(
        [sys.executable, "-m", "emnify", *args],
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env={**clean, "COLUMNS": "200", **(env or {})},
        timeout=120,
        check=False,
    )


def server_env(server: SimulatorServer, **more: str) -> dict[str, str]:
    return {"EMNIFY_BASE_URL": server.base_url, **more}


def fetched(server: SimulatorServer) -> int:
    return server.counters.requests_by_route.get(STATS_ROUTE, 0)


def ids_text(server: SimulatorServer) -> tuple[str, list[int]]:
    """Lines 1 and 4 good, 2 blank, 3 and 5 bad, 6 blank with spaces, 7 good (padded)."""
    good = server.fleet.sim_ids[:3]
    text = f"{good[0]}\n\n12x\n{good[1]}\n-5\n   \n  {good[2]}  \n"
    return text, good


def test_ids_file_jsonl_reports_bad_lines_as_error_rows(
    simulator: SimulatorServer, tmp_path: Path
) -> None:
    text, good = ids_text(simulator)
    path = tmp_path / "ids.txt"
    path.write_text(text)
    before = fetched(simulator)
    proc = emnify(
        "stats", "--ids-file", str(path), "-f", "jsonl", "-q",
        env=server_env(simulator, EMNIFY_APPLICATION_TOKEN=TOKEN),
    )  # fmt: skip
    assert proc.returncode == 3, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    ok = {row["sim_id"] for row in rows if row["error"] is None}
    assert ok == set(good)
    errors = {row["sim_id"]: row["error"] for row in rows if row["error"] is not None}
    assert set(errors) == {"12x", "-5"}
    assert errors["12x"].startswith(f"InvalidIdLineError: line 3 of {path}: ")
    assert errors["-5"].startswith(f"InvalidIdLineError: line 5 of {path}: ")
    assert fetched(simulator) - before == len(good)  # only the good ids were fetched


def test_ids_from_stdin_in_csv(simulator: SimulatorServer) -> None:
    text, good = ids_text(simulator)
    proc = emnify(
        "stats", "--ids-file", "-", "-f", "csv", "-q",
        env=server_env(simulator, EMNIFY_APPLICATION_TOKEN=TOKEN), stdin=text,
    )  # fmt: skip
    assert proc.returncode == 3, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    assert {int(r["sim_id"]) for r in rows if not r["error"]} == set(good)
    bad = {r["sim_id"]: r["error"] for r in rows if r["error"]}
    assert bad["12x"].startswith("InvalidIdLineError: line 3 of <stdin>: ")
    assert bad["-5"].startswith("InvalidIdLineError: line 5 of <stdin>: ")


def test_ids_file_table_and_command_line_ids(simulator: SimulatorServer, tmp_path: Path) -> None:
    extra = simulator.fleet.sim_ids[10]
    path = tmp_path / "ids.txt"
    path.write_text(f"{simulator.fleet.sim_ids[0]}\nnot-an-id\n")
    proc = emnify(
        "stats", str(extra), "--ids-file", str(path),
        env=server_env(simulator, EMNIFY_APPLICATION_TOKEN=TOKEN),
    )  # fmt: skip
    assert proc.returncode == 3, proc.stderr
    assert "not-an-id" in proc.stdout and "line 2 of" in proc.stdout
    assert str(extra) in proc.stdout and str(simulator.fleet.sim_ids[0]) in proc.stdout
    assert "Fleet summary" in proc.stderr  # the summary counts the bad line as failed


def test_a_clean_ids_file_exits_0(simulator: SimulatorServer, tmp_path: Path) -> None:
    path = tmp_path / "ids.txt"
    path.write_text("\n".join(map(str, simulator.fleet.sim_ids[:5])) + "\n\n")
    proc = emnify(
        "stats", "--ids-file", str(path), "-f", "jsonl", "-q",
        env=server_env(simulator, EMNIFY_APPLICATION_TOKEN=TOKEN),
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.splitlines()) == 5


@pytest.mark.parametrize(
    ("content", "extra_args", "needle"),
    [
        ("\n  \n", [], "no SIM ids in --ids-file"),
        ("1000\n", ["--all"], "--ids-file or --all, not both"),
        (b"\xff\xfe1000\n", [], "not UTF-8"),
        (None, [], "No such file"),
    ],
)
def test_unusable_ids_files_are_one_usage_line(
    tmp_path: Path, content: str | bytes | None, extra_args: list[str], needle: str
) -> None:
    path = tmp_path / "ids.txt"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content)
    proc = emnify(
        "stats", "--ids-file", str(path), *extra_args, env={"EMNIFY_APPLICATION_TOKEN": TOKEN}
    )
    assert proc.returncode == 2
    assert needle in one_line_error(proc)


# -- user credentials -----------------------------------------------------------------------


def test_user_credentials_from_the_environment(simulator_factory: SimulatorFactory) -> None:
    server = simulator_factory(sims=20, rate_limits="none", users={"alice": "s3cret pw"})
    sim_id = server.fleet.sim_ids[0]
    env = server_env(server, EMNIFY_USERNAME="alice", EMNIFY_PASSWORD="s3cret pw")
    proc = emnify("stats", str(sim_id), "-f", "jsonl", "-q", env=env)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["sim_id"] == sim_id
    assert server.counters.authenticate_calls == 1

    env["EMNIFY_PASSWORD"] = "wrong"
    proc = emnify("stats", str(sim_id), env=env)
    assert proc.returncode == 1
    line = one_line_error(proc)
    assert "authentication failed" in line
    assert "wrong" not in line


@pytest.mark.parametrize(
    ("env", "needle"),
    [
        ({"EMNIFY_USERNAME": "alice"}, "EMNIFY_PASSWORD is not set"),
        ({"EMNIFY_PASSWORD": "pw"}, "EMNIFY_USERNAME is not set"),
        (
            {"EMNIFY_USERNAME": "a", "EMNIFY_PASSWORD": "p", "EMNIFY_APPLICATION_TOKEN": "t"},
            "not both",
        ),
        ({}, "no credentials"),
    ],
)
def test_credentials_that_cannot_work_are_one_usage_line(env: dict[str, str], needle: str) -> None:
    proc = emnify("stats", "1000", env=env)
    assert proc.returncode == 2
    line = one_line_error(proc)
    assert needle in line
    assert "pw" not in line.replace("EMNIFY_PASSWORD", "")


def test_mfa_code_is_asked_on_the_terminal(simulator_factory: SimulatorFactory) -> None:
    server = simulator_factory(sims=5, rate_limits="none", mfa_users={"bob": ("pw", "123456")})
    sim_id = server.fleet.sim_ids[0]
    clean = {k: v for k, v in os.environ.items() if not k.startswith("EMNIFY_")}
    env = {**clean, **server_env(server, EMNIFY_USERNAME="bob", EMNIFY_PASSWORD="pw")}
    controller, terminal = pty.openpty()
    try:
        # typed ahead: the terminal keeps the line until the prompt reads it
        os.write(controller, b"123456\n")
        proc = subprocess.run(
            [sys.executable, "-m", "emnify", "stats", str(sim_id), "-f", "jsonl", "-q"],
            stdin=terminal,
            capture_output=True,
            env=env,
            timeout=120,
            check=False,
        )
    finally:
        os.close(terminal)
        os.close(controller)
    stderr = proc.stderr.decode()
    assert proc.returncode == 0, stderr
    assert "multi-factor code" in stderr  # the prompt, on stderr
    assert json.loads(proc.stdout)["sim_id"] == sim_id  # stdout: only the result


def test_mfa_without_a_terminal_is_one_line(simulator_factory: SimulatorFactory) -> None:
    server = simulator_factory(sims=5, rate_limits="none", mfa_users={"bob": ("pw", "123456")})
    env = server_env(server, EMNIFY_USERNAME="bob", EMNIFY_PASSWORD="pw")
    proc = emnify("stats", str(server.fleet.sim_ids[0]), env=env)
    assert proc.returncode == 1
    assert "stdin is not a terminal" in one_line_error(proc)
