"""Many real processes, one organisation, one Redis (#17).

* Four ``emnify stats --shard K/4 --redis-url ...`` processes against the simulator (in a
  process of its own) with the published limits on (stats: 10 req/s per organisation): the
  simulator serves no 429, sees exactly one authenticate call, and every SIM is fetched once.
* A process holding the token lock is killed (SIGKILL) while it authenticates: another
  process takes over once the lock expires, and authenticates once.

Everything asserted comes from the simulator's counters, the output files and Redis.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import anyio
import httpx
import pytest

from emnify import EmnifyClient
from emnify._auth import ApplicationTokenCredentials
from emnify._redact import Secret
from emnify.coordination import CoordinationSettings, Coordinator
from emnify.testing import (
    DEFAULT_APPLICATION_TOKEN,
    Simulator,
    SimulatorConfig,
    spawn_simulator_process,
)
from tests.redis_support import (
    RedisServer,
    coredis_buffers_closed,
    needs_redis,
    redis,
    redis_module,
)

__all__ = ["coredis_buffers_closed", "redis", "redis_module"]

pytestmark = [
    needs_redis,
    pytest.mark.integration,
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals"),
]

STATS_ROUTE = "GET /api/v1/sim/{sim_id}/stats"


def clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("EMNIFY_")}


def test_four_processes_share_the_limits_the_token_and_the_fleet(
    redis: RedisServer, tmp_path: Path
) -> None:
    config = SimulatorConfig(sims=60, seed=3)
    with spawn_simulator_process(config) as simulator:
        ids = [str(sim_id) for sim_id in Simulator(config).fleet.sim_ids]
        outs = [tmp_path / f"part{k}.jsonl" for k in range(1, 5)]
        processes = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "emnify.cli",
                    "stats",
                    *ids,
                    "--shard",
                    f"{k}/4",
                    "--redis-url",
                    redis.url,
                    "--base-url",
                    simulator.base_url,
                    "--application-token",
                    DEFAULT_APPLICATION_TOKEN,
                    "--format",
                    "jsonl",
                    "--out",
                    str(out),
                    "--concurrency",
                    "8",
                    "--quiet",
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=clean_env(),
            )
            for k, out in enumerate(outs, start=1)
        ]
        for process in processes:
            _, stderr = process.communicate(timeout=300)
            assert process.returncode == 0, stderr
            assert "Traceback" not in stderr
        for _ in range(1000):
            counters = simulator.counters()
            if not counters["in_flight"]:
                break
            time.sleep(0.01)
    parts = [[json.loads(line)["sim_id"] for line in out.read_text().splitlines()] for out in outs]
    fetched = [sim_id for part in parts for sim_id in part]
    assert sorted(fetched) == sorted(int(sim_id) for sim_id in ids)  # each SIM exactly once
    assert all(parts), "every process had a part"
    assert counters["rate_limited"] == 0
    assert counters["authenticate_calls"] == 1
    assert counters["requests_by_route"][STATS_ROUTE] == len(ids)


@pytest.fixture
def black_hole() -> Iterator[str]:
    """A base URL whose server accepts connections (the kernel's backlog) and never answers."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(64)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"


HOLDER = """
import sys, anyio
from emnify import EmnifyClient
from emnify.coordination import CoordinationSettings

async def main() -> None:
    async with EmnifyClient(
        sys.argv[1], base_url=sys.argv[2], redis_url=sys.argv[3],
        coordination=CoordinationSettings(lock_ttl=float(sys.argv[4])),
    ) as client:
        await client.authenticate()  # never answered: holds the lock until killed

anyio.run(main)
"""


def start_holder(base_url: str, redis_url: str, lock_ttl: float) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-c",
            HOLDER,
            DEFAULT_APPLICATION_TOKEN,
            base_url,
            redis_url,
            str(lock_ttl),
        ],
        env=clean_env(),
        stderr=subprocess.PIPE,
    )


@pytest.mark.anyio
@pytest.mark.usefixtures("coredis_buffers_closed")
async def test_the_others_take_over_from_a_killed_lock_holder(
    redis: RedisServer, black_hole: str
) -> None:
    lock_ttl = 2.0
    lock_key = Coordinator(
        redis.url,
        base_url=black_hole,
        credentials=ApplicationTokenCredentials(Secret(DEFAULT_APPLICATION_TOKEN)),
    ).org_key("token-lock")
    holder = start_holder(black_hole, redis.url, lock_ttl)
    try:
        with anyio.fail_after(60):
            while redis.command("EXISTS", lock_key) != ":1":  # it holds the lock
                assert holder.poll() is None, holder.stderr.read() if holder.stderr else ""
                await anyio.sleep(0.02)
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
        if holder.stderr is not None:
            holder.stderr.close()
    # The dead holder's lock is still there: the next process must wait for its expiry.
    pttl = int((redis.command("PTTL", lock_key) or ":0")[1:])
    assert 0 < pttl <= lock_ttl * 1000
    simulator = Simulator(SimulatorConfig(sims=5))
    async with EmnifyClient(
        DEFAULT_APPLICATION_TOKEN,
        base_url=black_hole,  # (the same credential namespace as the holder's)
        transport=httpx.ASGITransport(app=simulator.app),
        redis_url=redis.url,
        coordination=CoordinationSettings(lock_ttl=lock_ttl, poll=0.02),
    ) as client:
        with anyio.fail_after(30):  # a hang guard; the takeover is due after `pttl`
            await client.authenticate()
    assert simulator.counters.authenticate_calls == 1
    assert redis.command("EXISTS", lock_key) == ":0"  # released by the new holder
