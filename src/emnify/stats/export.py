"""CSV and JSON Lines output for stats, and the resume helper that reads JSONL back.

Flat rows (:func:`iter_rows`, :func:`write_csv`, :func:`write_jsonl` with ``layout="rows"``)
have the columns in :data:`COLUMNS`, one row per SIM, monthly period and traffic kind:

``sim_id``
    the SIM id (for a bulk input that was not a valid id: the input as given)
``period``
    ``current_month`` or ``last_month``
``traffic_type``
    ``data`` or ``sms``
``traffic_type_id``
    5 (data) or 6 (SMS)
``month``
    first day of the month, ``YYYY-MM-DD``
``volume``, ``volume_rx``, ``volume_tx``
    in ``unit``; rx = received by the device, tx = sent by it
``unit``
    ``MB`` or ``SMS``
``cost``
    exact decimal in fixed-point notation; empty when the API gave none
``currency``
    ISO code, e.g. ``EUR``
``last_updated``
    ISO 8601 UTC timestamp
``stats_id``
    the record's composite id
``error``
    empty, or ``"<ExceptionClass>: <message>"`` for an id that failed

A SIM without any monthly record still gets one row (only ``sim_id`` set) and a failed id gets
one row with ``error`` set, so every input id appears in the output. In CSV an absent value is
an empty field; in JSONL it is ``null``, and ``cost`` is a string to stay exact.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable, Iterator
from datetime import datetime
from decimal import Decimal
from typing import IO, TYPE_CHECKING, Any, Literal, Union

from emnify.stats.model import MONTH_PERIODS, MinuteSeries, SimStats, TrafficUsage

if TYPE_CHECKING:
    from emnify.bulk import BulkResult

__all__ = [
    "COLUMNS",
    "iter_rows",
    "read_done_ids",
    "stats_to_json",
    "trim_partial_line",
    "write_csv",
    "write_jsonl",
]

#: the columns of the flat row format, in order
COLUMNS: tuple[str, ...] = (
    "sim_id",
    "period",
    "traffic_type",
    "traffic_type_id",
    "month",
    "volume",
    "volume_rx",
    "volume_tx",
    "unit",
    "cost",
    "currency",
    "last_updated",
    "stats_id",
    "error",
)

Row = dict[str, Any]
Item = Union[SimStats, "BulkResult"]
Target = Union[str, "os.PathLike[str]", IO[str]]


def _cost(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _when(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _error_text(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"


def _split(item: Item) -> tuple[Any, SimStats | None, BaseException | None]:
    """``(sim_id, stats, error)`` of a SimStats or BulkResult."""
    if isinstance(item, SimStats):
        return item.sim_id, item, None
    stats = getattr(item, "stats", None)
    error = getattr(item, "error", None)
    if error is None and not isinstance(stats, SimStats):
        raise TypeError(f"expected SimStats or BulkResult, got {type(item).__name__}")
    return getattr(item, "sim_id", None), stats, error


def _usage_row(sim_id: Any, period: str, u: TrafficUsage) -> Row:
    # the per-SIM JSON of one record, flattened into the documented columns
    usage = _usage_json(u)
    return {
        "sim_id": sim_id,
        "period": period,
        **{c: usage.get(c) for c in COLUMNS[2:-1]},
        "error": None,
    }


def _blank_row(sim_id: Any, error: str | None) -> Row:
    row: Row = dict.fromkeys(COLUMNS)
    row["sim_id"] = sim_id
    row["error"] = error
    return row


def iter_rows(items: Iterable[Item]) -> Iterator[Row]:
    """The flat rows (keys = :data:`COLUMNS`, JSON-safe values) for SimStats or BulkResults."""
    for item in items:
        sim_id, stats, error = _split(item)
        if error is not None or stats is None:
            yield _blank_row(sim_id, _error_text(error) if error is not None else None)
            continue
        wrote = False
        for period in MONTH_PERIODS:
            for usage in getattr(stats, period):
                wrote = True
                yield _usage_row(sim_id, period, usage)
        if not wrote:
            yield _blank_row(sim_id, None)


def _usage_json(u: TrafficUsage) -> dict[str, Any]:
    return {
        "traffic_type": u.kind,
        "traffic_type_id": u.traffic_type_id,
        "description": u.traffic_type,
        "month": u.month.isoformat(),
        "volume": u.volume,
        "volume_rx": u.volume_rx,
        "volume_tx": u.volume_tx,
        "unit": u.unit,
        "cost": _cost(u.cost),
        "currency": u.currency,
        "last_updated": _when(u.last_updated),
        "stats_id": None if u.stats_id is None else u.stats_id.value,
    }


def _series_json(series: MinuteSeries | None) -> dict[str, Any] | None:
    if series is None:
        return None
    return {
        "rx": [[t.isoformat(), v] for t, v in series.rx],
        "tx": [[t.isoformat(), v] for t, v in series.tx],
    }


def stats_to_json(stats: SimStats, *, include_last_hour: bool = True) -> dict[str, Any]:
    """One SIM's stats as a JSON-safe dict.

    Keys: ``sim_id``, ``endpoint_id`` (only when set), ``current_month`` and ``last_month``
    (each ``{"data": record | null, "sms": record | null}``) and, unless ``include_last_hour``
    is false, ``last_hour`` (``{"data": {"rx": [[iso_time, value], ...], "tx": [...]} | null,
    "sms": ...}``). A record has ``traffic_type``, ``traffic_type_id``, ``description``,
    ``month``, ``volume``, ``volume_rx``, ``volume_tx``, ``unit``, ``cost`` (decimal string),
    ``currency``, ``last_updated`` and ``stats_id``. Dates and times are ISO 8601.
    """
    out: dict[str, Any] = {"sim_id": stats.sim_id}
    if stats.endpoint_id is not None:
        out["endpoint_id"] = stats.endpoint_id
    for period in MONTH_PERIODS:
        usage = getattr(stats, period)
        out[period] = {
            "data": None if usage.data is None else _usage_json(usage.data),
            "sms": None if usage.sms is None else _usage_json(usage.sms),
        }
    if include_last_hour:
        out["last_hour"] = {
            "data": _series_json(stats.last_hour.data),
            "sms": _series_json(stats.last_hour.sms),
        }
    return out


class _Opened:
    """Open a path for writing, or pass an already open text file through untouched."""

    def __init__(self, target: Target, **open_kw: Any) -> None:
        self._target = target
        self._open_kw = open_kw
        self._owned: IO[str] | None = None

    def __enter__(self) -> IO[str]:
        target = self._target
        if isinstance(target, (str, os.PathLike)):
            self._owned = open(target, "w", encoding="utf-8", **self._open_kw)
            return self._owned
        if not callable(getattr(target, "write", None)):
            raise TypeError(
                f"file must be a path or an open text file, not {type(target).__name__}"
            )
        if isinstance(target, (io.RawIOBase, io.BufferedIOBase)) or "b" in str(
            getattr(target, "mode", "")
        ):
            raise TypeError("file is open in binary mode: open it in text mode ('w', not 'wb')")
        return target

    def __exit__(self, *exc: object) -> None:
        if self._owned is not None:
            self._owned.close()


def _csv_value(value: Any) -> Any:
    return "" if value is None else value


def write_csv(items: Iterable[Item], file: Target, *, header: bool = True) -> int:
    """Write :func:`iter_rows` as CSV with the :data:`COLUMNS` header; returns the row count.

    ``file`` is a path (created or overwritten, UTF-8) or an open text file (open it with
    ``newline=""``); pass ``header=False`` when appending to an existing file. Raises
    ``TypeError`` for a target that is neither (or a binary file) and for items that are not
    ``SimStats``/``BulkResult``, and ``OSError`` when the path cannot be written.
    """
    rows = 0
    with _Opened(file, newline="") as fh:
        writer = csv.writer(fh)
        if header:
            writer.writerow(COLUMNS)
        for row in iter_rows(items):
            writer.writerow([_csv_value(row[c]) for c in COLUMNS])
            rows += 1
    return rows


def write_jsonl(
    items: Iterable[Item],
    file: Target,
    *,
    layout: Literal["rows", "sims"] = "rows",
    include_last_hour: bool = True,
) -> int:
    """Write JSON Lines; returns the number of lines.

    ``layout="rows"``: one object per :func:`iter_rows` row (keys = :data:`COLUMNS`).
    ``layout="sims"``: one object per SIM, :func:`stats_to_json` plus ``"error": null``; a
    failed id is ``{"sim_id": ..., "error": "<ExceptionClass>: <message>"}``.
    ``file`` is a path (created or overwritten) or an open text file. Raises like
    :func:`write_csv`, and ``ValueError`` for an unknown ``layout``.
    """
    if layout not in ("rows", "sims"):
        raise ValueError(f"layout must be 'rows' or 'sims', got {layout!r}")
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    lines = 0
    with _Opened(file) as fh:
        if layout == "rows":
            for row in iter_rows(items):
                fh.write(dumps(row) + "\n")
                lines += 1
            return lines
        for item in items:
            sim_id, stats, error = _split(item)
            if error is not None or stats is None:
                obj: dict[str, Any] = {
                    "sim_id": sim_id,
                    "error": _error_text(error) if error else None,
                }
            else:
                obj = stats_to_json(stats, include_last_hour=include_last_hour)
                obj["sim_id"] = sim_id
                obj["error"] = None
            fh.write(dumps(obj) + "\n")
            lines += 1
    return lines


def read_done_ids(path: str | os.PathLike[str], *, include_failed: bool = False) -> set[int]:
    """The integer ``sim_id`` values of a JSONL file written by :func:`write_jsonl` (either
    layout), for resuming a run.

    Lines whose ``error`` is set are skipped unless ``include_failed`` is true, so a resumed run
    retries them. A missing file gives an empty set. A last line without its newline that is
    not valid JSON (a write cut short) is ignored; invalid JSON anywhere else raises
    ``ValueError`` naming the line.
    """
    done: set[int] = set()
    try:
        fh = open(path, "rb")
    except FileNotFoundError:
        return done
    with fh:
        for number, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except ValueError as exc:
                if not raw.endswith(b"\n"):  # only the last line can lack it: a cut-off write
                    break
                raise ValueError(f"{os.fspath(path)}:{number}: not valid JSON ({exc})") from None
            if not isinstance(obj, dict):
                raise ValueError(f"{os.fspath(path)}:{number}: expected a JSON object")
            sim_id = obj.get("sim_id")
            if isinstance(sim_id, int) and not isinstance(sim_id, bool):
                if include_failed or obj.get("error") is None:
                    done.add(sim_id)
    return done


def trim_partial_line(path: str | os.PathLike[str]) -> int:
    """Cut a trailing incomplete line (one without a final newline) off a file, so that lines
    appended afterwards start on a line of their own; returns how many bytes were removed.
    A missing file is left alone (0)."""
    try:
        fh = open(path, "r+b")
    except FileNotFoundError:
        return 0
    with fh:
        size = fh.seek(0, os.SEEK_END)
        if size == 0:
            return 0
        fh.seek(size - 1)
        if fh.read(1) == b"\n":
            return 0
        # scan backwards in blocks for the last newline
        end = size
        keep = 0
        while end > 0:
            start = max(0, end - 65536)
            fh.seek(start)
            block = fh.read(end - start)
            idx = block.rfind(b"\n")
            if idx >= 0:
                keep = start + idx + 1
                break
            end = start
        fh.truncate(keep)
        return size - keep
