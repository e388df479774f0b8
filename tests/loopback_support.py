"""Loopback helpers: the one piece of HTTP/1.1 the tiny test servers need, and the simulator
in a process of its own."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import anyio
import anyio.abc

from emnify.testing import SimulatorConfig, spawn_simulator_process
from emnify.testing.fleet import Fleet


async def read_request_head(stream: anyio.abc.ByteStream) -> tuple[bytes, bytes] | None:
    """Read from `stream` until the end of a request's head: (head, the bytes after it), or
    None when the client hangs up first."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = await stream.receive()
        if not chunk:
            return None
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    return head, rest


@dataclass
class SimulatorElsewhere:
    """A simulator in a child process: where it listens, the fleet it serves (rebuilt from
    the seed), and, once the ``async with`` block has ended, its final counters."""

    base_url: str
    fleet: Fleet
    counters: dict[str, Any] = field(default_factory=dict)


@contextlib.asynccontextmanager
async def simulator_in_a_process(
    config: SimulatorConfig, *, now: datetime | None = None
) -> AsyncIterator[SimulatorElsewhere]:
    """The simulator in a child process, for the ``async with`` block.

    For tests that assert "no 429" at a limit: a simulator thread in the test's own process
    competes with the client for the GIL, so on a busy machine it can read a queue of
    requests late and all at once, and its bucket sees a burst the client never sent. In its
    own process the server reads requests as they arrive.
    """
    with spawn_simulator_process(config, now=now) as process:
        fleet = Fleet(config.sims, config.seed, first_sim_id=config.first_sim_id)
        served = SimulatorElsewhere(process.base_url, fleet)
        yield served
        for _ in range(1000):  # every handler has returned: the counters are final
            served.counters = process.counters()
            if not served.counters["in_flight"]:
                return
            await anyio.sleep(0.01)
        raise AssertionError("the simulator process still has requests in flight")
