"""A fleet report: one self-contained HTML page with charts, from stats rows.

:func:`load_rows` reads what ``emnify stats`` wrote (Parquet, SQLite, JSONL or CSV, monthly
or daily); :func:`render_report` draws, with plotly (extra ``report``), its JavaScript inlined
so the page needs no network:

* volume per month (or day) and traffic type -- data in MB, SMS in messages;
* cost per month (or day), traffic type and currency (amounts in different currencies are
  never added up);
* the top consumers of the latest month (or of the whole range of daily statistics): by data
  volume, and by cost in each currency;
* the distribution of cost per SIM in that month, per currency;

above a table of the exact totals (decimal sums, not floats) and the counts of SIMs with and
without traffic and failed. ``emnify report`` is the command; ``build_report(rows)`` gives the
HTML as a string.
"""

from __future__ import annotations

import csv
import html
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

from emnify.stats.table import StatsTable, require

__all__ = [
    "ReportInputError",
    "ReportRow",
    "build_report",
    "load_rows",
    "rows_from_results",
    "rows_from_table",
    "write_report",
]

_TYPES = {"data": "Data", "sms": "SMS"}
_COLORS = {"data": "#2b6cb0", "sms": "#dd6b20"}
_CURRENCY_COLORS = ("#2f855a", "#6b46c1", "#c53030", "#2c7a7b", "#b7791f")
TOP = 15


@dataclass(frozen=True, slots=True)
class ReportRow:
    """One usage record (or one SIM's blank or error row) as the report reads it."""

    sim_id: Any
    #: the first day of the month, or the day, the record covers (None: a blank/error row)
    when: date | None
    traffic_type: str | None
    volume: float
    unit: str | None
    cost: Decimal | None
    currency: str | None
    error: str | None
    #: the record covers one day (daily statistics), not a month
    daily: bool = False


class ReportInputError(ValueError):
    """A file ``emnify report`` cannot read; the message says why."""


def _dec(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, Decimal) else Decimal(str(value))


def _day(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _row(raw: Mapping[str, Any]) -> ReportRow:
    ident = raw.get("sim_id", raw.get("endpoint_id"))
    if isinstance(ident, str) and ident.isdigit():
        ident = int(ident)
    volume = raw.get("volume")
    return ReportRow(
        sim_id=ident,
        when=_day(raw.get("month", raw.get("date"))),
        traffic_type=raw.get("traffic_type") or None,
        volume=float(volume) if volume not in (None, "") else 0.0,
        unit=raw.get("unit") or None,
        cost=_dec(raw.get("cost")),
        currency=raw.get("currency") or None,
        error=raw.get("error") or None,
        daily="date" in raw and "month" not in raw,
    )


def rows_from_results(results: Iterable[Any]) -> list[ReportRow]:
    """Report rows of bulk results (``BulkResult`` of ``SimStats`` or ``DailyStats``)."""
    from emnify.stats.table import StatsTable

    return rows_from_table(StatsTable.from_results(results))


def rows_from_table(table: StatsTable) -> list[ReportRow]:
    """Report rows of a :class:`~emnify.stats.table.StatsTable`."""
    return [_row(r) for r in table.rows()]


def _jsonl_rows(path: Path) -> Iterator[ReportRow]:
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError:
                if not line.endswith("\n"):
                    break  # a last line cut short
                raise ReportInputError(f"{path}:{number}: not valid JSON") from None
            if not isinstance(obj, dict):
                raise ReportInputError(f"{path}:{number}: expected a JSON object")
            ident = obj.get("sim_id", obj.get("endpoint_id"))
            records: list[dict[str, Any]] = []
            if "days" in obj:
                for day in obj.get("days") or ():
                    for kind in ("data", "sms"):
                        if day.get(kind):
                            records.append({**day[kind], "date": day["date"]})
            elif "period" in obj:  # the flat row layout
                if obj.get("traffic_type"):
                    records.append(obj)
            else:
                for period in ("current_month", "last_month"):
                    for kind in ("data", "sms"):
                        record = (obj.get(period) or {}).get(kind)
                        if record:
                            records.append(record)
            if not records:
                yield _row({"sim_id": ident, "error": obj.get("error")})
            for record in records:
                yield _row({**record, "sim_id": ident, "error": None})


def load_rows(path: str | Path) -> list[ReportRow]:
    """The rows of a file ``emnify stats`` wrote: ``.parquet``, ``.db``/``.sqlite``
    (``sim_stats``, else a daily table), ``.jsonl`` or ``.csv``, judged by its first bytes
    rather than its name. Raises :class:`ReportInputError` for anything else."""
    path = Path(path)
    with path.open("rb") as fh:
        head = fh.read(16)
    if head.startswith(b"PAR1"):
        pq = require("pyarrow.parquet", "parquet")
        return [_row(r) for r in pq.read_table(path).to_pylist()]
    if head.startswith(b"SQLite format 3"):
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            db.row_factory = sqlite3.Row
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            for table in ("sim_stats", "sim_daily_stats", "endpoint_daily_stats"):
                if table in tables:
                    return [_row(dict(r)) for r in db.execute(f"SELECT * FROM {table}")]
        raise ReportInputError(f"{path}: no table of emnify statistics in this database")
    if head.lstrip().startswith(b"{"):
        return list(_jsonl_rows(path))
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames is None or not (
            {"sim_id", "endpoint_id"} & set(reader.fieldnames) and "cost" in reader.fieldnames
        ):
            raise ReportInputError(
                f"{path}: not a statistics file of 'emnify stats' (parquet, sqlite, jsonl, csv)"
            )
        return [_row(r) for r in reader]


# -- aggregation ---------------------------------------------------------------------------------


@dataclass
class _Figures:
    daily: bool
    buckets: list[date]
    volume: dict[str, dict[date, float]]
    cost: dict[tuple[str, str], dict[date, Decimal]]
    #: per-SIM totals in the focus period
    focus_label: str
    sim_data: dict[Any, float]
    sim_cost: dict[str, dict[Any, Decimal]]
    sims: int
    with_traffic: int
    failed: int
    totals: list[tuple[str, str, str | None, int, float, str | None, Decimal | None]]


def _aggregate(rows: list[ReportRow]) -> _Figures:
    daily = any(r.daily for r in rows)
    buckets = sorted({r.when for r in rows if r.when is not None})
    volume: dict[str, dict[date, float]] = defaultdict(lambda: defaultdict(float))
    cost: dict[tuple[str, str], dict[date, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    failed: set[Any] = set()
    traffic: set[Any] = set()
    sims: set[Any] = set()
    for r in rows:
        sims.add(r.sim_id)
        if r.error:
            failed.add(r.sim_id)
        if r.when is None or r.traffic_type is None:
            continue
        if r.volume:
            traffic.add(r.sim_id)
        volume[r.traffic_type][r.when] += r.volume
        if r.cost is not None and r.currency:
            cost[(r.traffic_type, r.currency)][r.when] += r.cost
    if daily or not buckets:
        focus = set(buckets)
        focus_label = (
            f"{buckets[0]:%d %b %Y} to {buckets[-1]:%d %b %Y}" if buckets else "no traffic"
        )
    else:
        focus = {buckets[-1]}
        focus_label = f"{buckets[-1]:%B %Y}"
    sim_data: dict[Any, float] = defaultdict(float)
    sim_cost: dict[str, dict[Any, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    for r in rows:
        if r.when not in focus or r.traffic_type is None:
            continue
        if r.traffic_type == "data":
            sim_data[r.sim_id] += r.volume
        if r.cost is not None and r.currency:
            sim_cost[r.currency][r.sim_id] += r.cost
    totals = []
    keys = sorted(
        {(r.traffic_type, r.unit, r.currency) for r in rows if r.when in focus and r.traffic_type}
    )
    for traffic_type, unit, currency in keys:
        selected = [
            r
            for r in rows
            if r.when in focus
            and (r.traffic_type, r.unit, r.currency) == (traffic_type, unit, currency)
        ]
        priced = [r.cost for r in selected if r.cost is not None]
        totals.append(
            (
                focus_label,
                _TYPES.get(str(traffic_type), str(traffic_type)),
                unit,
                len({r.sim_id for r in selected}),
                sum(r.volume for r in selected),
                currency,
                sum(priced, Decimal(0)) if priced else None,
            )
        )
    return _Figures(
        daily=daily,
        buckets=buckets,
        volume=volume,
        cost=cost,
        focus_label=focus_label,
        sim_data=sim_data,
        sim_cost=sim_cost,
        sims=len(sims),
        with_traffic=len(traffic),
        failed=len(failed),
        totals=totals,
    )


# -- drawing -------------------------------------------------------------------------------------


def _label(day: date, daily: bool) -> str:
    return day.isoformat() if daily else f"{day:%Y-%m}"


def _figures(fig: _Figures) -> list[tuple[str, str, Any]]:
    """``(id, title, plotly figure)`` of every chart."""
    go = require("plotly.graph_objects", "report")
    subplots = require("plotly.subplots", "report")
    layout = {
        "template": "plotly_white",
        "margin": {"l": 60, "r": 20, "t": 50, "b": 50},
        "height": 380,
        "legend": {"orientation": "h", "y": -0.2},
    }
    charts: list[tuple[str, str, Any]] = []
    x = [_label(b, fig.daily) for b in fig.buckets]
    per = "day" if fig.daily else "month"

    volume = subplots.make_subplots(
        rows=1, cols=2, subplot_titles=("Data (MB)", "SMS (messages)"), horizontal_spacing=0.12
    )
    for col, kind in ((1, "data"), (2, "sms")):
        amounts = fig.volume.get(kind, {})
        volume.add_trace(
            go.Bar(
                x=x,
                y=[amounts.get(b, 0.0) for b in fig.buckets],
                name=_TYPES[kind],
                marker_color=_COLORS[kind],
                hovertemplate="%{x}: %{y:,.2f}<extra>" + _TYPES[kind] + "</extra>",
            ),
            row=1,
            col=col,
        )
    volume.update_layout(title=f"Volume per {per} and traffic type", showlegend=False, **layout)
    volume.update_xaxes(type="date" if fig.daily else "category")
    charts.append(("volume", f"Volume per {per}", volume))

    cost = go.Figure()
    for (kind, currency), series in sorted(fig.cost.items()):
        cost.add_trace(
            go.Bar(
                x=x,
                y=[float(series.get(b, Decimal(0))) for b in fig.buckets],
                name=f"{_TYPES.get(kind, kind)} ({currency})",
                offsetgroup=currency,
                marker_color=_COLORS.get(kind),
                marker_pattern_shape="" if currency == _main_currency(fig) else "/",
                hovertemplate="%{x}: %{y:,.2f} " + currency + "<extra>%{fullData.name}</extra>",
            )
        )
    cost.update_layout(
        title=f"Cost per {per}, traffic type and currency",
        barmode="stack",
        yaxis_title="cost",
        xaxis_type="date" if fig.daily else "category",
        **layout,
    )
    charts.append(("cost", f"Cost per {per}", cost))

    top = sorted(fig.sim_data.items(), key=lambda kv: (-kv[1], str(kv[0])))[:TOP]
    consumers = go.Figure(
        go.Bar(
            y=[f"SIM {sim}" for sim, _ in reversed(top)],
            x=[volume for _, volume in reversed(top)],
            orientation="h",
            marker_color=_COLORS["data"],
            hovertemplate="%{y}: %{x:,.2f} MB<extra></extra>",
        )
    )
    consumers.update_layout(
        title=f"Top {len(top)} SIMs by data volume, {fig.focus_label}",
        xaxis_title="MB",
        **{**layout, "height": max(320, 60 + 24 * len(top))},
    )
    charts.append(("top-data", "Top consumers by data", consumers))

    for index, (currency, per_sim) in enumerate(sorted(fig.sim_cost.items())):
        color = _CURRENCY_COLORS[index % len(_CURRENCY_COLORS)]
        ranked = sorted(per_sim.items(), key=lambda kv: (-kv[1], str(kv[0])))[:TOP]
        chart = go.Figure(
            go.Bar(
                y=[f"SIM {sim}" for sim, _ in reversed(ranked)],
                x=[float(c) for _, c in reversed(ranked)],
                orientation="h",
                marker_color=color,
                hovertemplate="%{y}: %{x:,.4f} " + currency + "<extra></extra>",
            )
        )
        chart.update_layout(
            title=f"Top {len(ranked)} SIMs by cost ({currency}), {fig.focus_label}",
            xaxis_title=currency,
            **{**layout, "height": max(320, 60 + 24 * len(ranked))},
        )
        charts.append((f"top-cost-{currency.lower()}", f"Top consumers ({currency})", chart))

    spread = go.Figure()
    for index, (currency, per_sim) in enumerate(sorted(fig.sim_cost.items())):
        spread.add_trace(
            go.Histogram(
                x=[float(c) for c in per_sim.values()],
                name=currency,
                opacity=0.75,
                nbinsx=30,
                marker_color=_CURRENCY_COLORS[index % len(_CURRENCY_COLORS)],
                hovertemplate="%{x}: %{y} SIMs<extra>" + currency + "</extra>",
            )
        )
    spread.update_layout(
        title=f"Cost per SIM, {fig.focus_label}",
        barmode="overlay",
        xaxis_title="cost per SIM",
        yaxis_title="SIMs",
        **layout,
    )
    charts.append(("cost-distribution", "Cost per SIM", spread))
    return charts


def _main_currency(fig: _Figures) -> str | None:
    if not fig.sim_cost:
        return None
    return max(fig.sim_cost, key=lambda c: (len(fig.sim_cost[c]), c))


_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0;
       background: #f7fafc; color: #1a202c; }
header { background: #1a365d; color: white; padding: 20px 32px; }
header h1 { margin: 0 0 4px; font-size: 24px; }
header p { margin: 0; opacity: 0.8; }
main { padding: 24px 32px; display: grid; grid-template-columns: repeat(auto-fit, minmax(560px, 1fr));
       gap: 20px; }
section { background: white; border-radius: 8px; box-shadow: 0 1px 3px rgba(0,0,0,.12);
          padding: 12px; }
.cards { display: flex; gap: 16px; flex-wrap: wrap; }
.card { background: #edf2f7; border-radius: 6px; padding: 10px 16px; min-width: 120px; }
.card b { display: block; font-size: 22px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: right; padding: 4px 8px; border-bottom: 1px solid #e2e8f0; }
th:first-child, td:first-child, th:nth-child(2), td:nth-child(2) { text-align: left; }
"""


def build_report(rows: list[ReportRow], *, title: str = "emnify fleet report") -> str:
    """The report page as a string (plotly.js inlined: no network needed)."""
    pio = require("plotly.io", "report")
    fig = _aggregate(rows)
    charts = _figures(fig)
    parts = []
    for index, (chart_id, _, figure) in enumerate(charts):
        parts.append(
            '<section class="chart">'
            + pio.to_html(
                figure,
                include_plotlyjs=index == 0,
                full_html=False,
                div_id=f"chart-{chart_id}",
                config={"displaylogo": False, "responsive": True, "displayModeBar": False},
            )
            + "</section>"
        )
    totals = "".join(
        "<tr>"
        + "".join(
            f"<td>{html.escape(cell)}</td>"
            for cell in (
                period,
                kind,
                f"{sims:,}",
                f"{volume:,.3f} {unit or ''}",
                "-" if cost is None else f"{cost:,.4f} {currency}",
            )
        )
        + "</tr>"
        for period, kind, unit, sims, volume, currency, cost in fig.totals
    )
    made = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    span = (
        f"{_label(fig.buckets[0], fig.daily)} to {_label(fig.buckets[-1], fig.daily)}"
        if fig.buckets
        else "no traffic"
    )
    cards = "".join(
        f'<div class="card">{html.escape(name)}<b>{value:,}</b></div>'
        for name, value in (
            ("SIMs", fig.sims),
            ("with traffic", fig.with_traffic),
            ("without traffic", fig.sims - fig.with_traffic - fig.failed),
            ("failed", fig.failed),
        )
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}</title><style>{_CSS}</style></head>
<body>
<header><h1>{html.escape(title)}</h1><p>{html.escape(span)} &middot; made {made}</p></header>
<main>
<section class="summary"><div class="cards">{cards}</div>
<h3>Totals, {html.escape(fig.focus_label)} (exact)</h3>
<table><thead><tr><th>period</th><th>traffic</th><th>SIMs</th><th>volume</th><th>cost</th></tr></thead>
<tbody>{totals}</tbody></table></section>
{"".join(parts)}
</main></body></html>
"""


def write_report(
    rows: list[ReportRow], path: str | Path, *, title: str = "emnify fleet report"
) -> int:
    """Write :func:`build_report` to `path` (written beside and renamed); returns the size."""
    text = build_report(rows, title=title)
    target = Path(path)
    temporary = target.with_name(target.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(target)
    return len(text)
