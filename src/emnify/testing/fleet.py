"""A seeded, deterministic fleet of SIMs and endpoints, with their usage statistics.

Everything a client can read from the simulator is a pure function of ``(seed, size)`` and, for
statistics, of the request time. The same functions that build response bodies are public, so a
test can compute the expected answer (for example fleet-wide totals) without going through HTTP.

Usage model
-----------
Each SIM has a static *profile* drawn at start-up: whether it uses data and/or SMS at all (a
share of SIMs never has traffic), its currency (EUR or USD), per-MB and per-SMS prices, and how
busy it is. Daily traffic for a calendar month is drawn from a generator seeded with
``(seed, sim_id, year, month)``, so a day's numbers never change, whatever the request time.

* ``current_month`` is the sum of days 1..today, ``last_month`` the whole previous month; a
  period (or its ``data``/``sms`` part) is left out when it has no traffic.
* Volumes are kept as integers (data in millionths of a MB, SMS as counts) and costs as
  integers in 1e-8 of the currency; a month's cost is the sum of its days' costs. Served floats
  are exact conversions of those integers, so ``Decimal(str(value))`` recovers them exactly.
* ``last_hour`` holds one value per minute for the 60 minutes before the request, keyed by the
  minute's wall-clock ``"HH:MM"`` (UTC) and derived from a hash of ``(seed, sim, minute)``.
"""

from __future__ import annotations

import calendar
import json
import math
import random
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from functools import lru_cache
from typing import Any, Literal

__all__ = [
    "CURRENCIES",
    "ENDPOINT_STATUSES",
    "SIM_STATUSES",
    "TRAFFIC_DATA",
    "TRAFFIC_SMS",
    "TRAFFIC_TYPES",
    "Fleet",
    "QueryError",
    "UsageTotals",
    "luhn_check_digit",
    "stats_record_id",
]

TRAFFIC_DATA = 5
TRAFFIC_SMS = 6

TRAFFIC_TYPES: dict[int, dict[str, Any]] = {
    TRAFFIC_DATA: {"id": TRAFFIC_DATA, "description": "Data", "unit": "MB"},
    TRAFFIC_SMS: {"id": TRAFFIC_SMS, "description": "SMS", "unit": "SMS"},
}
CURRENCIES: dict[int, dict[str, Any]] = {
    1: {"id": 1, "code": "EUR", "symbol": "€"},
    2: {"id": 2, "code": "USD", "symbol": "$"},
}
SIM_STATUSES = {0: "Issued", 1: "Activated", 2: "Suspended", 3: "Deleted", 4: "Factory Test"}
ENDPOINT_STATUSES = {0: "Enabled", 1: "Disabled", 2: "Deleted"}

_MASK64 = (1 << 64) - 1
_VOLUME_UNITS = 1_000_000  # data volumes are integers in 1e-6 MB
_COST_UNITS = 100_000_000  # costs are integers in 1e-8 of the currency
_MINUTE_LABELS = tuple(f"{m // 60:02d}:{m % 60:02d}" for m in range(1440))

_ORGS = (
    {"id": 1, "name": "Simulated Fleet GmbH", "country": {"id": 74, "name": "Germany"}},
    {"id": 2, "name": "emnify GmbH", "country": {"id": 74, "name": "Germany"}},
)
_COUNTRY_DE = {
    "id": 74,
    "name": "Germany",
    "country_code": 49,
    "mcc": 262,
    "iso_code": "de",
    "latitude": 51.0,
    "longitude": 9.0,
}
_MODELS: tuple[dict[str, Any], ...] = (
    {
        "id": 1,
        "memory_size": 128,
        "formfactor": {"id": 1, "name": "3-in-1 Standard/Micro/Nano"},
        "manufacturer": {"id": 1, "name": "Gemalto"},
    },
    {
        "id": 3,
        "memory_size": 512,
        "formfactor": {"id": 4, "name": "MFF2 (embedded)"},
        "manufacturer": {"id": 2, "name": "Giesecke+Devrient"},
    },
)
_NAME_PREFIXES = ("tracker", "meter", "sensor", "gateway", "vending", "scooter")
_TAGS = (None, "fleet-a", "fleet-b", "cold-chain", "pilot,fleet-a", "returns")
_SERVICE_PROFILES = ({"id": 11, "name": "Default"}, {"id": 12, "name": "Data only"})
_TARIFF_PROFILES = ({"id": 21, "name": "Global Standard"}, {"id": 22, "name": "Europe Lite"})


def _mix(value: int) -> int:
    """SplitMix64 finaliser: a cheap, well-spread 64-bit hash of an integer."""
    value = (value + 0x9E3779B97F4A7C15) & _MASK64
    value = ((value ^ (value >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
    value = ((value ^ (value >> 27)) * 0x94D049BB133111EB) & _MASK64
    return value ^ (value >> 31)


def luhn_check_digit(digits: str) -> str:
    """The Luhn check digit to append to ``digits``."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        digit = int(char)
        if position % 2 == 0:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return str((10 - total % 10) % 10)


def stats_record_id(sim_id: int, year: int, month: int, traffic_type_id: int) -> int:
    """The ``id`` of a monthly stats record: SIM id, 4-digit year, 2-digit month, type id."""
    return int(f"{sim_id}{year:04d}{month:02d}{traffic_type_id}")


def _iso(moment: datetime) -> str:
    return f"{moment:%Y-%m-%dT%H:%M:%S}.000Z"


def _iso_day(day: date) -> str:
    return f"{day:%Y-%m-%d}T00:00:00.000Z"


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("the simulator clock must return timezone-aware datetimes")
    return moment.astimezone(timezone.utc)


def _prev_month(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


class QueryError(ValueError):
    """A ``q`` or ``sort`` parameter the simulator cannot apply (served as 422)."""

    def __init__(self, error_code: int, error_token: str, message: str) -> None:
        super().__init__(message)
        self.error_code = error_code
        self.error_token = error_token
        self.message = message


@dataclass(frozen=True)
class _MonthTotals:
    data_tx: int
    data_rx: int
    data_cost: int
    sms_tx: int
    sms_rx: int
    sms_cost: int


@dataclass(frozen=True)
class UsageTotals:
    """Exact sums over a set of SIMs for one period and traffic type.

    ``volume*`` are MB for data and message counts for SMS; ``cost`` maps currency code to the
    summed cost; ``records`` counts the SIMs that had a record.
    """

    volume: Decimal = Decimal(0)
    volume_tx: Decimal = Decimal(0)
    volume_rx: Decimal = Decimal(0)
    cost: dict[str, Decimal] = field(default_factory=dict)
    records: int = 0


Period = Literal["last_month", "current_month"]


class Fleet:
    """``size`` SIMs, each linked to one endpoint, generated from ``seed``.

    SIM ids start at ``first_sim_id`` and grow with occasional gaps; endpoint ids do the same
    from ``first_endpoint_id``. Lookups by id are dictionary lookups.
    """

    def __init__(
        self,
        size: int,
        seed: int = 1,
        *,
        first_sim_id: int = 1000,
        first_endpoint_id: int = 7000,
    ) -> None:
        if size < 0:
            raise ValueError("size must be >= 0")
        self.size = size
        self.seed = seed
        rng = random.Random(seed)
        self._key = _mix(seed & _MASK64)
        self._iccid_base = rng.randrange(10**10)
        self._imsi_base = rng.randrange(10**8)
        self._msisdn_base = rng.randrange(10**7)

        self.sim_ids: list[int] = []
        self.endpoint_ids: list[int] = []
        self.sim_status = bytearray(size)
        self.endpoint_status = bytearray(size)
        self._production = [0] * size  # date ordinals
        self._activation = [0] * size  # date ordinals, 0 = never activated
        self._uses_data = bytearray(size)
        self._uses_sms = bytearray(size)
        self._online = bytearray(size)
        self._currency = bytearray(size)
        self._data_rate = [0] * size  # cost per MB in 1e-8
        self._sms_rate = [0] * size  # cost per SMS in 1e-8
        self._data_mean = [0.0] * size  # mean daily volume per direction in 1e-6 MB
        self._data_p = [0.0] * size
        self._sms_p = [0.0] * size

        first_day = date(2019, 1, 1).toordinal()
        last_day = date(2023, 12, 31).toordinal()
        sim_id, endpoint_id = first_sim_id, first_endpoint_id
        for index in range(size):
            self.sim_ids.append(sim_id)
            self.endpoint_ids.append(endpoint_id)
            sim_id += 1 + (rng.randrange(1, 4) if rng.random() < 0.1 else 0)
            endpoint_id += 1 + (rng.randrange(1, 3) if rng.random() < 0.05 else 0)

            roll = rng.random()
            status = 1 if roll < 0.82 else 2 if roll < 0.90 else 0 if roll < 0.97 else 4
            self.sim_status[index] = status
            self.endpoint_status[index] = 0 if rng.random() < 0.9 else 1
            produced = rng.randint(first_day, last_day)
            self._production[index] = produced
            if status in (1, 2):
                self._activation[index] = produced + rng.randint(7, 120)
            usage = rng.random()
            active = status in (1, 2) and usage >= 0.15  # 15% of SIMs never have traffic
            self._uses_data[index] = active and usage < 0.90  # 20% data only, 55% both
            self._uses_sms[index] = active and usage >= 0.35  # 10% sms only
            self._online[index] = self._uses_data[index] and rng.random() < 0.4
            self._currency[index] = 1 if rng.random() < 0.7 else 2
            self._data_rate[index] = rng.randint(500_000, 9_000_000)
            self._sms_rate[index] = rng.choice((6_000_000, 7_500_000, 9_000_000, 12_500_000))
            self._data_mean[index] = math.exp(rng.gauss(12.5, 1.4))
            self._data_p[index] = rng.uniform(0.3, 1.0)
            self._sms_p[index] = rng.uniform(0.05, 0.5)

        self._sim_index = {value: index for index, value in enumerate(self.sim_ids)}
        self._endpoint_index = {value: index for index, value in enumerate(self.endpoint_ids)}
        self._month_totals = lru_cache(maxsize=262_144)(self._compute_month_totals)
        self._selections: dict[tuple[str, str, str], list[int]] = {}
        self._idle_hour: tuple[int, str] = (-1, "")

    # -- lookups --------------------------------------------------------------------------------

    def __len__(self) -> int:
        return self.size

    def sim_index(self, sim_id: int) -> int | None:
        """Position of a SIM id in the fleet, or ``None``."""
        return self._sim_index.get(sim_id)

    def endpoint_index(self, endpoint_id: int) -> int | None:
        """Position of an endpoint id in the fleet, or ``None``."""
        return self._endpoint_index.get(endpoint_id)

    def sim_id_for_endpoint(self, endpoint_id: int) -> int | None:
        """The SIM linked to an endpoint, or ``None`` for an unknown endpoint."""
        index = self._endpoint_index.get(endpoint_id)
        return None if index is None else self.sim_ids[index]

    def has_traffic(self, sim_id: int) -> tuple[bool, bool]:
        """Whether a SIM's profile uses (data, SMS) at all."""
        index = self._require(sim_id)
        return bool(self._uses_data[index]), bool(self._uses_sms[index])

    def currency_of(self, sim_id: int) -> dict[str, Any]:
        """The currency a SIM's costs are in."""
        return dict(CURRENCIES[self._currency[self._require(sim_id)]])

    def _require(self, sim_id: int) -> int:
        index = self._sim_index.get(sim_id)
        if index is None:
            raise KeyError(sim_id)
        return index

    # -- identifiers ----------------------------------------------------------------------------

    def iccid(self, index: int) -> str:
        """19-digit ICCID (without check digit) of the SIM at ``index``."""
        return f"8988303{(self._iccid_base + self.sim_ids[index]) % 10**12:012d}"

    def iccid_with_luhn(self, index: int) -> str:
        """20-digit ICCID including its Luhn check digit."""
        iccid = self.iccid(index)
        return iccid + luhn_check_digit(iccid)

    def imsi(self, index: int) -> str:
        """15-digit IMSI of the SIM at ``index``."""
        return f"295050{(self._imsi_base + self.sim_ids[index]) % 10**9:09d}"

    def msisdn(self, index: int) -> str:
        """12-digit MSISDN of the SIM at ``index``."""
        return f"42377{(self._msisdn_base + self.sim_ids[index]) % 10**7:07d}"

    def endpoint_name(self, index: int) -> str:
        """Human-looking endpoint name, e.g. ``"meter-00042"``."""
        prefix = _NAME_PREFIXES[_mix(self._key ^ (self.endpoint_ids[index] << 1)) % 6]
        return f"{prefix}-{index + 1:05d}"

    def ip_address(self, index: int) -> str:
        """Unique private IPv4 address of the endpoint at ``index``."""
        number = index + 2
        return f"10.{(number >> 16) & 255}.{(number >> 8) & 255}.{number & 255}"

    # -- objects --------------------------------------------------------------------------------

    def _status(self, index: int) -> dict[str, Any]:
        status = self.sim_status[index]
        return {"id": status, "description": SIM_STATUSES[status]}

    def sim_object(self, index: int) -> dict[str, Any]:
        """The SIM resource at ``index`` as ``GET /api/v1/sim/{id}`` serves it."""
        sim_id = self.sim_ids[index]
        bits = _mix(self._key ^ sim_id)
        produced = datetime.fromordinal(self._production[index]).replace(tzinfo=timezone.utc)
        produced += timedelta(seconds=bits % 86_400)
        sim: dict[str, Any] = {
            "id": sim_id,
            "iccid": self.iccid(index),
            "iccid_with_luhn": self.iccid_with_luhn(index),
            "production_date": _iso(produced),
        }
        if self._activation[index]:
            activated = datetime.fromordinal(self._activation[index]).replace(tzinfo=timezone.utc)
            sim["activation_date"] = _iso(activated + timedelta(seconds=(bits >> 20) % 86_400))
        sim["status"] = self._status(index)
        sim["customer_org"] = {**_ORGS[0], "country": dict(_COUNTRY_DE)}
        sim["issuer_org"] = {**_ORGS[1], "country": dict(_COUNTRY_DE)}
        sim["endpoint"] = {
            "id": self.endpoint_ids[index],
            "name": self.endpoint_name(index),
        }
        sim["imsi"] = self.imsi(index)
        sim["msisdn"] = self.msisdn(index)
        model = _MODELS[(bits >> 40) % 2]
        sim["model"] = {
            **model,
            "formfactor": dict(model["formfactor"]),
            "manufacturer": dict(model["manufacturer"]),
        }
        if model["id"] == 3:
            sim["eid"] = f"89049032{(self._iccid_base * 7 + sim_id) % 10**24:024d}"
        return sim

    def endpoint_object(self, index: int) -> dict[str, Any]:
        """The endpoint resource at ``index`` as ``GET /api/v1/endpoint/{id}`` serves it."""
        endpoint_id = self.endpoint_ids[index]
        bits = _mix(self._key ^ (endpoint_id << 2))
        start = self._activation[index] or self._production[index] + 3
        created = datetime.fromordinal(start).replace(tzinfo=timezone.utc)
        created += timedelta(seconds=bits % 86_400)
        updated = created + timedelta(days=(bits >> 17) % 200, seconds=(bits >> 30) % 86_400)
        status = self.endpoint_status[index]
        imei = f"35{(bits >> 8) % 10**12:012d}"
        imei = imei.ljust(14, "0")[:14]
        return {
            "id": endpoint_id,
            "name": self.endpoint_name(index),
            "tags": _TAGS[(bits >> 50) % len(_TAGS)],
            "created": _iso(created),
            "last_updated": _iso(updated),
            "status": {"id": status, "description": ENDPOINT_STATUSES[status]},
            "service_profile": dict(_SERVICE_PROFILES[(bits >> 3) % 2]),
            "tariff_profile": dict(_TARIFF_PROFILES[(bits >> 5) % 2]),
            "ip_address": self.ip_address(index),
            "ip_address_space": {"id": 3},
            "sim": {
                "id": self.sim_ids[index],
                "iccid": self.iccid(index),
                "iccid_with_luhn": self.iccid_with_luhn(index),
                "imsi": self.imsi(index),
                "msisdn": self.msisdn(index),
                "status": self._status(index),
            },
            "imei": imei + "0",
            "imei_with_luhn": imei + luhn_check_digit(imei),
            "imei_lock": bool((bits >> 7) & 1),
        }

    # -- listing --------------------------------------------------------------------------------

    def select(self, kind: Literal["sim", "endpoint"], q: str, sort: str) -> list[int]:
        """Indices matching the ``q`` filter, ordered by ``sort``; raises :class:`QueryError`."""
        key = (kind, q, sort)
        cached = self._selections.get(key)
        if cached is not None:
            return cached
        indices = self._filter(kind, q)
        indices = self._sort(kind, indices, sort)
        if len(self._selections) >= 64:
            self._selections.clear()
        self._selections[key] = indices
        return indices

    def _filter(self, kind: str, q: str) -> list[int]:
        criteria: dict[str, list[str]] = {}
        for part in q.split(","):
            part = part.strip()
            if not part:
                continue
            name, sep, value = part.partition(":")
            if not sep or not name.strip() or not value.strip():
                raise QueryError(1301, "InvalidFilter", f"filter {part!r} is not <field>:<value>")
            criteria.setdefault(name.strip(), []).append(value.strip())
        indices = list(range(self.size))
        for name, values in criteria.items():
            test = self._predicate(kind, name, values)
            indices = [index for index in indices if test(index)]
        return indices

    def _predicate(self, kind: str, name: str, values: list[str]) -> Any:
        def ints() -> set[int]:
            try:
                return {int(value) for value in values}
            except ValueError:
                raise QueryError(
                    1301, "InvalidFilter", f"filter {name!r} needs an integer value"
                ) from None

        if kind == "sim":
            if name == "status":
                wanted = ints()
                return lambda index: self.sim_status[index] in wanted
            if name == "id":
                wanted = ints()
                return lambda index: self.sim_ids[index] in wanted
            if name == "endpoint":
                wanted = ints()
                return lambda index: self.endpoint_ids[index] in wanted
            strings = {
                "iccid": self.iccid,
                "iccid_with_luhn": self.iccid_with_luhn,
                "imsi": self.imsi,
                "msisdn": self.msisdn,
            }
        else:
            if name == "status":
                wanted = ints()
                return lambda index: self.endpoint_status[index] in wanted
            if name == "id":
                wanted = ints()
                return lambda index: self.endpoint_ids[index] in wanted
            if name == "sim":
                wanted = ints()
                return lambda index: self.sim_ids[index] in wanted
            if name in ("name", "tags"):
                needles = [value.lower() for value in values]
                if name == "name":
                    return lambda index: any(n in self.endpoint_name(index) for n in needles)

                def has_tag(index: int) -> bool:
                    bits = _mix(self._key ^ (self.endpoint_ids[index] << 2))
                    tags = _TAGS[(bits >> 50) % len(_TAGS)] or ""
                    return any(needle in tags.lower() for needle in needles)

                return has_tag
            strings = {"ip_address": self.ip_address}
        getter = strings.get(name)
        if getter is None:
            raise QueryError(1301, "InvalidFilter", f"cannot filter {kind}s by {name!r}")
        wanted_strings = set(values)
        return lambda index: getter(index) in wanted_strings

    def _sort(self, kind: str, indices: list[int], sort: str) -> list[int]:
        fields = [part.strip() for part in sort.split(",") if part.strip()]
        if kind == "sim":
            keys: dict[str, Any] = {
                "id": lambda index: index,
                "iccid": lambda index: self.iccid(index),
                "status": lambda index: self.sim_status[index],
                "production_date": lambda index: self._production[index],
                "endpoint": lambda index: index,
            }
        else:
            keys = {
                "id": lambda index: index,
                "name": lambda index: self.endpoint_name(index),
                "status": lambda index: self.endpoint_status[index],
                "ip_address": lambda index: index,
            }
        ordered = sorted(indices)  # ties keep ascending id
        for part in reversed(fields):
            descending = part.startswith("-")
            name = part.lstrip("+-").strip()
            key = keys.get(name)
            if key is None:
                raise QueryError(1302, "InvalidSortCriteria", f"cannot sort {kind}s by {name!r}")
            ordered.sort(key=key, reverse=descending)
        return ordered

    # -- usage ----------------------------------------------------------------------------------

    def _month_days(self, index: int, year: int, month: int) -> list[tuple[int, ...]]:
        """Per-day ``(data_tx, data_rx, data_cost, sms_tx, sms_rx, sms_cost)`` of a month."""
        days = calendar.monthrange(year, month)[1]
        uses_data, uses_sms = self._uses_data[index], self._uses_sms[index]
        activation = self._activation[index]
        first = date(year, month, 1).toordinal()
        if not (uses_data or uses_sms) or not activation or activation > first + days - 1:
            return [(0, 0, 0, 0, 0, 0)] * days
        rng = random.Random(
            ((self.seed & _MASK64) << 64) | (self.sim_ids[index] << 20) | (year * 12 + month)
        )
        mean, data_p, sms_p = self._data_mean[index], self._data_p[index], self._sms_p[index]
        data_rate, sms_rate = self._data_rate[index], self._sms_rate[index]
        result: list[tuple[int, ...]] = []
        for day in range(days):
            draw_data, draw_sms = rng.random(), rng.random()
            tx_scale, rx_scale = rng.random(), rng.random()
            sms_draw = rng.random()
            if first + day < activation:
                result.append((0, 0, 0, 0, 0, 0))
                continue
            data_tx = data_rx = data_cost = sms_tx = sms_rx = sms_cost = 0
            if uses_data and draw_data < data_p:
                data_tx = int(mean * 0.4 * (0.2 + 1.6 * tx_scale))
                data_rx = int(mean * (0.2 + 1.6 * rx_scale))
                data_cost = ((data_tx + data_rx) * data_rate + _VOLUME_UNITS // 2) // _VOLUME_UNITS
            if uses_sms and draw_sms < sms_p:
                sms_tx = int(sms_draw * 4)
                sms_rx = 1 + int(sms_draw * 1000) % 3
                sms_cost = (sms_tx + sms_rx) * sms_rate
            result.append((data_tx, data_rx, data_cost, sms_tx, sms_rx, sms_cost))
        return result

    def _compute_month_totals(self, index: int, year: int, month: int, upto: int) -> _MonthTotals:
        days = self._month_days(index, year, month)[:upto]
        sums = [sum(column) for column in zip(*days, strict=True)] if days else [0] * 6
        return _MonthTotals(*sums)

    def daily_usage(self, sim_id: int, day: date) -> tuple[int, ...]:
        """Raw integers for one SIM and day (data in 1e-6 MB, costs in 1e-8)."""
        index = self._require(sim_id)
        return self._month_days(index, day.year, day.month)[day.day - 1]

    def _record(
        self,
        index: int,
        year: int,
        month: int,
        traffic_type: int,
        tx: int,
        rx: int,
        cost: int,
        updated: str,
    ) -> dict[str, Any]:
        sim_id = self.sim_ids[index]
        currency = self._currency[index]
        if traffic_type == TRAFFIC_DATA:
            volume: float | int = (tx + rx) / _VOLUME_UNITS
            volume_tx: float | int = tx / _VOLUME_UNITS
            volume_rx: float | int = rx / _VOLUME_UNITS
        else:
            volume, volume_tx, volume_rx = tx + rx, tx, rx
        return {
            "sim_id": sim_id,
            "month": f"{year:04d}-{month:02d}-01T00:00:00.000Z",
            "volume": volume,
            "volume_tx": volume_tx,
            "volume_rx": volume_rx,
            "traffic_type_id": traffic_type,
            "last_updated": updated,
            "cost": cost / _COST_UNITS,
            "currency_id": currency,
            "id": stats_record_id(sim_id, year, month, traffic_type),
            "traffic_type": dict(TRAFFIC_TYPES[traffic_type]),
            "currency": dict(CURRENCIES[currency]),
        }

    def _period(
        self, index: int, year: int, month: int, totals: _MonthTotals, updated: str
    ) -> dict[str, Any] | None:
        period: dict[str, Any] = {}
        if totals.data_tx or totals.data_rx:
            period["data"] = self._record(
                index, year, month, TRAFFIC_DATA, totals.data_tx, totals.data_rx,
                totals.data_cost, updated,
            )  # fmt: skip
        if totals.sms_tx or totals.sms_rx:
            period["sms"] = self._record(
                index, year, month, TRAFFIC_SMS, totals.sms_tx, totals.sms_rx,
                totals.sms_cost, updated,
            )  # fmt: skip
        return period or None

    def _totals_at(
        self, index: int, now: datetime, period: Period
    ) -> tuple[int, int, _MonthTotals]:
        if period == "current_month":
            return now.year, now.month, self._month_totals(index, now.year, now.month, now.day)
        year, month = _prev_month(now.year, now.month)
        return year, month, self._month_totals(index, year, month, 31)

    def last_hour(self, index: int, now: datetime) -> dict[str, Any]:
        """Per-minute series for the 60 minutes before ``now`` (UTC labels, may cross midnight)."""
        end = int(now.timestamp()) // 60  # minutes since the epoch, current (partial) minute
        labels = [_MINUTE_LABELS[minute % 1440] for minute in range(end - 60, end)]
        if not self._online[index]:
            zeros_f = [[label, 0.0] for label in labels]
            zeros_i = [[label, 0] for label in labels]
            return {
                "data": {"rx": zeros_f, "tx": [list(p) for p in zeros_f]},
                "sms": {"rx": zeros_i, "tx": [list(p) for p in zeros_i]},
            }
        key = self._key ^ (self.sim_ids[index] << 24)
        uses_sms = self._uses_sms[index]
        data_rx: list[list[Any]] = []
        data_tx: list[list[Any]] = []
        sms_rx: list[list[Any]] = []
        sms_tx: list[list[Any]] = []
        for label, minute in zip(labels, range(end - 60, end), strict=True):
            bits = _mix(key ^ minute)
            if bits & 3:  # three minutes in four carry data
                data_rx.append([label, ((bits >> 2) & 0xFFFF) / _VOLUME_UNITS])
                data_tx.append([label, ((bits >> 18) & 0x3FFF) / _VOLUME_UNITS])
            else:
                data_rx.append([label, 0.0])
                data_tx.append([label, 0.0])
            sms_rx.append([label, 1 if uses_sms and (bits >> 40) & 0x3F == 0 else 0])
            sms_tx.append([label, 1 if uses_sms and (bits >> 46) & 0x3F == 0 else 0])
        return {"data": {"rx": data_rx, "tx": data_tx}, "sms": {"rx": sms_rx, "tx": sms_tx}}

    def stats_for(self, sim_id: int, now: datetime) -> list[dict[str, Any]]:
        """The body of ``GET /api/v1/sim/{sim_id}/stats`` requested at ``now``.

        Raises ``KeyError`` for an unknown SIM.
        """
        index = self._require(sim_id)
        return self._stats(index, _utc(now))

    def endpoint_stats_for(self, endpoint_id: int, now: datetime) -> list[dict[str, Any]]:
        """The body of ``GET /api/v1/endpoint/{id}/stats``: the linked SIM's statistics."""
        index = self._endpoint_index.get(endpoint_id)
        if index is None:
            raise KeyError(endpoint_id)
        return self._stats(index, _utc(now))

    def _months(self, index: int, now: datetime) -> dict[str, Any]:
        body: dict[str, Any] = {}
        year, month = _prev_month(now.year, now.month)
        this_minute = now.replace(second=0, microsecond=0)
        settled = datetime(now.year, now.month, 1, tzinfo=timezone.utc)
        settled += timedelta(minutes=60 + _mix(self._key ^ self.sim_ids[index]) % 300)
        last = self._period(
            index, year, month, self._month_totals(index, year, month, 31),
            _iso(min(settled, this_minute)),
        )  # fmt: skip
        if last is not None:
            body["last_month"] = last
        current = self._period(
            index, now.year, now.month, self._month_totals(index, now.year, now.month, now.day),
            _iso(this_minute),
        )  # fmt: skip
        if current is not None:
            body["current_month"] = current
        return body

    def _stats(self, index: int, now: datetime) -> list[dict[str, Any]]:
        body = self._months(index, now)
        body["last_hour"] = self.last_hour(index, now)
        return [body]

    def stats_json(self, index: int, now: datetime) -> bytes:
        """``stats_for`` serialized as the route serves it (compact JSON).

        Equal to ``json.dumps(stats_for(...), separators=(",", ":"))``, but the all-zero
        ``last_hour`` of idle SIMs is serialized once per minute and spliced in.
        """
        now = _utc(now)
        if self._online[index]:
            last_hour = json.dumps(self.last_hour(index, now), separators=(",", ":"))
        else:
            minute = int(now.timestamp()) // 60
            if self._idle_hour[0] != minute:
                idle = json.dumps(self.last_hour(index, now), separators=(",", ":"))
                self._idle_hour = (minute, idle)
            last_hour = self._idle_hour[1]
        months = self._months(index, now)
        if not months:
            return f'[{{"last_hour":{last_hour}}}]'.encode()
        head = json.dumps(months, separators=(",", ":"))
        return f'[{head[:-1]},"last_hour":{last_hour}}}]'.encode()

    def daily_stats_for(self, sim_id: int, start: date, end: date) -> list[dict[str, Any]]:
        """The body of ``GET /api/v1/sim/{sim_id}/stats/daily`` for ``start..end`` inclusive."""
        index = self._require(sim_id)
        return self._daily(index, start, end)

    def _daily(self, index: int, start: date, end: date) -> list[dict[str, Any]]:
        currency = CURRENCIES[self._currency[index]]
        out: list[dict[str, Any]] = []
        day = start
        month_cache: dict[tuple[int, int], list[tuple[int, ...]]] = {}
        while day <= end:
            key = (day.year, day.month)
            if key not in month_cache:
                month_cache[key] = self._month_days(index, day.year, day.month)
            data_tx, data_rx, data_cost, sms_tx, sms_rx, sms_cost = month_cache[key][day.day - 1]
            entry: dict[str, Any] = {"date": day.isoformat()}
            if data_tx or data_rx:
                entry["data"] = {
                    "volume": (data_tx + data_rx) / _VOLUME_UNITS,
                    "volume_tx": data_tx / _VOLUME_UNITS,
                    "volume_rx": data_rx / _VOLUME_UNITS,
                    "cost": data_cost / _COST_UNITS,
                    "traffic_type": dict(TRAFFIC_TYPES[TRAFFIC_DATA]),
                    "currency": dict(currency),
                }
            if sms_tx or sms_rx:
                entry["sms"] = {
                    "volume": sms_tx + sms_rx,
                    "volume_tx": sms_tx,
                    "volume_rx": sms_rx,
                    "cost": sms_cost / _COST_UNITS,
                    "traffic_type": dict(TRAFFIC_TYPES[TRAFFIC_SMS]),
                    "currency": dict(currency),
                }
            out.append(entry)
            day += timedelta(days=1)
        return out

    def endpoint_daily_stats_for(
        self, endpoint_id: int, start: date, end: date
    ) -> list[dict[str, Any]]:
        """The body of ``GET /api/v1/endpoint/{id}/stats/daily`` for ``start..end`` inclusive."""
        index = self._endpoint_index.get(endpoint_id)
        if index is None:
            raise KeyError(endpoint_id)
        return self._daily(index, start, end)

    def totals(
        self,
        now: datetime,
        *,
        period: Period = "current_month",
        traffic_type_id: int = TRAFFIC_DATA,
        sim_ids: Iterable[int] | None = None,
    ) -> UsageTotals:
        """Exact fleet-wide sums of what ``stats_for(sim_id, now)`` serves for one period/type."""
        now = _utc(now)
        volume_tx = volume_rx = records = 0
        costs: dict[str, int] = {}
        ids: Sequence[int] | Iterable[int] = self.sim_ids if sim_ids is None else sim_ids
        for sim_id in ids:
            index = self._require(sim_id)
            _, _, totals = self._totals_at(index, now, period)
            if traffic_type_id == TRAFFIC_DATA:
                tx, rx, cost = totals.data_tx, totals.data_rx, totals.data_cost
            else:
                tx, rx, cost = totals.sms_tx, totals.sms_rx, totals.sms_cost
            if not (tx or rx):
                continue
            records += 1
            volume_tx += tx
            volume_rx += rx
            code = CURRENCIES[self._currency[index]]["code"]
            costs[code] = costs.get(code, 0) + cost
        unit = Decimal(_VOLUME_UNITS) if traffic_type_id == TRAFFIC_DATA else Decimal(1)
        return UsageTotals(
            volume=Decimal(volume_tx + volume_rx) / unit,
            volume_tx=Decimal(volume_tx) / unit,
            volume_rx=Decimal(volume_rx) / unit,
            cost={code: Decimal(value) / Decimal(_COST_UNITS) for code, value in costs.items()},
            records=records,
        )

    def sim_ids_between(self, low: int, high: int) -> list[int]:
        """SIM ids in ``[low, high]`` (handy for picking a slice of the fleet)."""
        start = bisect_left(self.sim_ids, low)
        end = bisect_left(self.sim_ids, high + 1)
        return self.sim_ids[start:end]
