"""The SQLite and Parquet sinks on their own: upserts by natural key, what a stop leaves,
resuming, and one clear error for files they cannot use."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from emnify.bulk import BulkResult
from emnify.errors import NotFoundError
from emnify.stats import parse_sim_stats_json
from emnify.stats.daily import parse_daily_stats_json
from emnify.stats.sinks import ParquetSink, SinkError, SQLiteSink

NOW = datetime(2024, 5, 17, 9, 30, tzinfo=timezone.utc)


def monthly(sim_id: int, cost: str = "0.5", month: str = "2024-05-01") -> BulkResult[Any]:
    body = (
        f'[{{"current_month": {{"data": {{"month": "{month}", "volume": 1, "volume_rx": 1,'
        f' "volume_tx": 0, "cost": {cost}, "currency": {{"code": "EUR"}}}}}}}}]'
    ).encode()
    return BulkResult(sim_id, parse_sim_stats_json(body, now=NOW, sim_id=sim_id))


def empty(sim_id: int) -> BulkResult[Any]:
    return BulkResult(sim_id, parse_sim_stats_json(b"[]", now=NOW, sim_id=sim_id))


def failed(sim_id: int) -> BulkResult[Any]:
    return BulkResult(sim_id, error=NotFoundError("no such SIM", status_code=404))


def rows(path: Path, table: str = "sim_stats") -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(path)) as db:
        return db.execute(
            f"SELECT sim_id, month, traffic_type_id, cost, error FROM {table} ORDER BY 1, 2"
        ).fetchall()


def test_sqlite_upserts_and_keeps_one_row_for_a_sim_without_records(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with SQLiteSink(db) as sink:
        sink.write_all(
            [
                monthly(1),
                empty(2),
                failed(3),
                BulkResult("x", error=NotFoundError("?", status_code=404)),
            ]
        )
    first = rows(db)
    assert [r[0] for r in first] == [1, 2, 3, "x"]
    with SQLiteSink(db) as sink:  # the same run again
        sink.write_all([monthly(1), empty(2), failed(3)])
        assert sink.done_ids() == {1, 2} and sink.done_ids(include_failed=True) == {1, 2, 3}
    assert rows(db) == first
    with SQLiteSink(db) as sink:  # SIM 2 gets traffic, SIM 1's cost is corrected
        sink.write_all([monthly(1, "0.75"), monthly(2), monthly(3, month="2024-04-01")])
    after = rows(db)
    assert (1, "2024-05-01", 5, "0.75", None) in after
    assert (2, None, None, None, None) not in after  # the blank row went with the records
    assert [r for r in after if r[0] == 3] == [(3, "2024-04-01", 5, "0.5", None)]
    with SQLiteSink(db) as sink:  # a failure tonight keeps the history, adds the error row
        sink.write(failed(1))
    assert [r[3] for r in rows(db) if r[0] == 1] == [None, "0.75"]


def test_sqlite_daily_tables(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    body = b'[{"date": "2024-03-01", "sms": {"volume": 2, "volume_rx": 1, "volume_tx": 1, "cost": 0.2}}]'
    with SQLiteSink(db, "daily", "endpoint_id") as sink:
        for _ in range(2):
            sink.write(BulkResult(7, parse_daily_stats_json(body, endpoint_id=7)))
    with closing(sqlite3.connect(db)) as con:
        assert con.execute(
            "SELECT endpoint_id, date, traffic_type, cost FROM endpoint_daily_stats"
        ).fetchall() == [(7, "2024-03-01", "sms", "0.2")]


def test_sqlite_refuses_what_it_cannot_write(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"no database here\n" * 64)
    with pytest.raises(SinkError, match="not an SQLite database"):
        SQLiteSink(junk)
    with pytest.raises(SinkError, match="cannot open"):
        SQLiteSink(tmp_path / "missing" / "x.db")


def test_parquet_parts_merge_and_resume(tmp_path: Path) -> None:
    out = tmp_path / "f.parquet"
    parts = tmp_path / "f.parquet.parts"
    sink = ParquetSink(out, batch=2)
    sink.write_all([monthly(1), empty(2), failed(3)])
    assert sorted(p.name for p in parts.iterdir()) == ["000001.parquet"]  # a whole part per batch
    assert not out.exists()
    # a run killed here: the parts are readable, and a resumed run carries on from them
    resumed = ParquetSink(out, resume=True, batch=2)
    assert resumed.done_ids() == {1, 2} and resumed.done_ids(include_failed=True) == {1, 2}
    resumed.write_all([failed(3), monthly(4, "0.123456789012345678")])
    resumed.close()
    resumed.close()  # idempotent
    assert not parts.exists()
    table = pq.read_table(out)
    assert table.column("sim_id").to_pylist() == [1, 2, 3, 4]
    assert table.column("cost").to_pylist()[-1] == Decimal("0.123456789012345678")
    # resuming from a finished file keeps it and adds to it
    with ParquetSink(out, resume=True) as again:
        assert again.done_ids() == {1, 2, 4}
        again.write(monthly(3))
    assert sorted(pq.read_table(out).column("sim_id").to_pylist()) == [1, 2, 3, 3, 4]
    # without resume, the file starts afresh at once
    with ParquetSink(out) as fresh:
        assert not out.exists()
        fresh.write(monthly(9))
    assert pq.read_table(out).column("sim_id").to_pylist() == [9]


def test_parquet_refusals(tmp_path: Path) -> None:
    out = tmp_path / "m.parquet"
    with ParquetSink(out) as sink:
        sink.write(monthly(1))
    with pytest.raises(SinkError, match="same command"):
        ParquetSink(out, "daily", resume=True)
    (tmp_path / "bad.parquet").write_text("not parquet")
    with pytest.raises(SinkError, match="not a readable Parquet file"):
        ParquetSink(tmp_path / "bad.parquet", resume=True)
    sink = ParquetSink(tmp_path / "p.parquet", batch=1)
    with pytest.raises(SinkError, match="does not fit"):
        sink.write(monthly(1, "0.1234567890123456789"))
    sink.write(monthly(2, "0.1000000000000000000000"))  # trailing zeros are exact
    sink.close()
    assert pq.read_table(tmp_path / "p.parquet").column("sim_id").to_pylist() == [2]
    with pytest.raises(ValueError, match="closed"):
        sink.write(monthly(2))
