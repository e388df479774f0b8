"""No unclosed sessions or connections, no destroyed-while-pending tasks, no ResourceWarning.

aiohttp reports an unclosed session twice: a ``ResourceWarning`` from ``__del__`` and a call
to the event loop's exception handler, which only *logs* ("Unclosed client session") -- a test
suite with warnings as errors would not notice the second, nor a ``__del__`` that runs after
the test that leaked. So a typical life of the client (requests, errors, a bulk run cut short
by a timeout in both forms and a streaming one left with ``break``, a paginate loop left with
``break``, a cancelled task group, closing) runs here in a child interpreter with ``-X dev -W
error::ResourceWarning``, a garbage collection at the end, and its stderr is searched for every
such report; on asyncio (aiohttp) and trio (httpx). A control run that forgets ``aclose()``
shows that the search finds what it looks for.

The suite as a whole is run once the same way (``PYTHONDEVMODE=1 python -X dev -W
error::ResourceWarning -m pytest``); see docs/reliability.md.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.integration

LEAK_REPORTS = (
    "Unclosed",  # aiohttp sessions/connections/connectors, asyncio transports
    "Task was destroyed but it is pending",
    "Task exception was never retrieved",
    "was never awaited",
    "ResourceWarning",
    "Exception ignored",
    "unclosed",  # "unclosed <socket ...>", "unclosed transport", "unclosed event loop"
)

LIFE = textwrap.dedent(
    """
    import gc, sys
    import anyio
    from emnify import EmnifyClient
    from emnify.errors import NotFoundError
    from emnify.testing import SimulatorConfig, serve_simulator
    from emnify_generated.api.sim import list_sims

    FORGET_TO_CLOSE = sys.argv[2] == "forget"

    async def life(base_url, ids):
        client = EmnifyClient("test-app-token", base_url=base_url, rate_limits=None,
                              max_concurrency=8)
        await client.sim_stats(ids[0])
        try:
            await client.request("GET", "/api/v1/sim/1")
        except NotFoundError:
            pass
        with anyio.move_on_after(0.3):  # a bulk run cut short with requests in flight
            async for _ in client.bulk_sim_stats(ids):
                pass
        with anyio.move_on_after(0.3):  # the streaming form cut short the same way
            async with client.bulk_sim_stats(ids) as results:
                async for _ in results:
                    pass
        async with client.bulk_sim_stats(ids) as results:  # ... and left with break
            async for _ in results:
                break
        async for sim in client.paginate(list_sims, per_page=5):  # left with break
            break
        async with anyio.create_task_group() as tg:  # a cancelled task group
            for sim_id in ids[:20]:
                tg.start_soon(client.sim_stats, sim_id)
            await anyio.sleep(0.05)
            tg.cancel_scope.cancel()
        assert [r.ok async for r in client.bulk_sim_stats(ids[:30])] == [True] * 30
        if not FORGET_TO_CLOSE:
            await client.aclose()
        del client
        gc.collect()
        await anyio.sleep(0.1)  # let any finalizer callback run on the loop

    config = SimulatorConfig(sims=300, rate_limits="none", latency=0.01, latency_jitter=0.03)
    with serve_simulator(config) as server:
        anyio.run(life, server.base_url, server.fleet.sim_ids, backend=sys.argv[1])
    gc.collect()
    print("DONE")
    """
)


def run_life(backend: str, mode: str = "close") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EMNIFY_")}
    env["PYTHONDEVMODE"] = "1"
    return subprocess.run(
        [sys.executable, "-X", "dev", "-W", "error::ResourceWarning", "-c", LIFE, backend, mode],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_a_whole_client_life_leaves_nothing_behind(backend: str) -> None:
    proc = run_life(backend)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.strip().endswith("DONE")
    reports = [line for line in proc.stderr.splitlines() if any(r in line for r in LEAK_REPORTS)]
    assert not reports, proc.stderr[-3000:]


@pytest.mark.parametrize(
    ("backend", "report"),
    [("asyncio", "Unclosed client session"), ("trio", "ResourceWarning: unclosed <socket")],
)
def test_the_check_sees_a_client_that_was_not_closed(backend: str, report: str) -> None:
    """The control: the same life without ``aclose()`` is reported."""
    proc = run_life(backend, "forget")
    assert proc.stdout.strip().endswith("DONE"), proc.stderr[-3000:]
    assert report in proc.stderr
