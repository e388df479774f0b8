"""Shared fixtures: every async test runs on asyncio and on trio through anyio."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

pytest_plugins = ["emnify.testing.pytest_plugin"]


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


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
