"""Without the extra a command needs, the command says which one in one line.

A missing distribution is simulated in a child process by putting ``None`` into
``sys.modules`` for its top-level module, which makes every import of it fail with
``ModuleNotFoundError`` exactly as when it is not installed. The CI smoke test
(scripts/smoke_dist.sh) does the same with the real wheel in a venv without extras.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from emnify._extras import EXTRAS, extra_of, install_command, missing_extra_message
from emnify.testing import SimulatorServer

CHILD = """
import runpy, sys
for name in {blocked!r}:
    sys.modules[name] = None
sys.argv = ["emnify", *{args!r}]
{run}
"""
#: how the command is started: the console script's function, and `python -m emnify`
STARTS = {
    "console script": "from emnify._entry import main; main()",
    "python -m emnify": "runpy.run_module('emnify', run_name='__main__', alter_sys=True)",
}


def run(
    args: list[str], blocked: tuple[str, ...], start: str = "console script", **env: str
) -> subprocess.CompletedProcess[str]:
    code = CHILD.format(blocked=blocked, args=args, run=STARTS[start])
    clean = {k: v for k, v in os.environ.items() if not k.startswith("EMNIFY_")}
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**clean, "COLUMNS": "200", **env},
        timeout=120,
        check=False,
    )


def one_line(proc: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.returncode == 1
    return lines[0]


@pytest.mark.parametrize("start", list(STARTS))
@pytest.mark.parametrize("args", [[], ["--help"], ["stats", "1"], ["demo"], ["--version"]])
@pytest.mark.parametrize("blocked", [("click",), ("rich",), ("click", "rich")])
def test_without_the_cli_extra(start: str, args: list[str], blocked: tuple[str, ...]) -> None:
    proc = run(args, blocked, start)
    line = one_line(proc)
    assert line.startswith("emnify: error: the emnify command needs the 'cli' extra")
    assert line.endswith("pip install 'emnify-async[cli]'")
    assert proc.stdout == ""


@pytest.mark.parametrize("command", [["demo", "--sims", "5"], ["simulate", "--port", "0"]])
@pytest.mark.parametrize("blocked", [("starlette",), ("uvicorn",)])
def test_simulator_commands_without_the_sim_extra(
    command: list[str], blocked: tuple[str, ...]
) -> None:
    line = one_line(run(command, blocked))
    assert line.startswith(f"emnify: error: 'emnify {command[0]}' needs the 'sim' extra")
    assert line.endswith("pip install 'emnify-async[cli,sim]'")


@pytest.mark.integration
def test_stats_needs_only_the_cli_extra(simulator: SimulatorServer) -> None:
    sim_id = simulator.fleet.sim_ids[0]
    proc = run(
        ["stats", str(sim_id), "-f", "jsonl", "-q"],
        ("starlette", "uvicorn"),
        EMNIFY_BASE_URL=simulator.base_url,
        EMNIFY_APPLICATION_TOKEN="test-app-token",
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["sim_id"] == sim_id


def test_help_works_without_the_sim_extra() -> None:
    proc = run(["--help"], ("starlette", "uvicorn"), "python -m emnify")
    assert proc.returncode == 0, proc.stderr
    assert "demo" in proc.stdout and "simulate" in proc.stdout


def test_python_dash_m_emnify_is_the_cli() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "emnify", "stats", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Usage: emnify stats" in proc.stdout


@pytest.mark.parametrize("missing", ["click", "rich"])
@pytest.mark.parametrize("args", [["--help"], ["stats", "1"]])
def test_python_dash_m_emnify_cli_without_the_cli_extra(
    tmp_path: Path, missing: str, args: list[str]
) -> None:
    """`python -m emnify.cli` imports the package before any guard of ours runs: a real `-m`
    in a child process, where a module first on the path fails as an uninstalled one does."""
    (tmp_path / f"{missing}.py").write_text(
        f"raise ModuleNotFoundError(\"No module named '{missing}'\", name={missing!r})\n"
    )
    proc = subprocess.run(
        [sys.executable, "-m", "emnify.cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
        timeout=60,
        check=False,
    )
    line = one_line(proc)
    assert line == (
        f"emnify: error: the emnify command needs the 'cli' extra (module '{missing}' is not "
        "installed): pip install 'emnify-async[cli]'"
    )


def test_importing_emnify_cli_without_the_extra_raises_import_error(tmp_path: Path) -> None:
    """Only `python -m` turns the missing extra into one line: an application that imports
    the CLI gets the ImportError, not an exit."""
    (tmp_path / "click.py").write_text(
        "raise ModuleNotFoundError(\"No module named 'click'\", name='click')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", "import emnify.cli"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
        timeout=60,
        check=False,
    )
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines()[-1] == "ModuleNotFoundError: No module named 'click'"


def test_extras_match_the_package_metadata() -> None:
    from importlib.metadata import requires

    declared = {
        req.split(";")[1].split("==")[1].strip().strip("'\"")
        for req in requires("emnify-async") or []
        if "extra ==" in req
    }
    assert set(EXTRAS) <= declared
    assert extra_of("starlette.routing") == "sim"
    assert extra_of("opentelemetry.trace") == "otel"
    assert extra_of("numpy") is None
    assert install_command("cli", "sim") == "pip install 'emnify-async[cli,sim]'"


def test_an_unrelated_missing_module_is_not_called_an_extra() -> None:
    exc = ModuleNotFoundError("No module named 'numpy'", name="numpy")
    assert missing_extra_message(exc, what="x") is None
    assert missing_extra_message(ImportError("cannot import name 'y'"), what="x") is None
