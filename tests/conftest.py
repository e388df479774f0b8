"""Shared fixtures: every async test runs on asyncio and on trio through anyio."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from tests.virtual_time import backend_options

pytest_plugins = ["emnify.testing.pytest_plugin"]

# Hypothesis measures time by default: a per-example deadline and "input generation is slow"
# health checks, which a busy CI machine trips without any defect. A hang still fails (the
# tests that could hang carry their own bounds). CI also fixes the examples (derandomize), so
# a run is repeatable; a developer's run keeps exploring new ones.
settings.register_profile(
    "emnify",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=bool(os.environ.get("CI")),
    print_blob=True,
)
settings.load_profile("emnify")


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str | tuple[str, dict[str, Any]]:
    """The backend; ``@on_virtual_time`` (tests/virtual_time.py) picks the virtual-time ones."""
    return backend_options(str(request.param))


_LEAK_REPORTS = ("Unclosed", "Task was destroyed", "Task exception was never retrieved")


@pytest.fixture(autouse=True)
def _no_asyncio_leak_reports() -> Iterator[None]:
    """Fail a test when asyncio or aiohttp report a leak through logging, not as a warning
    (an unclosed client session, a task destroyed while pending)."""
    found: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            message = record.getMessage()
            if any(report in message for report in _LEAK_REPORTS):
                found.append(message)

    handler = Collect(logging.WARNING)
    logging.getLogger("asyncio").addHandler(handler)
    try:
        yield
    finally:
        logging.getLogger("asyncio").removeHandler(handler)
    assert not found, found
