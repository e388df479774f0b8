"""`emnify demo`: the simulator and the real client, end to end, on this machine only."""

from __future__ import annotations

import math
import time

import anyio
import click
from rich.console import Console

from ._stats import OutputFormat, StatsRun, run_stats


def run_demo(*, sims: int, scale: float, concurrency: int, quiet: bool) -> int:
    """Serve a simulator on a free 127.0.0.1 port, fetch every SIM's stats, print the summary.

    The fleet summary, the demo's result, goes to stdout; the progress bar, what is being done
    and how long it took go to stderr (as with `emnify stats`).

    Both sides use emnify's published rate limits multiplied by `scale`, so the client's
    throttling is exercised for real while the demo still ends in seconds.
    """
    from emnify.client import EmnifyClient
    from emnify.limits import RateLimits
    from emnify.testing import DEFAULT_APPLICATION_TOKEN, SimulatorConfig, serve_simulator

    if not math.isfinite(scale):
        raise click.BadParameter("must be a finite number", param_hint="--scale")
    try:
        config = SimulatorConfig(sims=sims, seed=1, rate_limits="emnify", scale=scale)
    except (ValueError, TypeError) as exc:  # the simulator's own checks
        raise click.UsageError(str(exc)) from None
    stderr = Console(stderr=True)
    with serve_simulator(config) as server:
        stderr.print(
            f"[bold]emnify demo[/]: simulator with {sims:,} SIMs at {server.base_url} "
            f"(published limits x{scale:g})"
        )
        client = EmnifyClient(
            DEFAULT_APPLICATION_TOKEN,
            base_url=server.base_url,
            max_concurrency=concurrency,
            rate_limits=RateLimits.emnify(scale=scale),
        )
        run = StatsRun(
            sim_ids=[],
            all_sims=True,
            output_format=OutputFormat.jsonl,
            out=None,
            resume=False,
            quiet=False,
            no_progress=quiet,
            top=10,
            discard=True,
            summary_to_stdout=True,
        )
        started = time.perf_counter()
        status = anyio.run(_demo, client, run, Console(), stderr)
        elapsed = time.perf_counter() - started
        counters = server.counters
        stderr.print(
            f"fetched {sims:,} SIMs in {elapsed:.1f} s; the simulator served "
            f"{counters.requests:,} requests, {counters.rate_limited} answers 429, "
            f"{counters.authenticate_calls} authenticate call(s)"
        )
    return status


async def _demo(client: object, run: StatsRun, stdout: Console, stderr: Console) -> int:
    from emnify.client import EmnifyClient

    assert isinstance(client, EmnifyClient)
    return await run_stats(client, run, stdout, stderr)
