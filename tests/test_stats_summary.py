"""Fleet summaries: exact totals per (period, traffic type, currency), counts, rankings,
streaming."""

from __future__ import annotations

import gc
import json
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from emnify.bulk import BulkResult
from emnify.errors import NotFoundError, ServerError
from emnify.stats import FleetSummary, SimStats, parse_sim_stats, summarize

NOW = datetime(2024, 3, 8, 12, 0, tzinfo=timezone.utc)


@dataclass
class Sim:
    """Test input for one SIM, as JSON number literals."""

    sim_id: int
    data: tuple[str, str, str, str] | None = None  # rx, tx, cost, currency (current month)
    sms: tuple[str, str, str, str] | None = None
    last_data: tuple[str, str, str, str] | None = None  # last month


def _rec(sim_id: int, kind: str, month: int, fields: tuple[str, str, str, str]) -> str:
    rx, tx, cost, currency = fields
    type_id, unit = (5, "MB") if kind == "data" else (6, "SMS")
    volume = str(Decimal(rx) + Decimal(tx))
    cost_part = "" if cost == "" else f', "cost": {cost}'
    return (
        f'{{"sim_id": {sim_id}, "month": "2024-{month:02d}-01", "volume": {volume}, '
        f'"volume_rx": {rx}, "volume_tx": {tx}, "traffic_type_id": {type_id}, '
        f'"traffic_type": {{"id": {type_id}, "unit": "{unit}"}}{cost_part}, '
        f'"currency": {{"code": "{currency}"}}}}'
    )


def body(sim: Sim) -> str:
    current = []
    if sim.data:
        current.append(f'"data": {_rec(sim.sim_id, "data", 3, sim.data)}')
    if sim.sms:
        current.append(f'"sms": {_rec(sim.sim_id, "sms", 3, sim.sms)}')
    parts = []
    if current:
        parts.append(f'"current_month": {{{", ".join(current)}}}')
    if sim.last_data:
        parts.append(f'"last_month": {{"data": {_rec(sim.sim_id, "data", 2, sim.last_data)}}}')
    return f"[{{{', '.join(parts)}}}]"


def stats_of(sim: Sim) -> SimStats:
    return parse_sim_stats(json.loads(body(sim), parse_float=Decimal), now=NOW, sim_id=sim.sim_id)


amount = st.decimals(min_value=0, max_value=10**6, places=6, allow_nan=False).map(str)
cost = st.one_of(st.just(""), st.decimals(min_value=0, max_value=10**4, places=8).map(str))
currency = st.sampled_from(["EUR", "USD"])
usage = st.tuples(amount, amount, cost, currency)


@st.composite
def fleets(draw: Any) -> list[Sim]:
    n = draw(st.integers(min_value=0, max_value=25))
    return [
        Sim(
            sim_id=1000 + i,
            data=draw(st.none() | usage),
            sms=draw(st.none() | usage),
            last_data=draw(st.none() | usage),
        )
        for i in range(n)
    ]


def expected_totals(sims: list[Sim]) -> dict[tuple[str, int, str | None], dict[str, Any]]:
    """Independent reference: sums of the JSON literals as Decimals."""
    out: dict[tuple[str, int, str | None], dict[str, Any]] = {}
    for sim in sims:
        for period, type_id, fields in (
            ("current_month", 5, sim.data),
            ("current_month", 6, sim.sms),
            ("last_month", 5, sim.last_data),
        ):
            if fields is None:
                continue
            rx, tx, c, cur = fields
            slot = out.setdefault(
                (period, type_id, cur),
                {"rx": Decimal(0), "tx": Decimal(0), "cost": Decimal(0), "sims": 0, "unpriced": 0},
            )
            slot["rx"] += Decimal(rx)
            slot["tx"] += Decimal(tx)
            slot["sims"] += 1
            if c == "":
                slot["unpriced"] += 1
            else:
                slot["cost"] += Decimal(c)
    return out


@settings(max_examples=150, deadline=None)
@given(fleets(), st.integers(min_value=0, max_value=5))
def test_totals_counts_and_rankings_match_a_reference(sims: list[Sim], top: int) -> None:
    summary = summarize((stats_of(s) for s in sims), top=top)
    ref = expected_totals(sims)
    assert set(summary.totals) == set(ref)
    for key, want in ref.items():
        got = summary.totals[key]
        assert got.sims == want["sims"]
        assert got.unpriced == want["unpriced"]
        assert got.cost == want["cost"]
        assert got.volume_rx == float(want["rx"])
        assert got.volume_tx == float(want["tx"])
        assert got.volume == float(want["rx"] + want["tx"])
        assert got.unit == ("MB" if key[1] == 5 else "SMS")

    assert summary.sims == len(sims)
    has_traffic = [
        any(
            f is not None and (Decimal(f[0]) or Decimal(f[1])) for f in (s.data, s.sms, s.last_data)
        )
        for s in sims
    ]
    assert summary.with_traffic == sum(has_traffic)
    assert summary.without_traffic == len(sims) - sum(has_traffic)
    assert summary.failed == 0

    # top by current-month data volume: stable on ties (earlier SIM first)
    data_volumes = [
        (Decimal(s.data[0]) + Decimal(s.data[1]), s.sim_id) for s in sims if s.data is not None
    ]
    by_volume = sorted(data_volumes, key=lambda pair: -pair[0])[:top]  # stable sort
    assert [c.sim_id for c in summary.top_data] == [sim_id for _, sim_id in by_volume]
    assert [c.value for c in summary.top_data] == [float(v) for v, _ in by_volume]

    # top by current-month cost, one ranking per currency
    per_currency: dict[str, list[tuple[Decimal, int, int]]] = {}
    for order, s in enumerate(sims):
        costs: dict[str, Decimal] = {}
        for f in (s.data, s.sms):
            if f is not None and f[2] != "":
                costs[f[3]] = costs.get(f[3], Decimal(0)) + Decimal(f[2])
        for cur, c in costs.items():
            per_currency.setdefault(cur, []).append((c, order, s.sim_id))
    expected_top = {
        cur: [(sid, c) for c, _, sid in sorted(rows, key=lambda r: (-r[0], r[1]))[:top]]
        for cur, rows in per_currency.items()
    }
    got_top = {
        cur: [(c.sim_id, c.value) for c in ranking] for cur, ranking in summary.top_cost.items()
    }
    if top == 0:
        assert all(not ranking for ranking in got_top.values())
    else:
        assert got_top == expected_top
        assert all(c.currency == cur for cur, r in summary.top_cost.items() for c in r)


def test_failures_and_empty_sims_are_counted() -> None:
    ok = stats_of(Sim(1, data=("1.5", "0.5", "0.25", "EUR")))
    idle = stats_of(Sim(2))
    zero = stats_of(Sim(3, sms=("0", "0", "0", "EUR")))
    nf = NotFoundError("gone", status_code=404)
    results = [
        BulkResult(1, ok),
        BulkResult(2, idle),
        BulkResult(3, zero),
        BulkResult(4, error=nf),
        BulkResult(5, error=ServerError("boom", status_code=500)),
        BulkResult(6, error=NotFoundError("gone", status_code=404)),
    ]
    summary = summarize(results)
    assert (summary.sims, summary.with_traffic, summary.without_traffic, summary.failed) == (
        6,
        1,
        2,
        3,
    )
    assert summary.errors == {"NotFoundError": 2, "ServerError": 1}
    assert summary.totals[("current_month", 5, "EUR")].cost == Decimal("0.25")
    assert summary.totals[("current_month", 6, "EUR")].sims == 1
    assert [c.sim_id for c in summary.top_data] == [1]


def test_mixing_stats_and_results_and_incremental_add() -> None:
    a = stats_of(Sim(1, data=("1", "2", "0.1", "EUR")))
    b = stats_of(Sim(2, data=("3", "4", "0.2", "EUR")))
    incremental = FleetSummary(top=1)
    incremental.add(a)
    incremental.add(BulkResult(2, b))
    assert incremental.totals == summarize([a, b], top=1).totals
    assert incremental.totals[("current_month", 5, "EUR")].cost == Decimal("0.3")
    assert [c.sim_id for c in incremental.top_data] == [2]
    assert incremental.top_cost == {"EUR": [incremental.top_cost["EUR"][0]]}
    assert incremental.top_cost["EUR"][0].value == Decimal("0.2")


def test_last_hour_totals() -> None:
    rx = [[f"11:{m:02d}", 0.1] for m in range(60)]
    tx = [[f"11:{m:02d}", 1] for m in range(60)]
    s = parse_sim_stats({"last_hour": {"data": {"rx": rx, "tx": tx}}}, now=NOW, sim_id=5)
    summary = summarize([s, s])
    total = summary.totals[("last_hour", 5, None)]
    # 2 SIMs x 60 minutes x 0.1, summed exactly
    assert total.volume_rx == float(Decimal("0.1") * 120)
    assert total.volume_tx == 120.0
    assert total.volume == float(Decimal("0.1") * 120 + 120)
    assert total.sims == 2 and total.unpriced == 2 and total.cost == 0
    assert summary.with_traffic == 2


def test_rows_are_in_a_stable_order() -> None:
    sims = [
        Sim(1, sms=("1", "1", "", "USD"), last_data=("1", "0", "1", "EUR")),
        Sim(2, data=("1", "1", "1", "USD"), sms=("1", "0", "1", "EUR")),
    ]
    keys = [
        (t.period, t.traffic_type_id, t.currency) for t in summarize(map(stats_of, sims)).rows()
    ]
    assert keys == [
        ("current_month", 5, "USD"),
        ("current_month", 6, "EUR"),
        ("current_month", 6, "USD"),
        ("last_month", 5, "EUR"),
    ]


def test_months_seen_are_recorded() -> None:
    summary = summarize([stats_of(Sim(1, data=("1", "1", "1", "EUR")))])
    assert {str(m) for m in summary.totals[("current_month", 5, "EUR")].months} == {"2024-03-01"}


class _Tracked(SimStats):
    __slots__ = ("__weakref__",)


def test_streams_without_keeping_the_stats() -> None:
    template = stats_of(Sim(1, data=("2", "3", "1.5", "EUR")))
    refs: list[weakref.ref[SimStats]] = []
    consumed = 0

    def produce() -> Iterator[SimStats]:
        nonlocal consumed
        for i in range(2000):
            item = _Tracked(i, template.current_month, template.last_month, template.last_hour)
            refs.append(weakref.ref(item))
            consumed += 1
            yield item

    summary = summarize(produce(), top=3)
    gc.collect()
    assert consumed == 2000
    assert sum(r() is not None for r in refs) == 0
    assert summary.totals[("current_month", 5, "EUR")].cost == Decimal("1.5") * 2000
    assert [c.sim_id for c in summary.top_data] == [0, 1, 2]  # all tie: earliest win


def test_rejects_other_items_and_bad_top() -> None:
    with pytest.raises(TypeError):
        summarize([object()])  # type: ignore[list-item]
    with pytest.raises(ValueError):
        FleetSummary(top=-1)
    assert "sims=0" in repr(FleetSummary())
