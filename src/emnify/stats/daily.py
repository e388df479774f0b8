"""Daily usage statistics: the answers of ``GET /api/v1/sim/{id}/stats/daily`` and
``GET /api/v1/endpoint/{id}/stats/daily``, typed.

What the API sends (emnify's spec for the endpoint operation; the SIM operation's answer is
left untyped there and has the same shape): a JSON **array with one object per day**::

    [{"date": "2024-03-01",
      "data": {"volume": 1.5, "volume_tx": 0.5, "volume_rx": 1.0, "cost": 0.0123,
               "traffic_type": {"id": 5, "description": "Data", "unit": "MB"},
               "currency": {"id": 1, "code": "EUR", "symbol": "€"}},
      "sms": {...same fields, volumes in messages...}},
     ...]

The range is chosen with the query parameters ``start_date`` and ``end_date``
(``YYYY-MM-DD``; without either, the current month). The parser holds up against what the live
API really sends (../shared/emnify-api-facts.md): numbers as strings (emnify's documentation
shows ``"volume": "0.796092"``), ``null`` or missing ``data``/``sms`` for a day without such
traffic, a missing ``cost`` (the data cost is deprecated, and absent for organisations with
multi-inclusive volumes), a ``date`` given as a timestamp. Costs are exact
:class:`decimal.Decimal` values. The satellite kinds (``sat_geo_data``, ``sat_geo_sms``) carry
no traffic type id and are not kept.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from emnify.errors import ConfigurationError
from emnify.stats.model import DATA, TRAFFIC_KINDS, _DataAndSms
from emnify.stats.parse import (
    _DEFAULTS,
    StatsParseError,
    _as_mapping,
    _date,
    _decimal,
    _describe,
    _float,
    _int,
    _opt_str,
)
from emnify.stats.summary import FleetSummary, _exact, _TopN

__all__ = [
    "DailyStats",
    "DailySummary",
    "DailyUsage",
    "DayUsage",
    "check_date_range",
    "daily_query",
    "daily_to_json",
    "parse_daily_stats",
    "parse_daily_stats_json",
]


@dataclass(frozen=True, slots=True)
class DailyUsage:
    """How much of one traffic kind a SIM (or endpoint) used on one day.

    The fields mean what they mean in :class:`~emnify.stats.TrafficUsage`: volumes are floats
    in :attr:`unit` (``"MB"`` or ``"SMS"``), rx received by the device, tx sent by it;
    :attr:`cost` is exact, ``None`` when the API gave none.
    """

    #: ``"data"`` or ``"sms"``
    kind: str
    #: 5 for data, 6 for SMS
    traffic_type_id: int
    #: the API's description of the traffic type (e.g. ``"Data"``), if given
    traffic_type: str | None
    unit: str
    #: the day (UTC calendar date)
    date: date
    volume: float
    volume_rx: float
    volume_tx: float
    cost: Decimal | None
    #: ISO currency code such as ``"EUR"``; ``None`` when the record names no currency
    currency: str | None
    currency_id: int | None
    currency_symbol: str | None


@dataclass(frozen=True, slots=True)
class DayUsage(_DataAndSms[DailyUsage]):
    """One day: a data record and an SMS record, each ``None`` when the API gave none."""

    date: date
    data: DailyUsage | None = None
    sms: DailyUsage | None = None


@dataclass(frozen=True, slots=True)
class DailyStats:
    """The daily statistics of one SIM or endpoint over a range of days.

    :attr:`days` are sorted by date (as the API sent them when it sent them in order; the API
    may send the newest day first). A day the API left out is not invented.
    """

    #: the SIM id the statistics were asked for (``None`` for an endpoint's)
    sim_id: int | None
    #: the endpoint id the statistics were asked for (``None`` for a SIM's)
    endpoint_id: int | None
    days: tuple[DayUsage, ...]

    def usages(self) -> Iterator[DailyUsage]:
        """Every record present, day by day, data before SMS."""
        for day in self.days:
            yield from day

    @property
    def has_traffic(self) -> bool:
        """Whether any day shows a non-zero volume."""
        return any(u.volume or u.volume_rx or u.volume_tx for u in self.usages())


def parse_daily_stats(
    payload: Any, *, sim_id: int | None = None, endpoint_id: int | None = None
) -> DailyStats:
    """Parse the decoded JSON of a daily stats answer (a list of day objects; ``[]`` for
    none). Give ``sim_id`` or ``endpoint_id`` to name whose statistics they are.

    Costs given as floats are converted through ``repr`` (exact up to 15 significant digits);
    for costs exact to the last digit parse the raw body with :func:`parse_daily_stats_json`.
    Raises :class:`~emnify.stats.StatsParseError` naming the offending value
    (``"[3].data.volume: expected a finite number, ..."``).
    """
    for name, value in (("sim_id", sim_id), ("endpoint_id", endpoint_id)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise TypeError(f"{name} must be an int or None, got {value!r}")
    if payload is None:
        payload = []
    if not isinstance(payload, list):
        raise StatsParseError("", f"expected a JSON list of days, got {_describe(payload)}")
    days = [_day(item, f"[{index}]") for index, item in enumerate(payload)]
    days.sort(key=lambda day: day.date)
    return DailyStats(sim_id=sim_id, endpoint_id=endpoint_id, days=tuple(days))


def parse_daily_stats_json(
    body: bytes | str, *, sim_id: int | None = None, endpoint_id: int | None = None
) -> DailyStats:
    """Parse the raw body of a daily stats answer, costs exact to the last digit (the JSON is
    decoded with ``parse_float=Decimal``); otherwise as :func:`parse_daily_stats`."""
    if isinstance(body, (bytearray, memoryview)):
        body = bytes(body)
    elif not isinstance(body, (bytes, str)):
        raise TypeError(f"body must be the response body as bytes or str, got {_describe(body)}")
    try:
        payload = json.loads(body, parse_float=Decimal)
    except (ValueError, RecursionError) as exc:
        raise StatsParseError("", f"the response body is not JSON: {exc}") from None
    return parse_daily_stats(payload, sim_id=sim_id, endpoint_id=endpoint_id)


def _day(value: Any, path: str) -> DayUsage:
    day = _as_mapping(value, path)
    if day is None:
        raise StatsParseError(path, f"expected a day object, got {_describe(value)}")
    raw_date = day.get("date")
    if raw_date is None:
        raise StatsParseError(f"{path}.date", "missing")
    when = _date(raw_date, f"{path}.date")
    data, sms = (_record(day.get(kind), f"{path}.{kind}", kind, when) for kind in TRAFFIC_KINDS)
    return DayUsage(when, data, sms)


def _record(value: Any, path: str, kind: str, when: date) -> DailyUsage | None:
    rec = _as_mapping(value, path)
    if not rec:  # absent, null, [] or {}: no record of this kind that day
        return None
    default_type_id, default_unit = _DEFAULTS[kind]
    type_id, description, unit = default_type_id, None, default_unit
    traffic_type = _as_mapping(rec.get("traffic_type"), f"{path}.traffic_type")
    if rec.get("traffic_type_id") is not None:
        type_id = _int(rec["traffic_type_id"], f"{path}.traffic_type_id")
    elif traffic_type is not None and traffic_type.get("id") is not None:
        type_id = _int(traffic_type["id"], f"{path}.traffic_type.id")
    if traffic_type is not None:
        description = _opt_str(traffic_type.get("description"), path, ".traffic_type.description")
        unit = _opt_str(traffic_type.get("unit"), path, ".traffic_type.unit") or default_unit
    code = symbol = currency_id = None
    if rec.get("currency_id") is not None:
        currency_id = _int(rec["currency_id"], f"{path}.currency_id")
    currency = _as_mapping(rec.get("currency"), f"{path}.currency")
    if currency is not None:
        code = _opt_str(currency.get("code"), path, ".currency.code")
        symbol = _opt_str(currency.get("symbol"), path, ".currency.symbol")
        if currency_id is None and currency.get("id") is not None:
            currency_id = _int(currency["id"], f"{path}.currency.id")
    volumes = []
    for key in ("volume", "volume_rx", "volume_tx"):
        raw = rec.get(key)
        if raw is None:
            raise StatsParseError(f"{path}.{key}", "missing" if key not in rec else "is null")
        volumes.append(_float(raw, f"{path}.{key}"))
    raw_cost = rec.get("cost")
    cost = None if raw_cost is None else _decimal(raw_cost, f"{path}.cost")
    return DailyUsage(
        kind=kind,
        traffic_type_id=type_id,
        traffic_type=description,
        unit=unit,
        date=when,
        volume=volumes[0],
        volume_rx=volumes[1],
        volume_tx=volumes[2],
        cost=cost,
        currency=code,
        currency_id=currency_id,
        currency_symbol=symbol,
    )


# -- the range asked for -------------------------------------------------------------------------


def _as_date(value: object, name: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        raise ConfigurationError(f"{name} must be a date, not a datetime ({value!r})")
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    shown = repr(value) if len(repr(value)) <= 40 else type(value).__name__
    raise ConfigurationError(f"{name} must be a date or a YYYY-MM-DD string, not {shown}")


def check_date_range(start: object, end: object) -> tuple[date | None, date | None]:
    """``(start, end)`` as dates (each a ``date``, a ``YYYY-MM-DD`` string or ``None`` for the
    API's default); raises :class:`~emnify.errors.ConfigurationError` for anything else and for
    a start after the end."""
    first = _as_date(start, "start")
    last = _as_date(end, "end")
    if first is not None and last is not None and first > last:
        raise ConfigurationError(f"start ({first}) must not be after end ({last})")
    return first, last


def daily_query(start: date | None, end: date | None) -> str:
    """The query string (``""`` or ``"?start_date=...&end_date=..."``) for a checked range."""
    parts = []
    if start is not None:
        parts.append(f"start_date={start.isoformat()}")
    if end is not None:
        parts.append(f"end_date={end.isoformat()}")
    return "?" + "&".join(parts) if parts else ""


# -- output --------------------------------------------------------------------------------------


def _usage_json(u: DailyUsage) -> dict[str, Any]:
    return {
        "traffic_type": u.kind,
        "traffic_type_id": u.traffic_type_id,
        "description": u.traffic_type,
        "volume": u.volume,
        "volume_rx": u.volume_rx,
        "volume_tx": u.volume_tx,
        "unit": u.unit,
        "cost": None if u.cost is None else format(u.cost, "f"),
        "currency": u.currency,
    }


def daily_to_json(stats: DailyStats) -> dict[str, Any]:
    """One SIM's (or endpoint's) daily statistics as a JSON-safe dict: ``sim_id`` or
    ``endpoint_id``, and ``days``: ``[{"date": "YYYY-MM-DD", "data": record | null, "sms":
    record | null}, ...]``; a record has ``traffic_type``, ``traffic_type_id``,
    ``description``, ``volume``, ``volume_rx``, ``volume_tx``, ``unit``, ``cost`` (a decimal
    string, exact) and ``currency``."""
    out: dict[str, Any] = (
        {"endpoint_id": stats.endpoint_id}
        if stats.endpoint_id is not None
        else {"sim_id": stats.sim_id}
    )
    out["days"] = [
        {
            "date": day.date.isoformat(),
            "data": None if day.data is None else _usage_json(day.data),
            "sms": None if day.sms is None else _usage_json(day.sms),
        }
        for day in stats.days
    ]
    return out


class DailySummary(FleetSummary):
    """Fleet totals over daily statistics: per traffic type and currency over the whole range
    (period ``"days"``), the counts of SIMs with and without traffic and failed, and the top
    consumers by data volume and by cost over the range. Fed like :class:`FleetSummary`."""

    #: what the rankings cover, for their titles
    top_title = "Top consumers over the days fetched"

    def add(self, item: Any) -> None:
        """Fold one SIM's daily statistics, or one bulk result of them, into the totals."""
        if isinstance(item, DailyStats):
            stats = item
        else:
            error = getattr(item, "error", None)
            inner = getattr(item, "stats", None)
            if error is not None or not isinstance(inner, DailyStats):
                if error is None:
                    raise TypeError(f"expected DailyStats or BulkResult, got {type(item).__name__}")
                super().add(item)  # counts the failure
                return
            stats = inner
        self.sims += 1
        if stats.has_traffic:
            self.with_traffic += 1
        else:
            self.without_traffic += 1
        ident = stats.sim_id if stats.sim_id is not None else stats.endpoint_id
        # one SIM counts once per traffic type and currency: its days are summed first
        sums: dict[tuple[int, str | None, str], list[Any]] = {}
        for u in stats.usages():
            entry = sums.get((u.traffic_type_id, u.currency, u.unit))
            if entry is None:
                entry = sums[(u.traffic_type_id, u.currency, u.unit)] = [
                    Decimal(0),
                    Decimal(0),
                    Decimal(0),
                    None,
                    set(),
                ]
            entry[0] += _exact(u.volume_rx)
            entry[1] += _exact(u.volume_tx)
            entry[2] += _exact(u.volume)
            if u.cost is not None:
                entry[3] = u.cost if entry[3] is None else entry[3] + u.cost
            entry[4].add(u.date.replace(day=1))
        sim_cost: dict[str | None, Decimal] = {}
        data_volume = 0.0
        for (type_id, currency, unit), (rx, tx, total, cost, months) in sums.items():
            usage_total = self._total("days", type_id, currency, unit)
            usage_total.months.update(months)
            usage_total._add(rx, tx, total, cost)
            if cost is not None:
                sim_cost[currency] = sim_cost.get(currency, Decimal(0)) + cost
            if type_id == DATA:
                data_volume += float(total)
        if any(u.traffic_type_id == DATA for u in stats.usages()):
            self._top_data.push(data_volume, ident)
        for currency, cost in sim_cost.items():
            ranking = self._top_cost.get(currency)
            if ranking is None:
                ranking = self._top_cost[currency] = _TopN(self._top)
            ranking.push(cost, ident)
