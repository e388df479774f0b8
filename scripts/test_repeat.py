"""Run the full test suite several times and print one summary line per run.

    python scripts/test_repeat.py --runs 5 --load 2     (make test-repeat N=5 LOAD=2)

`--load K` keeps K extra processes spinning on the CPU for the whole time, the way a busy CI
machine does, so a test that depends on the scheduler shows itself. The log of each run that
did not pass is kept under build/test-repeat/. Exits non-zero when any run did not pass.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOGS = ROOT / "build" / "test-repeat"
#: pytest's closing line: "=== 1606 passed, 1 skipped in 241.3s ===" (or its -q form)
SUMMARY = re.compile(r"\b\d+ (passed|failed|errors?|skipped|deselected)\b.* in [\d.]+s")


def _burn(parent: int) -> None:  # pragma: no cover - runs in a child process
    """Keep one core busy until terminated, or until the parent is gone (killed outright)."""
    while os.getppid() == parent:
        for _ in range(1_000_000):
            pass


def _summary(output: str) -> str:
    for line in reversed(output.splitlines()):
        if SUMMARY.search(line):
            return line.strip("= ").strip()
    return "no pytest summary line (see the log)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="how many full runs (default 5)")
    parser.add_argument(
        "--load", type=int, default=0, help="CPU-burning processes to run meanwhile (default 0)"
    )
    parser.add_argument("pytest_args", nargs="*", help="extra arguments for pytest")
    args = parser.parse_args(argv)
    if args.runs < 1 or args.load < 0:
        parser.error("--runs must be at least 1 and --load at least 0")

    # SIGTERM ends the runs like Ctrl-C does, so the burners are stopped on the way out
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    burners = [
        multiprocessing.Process(target=_burn, args=(os.getpid(),), daemon=True)
        for _ in range(args.load)
    ]
    for burner in burners:
        burner.start()
    failed = 0
    try:
        for run in range(1, args.runs + 1):
            started = time.monotonic()
            command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
            done = subprocess.run(
                [*command, *args.pytest_args],
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=False,
            )
            output = done.stdout + done.stderr
            wall = time.monotonic() - started
            line = (
                f"run {run}/{args.runs}: {_summary(output)} (exit {done.returncode}, {wall:.0f} s)"
            )
            if done.returncode != 0:
                failed += 1
                LOGS.mkdir(parents=True, exist_ok=True)
                log = LOGS / f"run-{run}.log"
                log.write_text(output)
                line += f"; log: {log.relative_to(ROOT)}"
            print(line, flush=True)
    finally:
        for burner in burners:
            burner.terminate()
            burner.join()
    print(f"{args.runs - failed} of {args.runs} runs passed (load: {args.load} busy processes)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
