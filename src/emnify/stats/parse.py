"""Turn the body of a SIM or endpoint stats call into :class:`~emnify.stats.SimStats`.

Numbers: volumes become ``float``; costs become :class:`decimal.Decimal`. The parser accepts
``int``, ``float``, ``Decimal`` and numeric strings for both. A ``float`` cost is converted
through ``repr``, which is the shortest decimal that reads back as the same float, so a JSON
``6.10483935`` parsed by :func:`json.loads` yields ``Decimal("6.10483935")``. That is exact for
any cost with up to 15 significant digits; for costs exact to the last digit whatever their
length, hand the raw body to :func:`parse_sim_stats_json` (as
:func:`emnify.bulk.bulk_sim_stats` does), or parse it with ``json.loads(body,
parse_float=Decimal)`` and hand the result over unchanged.
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from math import isfinite
from operator import itemgetter
from typing import Any, TypeVar

from dateutil.parser import isoparse

from emnify.errors import EmnifyError
from emnify.stats.ids import StatsId, StatsIdError, decode_stats_id
from emnify.stats.model import (
    DATA,
    MONTH_PERIODS,
    SMS,
    TRAFFIC_KINDS,
    LastHour,
    MinuteSeries,
    PeriodUsage,
    SimStats,
    TrafficUsage,
)

__all__ = [
    "StatsParseError",
    "parse_endpoint_stats",
    "parse_endpoint_stats_json",
    "parse_sim_stats",
    "parse_sim_stats_json",
]

_UTC = timezone.utc
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")
_DEFAULTS = {"data": (DATA, "MB"), "sms": (SMS, "SMS")}
#: integer fields (ids) longer than this are rejected rather than converted
_MAX_INT_DIGITS = 40
#: costs must lie below 10**_MAX_EXPONENT and have at most that many decimal places
_MAX_EXPONENT = 100
#: the largest int that converts to a finite float
_MAX_FLOAT = int(sys.float_info.max)
_HALF_DAY = timedelta(hours=12)
_DAY = timedelta(days=1)
_HALF_HOUR = timedelta(minutes=30)
_by_time = itemgetter(0)
_T = TypeVar("_T")


class StatsParseError(EmnifyError, ValueError):
    """The stats payload does not have the documented shape.

    :attr:`path` locates the offending value (for example ``"current_month.data.volume"``,
    ``"last_hour.sms.rx[3][1]"``; empty for the payload as a whole) and the message says what
    was wrong with it. It is both an :class:`emnify.errors.EmnifyError` and a ``ValueError``.
    """

    path: str
    reason: str

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}" if path else reason)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.path, self.reason))


def parse_sim_stats(
    payload: Any, now: datetime | None = None, sim_id: int | None = None
) -> SimStats:
    """Parse the body of ``GET /api/v1/sim/{sim_id}/stats``.

    ``payload`` is the decoded JSON: the documented list holding one object, that object alone,
    or an empty list (no statistics at all). A generated model (anything with a ``to_dict()``
    method), or a list holding one, is accepted too. Absent periods or traffic kinds (and
    ``null`` or ``[]`` in their place) mean "no traffic" and give empty
    :class:`~emnify.stats.PeriodUsage` / ``None`` entries; unknown keys are ignored.

    ``now`` is the time of the request (timezone-aware; a naive value is taken as UTC; default:
    the current time). The last-hour series carry only ``"HH:MM"`` UTC clock times; each is
    placed on the date that puts it nearest to the middle of the hour before ``now``, so an hour
    that crosses midnight resolves correctly and clock skew of up to eleven hours between client
    and server does no harm.

    ``sim_id`` names the SIM the payload belongs to; without it :attr:`SimStats.sim_id` is taken
    from the first record's ``sim_id`` (or its composite ``id``), or is ``None``.

    Raises :class:`StatsParseError` when the payload or a value that is used has the wrong
    type or format; the error's ``path`` says where. Raises ``TypeError`` when ``now`` is not
    a ``datetime`` or ``sim_id`` not an ``int`` (these are the caller's mistakes, not the
    payload's).
    """
    if sim_id is not None and (isinstance(sim_id, bool) or not isinstance(sim_id, int)):
        raise TypeError(f"sim_id must be an int or None, got {sim_id!r}")
    _check_now(now)
    return _parse(payload, now, sim_id, None, endpoint=False)


def parse_endpoint_stats(
    payload: Any, now: datetime | None = None, endpoint_id: int | None = None
) -> SimStats:
    """Parse the body of ``GET /api/v1/endpoint/{endpoint_id}/stats``; same rules as
    :func:`parse_sim_stats` (including the exceptions).

    The result's ``endpoint_id`` is the argument, or else the first record's ``endpoint_id``;
    its ``sim_id`` comes from the records' ``sim_id`` only.
    """
    if endpoint_id is not None and (
        isinstance(endpoint_id, bool) or not isinstance(endpoint_id, int)
    ):
        raise TypeError(f"endpoint_id must be an int or None, got {endpoint_id!r}")
    _check_now(now)
    return _parse(payload, now, None, endpoint_id, endpoint=True)


def parse_sim_stats_json(
    body: bytes | str, now: datetime | None = None, sim_id: int | None = None
) -> SimStats:
    """Parse the raw JSON body of ``GET /api/v1/sim/{sim_id}/stats``: the same result and the
    same rules as ``parse_sim_stats(json.loads(body, parse_float=Decimal), now, sim_id)``
    (costs exact to the last digit), about three times faster. This is what
    :func:`emnify.bulk.bulk_sim_stats` and :meth:`emnify.EmnifyClient.sim_stats` use.

    Raises :class:`StatsParseError` when `body` is not JSON or does not have the documented
    shape, ``TypeError`` for a `body` that is neither ``bytes`` nor ``str`` and for the
    argument mistakes :func:`parse_sim_stats` reports.
    """
    if sim_id is not None and (isinstance(sim_id, bool) or not isinstance(sim_id, int)):
        raise TypeError(f"sim_id must be an int or None, got {sim_id!r}")
    return _parse_json(body, now, sim_id, None, endpoint=False)


def parse_endpoint_stats_json(
    body: bytes | str, now: datetime | None = None, endpoint_id: int | None = None
) -> SimStats:
    """Parse the raw JSON body of ``GET /api/v1/endpoint/{endpoint_id}/stats``; see
    :func:`parse_sim_stats_json` and :func:`parse_endpoint_stats`."""
    if endpoint_id is not None and (
        isinstance(endpoint_id, bool) or not isinstance(endpoint_id, int)
    ):
        raise TypeError(f"endpoint_id must be an int or None, got {endpoint_id!r}")
    return _parse_json(body, now, None, endpoint_id, endpoint=True)


#: `emnify.stats._fast.decode`, once imported
_fast_decode: Callable[..., SimStats | None] | None = None


def _parse_json(
    body: bytes | str,
    now: datetime | None,
    sim_id: int | None,
    endpoint_id: int | None,
    *,
    endpoint: bool,
) -> SimStats:
    if isinstance(body, (bytearray, memoryview)):
        body = bytes(body)
    elif not isinstance(body, (bytes, str)):
        raise TypeError(f"body must be the response body as bytes or str, got {_describe(body)}")
    _check_now(now)
    global _fast_decode
    if _fast_decode is None:  # msgspec is imported on first use
        from emnify.stats._fast import decode

        _fast_decode = decode
    stats = _fast_decode(body, now, sim_id, endpoint_id, endpoint=endpoint)
    if stats is not None:
        return stats
    # Not the common shape: the tolerant parser accepts what it can and says what is wrong.
    try:
        payload = json.loads(body, parse_float=Decimal)
    except (ValueError, RecursionError) as exc:  # also JSONDecodeError, UnicodeDecodeError
        raise StatsParseError("", f"the response body is not JSON: {exc}") from None
    return _parse(payload, now, sim_id, endpoint_id, endpoint=endpoint)


def _check_now(now: object) -> None:
    if now is not None and not isinstance(now, datetime):
        raise TypeError(
            f"now must be a datetime (the time of the request) or None, got {_describe(now)}"
        )


# -- structure ---------------------------------------------------------------------------------


def _as_mapping(value: Any, path: str) -> Mapping[str, Any] | None:
    """A JSON object (or generated model) as a mapping; ``None``/``[]`` mean "absent"."""
    if isinstance(value, dict):
        return value
    if value is None or (isinstance(value, list) and not value):
        return None
    if isinstance(value, Mapping):
        return value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, (list, str, bytes)):
        try:
            converted = to_dict()
        except Exception as exc:
            raise StatsParseError(
                path, f"to_dict() of {type(value).__name__} failed: {exc!r}"
            ) from exc
        if isinstance(converted, dict):
            return converted
        value = converted
    raise StatsParseError(path, f"expected an object, got {_describe(value)}")


def _parse(
    payload: Any,
    now: datetime | None,
    sim_id: int | None,
    endpoint_id: int | None,
    *,
    endpoint: bool,
) -> SimStats:
    if isinstance(payload, list):
        if len(payload) > 1:
            raise StatsParseError(
                "", f"expected a list holding one stats object, got {len(payload)} items"
            )
        body = _as_mapping(payload[0], "[0]") if payload else None
    elif isinstance(payload, dict):
        body = payload
    else:
        if payload is None or isinstance(payload, (str, bytes, int, float, Decimal)):
            raise StatsParseError("", f"expected a JSON list or object, got {_describe(payload)}")
        body = _as_mapping(payload, "")
        if body is None:
            raise StatsParseError("", f"expected a JSON list or object, got {_describe(payload)}")
    if body is None:
        body = {}
    return _assemble(body, now, sim_id, endpoint_id, endpoint=endpoint)


def _assemble(
    body: Mapping[str, Any],
    now: datetime | None,
    sim_id: int | None,
    endpoint_id: int | None,
    *,
    endpoint: bool,
    parsed: tuple[PeriodUsage, PeriodUsage, LastHour] | None = None,
    endpoint_id_of: Callable[[str, str], Any] | None = None,
) -> SimStats:
    """The `SimStats` of one stats object. The msgspec fast path passes the periods it has
    parsed already (`parsed`) and its reader of the records' endpoint ids (`endpoint_id_of`,
    see `_first_endpoint_id`) instead of a `body`."""
    if parsed is None:
        current = _month(body, "current_month")
        last = _month(body, "last_month")
        last_hour = _last_hour(body, now)
    else:
        current, last, last_hour = parsed

    if sim_id is None:
        for u in (current.data, current.sms, last.data, last.sms):  # (in `_RECORD_SLOTS` order)
            if u is None:
                continue
            if u.sim_id is not None:
                sim_id = u.sim_id
                break
            if u.stats_id is not None and not endpoint:
                sim_id = u.stats_id.sim_id
                break
    if endpoint and endpoint_id is None:
        endpoint_id = _first_endpoint_id(endpoint_id_of or _endpoint_id_in(body))
    return SimStats(
        sim_id=sim_id,
        current_month=current,
        last_month=last,
        last_hour=last_hour,
        endpoint_id=endpoint_id,
    )


#: where a body's monthly records sit, in the order they are searched for ids
_RECORD_SLOTS = tuple((name, kind) for name in MONTH_PERIODS for kind in TRAFFIC_KINDS)


def _first_endpoint_id(endpoint_id_of: Callable[[str, str], Any]) -> int | None:
    """The ``endpoint_id`` of the first monthly record that carries one; `endpoint_id_of`
    reads it (or ``None``) from the record of a period and kind, in whatever form the body is
    (decoded JSON, or msgspec structs on the fast path)."""
    for name, kind in _RECORD_SLOTS:
        value = endpoint_id_of(name, kind)
        if value is not None:
            return value if type(value) is int else _int(value, f"{name}.{kind}.endpoint_id")
    return None


def _endpoint_id_in(body: Mapping[str, Any]) -> Callable[[str, str], Any]:
    """`_first_endpoint_id`'s reader for a decoded JSON body."""

    def endpoint_id_of(name: str, kind: str) -> Any:
        period = _as_mapping(body.get(name), name)
        record = None if period is None else _as_mapping(period.get(kind), f"{name}.{kind}")
        return None if record is None else record.get("endpoint_id")

    return endpoint_id_of


def _month(body: Mapping[str, Any], name: str) -> PeriodUsage:
    period = _as_mapping(body.get(name), name)
    if period is None:
        return PeriodUsage(name)
    return PeriodUsage(
        name,
        _record(period.get("data"), f"{name}.data", "data"),
        _record(period.get("sms"), f"{name}.sms", "sms"),
    )


def _record(value: Any, path: str, kind: str) -> TrafficUsage | None:
    """One monthly record of the decoded JSON: its values handed to `_traffic_usage`."""
    rec = _as_mapping(value, path)
    if not rec:  # absent, null, [] or {}: no traffic of this kind
        return None
    get = rec.get
    type_id = type_description = type_unit = None
    traffic_type = _as_mapping(get("traffic_type"), f"{path}.traffic_type")
    if traffic_type is not None:
        type_id = traffic_type.get("id")
        type_description = traffic_type.get("description")
        type_unit = traffic_type.get("unit")
    currency_nested_id = currency_code = currency_symbol = None
    currency = _as_mapping(get("currency"), f"{path}.currency")
    if currency is not None:
        currency_nested_id = currency.get("id")
        currency_code = currency.get("code")
        currency_symbol = currency.get("symbol")
    return _traffic_usage(
        kind,
        path,
        get("traffic_type_id"),
        type_id,
        type_description,
        type_unit,
        get("currency_id"),
        currency_nested_id,
        currency_code,
        currency_symbol,
        get("id"),  # record_id
        get("month"),
        get("volume", _MISSING),
        get("volume_rx", _MISSING),
        get("volume_tx", _MISSING),
        get("cost"),
        get("last_updated"),
        get("sim_id"),
    )


#: a required value the record leaves out (reported as "missing", an explicit null as "is null")
_MISSING: Any = object()


def _traffic_usage(
    kind: str,
    path: str,
    traffic_type_id: Any,
    type_id: Any,
    type_description: Any,
    type_unit: Any,
    currency_id: Any,
    currency_nested_id: Any,
    currency_code: Any,
    currency_symbol: Any,
    record_id: Any,
    month: Any,
    volume: Any,
    volume_rx: Any,
    volume_tx: Any,
    cost: Any,
    last_updated: Any,
    sim_id: Any,
) -> TrafficUsage:
    """The one construction of a monthly record from decoded values: every rule of a
    `TrafficUsage` is here, for both parsers.

    The tolerant parser (`_record`) passes what ``json.loads`` (or a generated model) gave it;
    the msgspec fast path (`emnify.stats._fast`) passes values whose types msgspec has checked
    already, and the ``type(...) is ...`` tests below let those through without a call. The
    nested objects come flattened (``type_*`` from ``traffic_type``, ``currency_*`` from
    ``currency``; all ``None`` when the object is absent); `_MISSING` marks a required volume
    the record leaves out. `kind` is ``"data"`` or ``"sms"``, `path` where the record sits
    (``"current_month.data"``) for the error.

    Raises `StatsParseError` naming the first offending value, in the order of the fields
    below; a value that is not used (a nested id when the flat one is given) is not checked.

    The callers pass the values by position: 18 keyword arguments made the call cost about
    1 µs, an eighth of a record's whole construction on the fast path.
    """
    # the traffic type: the flat id, else the nested one, else the kind's; the unit likewise
    default_type_id, default_unit = _DEFAULTS[kind]
    if traffic_type_id is not None:
        if type(traffic_type_id) is not int:
            traffic_type_id = _int(traffic_type_id, f"{path}.traffic_type_id")
    elif type_id is not None:
        traffic_type_id = (
            type_id if type(type_id) is int else _int(type_id, f"{path}.traffic_type.id")
        )
    else:
        traffic_type_id = default_type_id
    if type_description is not None and type(type_description) is not str:
        _opt_str(type_description, path, ".traffic_type.description")
    if type_unit is None:
        type_unit = default_unit
    elif type(type_unit) is not str:
        _opt_str(type_unit, path, ".traffic_type.unit")

    # the currency: the flat id, else the nested one
    if currency_id is not None and type(currency_id) is not int:
        currency_id = _int(currency_id, f"{path}.currency_id")
    if currency_code is not None and type(currency_code) is not str:
        _opt_str(currency_code, path, ".currency.code")
    if currency_symbol is not None and type(currency_symbol) is not str:
        _opt_str(currency_symbol, path, ".currency.symbol")
    if currency_id is None and currency_nested_id is not None:
        currency_id = (
            currency_nested_id
            if type(currency_nested_id) is int
            else _int(currency_nested_id, f"{path}.currency.id")
        )

    # An integer id that is no composite stats id (emnify's documentation shows `"id": 311`)
    # leaves the record without one; the month then has to be given.
    stats_id: StatsId | None = None
    if record_id is not None:
        if type(record_id) is not int:
            record_id = _int(record_id, f"{path}.id")
        try:
            stats_id = decode_stats_id(record_id)
        except StatsIdError:
            pass
    if month is not None:
        month = _cached(_DATES, _date, month, path, ".month")
    elif stats_id is not None:
        month = stats_id.month_start
    else:
        raise StatsParseError(f"{path}.month", "missing (and no composite id to derive it from)")

    # volumes are finite floats, required; the cost an exact Decimal, optional
    if type(volume) is not float or not isfinite(volume):
        volume = _volume(volume, path, "volume")
    if type(volume_rx) is not float or not isfinite(volume_rx):
        volume_rx = _volume(volume_rx, path, "volume_rx")
    if type(volume_tx) is not float or not isfinite(volume_tx):
        volume_tx = _volume(volume_tx, path, "volume_tx")
    if cost is not None:
        cost = _decimal(cost, f"{path}.cost")
    if last_updated is not None:
        last_updated = _cached(_DATETIMES, _datetime, last_updated, path, ".last_updated")
    if sim_id is not None and type(sim_id) is not int:
        sim_id = _int(sim_id, f"{path}.sim_id")
    return TrafficUsage(
        kind=kind,
        traffic_type_id=traffic_type_id,
        traffic_type=type_description,
        unit=type_unit,
        month=month,
        volume=volume,
        volume_rx=volume_rx,
        volume_tx=volume_tx,
        cost=cost,
        currency=currency_code,
        currency_id=currency_id,
        currency_symbol=currency_symbol,
        last_updated=last_updated,
        stats_id=stats_id,
        sim_id=sim_id,
    )


def _volume(value: Any, path: str, key: str) -> float:
    """A required volume that is not already a finite float."""
    if value is _MISSING:
        raise StatsParseError(f"{path}.{key}", "missing")
    if value is None:
        raise StatsParseError(f"{path}.{key}", "is null")
    return _float(value, f"{path}.{key}")


#: parsed "month" and "last_updated" strings (a bulk run sees the same few again and again)
_DATES: dict[str, date] = {}
_DATETIMES: dict[str, datetime] = {}
_MAX_REMEMBERED = 512


def _cached(
    cache: dict[str, _T], parse: Callable[[Any, str], _T], value: Any, path: str, key: str
) -> _T:
    """``parse(value, path + key)``, remembered when `value` is a string."""
    if type(value) is not str:
        return parse(value, path + key)
    result = cache.get(value)
    if result is None:
        result = parse(value, path + key)
        if len(cache) >= _MAX_REMEMBERED:
            cache.clear()
        cache[value] = result
    return result


def _last_hour(body: Mapping[str, Any], now: datetime | None) -> LastHour:
    section = _as_mapping(body.get("last_hour"), "last_hour")
    if section is None:
        return LastHour()
    clock = _clock_for(now)
    return LastHour(
        _series(section.get("data"), "last_hour.data", clock),
        _series(section.get("sms"), "last_hour.sms", clock),
    )


def _series(value: Any, path: str, clock: _Clock) -> MinuteSeries | None:
    obj = _as_mapping(value, path)
    if not obj:
        return None
    return MinuteSeries(
        rx=_points(obj, "rx", path, clock),
        tx=_points(obj, "tx", path, clock),
    )


def _points(
    obj: Mapping[str, Any], key: str, path: str, clock: _Clock
) -> list[tuple[datetime, float]]:
    """The ``[["HH:MM", value], ...]`` list at ``obj[key]``, resolved and sorted by time.

    This runs 240 times per SIM, so the common case is inlined and error paths are only
    formatted when needed.
    """
    raw = _required(obj, key, path)
    path = f"{path}.{key}"
    if not isinstance(raw, list):
        raise StatsParseError(
            path, f'expected a list of ["HH:MM", value] pairs, got {_describe(raw)}'
        )
    out: list[tuple[datetime, float]] = []
    append = out.append
    lookup = clock.cache.get
    ordered = True
    last: datetime | None = None
    for i, pair in enumerate(raw):
        if not isinstance(pair, (list, tuple)) or len(pair) != 2:
            raise StatsParseError(
                f"{path}[{i}]", f'expected a ["HH:MM", value] pair, got {_describe(pair)}'
            )
        stamp, value = pair
        when = lookup(stamp) if type(stamp) is str else None
        if when is None:
            when = _resolve_clock(clock, stamp, f"{path}[{i}][0]")
        kind = type(value)
        if kind is float:
            number = value
        elif (kind is int and -_MAX_FLOAT <= value <= _MAX_FLOAT) or kind is Decimal:
            number = float(value)
        else:
            number = _float(value, f"{path}[{i}][1]")
        if not isfinite(number):
            raise StatsParseError(
                f"{path}[{i}][1]", f"expected a finite number, got {_describe(value)}"
            )
        if last is not None and when < last:
            ordered = False
        last = when
        append((when, number))
    if not ordered:
        out.sort(key=_by_time)
    return out


class _Clock:
    """Resolved clock times for one anchor (the middle of the hour before the request)."""

    __slots__ = ("anchor", "cache", "columns")

    def __init__(self, anchor: datetime) -> None:
        self.anchor = anchor
        self.cache: dict[str, datetime] = {}
        #: the fast path's cache: a series' clock times -> (sorted times, sort order or None)
        self.columns: dict[tuple[str, ...], tuple[tuple[datetime, ...], list[int] | None]] = {}


#: the clock of the latest anchor minute, shared by the parses of that minute (a bulk run)
_last_clock: _Clock | None = None


def _clock_for(now: datetime | None) -> _Clock:
    """The ``"HH:MM"`` -> datetime cache for the hour before ``now``.

    The anchor is the middle of that hour; each clock time resolves to the datetime nearest
    to it (see :func:`_resolve_clock`). The cache is keyed by the anchor minute and shared
    between calls with the same anchor.
    """
    global _last_clock
    if now is None:
        now = datetime.now(_UTC)
    elif not isinstance(now, datetime):
        raise TypeError(f"now must be a datetime, got {now!r}")
    elif now.tzinfo is None or now.utcoffset() is None:
        now = now.replace(tzinfo=_UTC)
    else:
        now = now.astimezone(_UTC)
    anchor = now.replace(second=0, microsecond=0) - _HALF_HOUR
    clock = _last_clock
    if clock is None or clock.anchor != anchor:
        clock = _last_clock = _Clock(anchor)
    return clock


def _resolve_clock(clock: _Clock, stamp: Any, path: str) -> datetime:
    """Resolve one clock time not in the cache yet, and remember it."""
    if isinstance(stamp, str) and stamp and stamp.isascii():
        m = _CLOCK.fullmatch(stamp)
        if m is not None:
            hour, minute, second = int(m[1]), int(m[2]), int(m[3] or 0)
            if hour < 24 and minute < 60 and second < 60:
                anchor = clock.anchor
                when = anchor.replace(hour=hour, minute=minute, second=second)
                delta = when - anchor
                if delta > _HALF_DAY:
                    when -= _DAY
                elif delta <= -_HALF_DAY:
                    when += _DAY
                clock.cache[stamp] = when
                return when
    raise StatsParseError(path, f'expected an "HH:MM" clock time, got {_describe(stamp)}')


# -- scalars -----------------------------------------------------------------------------------


def _describe(value: Any) -> str:
    try:
        text = repr(value)
    except Exception:  # e.g. an int beyond the interpreter's digit limit
        text = "<unprintable>"
    if len(text) > 60:
        text = text[:57] + "..."
    return f"{type(value).__name__} {text}"


def _required(obj: Mapping[str, Any], key: str, path: str) -> Any:
    try:
        value = obj[key]
    except KeyError:
        raise StatsParseError(f"{path}.{key}", "missing") from None
    if value is None:
        raise StatsParseError(f"{path}.{key}", "is null")
    return value


def _float(value: Any, path: str) -> float:
    if type(value) is float:
        if math.isfinite(value):
            return value
    elif isinstance(value, int) and not isinstance(value, bool):
        if abs(value) <= _MAX_FLOAT:
            return float(value)
    elif isinstance(value, Decimal) or (isinstance(value, str) and _NUMBER.fullmatch(value)):
        # a huge Decimal or numeric string becomes inf: reject it like an inf float
        number = float(value)
        if math.isfinite(number):
            return number
    elif isinstance(value, float) and math.isfinite(value):
        return float(value)
    raise StatsParseError(path, f"expected a finite number, got {_describe(value)}")


def _decimal(value: Any, path: str) -> Decimal:
    number: Decimal | None = None
    if isinstance(value, Decimal):
        if value.is_finite():
            number = value
    elif isinstance(value, float):
        if math.isfinite(value):
            number = Decimal(repr(float(value)))
    elif isinstance(value, int) and not isinstance(value, bool):
        number = Decimal(value)
    elif isinstance(value, str) and _NUMBER.fullmatch(value):
        number = Decimal(value)
    if number is None:
        raise StatsParseError(path, f"expected a finite number, got {_describe(value)}")
    # The exports write costs in fixed-point notation: 1E+999999999 would be a billion digits.
    if number.adjusted() > _MAX_EXPONENT or int(number.as_tuple().exponent) < -_MAX_EXPONENT:
        raise StatsParseError(
            path,
            f"expected an amount below 1e{_MAX_EXPONENT} with at most {_MAX_EXPONENT} decimal "
            f"places, got {_describe(value)}",
        )
    return number


def _int(value: Any, path: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if (
        isinstance(value, Decimal)
        and value.is_finite()
        and value.adjusted() < _MAX_INT_DIGITS
        and value == value.to_integral_value()
    ):
        return int(value)
    if isinstance(value, str) and value.isascii() and value.isdigit():
        if len(value) <= _MAX_INT_DIGITS:
            return int(value)
    raise StatsParseError(path, f"expected an integer, got {_describe(value)}")


def _opt_str(value: Any, path: str, key: str = "") -> str | None:
    """`value` if it is a string or None; the error names ``path + key``."""
    if value is None or isinstance(value, str):
        return value
    raise StatsParseError(path + key, f"expected a string, got {_describe(value)}")


def _datetime(value: Any, path: str) -> datetime:
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            try:
                parsed = isoparse(value)
            except (ValueError, OverflowError):
                raise StatsParseError(
                    path, f"expected an ISO 8601 timestamp, got {_describe(value)}"
                ) from None
    else:
        raise StatsParseError(path, f"expected an ISO 8601 timestamp, got {_describe(value)}")
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        return parsed.replace(tzinfo=_UTC)
    return parsed.astimezone(_UTC)


def _date(value: Any, path: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            if len(value) == 10:
                return date.fromisoformat(value)
            # the calendar date as written, not shifted to UTC
            return datetime.fromisoformat(value).date()
        except ValueError:
            try:
                return isoparse(value).date()
            except (ValueError, OverflowError):
                pass
    raise StatsParseError(path, f"expected an ISO 8601 date or timestamp, got {_describe(value)}")
