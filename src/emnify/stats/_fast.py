"""The fast path of :func:`emnify.stats.parse_sim_stats_json`: decode a stats body with msgspec.

Why: a bulk run parses thousands of bodies, each with 240 last-hour points, and the stdlib
decoder plus a Python walk over every point cost about 0.17 ms per body, which made the parse
(not the network) the bottleneck of a fast server. msgspec decodes the last-hour series
straight into ``(str, float)`` tuples in C and checks their types on the way; the monthly
records, which are few, are decoded like the stdlib does with ``parse_float=Decimal`` (floats
become exact ``Decimal`` through ``float_hook``) and handed to the tolerant parser's own record
code, so costs, dates and ids follow exactly the same rules.

Only the common, well-formed shape is decoded here. Anything else (a string where a number
belongs, ``[]`` for an absent section, non-UTF-8 text, a bad clock time, ...) makes
:func:`decode` return ``None`` and the caller falls back to the tolerant parser, which accepts
what it can and names the offending value in its error. So for every body this path accepts,
the result is the one the tolerant parser gives (tested with generated bodies).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Literal

import msgspec
from msgspec.structs import asdict

from emnify.stats.model import LastHour, MinuteSeries, SimStats
from emnify.stats.parse import (
    StatsParseError,
    _assemble,
    _Clock,
    _clock_for,
    _month,
    _resolve_clock,
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


class _Record(msgspec.Struct, gc=False):
    # volumes as floats (the record parser's fast case); the rest as the stdlib would decode
    # it with parse_float=Decimal (dicts, lists, exact Decimals), for the record parser
    volume: float
    volume_rx: float
    volume_tx: float
    sim_id: Any = None
    endpoint_id: Any = None
    month: Any = None
    traffic_type_id: Any = None
    traffic_type: Any = None
    last_updated: Any = None
    cost: Any = None
    currency_id: Any = None
    currency: Any = None
    id: Any = None


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
        months = {
            "current_month": _period(decoded.current_month),
            "last_month": _period(decoded.last_month),
        }
        current = _month(months, "current_month")
        last = _month(months, "last_month")
        section = decoded.last_hour
        if section is None:
            last_hour = LastHour()
        else:
            clock = _clock_for(now)
            last_hour = LastHour(_series(section.data, clock), _series(section.sms, clock))
    except _FAILURES:
        return None
    return _assemble(
        months,
        now,
        sim_id,
        endpoint_id,
        endpoint=endpoint,
        parsed=(current, last, last_hour),
    )


def _period(month: _Month | None) -> dict[str, dict[str, Any] | None] | None:
    """A month as the mapping the record parser reads."""
    if month is None:
        return None
    data, sms = month.data, month.sms
    return {
        "data": None if data is None else asdict(data),
        "sms": None if sms is None else asdict(sms),
    }


def _series(series: _Series | None, clock: _Clock) -> MinuteSeries | None:
    if series is None:
        return None
    rx_times, rx_values = _columns(series.rx, clock)
    tx_times, tx_values = _columns(series.tx, clock)
    return MinuteSeries._from_columns(rx_times, rx_values, tx_times, tx_values)


_first = itemgetter(0)
_second = itemgetter(1)
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
    stamps = tuple(map(_first, pairs))
    values = tuple(map(_second, pairs))
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
