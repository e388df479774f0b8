"""Pytest fixtures serving the simulator over loopback.

Enable with ``pytest_plugins = ["emnify.testing.pytest_plugin"]`` in a ``conftest.py``.

``simulator_factory(config=None, **overrides)``
    starts a server (uvicorn in a thread on 127.0.0.1, free port) and returns its
    :class:`~emnify.testing.SimulatorServer`; every server is stopped at teardown.
``simulator``
    one server with 200 SIMs, no rate limits, no faults and application token
    ``"test-app-token"``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from .config import DEFAULT_APPLICATION_TOKEN, SimulatorConfig
from .server import SimulatorServer, serve_simulator

__all__ = ["simulator", "simulator_factory"]

SimulatorFactory = Callable[..., SimulatorServer]


@pytest.fixture
def simulator_factory() -> Iterator[SimulatorFactory]:
    """Start simulators on demand; all are shut down when the test ends."""
    with contextlib.ExitStack() as stack:

        def start(config: SimulatorConfig | None = None, **overrides: Any) -> SimulatorServer:
            return stack.enter_context(serve_simulator(config, **overrides))

        yield start


@pytest.fixture
def simulator(simulator_factory: SimulatorFactory) -> SimulatorServer:
    """A quiet default simulator: 200 SIMs, no limits, no faults, token ``test-app-token``."""
    return simulator_factory(
        SimulatorConfig(
            sims=200,
            rate_limits="none",
            application_tokens=(DEFAULT_APPLICATION_TOKEN,),
        )
    )
