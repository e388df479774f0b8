"""`emnify report`: the fleet report page, from a stats file or fetched on the spot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import anyio
from rich.console import Console

from emnify.client import EmnifyClient
from emnify.errors import AuthenticationError
from emnify.stats.report import (
    ReportInputError,
    ReportRow,
    load_rows,
    rows_from_table,
    write_report,
)
from emnify.stats.table import StatsTable

from ._progress import StatsProgress
from ._stats import CliError, all_sim_ids, count_sims


def rows_from_file(path: Path) -> list[ReportRow]:
    try:
        return load_rows(path)
    except ReportInputError as exc:
        raise CliError(str(exc)) from None
    except (ValueError, KeyError) as exc:  # a file of the right kind with a bad value
        raise CliError(f"{path}: cannot read it as statistics ({exc})") from None


async def fetch_rows(
    client: EmnifyClient, sim_ids: list[int], all_sims: bool, stderr: Console, quiet: bool
) -> list[ReportRow]:
    """Fetch the monthly statistics of the SIMs (or all) and turn them into report rows."""
    try:
        try:
            await client.authenticate()
        except AuthenticationError as exc:
            raise CliError(f"authentication failed: {exc.message or exc}") from None
        ids: Any = all_sim_ids(client) if all_sims else sim_ids
        total = await count_sims(client) if all_sims else len(sim_ids)
        table = StatsTable("monthly")
        with StatsProgress(stderr, total, enabled=not quiet) as progress:
            async with client.bulk_sim_stats(ids, on_progress=progress.update) as results:
                async for result in results:
                    table.add(result)
    finally:
        with anyio.CancelScope(shield=True):
            await client.aclose()
    return rows_from_table(table)


def make_report(rows: list[ReportRow], out: Path, title: str, stderr: Console, quiet: bool) -> None:
    size = write_report(rows, out, title=title)
    if not quiet:
        stderr.print(f"report written to {out} ({size / 1e6:.1f} MB, {len(rows):,} rows)")
