"""CSV/JSONL export and the resume helper."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from emnify.bulk import BulkResult, InvalidSimIdError
from emnify.errors import NotFoundError
from emnify.stats import SimStats, parse_sim_stats
from emnify.stats.export import (
    COLUMNS,
    iter_rows,
    read_done_ids,
    stats_to_json,
    trim_partial_line,
    write_csv,
    write_jsonl,
)

NOW = datetime(2024, 3, 9, 0, 1, 30, tzinfo=timezone.utc)

BODY = """[{
  "current_month": {
    "data": {"sim_id": 123456, "month": "2024-03-01T00:00:00.000Z", "volume": 12.5,
             "volume_tx": 2.25, "volume_rx": 10.25, "traffic_type_id": 5,
             "traffic_type": {"id": 5, "description": "Data", "unit": "MB"},
             "cost": 6.10483935123456789, "currency_id": 1,
             "currency": {"id": 1, "code": "EUR", "symbol": "E"},
             "last_updated": "2024-03-08T10:15:42.000Z", "id": 1234562024035}
  },
  "last_month": {
    "sms": {"sim_id": 123456, "month": "2024-02-01", "volume": 3, "volume_tx": 2,
            "volume_rx": 1, "traffic_type_id": 6,
            "traffic_type": {"id": 6, "description": "SMS", "unit": "SMS"},
            "currency": {"code": "EUR"}, "id": 1234562024026}
  },
  "last_hour": {"data": {"rx": [["23:59", 0.5], ["00:00", 1]], "tx": []}}
}]"""


def stats() -> SimStats:
    return parse_sim_stats(json.loads(BODY, parse_float=Decimal), now=NOW)


def results() -> list[Any]:
    return [
        BulkResult(123456, stats()),
        BulkResult(7, parse_sim_stats([], sim_id=7)),
        BulkResult(8, error=NotFoundError("SIM not found", status_code=404)),
        BulkResult("abc", error=InvalidSimIdError("abc")),
    ]


EXPECTED_ROWS = [
    {
        "sim_id": 123456,
        "period": "current_month",
        "traffic_type": "data",
        "traffic_type_id": 5,
        "month": "2024-03-01",
        "volume": 12.5,
        "volume_rx": 10.25,
        "volume_tx": 2.25,
        "unit": "MB",
        "cost": "6.10483935123456789",
        "currency": "EUR",
        "last_updated": "2024-03-08T10:15:42+00:00",
        "stats_id": 1234562024035,
        "error": None,
    },
    {
        "sim_id": 123456,
        "period": "last_month",
        "traffic_type": "sms",
        "traffic_type_id": 6,
        "month": "2024-02-01",
        "volume": 3.0,
        "volume_rx": 1.0,
        "volume_tx": 2.0,
        "unit": "SMS",
        "cost": None,
        "currency": "EUR",
        "last_updated": None,
        "stats_id": 1234562024026,
        "error": None,
    },
    {**dict.fromkeys(COLUMNS), "sim_id": 7},
    {**dict.fromkeys(COLUMNS), "sim_id": 8, "error": "NotFoundError: HTTP 404: SIM not found"},
    {**dict.fromkeys(COLUMNS), "sim_id": "abc", "error": "InvalidSimIdError: not a SIM id: 'abc'"},
]


def test_columns_are_the_documented_ones() -> None:
    assert COLUMNS == (
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


def test_rows() -> None:
    rows = list(iter_rows(results()))
    assert rows == EXPECTED_ROWS
    assert all(list(r) == list(COLUMNS) for r in rows)


def test_rows_of_plain_stats() -> None:
    assert list(iter_rows([stats()])) == EXPECTED_ROWS[:2]


def test_csv_to_an_open_file() -> None:
    buf = io.StringIO(newline="")
    assert write_csv(results(), buf) == 5
    buf.seek(0)
    lines = list(csv.reader(buf))
    assert lines[0] == list(COLUMNS)
    as_text = [["" if v is None else str(v) for v in row.values()] for row in EXPECTED_ROWS]
    assert lines[1:] == as_text
    assert lines[1][COLUMNS.index("cost")] == "6.10483935123456789"


def test_csv_to_a_path_without_header(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    assert write_csv([stats()], target, header=False) == 2
    raw = target.read_bytes()
    assert not raw.startswith(b"sim_id")
    assert raw.count(b"\r\n") == 2 and raw.count(b"\n") == 2  # csv line endings, not doubled
    assert write_csv([], str(target)) == 0
    assert target.read_bytes() == ",".join(COLUMNS).encode() + b"\r\n"


def test_jsonl_rows(tmp_path: Path) -> None:
    target = tmp_path / "rows.jsonl"
    assert write_jsonl(results(), target) == 5
    lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert lines == EXPECTED_ROWS


def test_stats_to_json() -> None:
    obj = stats_to_json(stats())
    assert json.loads(json.dumps(obj)) == obj  # JSON-safe as is
    assert obj["sim_id"] == 123456
    assert "endpoint_id" not in obj
    assert obj["current_month"]["sms"] is None
    data = obj["current_month"]["data"]
    assert data["cost"] == "6.10483935123456789"
    assert data["month"] == "2024-03-01"
    assert data["stats_id"] == 1234562024035
    assert data["description"] == "Data"
    assert obj["last_month"]["data"] is None
    assert obj["last_month"]["sms"]["volume"] == 3.0
    assert obj["last_hour"] == {
        "data": {
            "rx": [["2024-03-08T23:59:00+00:00", 0.5], ["2024-03-09T00:00:00+00:00", 1.0]],
            "tx": [],
        },
        "sms": None,
    }
    assert "last_hour" not in stats_to_json(stats(), include_last_hour=False)


def test_stats_to_json_endpoint_id() -> None:
    s = dataclasses.replace(parse_sim_stats([]), endpoint_id=5)
    assert stats_to_json(s)["endpoint_id"] == 5


def test_jsonl_sims_layout(tmp_path: Path) -> None:
    target = tmp_path / "sims.jsonl"
    with target.open("w", encoding="utf-8") as fh:
        assert write_jsonl(results(), fh, layout="sims", include_last_hour=False) == 4
    lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert lines[0] == {**stats_to_json(stats(), include_last_hour=False), "error": None}
    assert lines[1]["sim_id"] == 7 and lines[1]["current_month"] == {"data": None, "sms": None}
    assert lines[2] == {"sim_id": 8, "error": "NotFoundError: HTTP 404: SIM not found"}
    assert lines[3] == {"sim_id": "abc", "error": "InvalidSimIdError: not a SIM id: 'abc'"}


def test_jsonl_rejects_unknown_layout() -> None:
    with pytest.raises(ValueError):
        write_jsonl([], io.StringIO(), layout="wide")  # type: ignore[arg-type]


def test_items_must_be_stats_or_results() -> None:
    with pytest.raises(TypeError):
        list(iter_rows([42]))  # type: ignore[list-item]


@pytest.mark.parametrize("layout", ["rows", "sims"])
def test_read_done_ids_round_trip(tmp_path: Path, layout: str) -> None:
    target = tmp_path / "out.jsonl"
    write_jsonl(results(), target, layout=layout)  # type: ignore[arg-type]
    assert read_done_ids(target) == {123456, 7}
    assert read_done_ids(target, include_failed=True) == {123456, 7, 8}


def test_read_done_ids_tolerates_a_truncated_last_line(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text('{"sim_id": 1, "error": null}\n\n{"sim_id": 2}\n{"sim_id": 3, "err', "utf-8")
    assert read_done_ids(target) == {1, 2}


def test_read_done_ids_counts_a_complete_last_line_without_newline(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text('{"sim_id": 1}\n{"sim_id": 2}', "utf-8")
    assert read_done_ids(target) == {1, 2}


def test_read_done_ids_rejects_corruption_in_the_middle(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text('{"sim_id": 1}\n{"sim_id": 2\n{"sim_id": 3}\n', "utf-8")
    with pytest.raises(ValueError, match=":2:"):
        read_done_ids(target)
    target.write_text('{"sim_id": 1}\n[1, 2]\n', "utf-8")
    with pytest.raises(ValueError, match=":2:"):
        read_done_ids(target)


def test_read_done_ids_missing_file(tmp_path: Path) -> None:
    assert read_done_ids(tmp_path / "nope.jsonl") == set()


def test_read_done_ids_ignores_non_integer_ids(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text('{"sim_id": "12"}\n{"sim_id": true}\n{"x": 1}\n{"sim_id": 4}\n', "utf-8")
    assert read_done_ids(target) == {4}


def test_trim_partial_line(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_bytes(b'{"sim_id": 1}\n{"sim_id": 2}\n{"sim_')
    assert trim_partial_line(target) == len(b'{"sim_')
    assert target.read_bytes() == b'{"sim_id": 1}\n{"sim_id": 2}\n'
    assert trim_partial_line(target) == 0
    target.write_bytes(b"x" * 200_000)  # no newline at all: everything goes
    assert trim_partial_line(target) == 200_000
    assert target.read_bytes() == b""
    assert trim_partial_line(target) == 0
    assert trim_partial_line(tmp_path / "missing") == 0
    target.write_bytes(b"a\n" + b"y" * 100_000)  # newline in an earlier block
    assert trim_partial_line(target) == 100_000
    assert target.read_bytes() == b"a\n"


def test_resume_flow_append_after_trim(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text('{"sim_id": 1, "error": null}\n{"sim_id": 2, "er', "utf-8")
    done = read_done_ids(target)
    trim_partial_line(target)
    with target.open("a", encoding="utf-8") as fh:
        write_jsonl([parse_sim_stats([], sim_id=2)], fh, layout="sims")
    assert done == {1}
    assert read_done_ids(target) == {1, 2}
