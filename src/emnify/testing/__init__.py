"""A stateful simulator of the emnify REST API, for tests, demos and benchmarks.

It is the server side of the wire and never imports the client. Typical use::

    from emnify.testing import SimulatorConfig, serve_simulator

    with serve_simulator(SimulatorConfig(sims=500, rate_limits="none")) as server:
        ...  # point a client at server.base_url, token "test-app-token"
        assert server.simulator.counters.authenticate_calls == 1

For fast in-process tests call ``Simulator(...).app`` through ``httpx.ASGITransport``; for
benchmarks run it in its own process with :func:`spawn_simulator_process` or
``python -m emnify.testing --port 8080 --sims 10000``.
"""

from __future__ import annotations

from .app import Simulator
from .auth import sha1_hex
from .clock import ManualClock, PinnedClock
from .config import DEFAULT_APPLICATION_TOKEN, SimulatorConfig
from .counters import SimulatorCounters
from .faults import DroppedConnection, FaultConfig
from .fleet import (
    CURRENCIES,
    TRAFFIC_DATA,
    TRAFFIC_SMS,
    Fleet,
    UsageTotals,
    luhn_check_digit,
    stats_record_id,
)
from .ratelimit import BucketLimit, RateLimitMode, RateLimitPolicy, WindowLimit
from .server import (
    SimulatorProcess,
    SimulatorServer,
    serve_simulator,
    serve_simulator_async,
    spawn_simulator_process,
)

__all__ = [
    "CURRENCIES",
    "DEFAULT_APPLICATION_TOKEN",
    "TRAFFIC_DATA",
    "TRAFFIC_SMS",
    "BucketLimit",
    "DroppedConnection",
    "FaultConfig",
    "Fleet",
    "ManualClock",
    "PinnedClock",
    "RateLimitMode",
    "RateLimitPolicy",
    "Simulator",
    "SimulatorConfig",
    "SimulatorCounters",
    "SimulatorProcess",
    "SimulatorServer",
    "UsageTotals",
    "WindowLimit",
    "luhn_check_digit",
    "serve_simulator",
    "serve_simulator_async",
    "sha1_hex",
    "spawn_simulator_process",
    "stats_record_id",
]
