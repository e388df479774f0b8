"""The fast path of :func:`emnify.stats.parse_sim_stats_json`: decode a stats body with msgspec.

Why: a bulk run parses thousands of bodies, each with 240 last-hour points, and the stdlib
decoder plus a Python walk over every point cost about 0.17 ms per body, which made the parse
(not the network) the bottleneck of a fast server. msgspec decodes the last-hour series
straight into ``(str, float)`` tuples in C and checks their types on the way. The monthly
records are decoded into typed structs too, and their values go through the same
construction as the tolerant parser's (`emnify.stats.parse._traffic_usage`, where every rule
of a record is written), which lets values of the right type pass without a call; costs are
decoded as the stdlib does with ``parse_float=Decimal`` (``float_hook``).

Only the common, well-formed shape is decoded here. Anything else (a string where a number
belongs, ``[]`` for an absent section, non-UTF-8 text, a bad clock time, ...) makes
:func:`decode` return ``None`` and the caller falls back to the tolerant parser, which accepts
what it can and names the offending value in its error. So for every body this path accepts,
the result is the one the tolerant parser gives (tested with generated bodies).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

import msgspec

from emnify.stats.model import LastHour, MinuteSeries, PeriodUsage, SimStats, TrafficUsage
from emnify.stats.parse import (
    StatsParseError,
    _assemble,
    _Clock,
    _clock_for,
    _resolve_clock,
    _traffic_usage,
)

__all__ = ["decode"]

#: every "HH:MM" clock time. Decoding the stamps as this Literal checks their format in C and
#: yields the same interned string for the same time in every body, so the per-minute cache
#: below hashes and compares them at no cost. (Anything else, such as "HH:MM:SS", is left to
#: the tolerant parser.)
if TYPE_CHECKING:
    _Points = list[tuple[str, float]]
else:
    _Stamp = Literal[tuple(f"{h:02d}:{m:02d}" for h in range(24) for m in range(60))]
    _Points = list[tuple[_Stamp, float]]


# gc=False: these are short-lived and hold no cycles, so the garbage collector need not track them
class _Series(msgspec.Struct, gc=False):
    rx: _Points
    tx: _Points


class _LastHour(msgspec.Struct, gc=False):
    data: _Series | None = None
    sms: _Series | None = None


class _TrafficType(msgspec.Struct, gc=False):
    id: int | None = None
    description: str | None = None
    unit: str | None = None


class _Currency(msgspec.Struct, gc=False):
    id: int | None = None
    code: str | None = None
    symbol: str | None = None


class _Record(msgspec.Struct, gc=False):
    # every field typed as the API sends it, so that msgspec checks the types in C; the cost
    # is decoded as the stdlib would decode it with parse_float=Decimal
    volume: float
    volume_rx: float
    volume_tx: float
    sim_id: int | None = None
    endpoint_id: int | None = None
    month: str | None = None
    traffic_type_id: int | None = None
    traffic_type: _TrafficType | None = None
    last_updated: str | None = None
    cost: Any = None
    currency_id: int | None = None
    currency: _Currency | None = None
    id: int | None = None


class _Month(msgspec.Struct, gc=False):
    data: _Record | None = None
    sms: _Record | None = None


class _Body(msgspec.Struct, gc=False):
    current_month: _Month | None = None
    last_month: _Month | None = None
    last_hour: _LastHour | None = None


_decoder = msgspec.json.Decoder(list[_Body] | _Body, float_hook=Decimal)
_FAILURES = (msgspec.DecodeError, msgspec.ValidationError, StatsParseError)


def decode(
    content: bytes | str,
    now: datetime | None,
    sim_id: int | None,
    endpoint_id: int | None,
    *,
    endpoint: bool,
) -> SimStats | None:
    """`content` parsed into `SimStats`, or ``None`` when the tolerant parser must decide."""
    try:
        decoded = _decoder.decode(content)
        if isinstance(decoded, list):
            if len(decoded) > 1:
                return None
            if not decoded:
                return _assemble({}, now, sim_id, endpoint_id, endpoint=endpoint)
            decoded = decoded[0]
        current = _period(decoded.current_month, "current_month")
        last = _period(decoded.last_month, "last_month")
        section = decoded.last_hour
        if section is None:
            last_hour = LastHour()
        else:
            clock = _clock_for(now)
            last_hour = LastHour(_series(section.data, clock), _series(section.sms, clock))
    except _FAILURES:
        return None
    return _assemble(
        _NO_BODY,
        now,
        sim_id,
        endpoint_id,
        endpoint=endpoint,
        parsed=(current, last, last_hour),
        endpoint_id_of=_endpoint_id_in(decoded) if endpoint else None,
    )


_NO_BODY: dict[str, Any] = {}


def _endpoint_id_in(body: _Body) -> Callable[[str, str], int | None]:
    """`emnify.stats.parse._first_endpoint_id`'s reader for a decoded `_Body`."""

    def endpoint_id_of(name: str, kind: str) -> int | None:
        month: _Month | None = getattr(body, name)
        record: _Record | None = None if month is None else getattr(month, kind)
        return None if record is None else record.endpoint_id

    return endpoint_id_of


def _period(month: _Month | None, name: str) -> PeriodUsage:
    """One month; `StatsParseError` when a record needs the tolerant parser's verdict."""
    if month is None:
        return PeriodUsage(name)
    data = sms = None
    if month.data is not None:
        data = _usage(month.data, "data", f"{name}.data")
    if month.sms is not None:
        sms = _usage(month.sms, "sms", f"{name}.sms")
    return PeriodUsage(name, data, sms)


def _usage(record: _Record, kind: str, path: str) -> TrafficUsage:
    """One monthly record: its decoded values handed to `_traffic_usage`, as the tolerant
    parser hands them over. Anything its rules reject (an infinite volume, a record without a
    month or composite id, ...) raises `StatsParseError`, and `decode` leaves the body to the
    tolerant parser."""
    type_id = type_description = type_unit = None
    traffic_type = record.traffic_type
    if traffic_type is not None:
        type_id = traffic_type.id
        type_description = traffic_type.description
        type_unit = traffic_type.unit
    currency_nested_id = currency_code = currency_symbol = None
    currency = record.currency
    if currency is not None:
        currency_nested_id = currency.id
        currency_code = currency.code
        currency_symbol = currency.symbol
    return _traffic_usage(
        kind,
        path,
        record.traffic_type_id,
        type_id,
        type_description,
        type_unit,
        record.currency_id,
        currency_nested_id,
        currency_code,
        currency_symbol,
        record.id,  # record_id
        record.month,
        record.volume,
        record.volume_rx,
        record.volume_tx,
        record.cost,
        record.last_updated,
        record.sim_id,
    )


def _series(series: _Series | None, clock: _Clock) -> MinuteSeries | None:
    if series is None:
        return None
    rx_times, rx_values = _columns(series.rx, clock)
    tx_times, tx_values = _columns(series.tx, clock)
    return MinuteSeries._from_columns(rx_times, rx_values, tx_times, tx_values)


#: distinct clock-time tuples remembered per anchor minute (a bulk run has one or two)
_MAX_COLUMNS = 64


def _columns(pairs: _Points, clock: _Clock) -> tuple[tuple[datetime, ...], tuple[float, ...]]:
    """The pairs as (times, values) columns sorted by time, as the tolerant parser sorts them.

    The SIMs of one bulk run report the same sixty clock times, so each distinct tuple of
    clock times is resolved (and its sort order found) once per minute; the per-SIM work is
    transposing the pairs, in C.
    """
    if not pairs:
        return (), ()
    stamps, values = zip(*pairs, strict=True)  # (pairs of two, checked by msgspec)
    known = clock.columns.get(stamps)
    if known is None:
        times = [clock.cache.get(stamp) or _resolve_clock(clock, stamp, "") for stamp in stamps]
        order = sorted(range(len(times)), key=times.__getitem__)  # stable, like list.sort
        if order == list(range(len(times))):
            known = (tuple(times), None)
        else:
            known = (tuple(times[i] for i in order), order)
        if len(clock.columns) >= _MAX_COLUMNS:
            clock.columns.clear()
        clock.columns[stamps] = known
    times_sorted, permutation = known
    if permutation is not None:
        values = tuple(values[i] for i in permutation)
    return times_sorted, values
