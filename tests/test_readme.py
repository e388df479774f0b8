"""Every Python example in the README runs as written against the simulator on 127.0.0.1.

An example with a top-level ``await`` (a notebook cell) runs as IPython runs a cell: compiled
with ``PyCF_ALLOW_TOP_LEVEL_AWAIT`` and awaited inside a running asyncio event loop.
"""

from __future__ import annotations

import ast
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

#: runs a notebook cell (argv[1]) the way IPython does: inside a running event loop
CELL_RUNNER = """
import ast, asyncio, sys
code = compile(sys.argv[1], "<cell>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
async def cell():
    result = eval(code, {"__name__": "__main__"})
    if result is not None:
        await result
asyncio.run(cell())
"""


def is_notebook_cell(code: str) -> bool:
    """True for code that only compiles with top-level await (a notebook cell)."""
    try:
        compile(code, "<example>", "exec")
    except SyntaxError:
        compile(code, "<example>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        return True
    return False


def test_the_readme_has_examples() -> None:
    assert len(EXAMPLES) >= 7
    assert sum(map(is_notebook_cell, EXAMPLES)) >= 1


@pytest.mark.parametrize("code", EXAMPLES, ids=[f"example{i}" for i in range(len(EXAMPLES))])
def test_readme_example_runs(code: str, simulator: SimulatorServer, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EMNIFY_")}
    env |= {"EMNIFY_BASE_URL": simulator.base_url, "EMNIFY_APPLICATION_TOKEN": "test-app-token"}
    command = ["-c", CELL_RUNNER, code] if is_notebook_cell(code) else ["-c", code]
    proc = subprocess.run(
        [sys.executable, *command],
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
