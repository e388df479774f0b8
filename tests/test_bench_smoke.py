"""Smoke test of ``scripts/bench.py``: a quick run of the cheap benchmarks end to end.

Benchmarks measure; they never fail the test suite. So this only checks that the script
runs, starts and stops the simulator, and writes its report (tables, machine, the kept
Findings section) -- never any speed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "scripts" / "bench.py"


@pytest.mark.integration
def test_quick_bench_writes_its_report(tmp_path: Path) -> None:
    out = tmp_path / "bench.md"
    out.write_text("# old report\n\n## Findings\n\nHand-written, must survive a rerun.\n")
    argv = [sys.executable, str(BENCH), "--quick", "--only", "B4,B5", "--reps", "1"]
    argv += ["--out", str(out), "--workdir", str(tmp_path / "work")]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-4000:]

    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Benchmarks\n")
    assert "# old report" not in text
    for needle in (
        "## Machine",
        "| nproc |",
        "| httpx |",
        "## Summary",
        "## B4: cold imports",
        "| `import httpx` (baseline) |",
        "| `import emnify` |",
        "## B5: 1,000 concurrent calls just after the JWT expired",
        "| just after expiry |",
        "- Command: `",
    ):
        assert needle in text, needle
    assert text.rstrip().endswith("## Findings\n\nHand-written, must survive a rerun.")
    # every summary row has a verdict, whatever the numbers were
    summary = text.split("## Summary", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in summary.splitlines() if line.startswith("| B")]
    assert rows and all(line.rstrip().endswith(("**met** |", "**missed** |")) for line in rows)

    raw = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert set(raw["sections"]) == {"B4", "B5"}
    assert not (tmp_path / "work").exists() or not any((tmp_path / "work").iterdir())


def test_unknown_benchmark_is_refused(tmp_path: Path) -> None:
    argv = [sys.executable, str(BENCH), "--only", "B9", "--out", str(tmp_path / "x.md")]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode != 0
    assert "unknown benchmark" in done.stderr
    assert not (tmp_path / "x.md").exists()
