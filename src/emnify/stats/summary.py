"""Fleet-wide totals over many SIMs' statistics, computed in one streaming pass."""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Context, Decimal
from typing import TYPE_CHECKING, Generic, TypeVar

from emnify.stats.model import DATA, SMS, MinuteSeries, SimStats, TrafficUsage

if TYPE_CHECKING:
    from emnify.bulk import BulkResult

__all__ = ["Consumer", "FleetSummary", "TotalKey", "UsageTotal", "summarize"]

#: exact arithmetic for the running sums, independent of the caller's decimal context
_CTX = Context(prec=60)
_ZERO = Decimal(0)

#: ``(period, traffic_type_id, currency)`` -- the key of :attr:`FleetSummary.totals`
TotalKey = tuple[str, int, str | None]

_T = TypeVar("_T", float, Decimal)


def _exact(volume: float) -> Decimal:
    # the shortest decimal that reads back as this float: exactly what the JSON said
    return Decimal(repr(volume))


@dataclass(slots=True)
class UsageTotal:
    """Running totals of one (period, traffic type, currency) over the fleet.

    Volumes are summed exactly (as decimals of the parsed values) and exposed as floats; cost
    is an exact :class:`~decimal.Decimal` over the records that carry one.
    """

    period: str
    traffic_type_id: int
    #: ``None`` for records without a currency, and always for ``"last_hour"``
    currency: str | None
    unit: str
    #: number of SIMs (records) that contributed
    sims: int = 0
    #: how many of those carried no cost (it is then missing from :attr:`cost`)
    unpriced: int = 0
    cost: Decimal = _ZERO
    #: the calendar months seen (more than one means the run crossed a month boundary)
    months: set[date] = field(default_factory=set)
    _volume: Decimal = _ZERO
    _volume_rx: Decimal = _ZERO
    _volume_tx: Decimal = _ZERO

    @property
    def volume(self) -> float:
        """Total volume in :attr:`unit`."""
        return float(self._volume)

    @property
    def volume_rx(self) -> float:
        """Total received volume in :attr:`unit`."""
        return float(self._volume_rx)

    @property
    def volume_tx(self) -> float:
        """Total sent volume in :attr:`unit`."""
        return float(self._volume_tx)

    def _add(self, rx: Decimal, tx: Decimal, total: Decimal, cost: Decimal | None) -> None:
        add = _CTX.add
        self.sims += 1
        self._volume = add(self._volume, total)
        self._volume_rx = add(self._volume_rx, rx)
        self._volume_tx = add(self._volume_tx, tx)
        if cost is None:
            self.unpriced += 1
        else:
            self.cost = add(self.cost, cost)


@dataclass(frozen=True, slots=True)
class Consumer:
    """One entry of a top-consumers ranking."""

    sim_id: int | None
    #: MB for :attr:`FleetSummary.top_data`, an amount in :attr:`currency` for
    #: :attr:`FleetSummary.top_cost`
    value: float | Decimal
    currency: str | None = None


class _TopN(Generic[_T]):
    """Keeps the ``n`` largest values seen; on ties the earlier entry wins."""

    __slots__ = ("_heap", "_n", "_seq")

    def __init__(self, n: int) -> None:
        self._n = n
        self._seq = 0
        self._heap: list[tuple[_T, int, int | None]] = []

    def push(self, value: _T, sim_id: int | None) -> None:
        if self._n <= 0:
            return
        self._seq += 1
        entry = (value, -self._seq, sim_id)
        if len(self._heap) < self._n:
            heapq.heappush(self._heap, entry)
        elif entry > self._heap[0]:
            heapq.heapreplace(self._heap, entry)

    def ranking(self, currency: str | None = None) -> list[Consumer]:
        return [
            Consumer(sim_id, value, currency)
            for value, _, sim_id in sorted(self._heap, reverse=True)
        ]


class FleetSummary:
    """Accumulates fleet totals one SIM at a time; :func:`summarize` fills one from an iterable.

    Feed it with :meth:`add` (for instance from inside an ``async for`` over
    :func:`emnify.bulk.bulk_sim_stats`); it keeps only the totals and the top-N heaps, never
    the individual stats. Every item counts as one SIM, so an id fetched twice counts twice.
    """

    def __init__(self, top: int = 10) -> None:
        if isinstance(top, bool) or not isinstance(top, int) or top < 0:
            raise ValueError(f"top must be a non-negative int, got {top!r}")
        #: totals keyed by ``(period, traffic_type_id, currency)``
        self.totals: dict[TotalKey, UsageTotal] = {}
        #: items added (successes and failures)
        self.sims = 0
        #: SIMs whose stats show traffic (see :attr:`SimStats.has_traffic`)
        self.with_traffic = 0
        #: SIMs whose stats show none
        self.without_traffic = 0
        #: bulk results that carry an error instead of stats
        self.failed = 0
        #: failures counted by exception class name
        self.errors: dict[str, int] = {}
        self._top = top
        self._top_data: _TopN[float] = _TopN(top)
        self._top_cost: dict[str | None, _TopN[Decimal]] = {}

    # -- feeding ---------------------------------------------------------------------------

    def add(self, item: SimStats | BulkResult) -> None:
        """Fold one SIM's stats, or one bulk result, into the totals (``TypeError`` for
        anything else)."""
        if isinstance(item, SimStats):
            stats = item
        else:
            error = getattr(item, "error", None)
            if error is not None:
                self.sims += 1
                self.failed += 1
                name = type(error).__name__
                self.errors[name] = self.errors.get(name, 0) + 1
                return
            inner = getattr(item, "stats", None)
            if not isinstance(inner, SimStats):
                raise TypeError(f"expected SimStats or BulkResult, got {type(item).__name__}")
            stats = inner
        self.sims += 1
        if stats.has_traffic:
            self.with_traffic += 1
        else:
            self.without_traffic += 1

        sim_cost: dict[str | None, Decimal] = {}
        for usage in stats.current_month:
            self._add_usage("current_month", usage)
            if usage.cost is not None:
                sim_cost[usage.currency] = _CTX.add(sim_cost.get(usage.currency, _ZERO), usage.cost)
        for usage in stats.last_month:
            self._add_usage("last_month", usage)
        self._add_series(stats.last_hour.data, DATA, "MB")
        self._add_series(stats.last_hour.sms, SMS, "SMS")

        data = stats.current_month.data
        if data is not None:
            self._top_data.push(data.volume, stats.sim_id)
        for currency, cost in sim_cost.items():
            ranking = self._top_cost.get(currency)
            if ranking is None:
                ranking = self._top_cost[currency] = _TopN(self._top)
            ranking.push(cost, stats.sim_id)

    def update(self, items: Iterable[SimStats | BulkResult]) -> FleetSummary:
        """:meth:`add` every item; returns ``self``."""
        for item in items:
            self.add(item)
        return self

    def _total(self, period: str, type_id: int, currency: str | None, unit: str) -> UsageTotal:
        key = (period, type_id, currency)
        total = self.totals.get(key)
        if total is None:
            total = self.totals[key] = UsageTotal(period, type_id, currency, unit)
        return total

    def _add_usage(self, period: str, u: TrafficUsage) -> None:
        total = self._total(period, u.traffic_type_id, u.currency, u.unit)
        total.months.add(u.month)
        total._add(_exact(u.volume_rx), _exact(u.volume_tx), _exact(u.volume), u.cost)

    def _add_series(self, series: MinuteSeries | None, type_id: int, unit: str) -> None:
        if series is None:
            return
        add = _CTX.add
        rx = tx = _ZERO
        for v in series.rx_values:
            rx = add(rx, _exact(v))
        for v in series.tx_values:
            tx = add(tx, _exact(v))
        self._total("last_hour", type_id, None, unit)._add(rx, tx, add(rx, tx), None)

    # -- results ---------------------------------------------------------------------------

    @property
    def top_data(self) -> list[Consumer]:
        """The SIMs with the largest current-month data volume (MB), largest first."""
        return self._top_data.ranking()

    @property
    def top_cost(self) -> dict[str | None, list[Consumer]]:
        """Per currency, the SIMs with the highest current-month cost (data plus SMS), highest
        first. Amounts in different currencies are not comparable, hence one ranking each."""
        return {cur: ranking.ranking(cur) for cur, ranking in self._top_cost.items()}

    def rows(self) -> Iterator[UsageTotal]:
        """The totals in a stable order: by period (current month, last month, last hour),
        traffic type id, then currency."""
        order = {"current_month": 0, "last_month": 1, "last_hour": 2}
        yield from sorted(
            self.totals.values(),
            key=lambda t: (order.get(t.period, 3), t.period, t.traffic_type_id, t.currency or ""),
        )

    def __repr__(self) -> str:
        return (
            f"FleetSummary(sims={self.sims}, with_traffic={self.with_traffic}, "
            f"without_traffic={self.without_traffic}, failed={self.failed}, "
            f"totals={len(self.totals)})"
        )


def summarize(items: Iterable[SimStats | BulkResult], top: int = 10) -> FleetSummary:
    """Fleet totals over an iterable of :class:`~emnify.stats.SimStats` or
    :class:`~emnify.bulk.BulkResult` in one pass.

    Gives totals per (period, traffic type, currency), the counts of SIMs with traffic, without
    traffic and failed, and the ``top`` consumers by current-month data volume and by
    current-month cost. Only the running totals are kept, so a generator of any length is fine.

    Raises ``ValueError`` when ``top`` is not a non-negative int, and ``TypeError`` for an item
    that is neither a ``SimStats`` nor a ``BulkResult``.
    """
    return FleetSummary(top).update(items)
