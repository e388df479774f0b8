"""Typed, immutable views of a parsed stats payload."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

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


@dataclass(frozen=True, slots=True)
class PeriodUsage:
    """The usage of one month: a data record and an SMS record, each ``None`` when the SIM had
    no such traffic in that month (the API leaves the record, or the whole period, out)."""

    #: ``"current_month"`` or ``"last_month"``
    period: str
    data: TrafficUsage | None = None
    sms: TrafficUsage | None = None

    def __iter__(self) -> Iterator[TrafficUsage]:
        """The records that are present, data first."""
        if self.data is not None:
            yield self.data
        if self.sms is not None:
            yield self.sms

    def __bool__(self) -> bool:
        return self.data is not None or self.sms is not None


@dataclass(frozen=True, slots=True)
class MinuteSeries:
    """Per-minute volumes of one traffic kind over the last hour.

    ``rx`` and ``tx`` are lists of ``(timestamp, volume)`` pairs, sorted by time, with
    timezone-aware UTC timestamps at the start of each minute.
    """

    rx: list[tuple[datetime, float]]
    tx: list[tuple[datetime, float]]

    @property
    def volume_rx(self) -> float:
        """Sum of the received volumes over the hour."""
        return sum(v for _, v in self.rx)

    @property
    def volume_tx(self) -> float:
        """Sum of the sent volumes over the hour."""
        return sum(v for _, v in self.tx)

    @property
    def volume(self) -> float:
        """Sum of received and sent volumes over the hour."""
        return self.volume_rx + self.volume_tx


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
            if series is not None and (
                any(v for _, v in series.rx) or any(v for _, v in series.tx)
            ):
                return True
        return False
