"""`emnify stats` as data: the Parquet and SQLite outputs, daily statistics (`--daily`,
`--from`, `--to`, `--endpoints`) and resuming from any of the resumable outputs."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from emnify.stats.csv_resume import resume_csv
from emnify.stats.daily import DailySummary, daily_to_json
from emnify.stats.export import read_done_ids, trim_partial_line
from emnify.stats.sinks import ParquetSink, SinkError, SQLiteSink
from emnify.stats.summary import FleetSummary
from emnify.stats.table import Kind, _columns, typed_rows

if TYPE_CHECKING:
    from emnify.client import EmnifyClient
    from emnify.stats.sinks import _Sink

    from ._stats import StatsRun

__all__ = [
    "BINARY_FORMATS",
    "RESUMABLE_FORMATS",
    "all_endpoint_ids",
    "daily_csv",
    "daily_jsonl",
    "data_options_error",
    "open_sink",
    "resume_ids",
    "summary_for",
]

#: formats written only to a file (never to stdout)
BINARY_FORMATS = ("parquet", "sqlite")
#: formats `--resume` can read back
RESUMABLE_FORMATS = ("jsonl", "csv", "parquet", "sqlite")
ENDPOINTS_PER_PAGE = 1000


def kind_of(run: StatsRun) -> Kind:
    return "daily" if run.daily else "monthly"


def id_column(run: StatsRun) -> str:
    return "endpoint_id" if run.endpoints else "sim_id"


def data_options_error(run: StatsRun) -> str | None:
    """The reason the data options of `run` cannot work, if any."""
    fmt = run.output_format.value
    if fmt in BINARY_FORMATS and run.out is None:
        return f"--format {fmt} needs --out FILE"
    if run.resume and (run.out is None or fmt not in RESUMABLE_FORMATS):
        return "--resume needs --out FILE and --format jsonl, csv, parquet or sqlite"
    if not run.daily and (run.start is not None or run.end is not None):
        return "--from and --to need --daily"
    if run.endpoints and not run.daily:
        return "--endpoints needs --daily (the ids are then endpoint ids)"
    if run.start is not None and run.end is not None and run.start > run.end:
        return f"--from ({run.start}) must not be after --to ({run.end})"
    return None


def open_sink(run: StatsRun) -> _Sink | None:
    """The Parquet or SQLite writer of `run`, or None for the text formats; raises
    `CliError` (via SinkError/ConfigurationError, one line) when the file cannot be used."""
    fmt = run.output_format.value
    if fmt not in BINARY_FORMATS or run.discard:
        return None
    assert run.out is not None
    if fmt == "sqlite":
        return SQLiteSink(run.out, kind_of(run), id_column(run), resume=run.resume)
    return ParquetSink(run.out, kind_of(run), id_column(run), resume=run.resume)


def resume_ids(run: StatsRun, sink: _Sink | None) -> set[int]:
    """The ids an earlier run of the same command has written (for `--resume`); a text file
    is first cut back to its whole results, so the rest can be appended. Raises `SinkError`
    for a CSV file that another command wrote."""
    if not run.resume or run.out is None:
        return set()
    if isinstance(sink, (SQLiteSink, ParquetSink)):
        return sink.done_ids()
    if not run.out.exists():
        return set()
    if run.output_format.value == "csv":
        return resume_csv(run.out, _columns(kind_of(run), id_column(run)))
    trim_partial_line(run.out)
    return _read_jsonl_ids(run.out, id_column(run))


def _read_jsonl_ids(path: Path, key: str) -> set[int]:
    if key == "sim_id":
        return read_done_ids(path)
    done: set[int] = set()
    with path.open("rb") as fh:
        for line in fh:
            if not line.strip():
                continue
            obj = json.loads(line)
            value = obj.get(key) if isinstance(obj, dict) else None
            if type(value) is int and obj.get("error") is None:
                done.add(value)
    return done


def daily_jsonl(result: Any, key: str) -> str:
    """One line of daily JSONL: `daily_to_json` plus ``error``, or the id and its error."""
    stats = getattr(result, "stats", None)
    error = getattr(result, "error", None)
    if stats is None or error is not None:
        obj: dict[str, Any] = {
            key: result.sim_id,
            "error": f"{type(error).__name__}: {error}" if error else None,
        }
    else:
        obj = daily_to_json(stats)
        obj[key] = result.sim_id
        obj["error"] = None
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n"


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "as_tuple"):  # Decimal: fixed-point, exact
        return format(value, "f")
    return value


def daily_csv(result: Any, key: str, header: bool) -> str:
    """The CSV rows of one daily result (with the header first when asked); `key` is the id
    column, ``sim_id`` or ``endpoint_id``."""
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    if header:
        writer.writerow(_columns("daily", key))
    for row in typed_rows(result, "daily"):
        writer.writerow([_csv_value(v) for v in row])
    return text.getvalue()


def summary_for(run: StatsRun) -> FleetSummary:
    return DailySummary(top=run.top) if run.daily else FleetSummary(top=run.top)


async def all_endpoint_ids(client: EmnifyClient) -> AsyncIterator[int]:
    """Every endpoint id of the organisation, page by page."""
    async for item in client.paginate_raw("/api/v1/endpoint", per_page=ENDPOINTS_PER_PAGE):
        yield int(item["id"])


async def count_endpoints(client: EmnifyClient) -> int | None:
    response = await client.request("GET", "/api/v1/endpoint", params={"page": 1, "per_page": 1})
    total = response.headers.get("X-Total-Count")
    return int(total) if total and total.isdigit() else None


__all__ += ["SinkError", "count_endpoints", "id_column", "kind_of"]
