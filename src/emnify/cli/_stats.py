"""`emnify stats`: bulk statistics with a progress bar, written as a table, CSV or JSONL.

CSV and JSONL are written and flushed result by result (each result with one ``write``), so
an interrupted run leaves a file of complete lines: Ctrl-C (SIGINT) or SIGTERM stops the run,
closes the file and exits with 130 or 143; ``--resume`` (JSONL or CSV) then fetches exactly
the SIMs that are not in the file yet. Parquet and SQLite (``_data.py``, `emnify.stats.sinks`)
keep what they wrote valid the same way, and resume too; ``--daily`` fetches daily statistics.
"""

from __future__ import annotations

import contextlib
import enum
import io
import os
import signal
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import anyio
import anyio.abc
from rich.console import Console

from emnify._groups import ExceptionGroupType, only_error
from emnify._validate import resource_id
from emnify.bulk import BulkResult
from emnify.client import EmnifyClient
from emnify.errors import (
    AuthenticationError,
    ConfigurationError,
    EmnifyError,
    PermissionDeniedError,
)
from emnify.stats.export import write_csv, write_jsonl
from emnify.stats.sinks import SinkError

from . import _data
from ._progress import StatsProgress
from ._render import daily_table, print_summary, sims_table

if TYPE_CHECKING:
    from emnify.stats.sinks import _Sink

SIMS_PER_PAGE = 2500  # the API's cap for GET /api/v1/sim

#: the exit status of a run stopped by a signal: 128 + the signal's number, as a shell reports
#: a process killed by it (SIGINT 130, SIGTERM 143)
STOP_SIGNALS: dict[signal.Signals, int] = {signal.SIGINT: 130, signal.SIGTERM: 143}


class OutputFormat(str, enum.Enum):
    """How `emnify stats` writes per-SIM results."""

    table = "table"
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"
    sqlite = "sqlite"


class CliError(Exception):
    """A failure the CLI reports as one line on stderr (exit status 1)."""


@dataclass
class StatsRun:
    """What `emnify stats` was asked to do, already validated."""

    sim_ids: list[int]
    all_sims: bool
    output_format: OutputFormat
    out: Path | None
    resume: bool
    #: no progress bar and no summary
    quiet: bool
    top: int
    #: no progress bar, but still the summary (`emnify demo --quiet`)
    no_progress: bool = False
    #: summary only: per-SIM results are not written anywhere (the demo)
    discard: bool = False
    #: the summary is the result, on stdout (the demo); otherwise it goes to stderr
    summary_to_stdout: bool = False
    #: error results for inputs that are no SIM ids (bad lines of --ids-file), written first
    rejected: list[BulkResult] = field(default_factory=list)
    #: daily statistics (`--daily`) from `start` to `end` (None: the API's default)
    daily: bool = False
    start: date | None = None
    end: date | None = None
    #: the ids are endpoint ids (`--endpoints`, daily only)
    endpoints: bool = False
    #: (K, N): fetch only part K of N (`emnify.sharding`)
    shard: tuple[int, int] | None = None


def parse_sim_ids(values: Iterable[str]) -> list[int]:
    """SIM ids from the command line; raises `CliError` naming the first bad one."""
    ids = []
    for value in values:
        try:
            ids.append(resource_id(value, "SIM id"))
        except ConfigurationError as exc:
            raise CliError(str(exc)) from None
    return ids


def parse_shard_option(value: str | None) -> tuple[int, int] | None:
    """``--shard K/N`` as (K, N); raises `CliError` with one line for anything else."""
    if value is None:
        return None
    from emnify.sharding import parse_shard

    try:
        return parse_shard(value)
    except ConfigurationError as exc:
        raise CliError(str(exc)) from None


async def count_sims(client: EmnifyClient) -> int | None:
    """The fleet size from the `X-Total-Count` header of a one-item page."""
    response = await client.request("GET", "/api/v1/sim", params={"page": 1, "per_page": 1})
    total = response.headers.get("X-Total-Count")
    return int(total) if total and total.isdigit() else None


async def all_sim_ids(client: EmnifyClient) -> AsyncIterator[int]:
    """Every SIM id of the organisation, page by page (the listing's own rate limit applies)."""
    async for item in client.paginate_raw("/api/v1/sim", per_page=SIMS_PER_PAGE):
        yield int(item["id"])


async def _skip(ids: AsyncIterator[int] | Iterable[int], done: set[int]) -> AsyncIterator[int]:
    if isinstance(ids, AsyncIterator):
        async for sim_id in ids:
            if sim_id not in done:
                yield sim_id
    else:
        for sim_id in ids:
            if sim_id not in done:
                yield sim_id


class _Writer:
    """Writes each result as it arrives (CSV, JSONL) or keeps them for one table at the end.

    A CSV or JSONL result (a SIM's rows, or its one line) goes out with a single ``write`` and
    is flushed at once: a run stopped at any point leaves only complete results in the file.
    The CSV header goes out with the first write, and only into an empty file (or stdout).
    """

    def __init__(self, run: StatsRun, stdout: Console) -> None:
        self._format = run.output_format
        self._discard = run.discard
        self._daily = run.daily
        self._key = _data.id_column(run)
        self._stdout = stdout
        self._table_rows: list[BulkResult[Any]] = []
        self._file: IO[str] | None = None
        #: whether the next CSV write starts with the header (None: not decided yet)
        self._header: bool | None = None
        #: results written (or kept for the table) so far
        self.written = 0
        try:
            #: the Parquet or SQLite writer (None for the other formats)
            self.sink = _data.open_sink(run)
        except SinkError as exc:
            raise CliError(str(exc)) from None
        if self.sink is not None:
            return
        if run.out is not None:
            mode = "a" if run.resume else "w"
            self._file = run.out.open(mode, encoding="utf-8", newline="")
        elif self._format is not OutputFormat.table:
            self._file = None

    def _target(self) -> IO[str]:
        return self._file if self._file is not None else self._stdout.file

    def _take_header(self) -> bool:
        """Whether this CSV write starts with the header: only the first one, and only into
        an empty file. (Decided from the file's real size at that first write, not when it
        was opened: a resumed file may be trimmed in between, and appending to it must never
        repeat the header.)"""
        if self._header is None:
            self._header = self._file is None or os.fstat(self._file.fileno()).st_size == 0
        header, self._header = self._header, False
        return header

    def write(self, result: BulkResult[Any]) -> None:
        if self._discard:
            return
        self.written += 1
        if self.sink is not None:
            try:
                self.sink.write(result)
            except SinkError as exc:
                raise CliError(str(exc)) from None
            return
        if self._format is OutputFormat.table:
            self._table_rows.append(result)
            return
        if self._daily:
            if self._format is OutputFormat.csv:
                content = _data.daily_csv(result, self._key, self._take_header())
            else:
                content = _data.daily_jsonl(result, self._key)
        else:
            text = io.StringIO(newline="")
            if self._format is OutputFormat.csv:
                write_csv([result], text, header=self._take_header())
            else:
                write_jsonl([result], text, layout="sims", include_last_hour=False)
            content = text.getvalue()
        target = self._target()
        target.write(content)
        target.flush()

    def close(self) -> None:
        if self.sink is not None:
            try:
                self.sink.close()
            except SinkError as exc:
                raise CliError(str(exc)) from None
            return
        if self._format is OutputFormat.table and self._table_rows:
            table = (
                daily_table(self._table_rows, self._key)
                if self._daily
                else sims_table(self._table_rows)
            )
            if self._file is not None:
                Console(file=self._file, width=120).print(table)
            else:
                self._stdout.print(table)
        if self._file is not None:
            self._file.close()


def _fatal(error: EmnifyError | None) -> bool:
    """Errors that will hit every SIM alike: stop the run instead of failing each id."""
    return isinstance(error, (AuthenticationError, PermissionDeniedError))


async def run_stats(client: EmnifyClient, run: StatsRun, stdout: Console, stderr: Console) -> int:
    """Fetch, write and summarize; returns the exit status (3 when some SIMs failed).

    SIGINT and SIGTERM stop the run (through anyio's signal receiver, so on the event loop:
    no exception hits the middle of a write): the workers are cancelled, the results written
    so far stay in the file as complete lines, and the status is that of `STOP_SIGNALS` (130
    or 143) with one line on stderr saying how to resume.
    """
    received: list[signal.Signals] = []
    written = _Written()
    status = 0
    try:
        with anyio.CancelScope() as stop:
            async with anyio.create_task_group() as tg:
                await tg.start(_stop_on_signal, stop, received)
                # (with Redis, the client's connection to it lives in its 'async with')
                async with client if client.coordinator is not None else _nothing():
                    status = await _run_stats(client, run, stdout, stderr, written)
                tg.cancel_scope.cancel()  # the signal watcher
    except ExceptionGroupType as group:
        only = only_error(group.exceptions)  # a CliError, an EmnifyError...: not a group
        if only is None:
            raise
        raise only from only.__cause__
    if not received:
        return status
    signum = received[0]
    message = f"emnify: interrupted by {signum.name}"
    if not run.discard:
        message += f": {written.value:,} {'endpoint' if run.endpoints else 'SIM'} results written"
        if run.out is not None:
            message += f" to {run.out}"
            if run.output_format.value in _data.RESUMABLE_FORMATS:
                message += "; run the same command with --resume to fetch the rest"
    stderr.print(message, markup=False, highlight=False, soft_wrap=True)
    return STOP_SIGNALS[signum]


@contextlib.asynccontextmanager
async def _nothing() -> AsyncIterator[None]:
    yield


@dataclass
class _Written:
    """How many results the run has written so far (read after it was cancelled)."""

    value: int = 0


async def _stop_on_signal(
    scope: anyio.CancelScope,
    received: list[signal.Signals],
    *,
    task_status: anyio.abc.TaskStatus[None] = anyio.TASK_STATUS_IGNORED,
) -> None:
    """Cancel `scope` on the first SIGINT or SIGTERM (recorded in `received`)."""
    try:
        with anyio.open_signal_receiver(*STOP_SIGNALS) as signals:
            task_status.started()
            async for signum in signals:
                received.append(signal.Signals(signum))
                scope.cancel()
                return
    except NotImplementedError:  # pragma: no cover - Windows: Ctrl-C is a KeyboardInterrupt
        task_status.started()


def _resume_ids(run: StatsRun, sink: _Sink | None) -> set[int]:
    """`_data.resume_ids`, with a file of another command as one line (`CliError`)."""
    try:
        return _data.resume_ids(run, sink)
    except SinkError as exc:
        raise CliError(str(exc)) from None


async def _run_stats(
    client: EmnifyClient, run: StatsRun, stdout: Console, stderr: Console, written: _Written
) -> int:
    """The run itself; the client is closed at the end, whatever happened."""
    writer: _Writer | None = None
    try:
        try:
            await client.authenticate()
        except AuthenticationError as exc:
            raise CliError(f"authentication failed: {exc.message or exc}") from None
        # (a text file is read back before it is opened for appending; a sink reads itself)
        if run.output_format.value in _data.BINARY_FORMATS:
            writer = _Writer(run, stdout)
            done = _resume_ids(run, writer.sink)
        else:
            done = _resume_ids(run, None)
            writer = _Writer(run, stdout)
        ids: Any
        if run.all_sims and run.endpoints:
            total = await _data.count_endpoints(client)
            ids = _skip(_data.all_endpoint_ids(client), done)
        elif run.all_sims:
            total = await count_sims(client)
            ids = _skip(all_sim_ids(client), done)
        else:
            total = len(run.sim_ids)
            ids = _skip(run.sim_ids, done)
        if run.shard is not None:
            from emnify.sharding import shard

            k, n = run.shard
            ids = shard(ids, k, n)
            if not run.all_sims:
                total = sum(1 for _ in shard(run.sim_ids, k, n))
            elif total is not None:
                total = None  # (this part's share of the fleet is known only at the end)
        if total is not None and done:
            total = max(total - len(done), 0)
        summary = _data.summary_for(run)
        for result in run.rejected:
            summary.add(result)
            writer.write(result)
        try:
            with StatsProgress(
                stderr, total, enabled=not (run.quiet or run.no_progress)
            ) as progress:
                bulk: Any = (
                    client.bulk_daily_stats(
                        ids,
                        run.start,
                        run.end,
                        endpoints=run.endpoints,
                        on_progress=progress.update,
                    )
                    if run.daily
                    else client.bulk_sim_stats(ids, on_progress=progress.update)
                )
                async with bulk as results:
                    async for result in results:
                        if _fatal(result.error):
                            raise CliError(f"stopped: {result.error}")
                        summary.add(result)
                        writer.write(result)
                        written.value = writer.written
        finally:
            writer.close()
            writer = None
    finally:
        if writer is not None:  # (failed before the run started: close the file it opened)
            writer.close()
        # also when the run was cancelled (a signal): close the connections for real
        with anyio.CancelScope(shield=True):
            await client.aclose()
    if not run.quiet:
        if done:
            what = "endpoints" if run.endpoints else "SIMs"
            stderr.print(f"resumed: {len(done):,} {what} already in {run.out} were skipped")
        print_summary(stdout if run.summary_to_stdout else stderr, summary)
    return 3 if summary.failed else 0


def run_options_error(run: StatsRun) -> str | None:
    """The reason these options cannot work together, if any."""
    if run.all_sims and run.sim_ids:
        return "give SIM ids or --all, not both"
    if not run.all_sims and not run.sim_ids and not run.rejected:
        return "give at least one SIM id, or --all"
    if run.top < 0:
        return "--top must be 0 or more"
    return _data.data_options_error(run)
