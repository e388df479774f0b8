"""`emnify stats` as data: Parquet and SQLite outputs (idempotent upserts, resumable, valid
after an interruption), daily statistics (--daily --from --to, --endpoints), and one-line
errors for every new option. Against the simulator on 127.0.0.1, in child processes."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from contextlib import closing
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from emnify.stats.export import COLUMNS
from emnify.stats.table import DAILY_COLUMNS
from emnify.testing import DEFAULT_APPLICATION_TOKEN, SimulatorConfig, SimulatorServer
from tests.test_cli import emnify, one_line_error, server_args

pytestmark = pytest.mark.integration
SimulatorFactory = Callable[..., SimulatorServer]
NOW = datetime(2024, 5, 17, 9, 30, 15, tzinfo=timezone.utc)
STATS_ROUTE = "GET /api/v1/sim/{sim_id}/stats"
DAILY_ROUTE = "GET /api/v1/sim/{sim_id}/stats/daily"
ENDPOINT_DAILY_ROUTE = "GET /api/v1/endpoint/{endpoint_id}/stats/daily"


@pytest.fixture
def pinned(simulator_factory: SimulatorFactory) -> SimulatorServer:
    """60 SIMs, no limits, the statistics clock pinned (two runs see the same figures)."""
    return simulator_factory(SimulatorConfig(sims=60, rate_limits="none", clock=lambda: NOW))


def sqlite_rows(path: Path, table: str = "sim_stats") -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as db:
        columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
        keep = [c for c in columns if c != "fetched_at"]
        return sorted(db.execute(f"SELECT {', '.join(keep)} FROM {table}").fetchall(), key=repr)


def test_sqlite_upserts_so_a_repeated_run_gives_the_same_table(
    pinned: SimulatorServer, tmp_path: Path
) -> None:
    out = tmp_path / "fleet.db"
    ids = [*map(str, pinned.fleet.sim_ids), "987654321"]
    args = ["stats", *ids, "-f", "sqlite", "-o", str(out), "-q", *server_args(pinned)]
    first = emnify(*args)
    assert first.returncode == 3, first.stderr  # the unknown SIM failed, in its row
    rows = sqlite_rows(out)
    again = emnify(*args)
    assert again.returncode == 3, again.stderr
    assert sqlite_rows(out) == rows  # not twice the rows

    with closing(sqlite3.connect(out)) as db:
        db.row_factory = sqlite3.Row
        columns = [r[1] for r in db.execute("PRAGMA table_info(sim_stats)")]
        assert columns == [*COLUMNS, "fetched_at"]
        by_sim = Counter(r["sim_id"] for r in db.execute("SELECT sim_id FROM sim_stats"))
        assert set(by_sim) == {*pinned.fleet.sim_ids, 987654321}
        failed = db.execute("SELECT * FROM sim_stats WHERE sim_id = 987654321").fetchall()
        assert len(failed) == 1 and "NotFoundError" in failed[0]["error"]
        for sim_id in pinned.fleet.sim_ids:
            body = pinned.fleet.stats_for(sim_id, NOW)[0]
            records = [r for p in ("current_month", "last_month") for r in body.get(p, {}).values()]
            assert by_sim[sim_id] == max(len(records), 1)  # no traffic: one row
            for record in records:
                (cost,) = db.execute(
                    "SELECT cost FROM sim_stats WHERE stats_id = ?", (record["id"],)
                ).fetchone()
                assert Decimal(cost) == Decimal(repr(record["cost"]))  # exact, as text
        totals = pinned.fleet.totals(NOW, period="current_month")
        for currency, cost in totals.cost.items():
            costs = db.execute(
                "SELECT cost FROM sim_stats WHERE period = 'current_month' AND traffic_type_id = 5"
                " AND currency = ?",
                (currency,),
            ).fetchall()
            assert sum((Decimal(c) for (c,) in costs), Decimal(0)) == cost


def test_sqlite_keeps_earlier_months_when_the_month_rolls_over(
    simulator_factory: SimulatorFactory, tmp_path: Path
) -> None:
    out = tmp_path / "nightly.db"
    when = {"now": datetime(2024, 4, 30, 23, 0, tzinfo=timezone.utc)}
    server = simulator_factory(
        SimulatorConfig(sims=30, rate_limits="none", clock=lambda: when["now"])
    )
    ids = [str(i) for i in server.fleet.sim_ids]
    args = ["stats", *ids, "-f", "sqlite", "-o", str(out), "-q", *server_args(server)]
    assert emnify(*args).returncode == 0
    when["now"] = datetime(2024, 5, 1, 23, 0, tzinfo=timezone.utc)
    assert emnify(*args).returncode == 0
    with closing(sqlite3.connect(out)) as db:
        months = dict(
            db.execute("SELECT month, COUNT(DISTINCT period) FROM sim_stats GROUP BY month")
        )
        periods = dict(db.execute("SELECT month, MAX(period) FROM sim_stats GROUP BY month"))
    assert set(months) >= {"2024-03-01", "2024-04-01", "2024-05-01"}
    assert periods["2024-04-01"] == "last_month"  # April's records, updated in May
    assert periods["2024-03-01"] == "last_month"  # March stays from the April run


def test_parquet_file_with_a_sim_id_column(pinned: SimulatorServer, tmp_path: Path) -> None:
    out = tmp_path / "fleet.parquet"
    ids = [str(i) for i in pinned.fleet.sim_ids[:40]]
    proc = emnify("stats", *ids, "-f", "parquet", "-o", str(out), "-q", *server_args(pinned))
    assert proc.returncode == 0, proc.stderr
    table = pq.read_table(out)
    assert table.column_names == list(COLUMNS)
    assert str(table.schema.field("cost").type) == "decimal128(38, 18)"
    assert set(table.column("sim_id").to_pylist()) == {int(i) for i in ids}
    assert not (tmp_path / "fleet.parquet.parts").exists()
    frame = table.to_pandas()
    truth = pinned.fleet.totals(NOW, period="last_month", sim_ids=[int(i) for i in ids])
    mine = frame[(frame.period == "last_month") & (frame.traffic_type_id == 5)]
    assert len(mine) == truth.records
    for currency, cost in truth.cost.items():
        assert sum(mine[mine.currency == currency].cost) == cost


def test_daily_statistics_in_every_format(pinned: SimulatorServer, tmp_path: Path) -> None:
    sims = pinned.fleet.sim_ids[:8]
    endpoints = pinned.fleet.endpoint_ids[:8]
    span = ["--daily", "--from", "2024-04-28", "--to", "2024-05-03"]
    days = [date(2024, 4, 28) + (date(2024, 4, 29) - date(2024, 4, 28)) * n for n in range(6)]

    csv_out = emnify("stats", *map(str, sims), *span, "-f", "csv", "-q", *server_args(pinned))
    assert csv_out.returncode == 0, csv_out.stderr
    rows = list(csv.DictReader(io.StringIO(csv_out.stdout)))
    assert tuple(rows[0]) == DAILY_COLUMNS
    for sim_id in sims:
        truth = pinned.fleet.daily_stats_for(sim_id, days[0], days[-1])
        mine = [r for r in rows if int(r["sim_id"]) == sim_id]
        expected = [(d["date"], k) for d in truth for k in ("data", "sms") if k in d]
        assert [(r["date"], r["traffic_type"]) for r in mine] == expected or (
            not expected and len(mine) == 1 and mine[0]["date"] == ""
        )
        for row in mine:
            if row["date"]:
                record = next(d for d in truth if d["date"] == row["date"])[row["traffic_type"]]
                assert Decimal(row["cost"]) == Decimal(repr(record["cost"]))

    jsonl = tmp_path / "daily.jsonl"
    proc = emnify(
        "stats", *map(str, endpoints), *span, "--endpoints", "-f", "jsonl", "-o", str(jsonl),
        "-q", *server_args(pinned),
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    objects = [json.loads(line) for line in jsonl.read_text().splitlines()]
    assert sorted(o["endpoint_id"] for o in objects) == sorted(endpoints)
    assert all([d["date"] for d in o["days"]] == [d.isoformat() for d in days] for o in objects)

    db = tmp_path / "daily.db"
    args = ["stats", *map(str, sims), *span, "-f", "sqlite", "-o", str(db), "-q"]
    assert emnify(*args, *server_args(pinned)).returncode == 0
    once = sqlite_rows(db, "sim_daily_stats")
    assert emnify(*args, *server_args(pinned)).returncode == 0
    assert sqlite_rows(db, "sim_daily_stats") == once

    parquet = tmp_path / "daily.parquet"
    proc = emnify(
        "stats", *map(str, endpoints), *span, "--endpoints", "-f", "parquet", "-o", str(parquet),
        "-q", *server_args(pinned),
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    table = pq.read_table(parquet)
    assert table.column_names == ["endpoint_id", *DAILY_COLUMNS[1:]]
    assert set(table.column("endpoint_id").to_pylist()) == set(endpoints)

    summary = emnify("stats", *map(str, sims), *span, *server_args(pinned))
    assert summary.returncode == 0, summary.stderr
    assert "days fetched" in summary.stdout and "Top consumers over the days" in summary.stderr


def test_daily_csv_resume_after_a_write_cut_short(pinned: SimulatorServer, tmp_path: Path) -> None:
    endpoints = list(map(str, pinned.fleet.endpoint_ids[:20]))
    args = ["--daily", "--endpoints", "--from", "2024-04-28", "--to", "2024-05-03", "-f", "csv"]
    out = tmp_path / "daily.csv"
    first = emnify("stats", *endpoints[:10], *args, "-o", str(out), "-q", *server_args(pinned))
    assert first.returncode == 0, first.stderr
    # killed in the middle of a write: the last whole endpoint's rows go with the half line
    # (the write may have been the rest of them) and are fetched again
    written = out.read_bytes()
    out.write_bytes(written + written.splitlines()[-1][:10])
    assert pinned.wait_idle()
    before = pinned.counters.requests_by_route.get(ENDPOINT_DAILY_ROUTE, 0)

    resumed = emnify("stats", *endpoints, *args, "-o", str(out), "--resume", *server_args(pinned))
    assert resumed.returncode == 0, resumed.stderr
    assert "resumed: 9 endpoints" in resumed.stderr
    assert pinned.wait_idle()
    assert pinned.counters.requests_by_route.get(ENDPOINT_DAILY_ROUTE, 0) - before == 11
    # the file is what one whole run writes (in another order: the endpoints finish as they do)
    whole = emnify("stats", *endpoints, *args, "-q", *server_args(pinned))
    assert whole.returncode == 0, whole.stderr
    rows = list(csv.reader(out.read_text(encoding="utf-8").splitlines()))
    expected = list(csv.reader(whole.stdout.splitlines()))
    assert rows[0] == expected[0] == ["endpoint_id", *DAILY_COLUMNS[1:]]
    assert sorted(rows[1:]) == sorted(expected[1:])


def test_daily_all_endpoints(pinned: SimulatorServer, tmp_path: Path) -> None:
    out = tmp_path / "all.parquet"
    proc = emnify(
        "stats", "--all", "--endpoints", "--daily", "-f", "parquet", "-o", str(out), "-q",
        *server_args(pinned),
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert set(pq.read_table(out).column("endpoint_id").to_pylist()) == set(
        pinned.fleet.endpoint_ids
    )


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["-f", "parquet"], "--format parquet needs --out FILE"),
        (["-f", "sqlite"], "--format sqlite needs --out FILE"),
        (["--from", "2024-01-01"], "--from and --to need --daily"),
        (["--daily", "--from", "2024-13-01"], "'2024-13-01' does not match the format"),
        (["--daily", "--to", "yesterday"], "'yesterday' does not match"),
        (["--daily", "--from", "2024-03-02", "--to", "2024-03-01"], "must not be after --to"),
        (["--endpoints"], "--endpoints needs --daily"),
        (
            ["--resume", "-f", "table", "-o", "x"],
            "--resume needs --out FILE and --format jsonl, csv, parquet or sqlite",
        ),
        (["-f", "arrow"], "'arrow' is not one of"),
    ],
)
def test_bad_data_options_are_one_line(args: list[str], needle: str) -> None:
    proc = emnify("stats", "1", *args, "--application-token", "t")
    assert proc.returncode == 2, proc.stderr
    assert needle in one_line_error(proc)


def test_unusable_output_files_are_one_line(pinned: SimulatorServer, tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_text("this is no database\n" * 100)
    proc = emnify("stats", "1000", "-f", "sqlite", "-o", str(junk), *server_args(pinned))
    assert proc.returncode == 1
    assert "not an SQLite database" in one_line_error(proc)
    missing = str(tmp_path / "no" / "x.db")
    proc = emnify("stats", "1000", "-f", "sqlite", "-o", missing, *server_args(pinned))
    assert proc.returncode == 1
    assert "cannot open it as an SQLite database" in one_line_error(proc)

    monthly = tmp_path / "monthly.parquet"
    ok = emnify("stats", "1000", "-f", "parquet", "-o", str(monthly), "-q", *server_args(pinned))
    assert ok.returncode == 0, ok.stderr
    proc = emnify(
        "stats", "1000", "--daily", "-f", "parquet", "-o", str(monthly), "--resume",
        *server_args(pinned),
    )  # fmt: skip
    assert proc.returncode == 1
    assert "resume only into the output of the same command" in one_line_error(proc)
    monthly_csv = tmp_path / "monthly.csv"
    ok = emnify("stats", "1000", "-f", "csv", "-o", str(monthly_csv), "-q", *server_args(pinned))
    assert ok.returncode == 0, ok.stderr
    kept = monthly_csv.read_bytes()
    proc = emnify(
        "stats", "1000", "--daily", "-f", "csv", "-o", str(monthly_csv), "--resume",
        *server_args(pinned),
    )  # fmt: skip
    assert proc.returncode == 1
    assert "resume only into the output of the same command" in one_line_error(proc)
    assert monthly_csv.read_bytes() == kept
    proc = emnify("stats", "1000", "-f", "parquet", "-o", str(tmp_path / "no" / "x.parquet"),
                  *server_args(pinned))  # fmt: skip
    assert proc.returncode == 1
    one_line_error(proc)


# -- interrupted runs ----------------------------------------------------------------------------

N = 80


def start(server: SimulatorServer, ids: list[int], *args: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EMNIFY_")}
    argv = [sys.executable, "-m", "emnify.cli", "stats", *map(str, ids), *args]
    argv += ["--base-url", server.base_url, "--application-token", DEFAULT_APPLICATION_TOKEN]
    argv += ["--concurrency", "4", "--quiet"]
    return subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )


def wait_until(check: Callable[[], bool], process: subprocess.Popen[str]) -> None:
    """Poll until `check()` holds (a hang guard: the run is paced at 10 SIMs a second)."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if check():
            return
        if process.poll() is not None:
            pytest.fail(f"the run ended early ({process.returncode}): {process.stderr.read()}")  # type: ignore[union-attr]
        time.sleep(0.02)
    pytest.fail("the run made no progress")


def progress_rows(path: Path) -> int:
    if not path.exists():
        return 0
    try:
        with closing(sqlite3.connect(path, timeout=5)) as db:
            return int(db.execute("SELECT COUNT(*) FROM emnify_progress").fetchone()[0])
    except sqlite3.OperationalError:  # the table is not there yet
        return 0


def stats_requests(server: SimulatorServer) -> int:
    assert server.wait_idle()
    return server.counters.requests_by_route.get(STATS_ROUTE, 0) - server.counters.rate_limited


def stop(process: subprocess.Popen[str], signum: signal.Signals) -> str:
    try:
        process.send_signal(signum)
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    return stderr


@pytest.mark.parametrize(
    ("output_format", "signum", "status"),
    [
        ("sqlite", signal.SIGINT, 130),
        ("sqlite", signal.SIGTERM, 143),
        ("sqlite", signal.SIGKILL, -9),
        ("parquet", signal.SIGINT, 130),
        ("parquet", signal.SIGKILL, -9),
    ],
)
def test_a_stopped_run_stays_valid_and_resume_fetches_the_rest(
    simulator_factory: SimulatorFactory,
    tmp_path: Path,
    output_format: str,
    signum: signal.Signals,
    status: int,
) -> None:
    server = simulator_factory(SimulatorConfig(sims=N, rate_limits="emnify"))
    ids = list(server.fleet.sim_ids)
    out = tmp_path / f"fleet.{output_format}"
    parts = tmp_path / "fleet.parquet.parts"
    args = ["-f", output_format, "-o", str(out)]

    process = start(server, ids, *args)
    if output_format == "sqlite":
        wait_until(lambda: progress_rows(out) >= 10, process)
    else:  # a part is written every 5 s (a hard kill loses at most the results since)
        wait_until(lambda: any(parts.glob("*.parquet")) or signum != signal.SIGKILL, process)
        wait_until(lambda: server.counters.requests_by_route.get(STATS_ROUTE, 0) >= 10, process)
    stderr = stop(process, signum)
    assert process.returncode == status, stderr
    assert "Traceback" not in stderr
    if signum != signal.SIGKILL:
        assert stderr.strip().splitlines()[-1].startswith(f"emnify: interrupted by {signum.name}")
        assert "--resume" in stderr

    # what was written is valid and holds each SIM at most once
    if output_format == "sqlite":
        with closing(sqlite3.connect(out)) as db:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            written = [r[0] for r in db.execute("SELECT id FROM emnify_progress")]
            assert {r[0] for r in db.execute("SELECT sim_id FROM sim_stats")} == set(written)
    elif signum == signal.SIGKILL:
        assert not out.exists()
        written = ds.dataset(parts, format="parquet").to_table().column("sim_id").to_pylist()
    else:
        assert not parts.exists()
        written = pq.read_table(out).column("sim_id").to_pylist()
    first = set(written)
    assert 1 <= len(first) < N and first <= set(ids)

    before = stats_requests(server)
    resumed = start(server, ids, *args, "--resume")
    _, stderr = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, stderr
    assert stats_requests(server) - before == N - len(first)  # exactly the missing SIMs
    if output_format == "sqlite":
        with closing(sqlite3.connect(out)) as db:
            final = {r[0] for r in db.execute("SELECT sim_id FROM sim_stats")}
            progress = [r[0] for r in db.execute("SELECT id FROM emnify_progress")]
        assert final == set(ids) and Counter(progress) == Counter(ids)
    else:
        table = pq.read_table(out)
        per_sim = Counter(table.column("sim_id").to_pylist())
        assert set(per_sim) == set(ids)
        # every SIM's rows once: as many rows as its records (at least one)
        for sim_id, count in per_sim.items():
            body = server.fleet.stats_for(sim_id, datetime.now(timezone.utc))[0]
            records = sum(len(body.get(p, {})) for p in ("current_month", "last_month"))
            assert count == max(records, 1)
        assert not parts.exists()
