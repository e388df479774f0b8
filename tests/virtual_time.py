"""Virtual time for tests of timing policy (pacing, windows, pauses, back-off, deadlines).

A test that measures the client's timing on the machine's clock measures the scheduler too:
on a busy CI machine a task wakes late, a stamp is taken late, and a window looks too short or
too long. These tests run on a clock that moves only when every task is waiting, straight to
the next deadline, so each reading is exactly the time the code under test decided on:

- asyncio: the event loop comes from `looptime` (its `time()` is virtual, and an idle loop
  jumps to its next timer instead of sleeping);
- trio: `trio.testing.MockClock(autojump_threshold=0)`, trio's own virtual clock.

Both start at 0, so a test's sums of delays are the same floats as the code's readings.

Only for tests that do no real I/O (a `httpx.MockTransport`, the limiter itself): while a
socket is awaited the clock would jump past every deadline.

A test opts in with ``@on_virtual_time``; a module whose async tests all qualify with
``from tests.virtual_time import anyio_backend`` (and ``__all__ = ["anyio_backend"]``).
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

__all__ = ["VIRTUAL", "anyio_backend", "backend_options", "on_virtual_time"]

#: the anyio_backend parameters that run on virtual time
VIRTUAL = ("asyncio+virtual", "trio+virtual")

#: run this async test on both backends, each on virtual time
on_virtual_time = pytest.mark.parametrize("anyio_backend", VIRTUAL, indirect=True)


def _looptime_loop() -> asyncio.AbstractEventLoop:
    import looptime

    return looptime.new_event_loop(start=0.0)


def _looptime_is_usable() -> bool:
    """looptime before 0.8 (the last for Python 3.10 is 0.7) can wake a timer a hair before
    its deadline and then never move the clock, so anyio's cancel scopes spin forever."""
    from importlib.metadata import version

    major, minor = (int(part) for part in version("looptime").split(".")[:2])
    return (major, minor) >= (0, 8)


def backend_options(name: str) -> str | tuple[str, dict[str, Any]]:
    """What the anyio pytest plugin takes for an ``anyio_backend`` parameter."""
    if name == "asyncio+virtual":
        if not _looptime_is_usable():
            pytest.skip("asyncio on virtual time needs looptime >= 0.8 (Python >= 3.11)")
        return ("asyncio", {"loop_factory": _looptime_loop})
    if name == "trio+virtual":
        from trio.testing import MockClock

        return ("trio", {"clock": MockClock(autojump_threshold=0)})
    return name


@pytest.fixture(params=VIRTUAL)
def anyio_backend(request: pytest.FixtureRequest) -> str | tuple[str, dict[str, Any]]:
    return backend_options(str(request.param))
