"""Rich tables for the CLI: per-SIM rows and the fleet summary."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from rich.console import Console, Group
from rich.table import Table

from emnify.bulk import BulkResult
from emnify.stats import FleetSummary

from ._money import format_cost

_PERIOD = {
    "current_month": "this month",
    "last_month": "last month",
    "last_hour": "last hour",
    "days": "days fetched",
}
_TRAFFIC = {5: "data", 6: "SMS"}


def _money(value: Decimal) -> str:
    return format_cost(value)  # 0.00186 stays 0.00186 (not 0.00)


def sims_table(results: list[BulkResult[Any]]) -> Table:
    """One row per SIM: this month's data, SMS and cost, or the error."""
    table = Table(title="SIM statistics", show_lines=False)
    for name, justify in (
        ("SIM", "right"),
        ("data this month (MB)", "right"),
        ("SMS this month", "right"),
        ("cost this month", "right"),
        ("error", "left"),
    ):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for result in sorted(results, key=lambda r: str(r.sim_id).zfill(20)):
        if result.stats is None:
            table.add_row(str(result.sim_id), "", "", "", str(result.error or ""))
            continue
        month = result.stats.current_month
        data = month.data if month else None
        sms = month.sms if month else None
        costs: dict[str, Decimal] = {}
        for usage in (data, sms):
            if usage is not None and usage.cost is not None:
                key = usage.currency or "?"
                costs[key] = costs.get(key, Decimal(0)) + usage.cost
        table.add_row(
            str(result.sim_id),
            f"{data.volume:,.3f}" if data else "-",
            f"{sms.volume:,.0f}" if sms else "-",
            ", ".join(f"{_money(v)} {k}" for k, v in sorted(costs.items())) or "-",
            "",
        )
    return table


def summary_tables(summary: FleetSummary) -> Group:
    """Fleet totals per period, traffic type and currency, then the top consumers."""
    head = Table(title="Fleet summary", show_header=False)
    head.add_column("what")
    head.add_column("count", justify="right")
    head.add_row("SIMs", f"{summary.sims:,}")
    head.add_row("with traffic", f"{summary.with_traffic:,}")
    head.add_row("without traffic", f"{summary.without_traffic:,}")
    head.add_row("failed", f"{summary.failed:,}")
    for name, count in sorted(summary.errors.items()):
        head.add_row(f"  {name}", f"{count:,}")

    totals = Table(title="Totals")
    for name, justify in (
        ("period", "left"),
        ("traffic", "left"),
        ("currency", "left"),
        ("SIMs", "right"),
        ("volume", "right"),
        ("cost", "right"),
    ):
        totals.add_column(name, justify=justify, no_wrap=True)  # type: ignore[arg-type]
    for row in summary.rows():
        digits = 0 if row.unit == "SMS" else 1
        totals.add_row(
            _PERIOD.get(row.period, row.period),
            _TRAFFIC.get(row.traffic_type_id, str(row.traffic_type_id)),
            row.currency or "-",
            f"{row.sims:,}",
            f"{row.volume:,.{digits}f} {row.unit}",
            _money(row.cost) if row.currency else "-",
        )

    top = Table(title=getattr(summary, "top_title", "Top consumers this month"))
    top.add_column("rank", justify="right")
    top.add_column("SIM (data)", justify="right")
    top.add_column("MB", justify="right")
    rankings = summary.top_cost
    for currency in sorted(rankings, key=lambda c: c or ""):
        top.add_column(f"SIM (cost {currency or '?'})", justify="right")
        top.add_column(currency or "?", justify="right")
    depth = max([len(summary.top_data), *(len(r) for r in rankings.values())], default=0)
    for i in range(depth):
        cells = [str(i + 1)]
        data = summary.top_data[i] if i < len(summary.top_data) else None
        cells += [str(data.sim_id), f"{float(data.value):,.3f}"] if data else ["", ""]
        for currency in sorted(rankings, key=lambda c: c or ""):
            ranking = rankings[currency]
            entry = ranking[i] if i < len(ranking) else None
            cells += [str(entry.sim_id), _money(Decimal(entry.value))] if entry else ["", ""]
        top.add_row(*cells)
    return Group(head, totals, top)


def print_summary(console: Console, summary: FleetSummary) -> None:
    console.print(summary_tables(summary))


def daily_table(results: list[BulkResult[Any]], key: str = "sim_id") -> Table:
    """One row per SIM (or endpoint): data, SMS and cost over the days fetched, or the error."""
    title = "Endpoint statistics" if key == "endpoint_id" else "SIM statistics"
    table = Table(title=f"{title}, days fetched", show_lines=False)
    for name, justify in (
        ("endpoint" if key == "endpoint_id" else "SIM", "right"),
        ("days", "right"),
        ("data (MB)", "right"),
        ("SMS", "right"),
        ("cost", "right"),
        ("error", "left"),
    ):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for result in sorted(results, key=lambda r: str(r.sim_id).zfill(20)):
        stats = result.stats
        if stats is None:
            table.add_row(str(result.sim_id), "", "", "", "", str(result.error or ""))
            continue
        data = sms = 0.0
        costs: dict[str, Decimal] = {}
        for usage in stats.usages():
            if usage.kind == "data":
                data += usage.volume
            else:
                sms += usage.volume
            if usage.cost is not None:
                code = usage.currency or "?"
                costs[code] = costs.get(code, Decimal(0)) + usage.cost
        table.add_row(
            str(result.sim_id),
            str(len(stats.days)),
            f"{data:,.3f}",
            f"{sms:,.0f}",
            ", ".join(f"{_money(v)} {k}" for k, v in sorted(costs.items())) or "-",
            "",
        )
    return table
