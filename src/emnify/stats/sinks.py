"""Writers that keep bulk results as data: an idempotent SQLite table and a Parquet file.

Both take results one by one as a bulk run hands them over (``sink.write(result)``), keep
what they have written valid if the run stops at any point, and tell a resumed run which ids
are done (:meth:`done_ids`). ``emnify stats -f sqlite|parquet -o FILE`` uses them; so can
a script::

    with SQLiteSink("fleet.db") as sink:
        async with client.bulk_sim_stats(ids) as results:
            async for result in results:
                sink.write(result)

Rows are those of :class:`emnify.stats.table.StatsTable`: the CSV export's columns for
monthly statistics (:data:`~emnify.stats.table.MONTHLY_COLUMNS`), or
:data:`~emnify.stats.table.DAILY_COLUMNS` for daily ones (``endpoint_id`` in place of
``sim_id`` for endpoints).

SQLite (:class:`SQLiteSink`)
    One table per kind: ``sim_stats`` (monthly), ``sim_daily_stats`` and
    ``endpoint_daily_stats``, with the row columns plus ``fetched_at`` (when the row was last
    written, ISO 8601 UTC). Rows are **upserted by their natural key**: the id, the month (or
    day) and the traffic type id -- the same run repeated gives the same table, and a nightly
    run into the same file keeps the months it no longer fetches (last month's record is
    updated, the month before stays). A SIM without records (no traffic, or an error) keeps
    one row whose month and traffic type are NULL; it is removed once the SIM has records.
    Costs are ``TEXT`` holding the exact decimal (SQLite's REAL would round them: sum them
    with Python's ``Decimal`` or ``CAST(cost AS REAL)`` where a float will do); months and
    days are ``YYYY-MM-DD`` text. Each result is committed on its own (WAL journal), so a run
    stopped at any point -- even killed -- leaves every result written before it complete
    in the file and none half-written. The table ``emnify_progress`` records which ids the
    last run has written, for ``--resume``.

Parquet (:class:`ParquetSink`)
    A Parquet file is only readable once its footer is written, so the results are not
    appended to ``FILE`` itself. They are buffered and written every ``batch`` results (or
    ``interval`` seconds) as one complete Parquet file into ``FILE.parts/`` (written beside
    and renamed, so every file there is whole). Closing the sink -- at the end of a run, on
    an error, on Ctrl-C or SIGTERM -- merges ``FILE`` (when resuming) and the parts into
    ``FILE`` (written beside and renamed) and removes ``FILE.parts/``. A run killed outright
    (SIGKILL, power) loses at most its last unwritten batch: ``FILE.parts/`` keeps the rest,
    readable as a dataset, and ``--resume`` carries on from it. Without ``resume`` the sink
    starts afresh: an existing ``FILE`` and ``FILE.parts/`` are removed at once.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from collections.abc import Iterable
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from emnify.stats.table import (
    COST_PRECISION,
    COST_SCALE,
    Kind,
    _columns,
    arrow_schema,
    require,
    typed_rows,
)

if TYPE_CHECKING:
    import pyarrow

__all__ = ["ParquetSink", "SQLiteSink", "SinkError", "table_name"]


class SinkError(Exception):
    """An output file that cannot be used as asked (another kind of statistics, not a file
    this library wrote); the message says what to do."""


def table_name(kind: Kind, id_column: str = "sim_id") -> str:
    """The SQLite table of a kind of statistics: ``sim_stats``, ``sim_daily_stats`` or
    ``endpoint_daily_stats``."""
    if kind == "monthly":
        return "sim_stats"
    return "endpoint_daily_stats" if id_column == "endpoint_id" else "sim_daily_stats"


class _Sink:
    kind: Kind
    id_column: str
    #: results written so far
    written: int

    def write(self, result: Any) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def close(self) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def write_all(self, results: Iterable[Any]) -> int:
        """:meth:`write` every result; returns how many."""
        count = 0
        for result in results:
            self.write(result)
            count += 1
        return count

    def __enter__(self) -> _Sink:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


# -- SQLite --------------------------------------------------------------------------------------

_SQL_TYPES = {
    "sim_id": "INTEGER NOT NULL",
    "endpoint_id": "INTEGER NOT NULL",
    "period": "TEXT",
    "traffic_type": "TEXT",
    "traffic_type_id": "INTEGER",
    "month": "TEXT",
    "date": "TEXT",
    "volume": "REAL",
    "volume_rx": "REAL",
    "volume_tx": "REAL",
    "unit": "TEXT",
    "cost": "TEXT",
    "currency": "TEXT",
    "last_updated": "TEXT",
    "stats_id": "INTEGER",
    "error": "TEXT",
}


def _sql_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


class SQLiteSink(_Sink):
    """Upserts results into an SQLite file by their natural key (see the module docs).

    ``kind`` is ``"monthly"`` or ``"daily"``; ``id_column`` ``"sim_id"`` or, for daily
    endpoint statistics, ``"endpoint_id"``. ``resume=True`` keeps the ids the last run wrote
    (:meth:`done_ids`); otherwise that record starts afresh (the rows stay: they are
    upserted). Raises :class:`SinkError` for a file that is not an SQLite database.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        kind: Kind = "monthly",
        id_column: str = "sim_id",
        *,
        resume: bool = False,
    ) -> None:
        self.kind = kind
        self.id_column = id_column
        self.path = Path(path)
        self.table = table_name(kind, id_column)
        self.columns = _columns(kind, id_column)
        self.written = 0
        time_key = "month" if kind == "monthly" else "date"
        self._key = f"{id_column}, IFNULL({time_key}, ''), IFNULL(traffic_type_id, 0)"
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None)
        except sqlite3.Error as exc:
            raise SinkError(f"{self.path}: cannot open it as an SQLite database ({exc})") from None
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._create()
            if not resume:
                self._db.execute("DELETE FROM emnify_progress WHERE tbl = ?", (self.table,))
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise SinkError(f"{self.path}: not an SQLite database this can write ({exc})") from None
        names = ", ".join(self.columns)
        marks = ", ".join("?" for _ in self.columns)
        updates = ", ".join(f"{c} = excluded.{c}" for c in (*self.columns[1:], "fetched_at"))
        self._upsert = (
            f"INSERT INTO {self.table} ({names}, fetched_at) VALUES ({marks}, ?) "
            f"ON CONFLICT ({self._key}) DO UPDATE SET {updates}"
        )
        self._drop_blank = f"DELETE FROM {self.table} WHERE {id_column} = ? AND {time_key} IS NULL"

    def _create(self) -> None:
        columns = ",\n  ".join(f"{c} {_SQL_TYPES[c]}" for c in self.columns)
        self._db.execute(
            f"CREATE TABLE IF NOT EXISTS {self.table} (\n  {columns},\n  fetched_at TEXT NOT NULL\n)"
        )
        self._db.execute(
            f"CREATE UNIQUE INDEX IF NOT EXISTS {self.table}_key ON {self.table} ({self._key})"
        )
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS emnify_progress ("
            "tbl TEXT NOT NULL, id INTEGER NOT NULL, ok INTEGER NOT NULL, "
            "PRIMARY KEY (tbl, id))"
        )

    def done_ids(self, *, include_failed: bool = False) -> set[int]:
        """The ids the last run wrote (without the failed ones unless ``include_failed``)."""
        query = "SELECT id FROM emnify_progress WHERE tbl = ?" + (
            "" if include_failed else " AND ok = 1"
        )
        return {row[0] for row in self._db.execute(query, (self.table,)) if type(row[0]) is int}

    def write(self, result: Any) -> None:
        """Upsert one result's rows and commit."""
        rows = typed_rows(result, self.kind)
        ident = rows[0][0]
        has_records = rows[0][1] is not None  # a period (or day), not a blank or error row
        ok = getattr(result, "error", None) is None
        stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
        db = self._db
        try:
            db.execute("BEGIN")
            try:
                if has_records:
                    db.execute(self._drop_blank, (ident,))
                db.executemany(
                    self._upsert, [(*(_sql_value(v) for v in row), stamp) for row in rows]
                )
                db.execute(
                    "INSERT INTO emnify_progress (tbl, id, ok) VALUES (?, ?, ?) "
                    "ON CONFLICT (tbl, id) DO UPDATE SET ok = excluded.ok",
                    (self.table, ident, int(ok)),
                )
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
        except sqlite3.Error as exc:  # disk full, the file locked by another writer, ...
            raise SinkError(f"{self.path}: {exc}") from None
        self.written += 1

    def close(self) -> None:
        """Close the database (everything is committed already)."""
        self._db.close()


# -- Parquet -------------------------------------------------------------------------------------


def _fits(value: Decimal) -> bool:
    """Whether a cost is exact in decimal128(COST_PRECISION, COST_SCALE)."""
    exponent = value.as_tuple().exponent
    if not isinstance(exponent, int):  # NaN, infinity (the parser never gives them)
        return False
    if exponent < -COST_SCALE and value != value.quantize(Decimal(1).scaleb(-COST_SCALE)):
        return False
    return value == 0 or value.adjusted() < COST_PRECISION - COST_SCALE


#: rows per row group of the merged file (parts smaller than this are coalesced)
_ROW_GROUP = 16 * 1024


class ParquetSink(_Sink):
    """Writes results to a Parquet file in whole parts, merged when closed (see the module
    docs). ``batch`` results (or ``interval`` seconds) make a part. Needs pyarrow (extra
    ``parquet``); raises :class:`SinkError` when resuming into a file of another kind."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        kind: Kind = "monthly",
        id_column: str = "sim_id",
        *,
        resume: bool = False,
        batch: int = 1000,
        interval: float = 5.0,
    ) -> None:
        self._pa = require("pyarrow", "parquet")
        self._pq = require("pyarrow.parquet", "parquet")
        self.kind = kind
        self.id_column = id_column
        self.path = Path(path)
        self.parts = self.path.with_name(self.path.name + ".parts")
        self.schema: pyarrow.Schema = arrow_schema(kind, id_column)
        self.written = 0
        self._batch = batch
        self._interval = interval
        self._rows: list[tuple[Any, ...]] = []
        self._pending = 0
        self._last_flush = time.monotonic()
        self._closed = False
        if resume:
            for source in self._sources():
                self._check_schema(source)
        else:
            self.path.unlink(missing_ok=True)
            shutil.rmtree(self.parts, ignore_errors=True)
        self.parts.mkdir(exist_ok=True)
        self._next_part = 1 + max((int(p.stem) for p in self._part_files()), default=0)

    # -- reading back ---------------------------------------------------------------------

    def _part_files(self) -> list[Path]:
        if not self.parts.is_dir():
            return []
        return sorted(p for p in self.parts.glob("*.parquet") if p.stem.isdigit())

    def _sources(self) -> list[Path]:
        return ([self.path] if self.path.exists() else []) + self._part_files()

    def _check_schema(self, source: Path) -> None:
        try:
            schema = self._pq.read_schema(source)
        except (OSError, self._pa.ArrowInvalid) as exc:
            raise SinkError(f"{source}: not a readable Parquet file ({exc})") from None
        if schema.names != self.schema.names:
            raise SinkError(
                f"{source} holds other columns ({', '.join(schema.names[:3])}, ...): "
                "resume only into the output of the same command"
            )

    def done_ids(self, *, include_failed: bool = False) -> set[int]:
        """The ids in the file and its parts (without the failed ones unless
        ``include_failed``)."""
        done: set[int] = set()
        for source in self._sources():
            table = self._pq.read_table(source, columns=[self.id_column, "error"])
            ids = table.column(self.id_column).to_pylist()
            errors = table.column("error").to_pylist()
            done.update(
                i
                for i, e in zip(ids, errors, strict=True)
                if i is not None and (include_failed or e is None)
            )
        return done

    # -- writing --------------------------------------------------------------------------

    def write(self, result: Any) -> None:
        """Buffer one result's rows; a full batch (or an old one) is written as a part."""
        if self._closed:
            raise ValueError("the sink is closed")
        rows = typed_rows(result, self.kind)
        cost = self.schema.names.index("cost")
        for row in rows:  # refuse here what Arrow would refuse for the whole batch
            value = row[cost]
            if value is not None and not _fits(value):
                raise SinkError(
                    f"{self.path}: the cost {value} of {row[0]} does not fit the column's "
                    f"decimal128({COST_PRECISION}, {COST_SCALE}) exactly"
                )
        self._rows.extend(rows)
        self._pending += 1
        self.written += 1
        if self._pending >= self._batch or time.monotonic() - self._last_flush >= self._interval:
            self.flush()

    def _arrow(self, rows: list[tuple[Any, ...]]) -> pyarrow.Table:
        from emnify.stats.table import _arrow_table

        return _arrow_table(rows, self.kind, self.id_column)

    def flush(self) -> None:
        """Write the buffered results as one whole part file."""
        self._last_flush = time.monotonic()
        if not self._pending:
            return
        try:
            table = self._arrow(self._rows)
        except ValueError as exc:  # a cost Arrow's decimal type cannot hold exactly
            raise SinkError(f"{self.path}: {exc}") from None
        final = self.parts / f"{self._next_part:06d}.parquet"
        temporary = final.with_suffix(".tmp")
        self._pq.write_table(table, temporary)
        os.replace(temporary, final)
        self._next_part += 1
        self._rows.clear()
        self._pending = 0

    def close(self) -> None:
        """Write the last part and merge everything into the file (idempotent)."""
        if self._closed:
            return
        self._closed = True
        self.flush()
        sources = self._sources()
        temporary = self.path.with_name(self.path.name + ".tmp")
        writer = self._pq.ParquetWriter(temporary, self.schema)
        try:
            pending: list[pyarrow.RecordBatch] = []
            size = 0
            for source in sources:
                for batch in self._pq.ParquetFile(source).iter_batches(batch_size=_ROW_GROUP):
                    pending.append(batch)
                    size += batch.num_rows
                    if size >= _ROW_GROUP:
                        writer.write_table(self._pa.Table.from_batches(pending, self.schema))
                        pending, size = [], 0
            if pending or not sources:
                writer.write_table(self._pa.Table.from_batches(pending, self.schema))
        finally:
            writer.close()
        os.replace(temporary, self.path)
        shutil.rmtree(self.parts, ignore_errors=True)
