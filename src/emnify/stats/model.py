"""Typed, immutable views of a parsed stats payload."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Generic, TypeVar

from emnify.stats.ids import StatsId

__all__ = [
    "DATA",
    "MONTH_PERIODS",
    "PERIODS",
    "SMS",
    "TRAFFIC_KINDS",
    "LastHour",
    "MinuteSeries",
    "PeriodUsage",
    "SimStats",
    "TrafficUsage",
]

#: traffic type id of data records
DATA = 5
#: traffic type id of SMS records
SMS = 6
#: the keys under which the API reports traffic kinds inside a period, in output order
TRAFFIC_KINDS = ("data", "sms")
#: the monthly periods, in output order
MONTH_PERIODS = ("current_month", "last_month")
#: every period a stats payload can hold
PERIODS = (*MONTH_PERIODS, "last_hour")


@dataclass(frozen=True, slots=True)
class TrafficUsage:
    """One monthly usage record: how much of one traffic kind a SIM used in one month.

    Volumes are floats in :attr:`unit` (``"MB"`` for data, ``"SMS"`` for message counts); ``rx``
    is what the device received, ``tx`` what it sent. :attr:`cost` is exact (see
    :func:`emnify.stats.parse_sim_stats`) and ``None`` only when the API left it out, which it
    does for data traffic of organisations with multi-inclusive volumes.
    """

    #: ``"data"`` or ``"sms"``: the key the record was found under
    kind: str
    #: 5 for data, 6 for SMS
    traffic_type_id: int
    #: the API's description of the traffic type (e.g. ``"Data"``), if given
    traffic_type: str | None
    #: ``"MB"`` or ``"SMS"`` (taken from the record, defaulted from :attr:`kind`)
    unit: str
    #: first day of the month the record covers
    month: date
    volume: float
    volume_rx: float
    volume_tx: float
    cost: Decimal | None
    #: ISO currency code such as ``"EUR"``; ``None`` when the record names no currency
    currency: str | None
    currency_id: int | None
    currency_symbol: str | None
    #: when emnify last updated the record (timezone-aware); ``None`` if not given
    last_updated: datetime | None
    #: the decoded composite ``id`` of the record, ``None`` if the record has none
    stats_id: StatsId | None
    #: the SIM id named by the record itself, if any
    sim_id: int | None


_Record = TypeVar("_Record")


class _DataAndSms(Generic[_Record]):
    """A data record and an SMS record, each ``None`` when absent: iterating gives the ones
    present (data first), and the pair is true when either is. (Shared by `PeriodUsage` and
    `emnify.stats.daily.DayUsage`.)"""

    __slots__ = ()
    data: _Record | None
    sms: _Record | None

    def __iter__(self) -> Iterator[_Record]:
        if self.data is not None:
            yield self.data
        if self.sms is not None:
            yield self.sms

    def __bool__(self) -> bool:
        return self.data is not None or self.sms is not None


@dataclass(frozen=True, slots=True)
class PeriodUsage(_DataAndSms[TrafficUsage]):
    """The usage of one month: a data record and an SMS record, each ``None`` when the SIM had
    no such traffic in that month (the API leaves the record, or the whole period, out)."""

    #: ``"current_month"`` or ``"last_month"``
    period: str
    data: TrafficUsage | None = None
    sms: TrafficUsage | None = None


@dataclass(frozen=True, slots=True, init=False, repr=False)
class MinuteSeries:
    """Per-minute volumes of one traffic kind over the last hour.

    Kept as columns, sorted by time: :attr:`rx_times` with :attr:`rx_values` for what the
    device received, :attr:`tx_times` with :attr:`tx_values` for what it sent. The times are
    timezone-aware UTC minute starts. :attr:`rx` and :attr:`tx` give the same data as lists of
    ``(timestamp, volume)`` pairs.

    Why columns: a bulk run holds thousands of these; four tuples per series (whose time tuples
    are shared by every series with the same minutes) cost a fraction of the memory and
    garbage-collector work of 120 pair tuples.
    """

    rx_times: tuple[datetime, ...]
    rx_values: tuple[float, ...]
    tx_times: tuple[datetime, ...]
    tx_values: tuple[float, ...]

    def __init__(
        self,
        rx: Iterable[tuple[datetime, float]] = (),
        tx: Iterable[tuple[datetime, float]] = (),
    ) -> None:
        """Build a series from ``(timestamp, volume)`` pairs, given in time order."""
        for name, pairs in (("rx", rx), ("tx", tx)):
            pairs = list(pairs)
            times = tuple(t for t, _ in pairs)
            values = tuple(float(v) for _, v in pairs)
            object.__setattr__(self, f"{name}_times", times)
            object.__setattr__(self, f"{name}_values", values)

    @classmethod
    def _from_columns(
        cls,
        rx_times: tuple[datetime, ...],
        rx_values: tuple[float, ...],
        tx_times: tuple[datetime, ...],
        tx_values: tuple[float, ...],
    ) -> MinuteSeries:
        """The parser's constructor: columns already checked, sorted and of equal lengths."""
        series = object.__new__(cls)
        object.__setattr__(series, "rx_times", rx_times)
        object.__setattr__(series, "rx_values", rx_values)
        object.__setattr__(series, "tx_times", tx_times)
        object.__setattr__(series, "tx_values", tx_values)
        return series

    @property
    def rx(self) -> list[tuple[datetime, float]]:
        """The received volumes as ``(timestamp, volume)`` pairs (a new list each time)."""
        return list(zip(self.rx_times, self.rx_values, strict=True))

    @property
    def tx(self) -> list[tuple[datetime, float]]:
        """The sent volumes as ``(timestamp, volume)`` pairs (a new list each time)."""
        return list(zip(self.tx_times, self.tx_values, strict=True))

    @property
    def volume_rx(self) -> float:
        """Sum of the received volumes over the hour."""
        return sum(self.rx_values)

    @property
    def volume_tx(self) -> float:
        """Sum of the sent volumes over the hour."""
        return sum(self.tx_values)

    @property
    def volume(self) -> float:
        """Sum of received and sent volumes over the hour."""
        return self.volume_rx + self.volume_tx

    def __repr__(self) -> str:
        return (
            f"MinuteSeries({len(self.rx_values)} rx and {len(self.tx_values)} tx minutes, "
            f"volume_rx={self.volume_rx:g}, volume_tx={self.volume_tx:g})"
        )


@dataclass(frozen=True, slots=True)
class LastHour:
    """The per-minute series of the hour before the request; each kind ``None`` if absent."""

    data: MinuteSeries | None = None
    sms: MinuteSeries | None = None

    def __bool__(self) -> bool:
        return self.data is not None or self.sms is not None


@dataclass(frozen=True, slots=True)
class SimStats:
    """Everything one stats call returned for one SIM (or endpoint).

    The periods are always present, possibly empty, so ``stats.current_month.data`` is safe to
    read: it is ``None`` when the SIM had no data traffic this month.
    """

    #: the SIM id, from the caller or else from the records; ``None`` if neither gave one
    sim_id: int | None
    current_month: PeriodUsage
    last_month: PeriodUsage
    last_hour: LastHour
    #: set when the payload came from an endpoint stats call
    endpoint_id: int | None = None

    def usages(self) -> Iterator[TrafficUsage]:
        """All monthly records present: current month first, data before SMS."""
        yield from self.current_month
        yield from self.last_month

    @property
    def has_traffic(self) -> bool:
        """Whether any monthly record shows a non-zero volume or the last hour a non-zero
        minute."""
        if any(u.volume or u.volume_rx or u.volume_tx for u in self.usages()):
            return True
        for series in (self.last_hour.data, self.last_hour.sms):
            if series is not None and (any(series.rx_values) or any(series.tx_values)):
                return True
        return False
