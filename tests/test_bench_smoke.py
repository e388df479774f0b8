"""Smoke test of ``scripts/bench.py``: a quick run of the cheap benchmarks end to end.

Benchmarks measure; they never fail the test suite. So this only checks that the script
runs, starts and stops the simulator, and writes its report (tables, machine, the kept
Findings section) -- never any speed.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "scripts" / "bench.py"


@pytest.mark.integration
def test_quick_bench_writes_its_report(tmp_path: Path) -> None:
    out = tmp_path / "bench.md"
    out.write_text("# old report\n\n## Findings\n\nHand-written, must survive a rerun.\n")
    argv = [sys.executable, str(BENCH), "--quick", "--only", "B4,B5,B7", "--reps", "1"]
    argv += ["--out", str(out), "--workdir", str(tmp_path / "work")]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=240, check=False)
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
        "## B7: first result and gaps of a 50-SIM bulk run behind the 10 req/s stats limit",
        "| streaming |",
        "| plain |",
        "- Command: `",
    ):
        assert needle in text, needle
    assert text.rstrip().endswith("## Findings\n\nHand-written, must survive a rerun.")
    # every summary row has a verdict, whatever the numbers were
    summary = text.split("## Summary", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in summary.splitlines() if line.startswith("| B")]
    assert rows and all(line.rstrip().endswith(("**met** |", "**missed** |")) for line in rows)

    raw = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert set(raw["sections"]) == {"B4", "B5", "B7"}
    assert not (tmp_path / "work").exists() or not any((tmp_path / "work").iterdir())


def test_unknown_benchmark_is_refused(tmp_path: Path) -> None:
    argv = [sys.executable, str(BENCH), "--only", "B9", "--out", str(tmp_path / "x.md")]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode != 0
    assert "unknown benchmark" in done.stderr
    assert not (tmp_path / "x.md").exists()


def load_bench() -> Any:
    spec = importlib.util.spec_from_file_location("bench", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench"] = module  # (its dataclasses look their module up)
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules["bench"]
    return module


OLD_REPORT = """# Benchmarks

- Command: `bench.py`
- Total run time: 700 s

## Machine

| nproc | 2 |

## Summary

| check | measured (median) | target | result |
|---|---|---|---|
| B1 facade vs raw httpx | 8 x | ≥ 2 x | **met** |
| B5 failed calls | 0 | 0 | **met** |

## B1: one

- B1 setup

## B5: five

- B5 setup

## Findings

Hand-written.
"""

NEW_REPORT = """# Benchmarks

- Command: `bench.py --only B5,B7`

## Machine

| nproc | 2 |

## Summary

| check | measured (median) | target | result |
|---|---|---|---|
| B5 failed calls | 1 | 0 | **missed** |
| B7 streaming: first result | 0.01 s | ≤ 0.2 s | **met** |

## B5: five again

- new B5 setup

## B7: seven

- B7 setup

## Findings

(none written yet)
"""


def test_merge_replaces_only_the_sections_that_were_rerun() -> None:
    bench = load_bench()
    merged = bench.merge_report(OLD_REPORT, NEW_REPORT, ["B5", "B7"], "`cmd`, today")
    assert merged.startswith("# Benchmarks\n\n- Command: `bench.py`\n- Total run time: 700 s\n")
    assert "- Rerun on its own: B5, B7 -- `cmd`, today\n" in merged
    summary = merged.split("## Summary", 1)[1].split("\n## ", 1)[0]
    assert [
        line.split("|")[1].strip() for line in summary.splitlines() if line.startswith("| B")
    ] == [
        "B1 facade vs raw httpx",
        "B5 failed calls",
        "B7 streaming: first result",
    ]
    assert "| B5 failed calls | 1 |" in summary
    headings = [line for line in merged.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Machine",
        "## Summary",
        "## B1: one",
        "## B5: five again",
        "## B7: seven",
        "## Findings",
    ]
    assert "- B1 setup" in merged and "- B5 setup" not in merged
    assert merged.rstrip().endswith("## Findings\n\nHand-written.")
    # a second rerun replaces its own line instead of adding one
    again = bench.merge_report(merged, NEW_REPORT, ["B5", "B7"], "`cmd`, tomorrow")
    assert "today" not in again and again.count("- Rerun on its own: B5, B7") == 1
