"""StatsTable: bulk results as typed rows, Arrow, pandas and polars frames with exact costs."""

from __future__ import annotations

import sys
from datetime import date, datetime, timezone
from decimal import Decimal
from typing import Any

import pandas as pd
import polars as pl
import pyarrow as pa
import pytest

from emnify import EmnifyClient
from emnify.bulk import BulkResult
from emnify.errors import ConfigurationError, NotFoundError
from emnify.stats import parse_sim_stats_json
from emnify.stats.daily import parse_daily_stats_json
from emnify.stats.export import COLUMNS, iter_rows
from emnify.stats.table import DAILY_COLUMNS, StatsTable, collect, require
from emnify.testing import DEFAULT_APPLICATION_TOKEN, SimulatorConfig, serve_simulator_async

NOW = datetime(2026, 11, 27, 0, 10, tzinfo=timezone.utc)
BODY = (
    b'[{"current_month": {"data": {"month": "2026-11-01", "volume": 1.5, "volume_rx": 1,'
    b' "volume_tx": 0.5, "cost": 0.123456789012345678, "currency": {"code": "EUR"},'
    b' "id": 10002026115}, "sms": {"month": "2026-11-01", "volume": 2, "volume_rx": 1,'
    b' "volume_tx": 1, "cost": 0.1}},'
    b' "last_month": {"data": {"month": "2026-10-01", "volume": 3, "volume_rx": 2,'
    b' "volume_tx": 1, "last_updated": "2026-11-01T03:00:00.000Z"}}}]'
)


def results() -> list[BulkResult[Any]]:
    return [
        BulkResult(1000, parse_sim_stats_json(BODY, now=NOW, sim_id=1000)),
        BulkResult(1001, parse_sim_stats_json(b"[]", now=NOW, sim_id=1001)),
        BulkResult(1002, error=NotFoundError("no such SIM", status_code=404)),
        BulkResult("x7", error=ConfigurationError("not a SIM id: 'x7'")),
    ]


def test_rows_follow_the_csv_export() -> None:
    table = StatsTable.from_results(results())
    assert table.kind == "monthly" and table.columns == COLUMNS
    assert len(table) == 6 and table.results == 4
    exported = list(iter_rows(results()))
    for typed, flat in zip(table.rows(), exported, strict=True):
        assert typed.keys() == flat.keys()
        assert typed["sim_id"] == flat["sim_id"] and typed["error"] == flat["error"]
        if typed["cost"] is not None:
            assert format(typed["cost"], "f") == flat["cost"]
    first = next(table.rows())
    assert first["month"] == date(2026, 11, 1)
    assert first["cost"] == Decimal("0.123456789012345678")
    assert table.column("stats_id")[0] == 10002026115
    with pytest.raises(KeyError):
        table.column("nope")


def test_arrow_pandas_and_polars_keep_costs_exact() -> None:
    table = StatsTable.from_results(results())
    arrow = table.to_arrow()
    assert arrow.schema.field("cost").type == pa.decimal128(38, 18)
    assert arrow.schema.field("month").type == pa.date32()
    assert arrow.schema.field("last_updated").type == pa.timestamp("us", tz="UTC")
    assert arrow.column("sim_id").to_pylist() == [1000, 1000, 1000, 1001, 1002, None]
    assert arrow.column("error").to_pylist()[-1] == "ConfigurationError: not a SIM id: 'x7'"

    frame = table.to_pandas()
    assert list(frame.columns) == list(COLUMNS)
    assert str(frame["cost"].dtype) == "decimal128(38, 18)[pyarrow]"
    assert frame["cost"].sum() == Decimal("0.223456789012345678")
    assert frame.loc[0, "cost"] == Decimal("0.123456789012345678")

    polars = table.to_polars()
    assert polars.columns == list(COLUMNS)
    assert polars.schema["cost"] == pl.Decimal(38, 18)
    assert polars["cost"].sum() == Decimal("0.223456789012345678")
    assert polars.filter(pl.col("sim_id") == 1001).height == 1  # no traffic: one row


def test_a_cost_arrow_cannot_hold_exactly_is_refused() -> None:
    body = BODY.replace(b"0.123456789012345678", b"0.1234567890123456789")
    table = StatsTable.from_results([parse_sim_stats_json(body, now=NOW, sim_id=1)])
    with pytest.raises(ValueError, match="does not fit"):
        table.to_arrow()


def test_daily_tables() -> None:
    body = (
        b'[{"date": "2024-03-02", "data": {"volume": 1, "volume_rx": 1, "volume_tx": 0,'
        b' "cost": 0.5, "currency": {"code": "USD"}}}]'
    )
    stats = parse_daily_stats_json(body, endpoint_id=7)
    table = StatsTable.from_results(
        [BulkResult(7, stats), BulkResult(8, error=NotFoundError("gone", status_code=404))]
    )
    assert table.kind == "daily" and table.id_column == "endpoint_id"
    assert table.columns == ("endpoint_id", *DAILY_COLUMNS[1:])
    frame = table.to_pandas()
    assert frame["endpoint_id"].tolist() == [7, 8]
    assert frame.loc[0, "date"] == date(2024, 3, 2) and frame.loc[0, "cost"] == Decimal("0.5")
    with pytest.raises(TypeError):
        StatsTable("monthly").add(BulkResult(7, stats))
    with pytest.raises(ConfigurationError):
        StatsTable("weekly")  # type: ignore[arg-type]
    assert StatsTable.from_results([]).to_arrow().num_rows == 0


@pytest.mark.parametrize(
    ("module", "method", "extra"),
    [
        ("pandas", "to_pandas", "pandas"),
        ("polars", "to_polars", "polars"),
        ("pyarrow", "to_arrow", "arrow"),
    ],
)
def test_a_missing_library_names_its_extra(
    monkeypatch: pytest.MonkeyPatch, module: str, method: str, extra: str
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # import fails
    table = StatsTable.from_results(results())
    with pytest.raises(ConfigurationError) as caught:
        getattr(table, method)()
    assert str(caught.value) == f"{module} is not installed: pip install 'emnify-async[{extra}]'"
    with pytest.raises(ConfigurationError, match=r"\[report\]"):
        require("plotly_missing_for_test", "report")


@pytest.mark.anyio
@pytest.mark.integration
async def test_collect_a_bulk_run_from_the_simulator() -> None:
    config = SimulatorConfig(sims=60, rate_limits="none", clock=lambda: NOW)
    async with serve_simulator_async(config) as server:
        async with EmnifyClient(
            DEFAULT_APPLICATION_TOKEN, base_url=server.base_url, rate_limits=None
        ) as client:
            ids = [*server.fleet.sim_ids, 1]
            async with client.bulk_sim_stats(ids) as run:
                table = await collect(run)
            async with client.bulk_daily_stats(ids[:10], "2026-11-01", "2026-11-27") as run:
                daily = await collect(run)
    assert table.results == 61 and daily.results == 10
    frame = table.to_polars()
    assert set(frame["sim_id"].to_list()) == {*server.fleet.sim_ids, 1}
    for period in ("current_month", "last_month"):
        for kind, type_id in (("data", 5), ("sms", 6)):
            truth = server.fleet.totals(NOW, period=period, traffic_type_id=type_id)  # type: ignore[arg-type]
            mine = frame.filter((pl.col("period") == period) & (pl.col("traffic_type") == kind))
            assert mine.height == truth.records
            for currency, cost in truth.cost.items():
                assert mine.filter(pl.col("currency") == currency)["cost"].sum() == cost
    # the days of November so far add up to November's figures
    days = daily.to_pandas()
    months = table.to_pandas()
    november = months[(months["period"] == "current_month") & months["sim_id"].isin(ids[:10])]
    assert days["cost"].sum() == november["cost"].sum()
    assert pd.api.types.is_float_dtype(days["volume"].dtype) or "double" in str(
        days["volume"].dtype
    )
