"""Every Python example in the README runs as written against the simulator on 127.0.0.1."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from emnify.testing import SimulatorServer

README = Path(__file__).resolve().parent.parent / "README.md"
EXAMPLES = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)
pytestmark = pytest.mark.integration


def test_the_readme_has_examples() -> None:
    assert len(EXAMPLES) >= 7


@pytest.mark.parametrize("code", EXAMPLES, ids=[f"example{i}" for i in range(len(EXAMPLES))])
def test_readme_example_runs(code: str, simulator: SimulatorServer, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EMNIFY_")}
    env |= {"EMNIFY_BASE_URL": simulator.base_url, "EMNIFY_APPLICATION_TOKEN": "test-app-token"}
    proc = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip(), "an example should show its result"
    assert "Traceback" not in proc.stderr
