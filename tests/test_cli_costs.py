"""Costs in the CLI's tables and summaries keep their significant digits (0.00186 EUR is not
0.00 EUR); CSV and JSONL keep the exact decimal as it is."""

from __future__ import annotations

import io
import json
from datetime import datetime, timezone
from decimal import Decimal

import pytest
from rich.console import Console

from emnify.bulk import BulkResult
from emnify.cli._money import format_cost
from emnify.cli._render import print_summary, sims_table
from emnify.stats import FleetSummary, parse_sim_stats_json
from emnify.stats.export import write_csv, write_jsonl


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("0.00186", "0.00186"),
        ("0.001860", "0.00186"),
        ("12.5", "12.50"),
        ("3.1300", "3.13"),
        ("0", "0.00"),
        ("0E-8", "0.00"),
        ("1E+3", "1,000.00"),
        ("1234567.891", "1,234,567.891"),
        ("-0.5", "-0.50"),
        ("0.123456789012345678", "0.123456789012345678"),
    ],
)
def test_format_cost_keeps_significant_digits(value: str, shown: str) -> None:
    assert format_cost(Decimal(value)) == shown


def _result(cost: str) -> BulkResult:
    body = (
        '[{"current_month": {"data": {"month": "2026-11-01", "volume": 0.02, "volume_rx": 0.01,'
        ' "volume_tx": 0.01, "cost": ' + cost + ', "currency": {"id": 1, "code": "EUR"}}}}]'
    )
    now = datetime(2026, 11, 20, tzinfo=timezone.utc)
    return BulkResult(1000, parse_sim_stats_json(body.encode(), now=now, sim_id=1000))


def _render(renderable: object) -> str:
    console = Console(file=io.StringIO(), width=200, color_system=None)
    console.print(renderable)
    assert isinstance(console.file, io.StringIO)
    return console.file.getvalue()


def test_table_and_summary_show_a_fraction_of_a_cent() -> None:
    result = _result("0.00186")
    assert "0.00186 EUR" in _render(sims_table([result]))
    summary = FleetSummary(top=3)
    summary.add(result)
    console = Console(file=io.StringIO(), width=200, color_system=None)
    print_summary(console, summary)
    assert isinstance(console.file, io.StringIO)
    text = console.file.getvalue()
    assert "0.00186" in text
    assert " 0.00 " not in text


def test_exports_keep_the_exact_decimal() -> None:
    result = _result("0.001860000000000001")
    csv_text, jsonl_text = io.StringIO(), io.StringIO()
    write_csv([result], csv_text)
    write_jsonl([result], jsonl_text, layout="sims")
    assert "0.001860000000000001" in csv_text.getvalue()
    line = json.loads(jsonl_text.getvalue())
    assert line["current_month"]["data"]["cost"] == "0.001860000000000001"
