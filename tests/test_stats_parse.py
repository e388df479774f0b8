"""Parsing of SIM/endpoint stats payloads: every documented shape, exact costs, the last-hour
clock, and precise errors for malformed input."""

from __future__ import annotations

import copy
import dataclasses
import itertools
import json
import pickle
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from emnify.errors import EmnifyError
from emnify.stats import (
    LastHour,
    MinuteSeries,
    PeriodUsage,
    SimStats,
    StatsId,
    StatsParseError,
    TrafficUsage,
    parse_endpoint_stats,
    parse_endpoint_stats_json,
    parse_sim_stats,
    parse_sim_stats_json,
)

UTC = timezone.utc
NOW = datetime(2024, 3, 8, 12, 30, 15, tzinfo=UTC)


def record(
    sim_id: int = 123456,
    kind: str = "data",
    year: int = 2024,
    month: int = 3,
    volume: Any = 12.5,
    rx: Any = 10.25,
    tx: Any = 2.25,
    cost: Any = 6.10483935,
) -> dict[str, Any]:
    type_id, unit, desc = (5, "MB", "Data") if kind == "data" else (6, "SMS", "SMS")
    return {
        "sim_id": sim_id,
        "month": f"{year}-{month:02d}-01T00:00:00.000Z",
        "volume": volume,
        "volume_tx": tx,
        "volume_rx": rx,
        "traffic_type_id": type_id,
        "traffic_type": {"id": type_id, "description": desc, "unit": unit},
        "cost": cost,
        "currency_id": 1,
        "currency": {"id": 1, "code": "EUR", "symbol": "\u20ac"},
        "last_updated": "2024-03-08T10:15:42.000Z",
        # the composite id, written out by hand: sim id, yyyy, mm, traffic type id
        "id": int(f"{sim_id}{year:04d}{month:02d}{type_id}"),
    }


def minutes(end: datetime, values: list[float] | None = None) -> list[list[Any]]:
    """60 ["HH:MM", value] pairs for the minutes ending at `end` (inclusive), oldest first."""
    start = end.replace(second=0, microsecond=0) - timedelta(minutes=59)
    vals = values if values is not None else [float(i) for i in range(60)]
    return [[(start + timedelta(minutes=i)).strftime("%H:%M"), vals[i]] for i in range(60)]


def full_payload() -> list[dict[str, Any]]:
    return [
        {
            "current_month": {
                "data": record(kind="data"),
                "sms": record(kind="sms", volume=3, rx=1, tx=2, cost=0.27),
            },
            "last_month": {
                "data": record(kind="data", month=2, volume=100.0, rx=80.0, tx=20.0, cost=12.3),
                "sms": record(kind="sms", month=2, volume=5, rx=2, tx=3, cost=0.45),
            },
            "last_hour": {
                "data": {"rx": minutes(NOW), "tx": minutes(NOW)},
                "sms": {"rx": minutes(NOW), "tx": minutes(NOW)},
            },
        }
    ]


# -- shapes ------------------------------------------------------------------------------------


def test_full_documented_payload() -> None:
    s = parse_sim_stats(full_payload(), now=NOW)
    assert isinstance(s, SimStats)
    assert s.sim_id == 123456
    u = s.current_month.data
    assert isinstance(u, TrafficUsage)
    assert (u.volume, u.volume_rx, u.volume_tx) == (12.5, 10.25, 2.25)
    assert all(type(v) is float for v in (u.volume, u.volume_rx, u.volume_tx))
    assert u.unit == "MB" and u.traffic_type_id == 5 and u.traffic_type == "Data"
    assert u.kind == "data"
    assert u.cost == Decimal("6.10483935") and isinstance(u.cost, Decimal)
    assert u.currency == "EUR" and u.currency_id == 1 and u.currency_symbol == "\u20ac"
    assert u.month == date(2024, 3, 1)
    assert u.last_updated == datetime(2024, 3, 8, 10, 15, 42, tzinfo=UTC)
    assert u.last_updated.utcoffset() == timedelta(0)
    assert u.stats_id == StatsId(123456, 2024, 3, 5)
    assert u.sim_id == 123456

    sms = s.current_month.sms
    assert sms is not None
    assert (sms.volume, sms.unit, sms.traffic_type_id, sms.cost) == (3.0, "SMS", 6, Decimal("0.27"))
    assert s.last_month.data is not None and s.last_month.data.month == date(2024, 2, 1)
    assert s.last_month.data.stats_id == StatsId(123456, 2024, 2, 5)
    assert s.last_month.sms is not None and s.last_month.sms.cost == Decimal("0.45")
    assert [p.period for p in (s.current_month, s.last_month)] == ["current_month", "last_month"]
    assert [u.kind for u in s.usages()] == ["data", "sms", "data", "sms"]
    assert s.has_traffic


def test_bare_object_equals_list_form() -> None:
    payload = full_payload()
    assert parse_sim_stats(payload[0], now=NOW) == parse_sim_stats(payload, now=NOW)


@pytest.mark.parametrize("payload", [[], [{}], {}, [None], [[]]])
def test_no_statistics_at_all(payload: Any) -> None:
    s = parse_sim_stats(payload, now=NOW)
    assert s.current_month == PeriodUsage("current_month")
    assert s.last_month == PeriodUsage("last_month")
    assert s.current_month.data is None and s.current_month.sms is None
    assert not s.current_month and not s.last_month
    assert s.last_hour == LastHour() and not s.last_hour
    assert s.sim_id is None
    assert not s.has_traffic
    assert list(s.usages()) == []


def test_caller_sim_id_is_used_when_records_say_nothing() -> None:
    assert parse_sim_stats([], sim_id=77).sim_id == 77


def test_caller_sim_id_overrides_records() -> None:
    assert parse_sim_stats(full_payload(), now=NOW, sim_id=99).sim_id == 99


def test_sim_id_falls_back_to_composite_id() -> None:
    payload = {"last_month": {"sms": record(sim_id=4242, kind="sms", month=2)}}
    del payload["last_month"]["sms"]["sim_id"]
    assert parse_sim_stats(payload).sim_id == 4242


def test_sim_id_argument_type_is_checked() -> None:
    with pytest.raises(TypeError):
        parse_sim_stats([], sim_id="12")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_sim_stats([], sim_id=True)


@pytest.mark.parametrize(
    ("present", "absent"),
    [("data", "sms"), ("sms", "data")],
)
def test_one_kind_without_the_other(present: str, absent: str) -> None:
    payload = [{"current_month": {present: record(kind=present)}}]
    s = parse_sim_stats(payload, now=NOW)
    assert getattr(s.current_month, present) is not None
    assert getattr(s.current_month, absent) is None
    assert not s.last_month
    assert [u.kind for u in s.current_month] == [present]


def test_only_last_month() -> None:
    s = parse_sim_stats([{"last_month": {"data": record(month=2)}}], now=NOW)
    assert not s.current_month
    assert s.last_month.data is not None and s.last_month.data.month == date(2024, 2, 1)


@pytest.mark.parametrize("empty", [None, [], {}])
def test_null_or_empty_array_means_absent(empty: Any) -> None:
    # a PHP backend serialises an empty map as []; null is treated the same way
    payload = {
        "current_month": {"data": empty, "sms": record(kind="sms")},
        "last_month": empty,
        "last_hour": {"data": empty, "sms": empty},
    }
    s = parse_sim_stats(payload, now=NOW)
    assert s.current_month.data is None and s.current_month.sms is not None
    assert not s.last_month
    assert s.last_hour.data is None and s.last_hour.sms is None


def test_extra_keys_are_ignored_and_optional_keys_may_be_missing() -> None:
    rec = record()
    rec["surprise"] = {"nested": [1, 2, 3]}
    for key in (
        "traffic_type",
        "traffic_type_id",
        "currency",
        "currency_id",
        "cost",
        "last_updated",
        "id",
    ):
        del rec[key]
    payload = {"current_month": {"data": rec, "voice": {"whatever": True}}, "next_year": 1}
    u = parse_sim_stats(payload, now=NOW).current_month.data
    assert u is not None
    # defaults from the key the record sits under
    assert (u.traffic_type_id, u.unit, u.traffic_type) == (5, "MB", None)
    assert u.cost is None and u.currency is None and u.currency_id is None
    assert u.last_updated is None and u.stats_id is None
    assert u.month == date(2024, 3, 1)


def test_month_derived_from_composite_id_when_missing() -> None:
    rec = record(month=11, year=2023)
    del rec["month"]
    u = parse_sim_stats({"last_month": {"data": rec}}).last_month.data
    assert u is not None and u.month == date(2023, 11, 1)


def test_traffic_type_id_taken_from_nested_traffic_type() -> None:
    rec = record(kind="sms")
    del rec["traffic_type_id"]
    rec["traffic_type"]["id"] = 6.0  # the spec types ids as double
    u = parse_sim_stats({"current_month": {"sms": rec}}).current_month.sms
    assert u is not None and u.traffic_type_id == 6


def test_generated_model_objects_are_accepted() -> None:
    class Model:
        def __init__(self, data: dict[str, Any]) -> None:
            self._data = data

        def to_dict(self) -> dict[str, Any]:
            return copy.deepcopy(self._data)

    payload = full_payload()
    expected = parse_sim_stats(payload, now=NOW)
    assert parse_sim_stats(Model(payload[0]), now=NOW) == expected
    assert parse_sim_stats([Model(payload[0])], now=NOW) == expected
    nested = {"current_month": Model(payload[0]["current_month"])}
    assert parse_sim_stats(nested, now=NOW).current_month == expected.current_month


def test_failing_to_dict_becomes_a_parse_error() -> None:
    class Broken:
        def to_dict(self) -> dict[str, Any]:
            raise RuntimeError("boom")

    with pytest.raises(StatsParseError, match="boom"):
        parse_sim_stats(Broken())


# -- numbers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (6.10483935, "6.10483935"),
        (0.1, "0.1"),
        (1e-05, "0.00001"),
        (3, "3"),
        (0, "0"),
        ("0.30000000000000004", "0.30000000000000004"),
        ("12.50", "12.50"),
        (Decimal("1.234567890123456789012"), "1.234567890123456789012"),
        (-2.5, "-2.5"),
    ],
)
def test_costs_are_exact_decimals(raw: Any, expected: str) -> None:
    u = parse_sim_stats({"current_month": {"data": record(cost=raw)}}).current_month.data
    assert u is not None
    assert u.cost == Decimal(expected)


def test_costs_from_the_wire_with_parse_float_decimal_are_exact_beyond_float_precision() -> None:
    body = json.dumps({"current_month": {"data": record(cost=1.0)}}).replace(
        '"cost": 1.0', '"cost": 0.123456789012345678901234'
    )
    via_float = parse_sim_stats(json.loads(body)).current_month.data
    via_decimal = parse_sim_stats(json.loads(body, parse_float=Decimal)).current_month.data
    assert via_decimal is not None and via_float is not None
    assert via_decimal.cost == Decimal("0.123456789012345678901234")
    # a float cannot carry 24 digits: the float path gives the float's shortest repr instead
    assert via_float.cost == Decimal(repr(0.123456789012345678901234))
    assert via_float.cost != via_decimal.cost


def test_float_costs_sum_exactly() -> None:
    # 0.1 + 0.2 in binary floating point is not 0.3; parsed costs add up exactly
    a = parse_sim_stats({"current_month": {"data": record(cost=0.1)}}).current_month.data
    b = parse_sim_stats({"current_month": {"data": record(cost=0.2)}}).current_month.data
    assert a is not None and b is not None and a.cost is not None and b.cost is not None
    assert a.cost + b.cost == Decimal("0.3")
    assert 0.1 + 0.2 != 0.3


@pytest.mark.parametrize("raw", [Decimal("12.5"), "12.5", 12.5, "1.25e1"])
def test_volumes_become_floats(raw: Any) -> None:
    u = parse_sim_stats({"current_month": {"data": record(volume=raw)}}).current_month.data
    assert u is not None and type(u.volume) is float and u.volume == 12.5


def test_integral_floats_accepted_for_integer_fields() -> None:
    rec = record()
    rec["sim_id"] = 123456.0
    rec["id"] = 1234562024035.0
    rec["traffic_type_id"] = Decimal("5")
    u = parse_sim_stats({"current_month": {"data": rec}}).current_month.data
    assert u is not None
    assert (u.sim_id, u.traffic_type_id) == (123456, 5)
    assert u.stats_id == StatsId(123456, 2024, 3, 5)


# -- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-03-01T00:00:00.000Z", date(2024, 3, 1)),
        ("2024-03-01", date(2024, 3, 1)),
        ("2024-03-01T00:00:00+02:00", date(2024, 3, 1)),
        ("2024-03-01 00:00:00", date(2024, 3, 1)),
        (date(2024, 3, 1), date(2024, 3, 1)),
    ],
)
def test_month_formats(raw: Any, expected: date) -> None:
    rec = record()
    rec["month"] = raw
    u = parse_sim_stats({"current_month": {"data": rec}}).current_month.data
    assert u is not None and u.month == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-03-08T10:15:42.000Z", datetime(2024, 3, 8, 10, 15, 42, tzinfo=UTC)),
        ("2024-03-08T10:15:42", datetime(2024, 3, 8, 10, 15, 42, tzinfo=UTC)),  # naive: UTC
        ("2024-03-08 10:15:42", datetime(2024, 3, 8, 10, 15, 42, tzinfo=UTC)),
        ("2024-03-08T12:15:42+02:00", datetime(2024, 3, 8, 10, 15, 42, tzinfo=UTC)),
        ("2024-03-08T12:15:42.123+0200", datetime(2024, 3, 8, 10, 15, 42, 123000, tzinfo=UTC)),
    ],
)
def test_last_updated_is_aware_utc(raw: str, expected: datetime) -> None:
    rec = record()
    rec["last_updated"] = raw
    u = parse_sim_stats({"current_month": {"data": rec}}).current_month.data
    assert u is not None and u.last_updated == expected
    assert u.last_updated.tzinfo is not None and u.last_updated.utcoffset() == timedelta(0)


# -- last hour ---------------------------------------------------------------------------------


def test_last_hour_crossing_midnight() -> None:
    now = datetime(2024, 3, 9, 0, 5, 40, tzinfo=UTC)
    # 23:06 .. 23:59 of March 8, then 00:00 .. 00:05 of March 9, written by hand
    stamps = [f"23:{m:02d}" for m in range(6, 60)] + [f"00:{m:02d}" for m in range(6)]
    assert len(stamps) == 60
    pairs = [[stamp, i * 0.5] for i, stamp in enumerate(stamps)]
    s = parse_sim_stats({"last_hour": {"data": {"rx": pairs, "tx": []}}}, now=now)
    assert s.last_hour.data is not None
    rx = s.last_hour.data.rx
    expected_times = [datetime(2024, 3, 8, 23, m, tzinfo=UTC) for m in range(6, 60)] + [
        datetime(2024, 3, 9, 0, m, tzinfo=UTC) for m in range(6)
    ]
    assert [t for t, _ in rx] == expected_times
    assert [v for _, v in rx] == [i * 0.5 for i in range(60)]
    assert s.last_hour.data.tx == []
    assert s.last_hour.sms is None


def test_last_hour_is_sorted_by_time() -> None:
    now = datetime(2024, 3, 9, 0, 5, tzinfo=UTC)
    pairs = [["00:01", 1], ["23:59", 2], ["00:00", 3], ["23:58", 4]]
    rx = parse_sim_stats({"last_hour": {"sms": {"rx": pairs, "tx": pairs}}}, now=now)
    series = rx.last_hour.sms
    assert series is not None
    assert [v for _, v in series.rx] == [4.0, 2.0, 3.0, 1.0]
    assert series.rx == series.tx
    assert series.volume_rx == 10.0 and series.volume == 20.0


def test_last_hour_within_one_day() -> None:
    s = parse_sim_stats(full_payload(), now=NOW)
    data = s.last_hour.data
    assert data is not None and len(data.rx) == 60 and len(data.tx) == 60
    assert data.rx[0][0] == datetime(2024, 3, 8, 11, 31, tzinfo=UTC)
    assert data.rx[-1][0] == datetime(2024, 3, 8, 12, 30, tzinfo=UTC)
    times = [t for t, _ in data.rx]
    assert times == sorted(times)
    assert all(b - a == timedelta(minutes=1) for a, b in itertools.pairwise(times))


def test_now_naive_is_utc_and_aware_now_is_converted() -> None:
    payload = {"last_hour": {"data": {"rx": [["23:59", 1.0]], "tx": []}}}
    naive = parse_sim_stats(payload, now=datetime(2024, 3, 9, 0, 5))
    # 02:05 at UTC+2 is 00:05 UTC
    plus_two = parse_sim_stats(
        payload, now=datetime(2024, 3, 9, 2, 5, tzinfo=timezone(timedelta(hours=2)))
    )
    expected = [(datetime(2024, 3, 8, 23, 59, tzinfo=UTC), 1.0)]
    assert naive.last_hour.data is not None and naive.last_hour.data.rx == expected
    assert plus_two.last_hour.data is not None and plus_two.last_hour.data.rx == expected


def test_now_defaults_to_the_current_time() -> None:
    before = datetime.now(UTC)
    s = parse_sim_stats({"last_hour": {"data": {"rx": minutes(before), "tx": []}}})
    after = datetime.now(UTC)
    assert s.last_hour.data is not None
    times = [t for t, _ in s.last_hour.data.rx]
    assert times[-1] <= after
    assert times[0] >= before - timedelta(minutes=61)


def test_server_clock_slightly_ahead_is_not_a_day_off() -> None:
    # the server's last stamp is two minutes after the client's `now`
    now = datetime(2024, 3, 8, 23, 58, tzinfo=UTC)
    s = parse_sim_stats({"last_hour": {"data": {"rx": [["00:00", 1.0]], "tx": []}}}, now=now)
    assert s.last_hour.data is not None
    assert s.last_hour.data.rx == [(datetime(2024, 3, 9, 0, 0, tzinfo=UTC), 1.0)]


def test_now_must_be_a_datetime() -> None:
    with pytest.raises(TypeError):
        parse_sim_stats({"last_hour": {}}, now=date(2024, 3, 1))  # type: ignore[arg-type]


# -- endpoints ---------------------------------------------------------------------------------


def test_endpoint_stats_with_endpoint_ids() -> None:
    rec = record()
    del rec["sim_id"]
    rec["endpoint_id"] = 555
    s = parse_endpoint_stats({"current_month": {"data": rec}})
    assert s.endpoint_id == 555 and s.sim_id is None


def test_endpoint_stats_with_sim_ids_and_explicit_endpoint() -> None:
    s = parse_endpoint_stats(full_payload(), now=NOW, endpoint_id=9)
    assert s.endpoint_id == 9 and s.sim_id == 123456
    assert s.current_month == parse_sim_stats(full_payload(), now=NOW).current_month


def test_endpoint_id_argument_type_is_checked() -> None:
    with pytest.raises(TypeError):
        parse_endpoint_stats({}, endpoint_id="9")  # type: ignore[arg-type]


# -- errors ------------------------------------------------------------------------------------


def _set(payload: Any, path: tuple[Any, ...], value: Any) -> Any:
    target = payload
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return payload


def _delete(payload: Any, path: tuple[Any, ...]) -> Any:
    target = payload
    for key in path[:-1]:
        target = target[key]
    del target[path[-1]]
    return payload


CM = (0, "current_month", "data")
LH = (0, "last_hour", "data", "rx")

MUTATIONS: list[tuple[str, Any, str]] = [
    # (description, function producing the bad payload, expected error path)
    ("string payload", lambda p: "abc", ""),
    ("int payload", lambda p: 42, ""),
    ("null payload", lambda p: None, ""),
    ("bytes payload", lambda p: b"[]", ""),
    ("two objects", lambda p: p + p, ""),
    ("list of int", lambda p: [5], "[0]"),
    ("period is a string", lambda p: _set(p, (0, "current_month"), "x"), "current_month"),
    ("record is a list", lambda p: _set(p, (*CM,), [1]), "current_month.data"),
    ("volume not numeric", lambda p: _set(p, (*CM, "volume"), "abc"), "current_month.data.volume"),
    ("volume missing", lambda p: _delete(p, (*CM, "volume")), "current_month.data.volume"),
    ("volume null", lambda p: _set(p, (*CM, "volume_rx"), None), "current_month.data.volume_rx"),
    ("volume bool", lambda p: _set(p, (*CM, "volume_tx"), True), "current_month.data.volume_tx"),
    ("volume nan", lambda p: _set(p, (*CM, "volume"), float("nan")), "current_month.data.volume"),
    ("volume inf str", lambda p: _set(p, (*CM, "volume"), "inf"), "current_month.data.volume"),
    ("volume list", lambda p: _set(p, (*CM, "volume"), [1]), "current_month.data.volume"),
    ("cost comma", lambda p: _set(p, (*CM, "cost"), "1,5"), "current_month.data.cost"),
    ("cost nan", lambda p: _set(p, (*CM, "cost"), Decimal("NaN")), "current_month.data.cost"),
    ("cost dict", lambda p: _set(p, (*CM, "cost"), {}), "current_month.data.cost"),
    (
        "bad timestamp",
        lambda p: _set(p, (*CM, "last_updated"), "yesterday"),
        "current_month.data.last_updated",
    ),
    (
        "timestamp int",
        lambda p: _set(p, (*CM, "last_updated"), 1700000000),
        "current_month.data.last_updated",
    ),
    ("bad month", lambda p: _set(p, (*CM, "month"), "March"), "current_month.data.month"),
    (
        "month missing, no id",
        lambda p: _delete(_delete(p, (*CM, "id")), (*CM, "month")),
        "current_month.data.month",
    ),
    ("id not a number", lambda p: _set(p, (*CM, "id"), "abc"), "current_month.data.id"),
    ("id fractional", lambda p: _set(p, (*CM, "id"), 1.5), "current_month.data.id"),
    (
        "traffic_type str",
        lambda p: _set(p, (*CM, "traffic_type"), "x"),
        "current_month.data.traffic_type",
    ),
    (
        "traffic_type_id word",
        lambda p: _set(p, (*CM, "traffic_type_id"), "five"),
        "current_month.data.traffic_type_id",
    ),
    (
        "unit int",
        lambda p: _set(p, (*CM, "traffic_type", "unit"), 1),
        "current_month.data.traffic_type.unit",
    ),
    (
        "currency code int",
        lambda p: _set(p, (*CM, "currency", "code"), 5),
        "current_month.data.currency.code",
    ),
    ("sim_id word", lambda p: _set(p, (*CM, "sim_id"), "x"), "current_month.data.sim_id"),
    ("sim_id 50 digits", lambda p: _set(p, (*CM, "sim_id"), "9" * 50), "current_month.data.sim_id"),
    ("id 1E+100", lambda p: _set(p, (*CM, "id"), Decimal("1E+100")), "current_month.data.id"),
    ("last_hour list", lambda p: _set(p, (0, "last_hour"), [1, 2]), "last_hour"),
    ("rx not a list", lambda p: _set(p, LH, "x"), "last_hour.data.rx"),
    ("rx missing", lambda p: _delete(p, LH), "last_hour.data.rx"),
    ("bad hour", lambda p: _set(p, (*LH, 3), ["25:00", 1]), "last_hour.data.rx[3][0]"),
    ("bad minute", lambda p: _set(p, (*LH, 3), ["10:60", 1]), "last_hour.data.rx[3][0]"),
    ("stamp not a str", lambda p: _set(p, (*LH, 3), [1000, 1]), "last_hour.data.rx[3][0]"),
    ("stamp empty", lambda p: _set(p, (*LH, 3), ["", 1]), "last_hour.data.rx[3][0]"),
    ("value word", lambda p: _set(p, (*LH, 4), ["10:00", "x"]), "last_hour.data.rx[4][1]"),
    ("value nan", lambda p: _set(p, (*LH, 4), ["10:00", float("nan")]), "last_hour.data.rx[4][1]"),
    (
        "value inf decimal",
        lambda p: _set(p, (*LH, 4), ["10:00", Decimal("Infinity")]),
        "last_hour.data.rx[4][1]",
    ),
    ("pair too short", lambda p: _set(p, (*LH, 5), ["10:00"]), "last_hour.data.rx[5]"),
    ("pair is a string", lambda p: _set(p, (*LH, 5), "ab"), "last_hour.data.rx[5]"),
]


@pytest.mark.parametrize(
    ("mutate", "path"), [(m, p) for _, m, p in MUTATIONS], ids=[d for d, _, _ in MUTATIONS]
)
def test_malformed_payloads_raise_stats_parse_error_with_path(mutate: Any, path: str) -> None:
    bad = mutate(full_payload())
    with pytest.raises(StatsParseError) as info:
        parse_sim_stats(bad, now=NOW)
    err = info.value
    assert err.path == path
    assert isinstance(err, EmnifyError) and isinstance(err, ValueError)
    if path:
        assert str(err).startswith(f"{path}: ")
    assert err.reason and err.reason in str(err)


def test_parse_error_pickles() -> None:
    err = StatsParseError("current_month.data.volume", "expected a finite number")
    clone = pickle.loads(pickle.dumps(err))
    assert type(clone) is StatsParseError
    assert (clone.path, clone.reason, str(clone)) == (err.path, err.reason, str(err))


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "current_month",
                    "last_month",
                    "last_hour",
                    "data",
                    "sms",
                    "rx",
                    "tx",
                    "volume",
                    "id",
                    "x",
                ]
            ),
            children,
            max_size=4,
        )
    ),
    max_leaves=20,
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(json_values)
def test_arbitrary_json_parses_or_raises_stats_parse_error(value: Any) -> None:
    try:
        parse_sim_stats(value, now=NOW)
    except StatsParseError:
        pass


def _paths(obj: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(obj, dict):
        for k, v in obj.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out += _paths(v, (*prefix, i))
    return out


ALL_PATHS = _paths(full_payload())


@settings(max_examples=400)
@given(st.sampled_from(ALL_PATHS), json_values)
def test_any_single_corruption_parses_or_raises_stats_parse_error(
    path: tuple[Any, ...], value: Any
) -> None:
    bad = _set(full_payload(), path, value)
    try:
        parse_sim_stats(bad, now=NOW)
    except StatsParseError as err:
        assert isinstance(err.path, str)


# -- raw bodies: parse_sim_stats_json / parse_endpoint_stats_json --------------------------------


def _tolerant(body: bytes | str, **kwargs: Any) -> SimStats:
    return parse_sim_stats(json.loads(body, parse_float=Decimal), **kwargs)


def test_json_body_gives_what_the_tolerant_parser_gives_and_takes_the_fast_path() -> None:
    from emnify.stats import _fast
    from emnify.testing.fleet import Fleet

    fleet = Fleet(300, seed=3, first_sim_id=1000)
    # a plain hour, one crossing midnight, and one on the last day of a month
    for moment in (NOW, datetime(2024, 3, 9, 0, 20, tzinfo=UTC), datetime(2024, 3, 31, 23, 50)):
        moment = moment.replace(tzinfo=UTC)
        for index, sim_id in enumerate(fleet.sim_ids):
            body = fleet.stats_json(index, moment)
            fast = parse_sim_stats_json(body, now=moment, sim_id=sim_id)
            assert fast == _tolerant(body, now=moment, sim_id=sim_id)
            # the simulator's bodies are the common shape: the fast path decides alone
            assert _fast.decode(body, moment, sim_id, None, endpoint=False) == fast


def test_json_body_keeps_every_digit_of_a_cost() -> None:
    body = json.dumps([{"current_month": {"data": record(cost=0.5)}}]).replace(
        '"cost": 0.5', '"cost": 0.123456789012345678901234567'
    )
    usage = parse_sim_stats_json(body, now=NOW).current_month.data
    assert usage is not None and usage.cost == Decimal("0.123456789012345678901234567")
    assert usage.volume == 12.5 and usage.month == date(2024, 3, 1)


def test_json_body_sorts_series_and_resolves_midnight() -> None:
    now = datetime(2024, 3, 9, 0, 5, tzinfo=UTC)
    pairs = [["00:01", 1], ["23:59", 2.5], ["00:00", 3], ["23:58", 4]]
    body = json.dumps({"last_hour": {"sms": {"rx": pairs, "tx": pairs[:2]}}})
    series = parse_sim_stats_json(body, now=now).last_hour.sms
    assert series is not None
    assert series.rx_values == (4.0, 2.5, 3.0, 1.0)
    assert series.rx_times == (
        datetime(2024, 3, 8, 23, 58, tzinfo=UTC),
        datetime(2024, 3, 8, 23, 59, tzinfo=UTC),
        datetime(2024, 3, 9, 0, 0, tzinfo=UTC),
        datetime(2024, 3, 9, 0, 1, tzinfo=UTC),
    )
    assert series.tx == [
        (datetime(2024, 3, 8, 23, 59, tzinfo=UTC), 2.5),
        (datetime(2024, 3, 9, 0, 1, tzinfo=UTC), 1.0),
    ]
    assert parse_sim_stats_json(body, now=now) == _tolerant(body, now=now)


@pytest.mark.parametrize(
    "body",
    [
        json.dumps({"last_hour": []}),  # absent written as []
        json.dumps({"current_month": {"data": {}}}),  # an empty record
        json.dumps([{"current_month": {"sms": record(kind="sms", volume="3")}}]),  # a string
        json.dumps({"current_month": {"data": record(cost="1.25")}}),
        json.dumps(full_payload()).encode("utf-16"),  # not UTF-8
        json.dumps([]),
    ],
)
def test_json_body_outside_the_common_shape_is_parsed_tolerantly(body: bytes | str) -> None:
    assert parse_sim_stats_json(body, now=NOW, sim_id=5) == _tolerant(body, now=NOW, sim_id=5)


@pytest.mark.parametrize(
    ("body", "path", "reason"),
    [
        (b"", "", "the response body is not JSON"),
        (b"<html>", "", "the response body is not JSON"),
        (json.dumps([{}, {}]), "", "expected a list holding one stats object, got 2 items"),
        (
            json.dumps({"last_hour": {"data": {"rx": [["24:00", 1]], "tx": []}}}),
            "last_hour.data.rx[0][0]",
            'expected an "HH:MM" clock time',
        ),
        (
            json.dumps({"current_month": {"data": record(volume=None)}}),
            "current_month.data.volume",
            "is null",
        ),
    ],
)
def test_json_body_errors_name_the_offending_value(
    body: bytes | str, path: str, reason: str
) -> None:
    with pytest.raises(StatsParseError) as info:
        parse_sim_stats_json(body, now=NOW)
    assert info.value.path == path
    assert info.value.reason.startswith(reason)


def test_json_body_argument_mistakes_are_type_errors() -> None:
    with pytest.raises(TypeError, match="body must be the response body as bytes or str"):
        parse_sim_stats_json(123, now=NOW)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="sim_id must be an int"):
        parse_sim_stats_json(b"[]", sim_id="7")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="endpoint_id must be an int"):
        parse_endpoint_stats_json(b"[]", endpoint_id=True)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="now must be a datetime"):
        parse_sim_stats_json(b"[]", now=date(2024, 3, 1))  # type: ignore[arg-type]
    # a bytearray or memoryview of a body is fine
    assert parse_sim_stats_json(bytearray(b"[]")) == parse_sim_stats_json(memoryview(b"[]"))


def test_endpoint_json_body_takes_the_endpoint_id_from_the_records() -> None:
    rec = record() | {"endpoint_id": 77}
    body = json.dumps([{"current_month": {"data": rec}}])
    stats = parse_endpoint_stats_json(body, now=NOW)
    assert stats.endpoint_id == 77 and stats.sim_id == 123456
    assert stats == parse_endpoint_stats(json.loads(body, parse_float=Decimal), now=NOW)


def _without(rec: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in rec.items() if k not in keys}


@pytest.mark.parametrize(
    ("rec", "decided_fast"),
    [
        # the ids from the nested objects when the flat ones are missing
        (_without(record(), "traffic_type_id", "currency_id"), True),
        # no nested objects: the traffic type and unit are the defaults of the kind
        (_without(record(kind="sms"), "traffic_type", "currency", "traffic_type_id"), True),
        # no month: taken from the composite id
        (_without(record(), "month"), True),
        # nothing optional at all (the month from the id)
        ({"volume": 1, "volume_rx": 0, "volume_tx": 1, "id": 123452024035}, True),
        (record() | {"endpoint_id": 77, "cost": 2}, True),
        (record() | {"cost": None, "last_updated": None, "sim_id": None}, True),
        (record() | {"id": 12}, True),  # no composite id: kept, without one
        # the fast path hands these to the tolerant parser, which has the last word
        (_without(record(), "month", "id"), False),
        (record() | {"traffic_type_id": "5"}, False),
        (record() | {"currency": {"id": True}}, False),
        (record() | {"month": "March"}, False),
        (record() | {"volume": 1e400}, False),
    ],
)
@pytest.mark.parametrize("endpoint", [False, True])
def test_json_body_records_follow_the_tolerant_rules(
    rec: dict[str, Any], decided_fast: bool, endpoint: bool
) -> None:
    from emnify.stats import _fast

    body = json.dumps([{"current_month": {"sms": rec}, "last_month": {"data": rec}}])
    body = body.replace("Infinity", "1e400")
    tolerant, raw = (
        (parse_endpoint_stats, parse_endpoint_stats_json)
        if endpoint
        else (parse_sim_stats, parse_sim_stats_json)
    )
    try:
        expected: Any = tolerant(json.loads(body, parse_float=Decimal), now=NOW)
    except StatsParseError as exc:
        expected = (exc.path, exc.reason)
    try:
        got: Any = raw(body, now=NOW)
    except StatsParseError as exc:
        got = (exc.path, exc.reason)
    assert got == expected
    fast = _fast.decode(body, NOW, None, None, endpoint=endpoint)
    assert (fast is not None) == decided_fast
    if decided_fast:
        assert fast == expected


# -- both parsers, one set of rules -----------------------------------------------------------------

#: JSON bodies with exact decimals, as the API writes them (json.dumps cannot write a Decimal)
_encode = msgspec.json.Encoder(decimal_format="number").encode
_offsets = st.integers(-12 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
_moments = st.datetimes(datetime(2000, 1, 1), datetime(2030, 12, 31), timezones=_offsets)
_amounts = st.integers(0, 10**12) | st.builds(
    lambda digits, places: Decimal(digits).scaleb(-places),
    st.integers(0, 10**15),
    st.integers(0, 12),
)


@st.composite
def _valid_records(draw: st.DrawFn, kind: str) -> dict[str, Any]:
    """A monthly record of the documented shape, with any of its optional parts left out or
    null, and values in every form the API may write (ints or decimals, nested or flat ids,
    dates or timestamps, composite ids or short ones)."""
    type_id = 5 if kind == "data" else 6
    day = draw(st.dates(date(2000, 1, 1), date(2030, 12, 31)))
    sim_id = draw(st.integers(1, 10**12))
    rec: dict[str, Any] = {
        "volume": draw(_amounts),
        "volume_rx": draw(_amounts),
        "volume_tx": draw(_amounts),
    }
    optional = {
        "sim_id": st.none() | st.just(sim_id),
        "endpoint_id": st.none() | st.integers(1, 10**9),
        "month": st.none()
        | st.sampled_from(
            [f"{day:%Y-%m}-01T00:00:00.000Z", f"{day:%Y-%m-%d}", f"{day:%Y-%m-%d}T23:30:00-05:00"]
        ),
        "traffic_type_id": st.none() | st.integers(0, 9),
        "traffic_type": st.none()
        | st.fixed_dictionaries(
            {},
            optional={
                "id": st.none() | st.integers(0, 9),
                "description": st.none() | st.text(max_size=5),
                "unit": st.none() | st.sampled_from(["MB", "SMS", "KB"]),
            },
        ),
        "cost": st.none() | _amounts,
        "currency_id": st.none() | st.integers(1, 5),
        "currency": st.none()
        | st.fixed_dictionaries(
            {},
            optional={
                "id": st.none() | st.integers(1, 5),
                "code": st.none() | st.sampled_from(["EUR", "USD"]),
                "symbol": st.none() | st.sampled_from(["\u20ac", "$"]),
            },
        ),
        "last_updated": st.none()
        | _moments.map(lambda t: t.isoformat())
        | _moments.map(lambda t: f"{t.astimezone(UTC):%Y-%m-%dT%H:%M:%S}.000Z"),
        "id": st.none()
        | st.integers(1, 999_999)  # no composite id: kept without one
        | st.just(int(f"{sim_id}{day:%Y%m}{type_id}")),
        "unknown": st.integers(),
    }
    for key, values in optional.items():
        if draw(st.booleans()):
            rec[key] = draw(values)
    if rec.get("month") is None:  # only a composite id can stand in for the month
        rec["id"] = int(f"{sim_id}{day:%Y%m}{type_id}")
    return rec


_stamps = st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23), st.integers(0, 59))
_series = st.fixed_dictionaries(
    {
        "rx": st.lists(st.tuples(_stamps, _amounts), max_size=8),
        "tx": st.lists(st.tuples(_stamps, _amounts), max_size=8),
    }
)
_periods = st.none() | st.fixed_dictionaries(
    {},
    optional={
        "data": st.none() | _valid_records("data"),
        "sms": st.none() | _valid_records("sms"),
    },
)
_objects = st.fixed_dictionaries(
    {},
    optional={
        "current_month": _periods,
        "last_month": _periods,
        "last_hour": st.none()
        | st.fixed_dictionaries(
            {}, optional={"data": st.none() | _series, "sms": st.none() | _series}
        ),
    },
)
_valid_bodies = st.one_of(_objects.map(lambda o: [o]), _objects, st.just([])).map(_encode)


@settings(max_examples=300, derandomize=True, database=None, deadline=None)
@given(_valid_bodies, st.none() | st.integers(1, 10**9), st.booleans())
def test_fast_and_tolerant_parsers_agree_on_every_valid_body(
    body: bytes, caller_id: int | None, endpoint: bool
) -> None:
    """The two parsers share one construction of a record (`parse._traffic_usage`); this
    fails if the fast path ever hands it other values than the tolerant one does (or grows
    rules of its own again): every well-formed body is decided by the fast path alone, with
    the tolerant parser's result, costs exact to the digit."""
    from emnify.stats import _fast

    payload = json.loads(body, parse_float=Decimal)
    if endpoint:
        tolerant = parse_endpoint_stats(payload, now=NOW, endpoint_id=caller_id)
        fast = _fast.decode(body, NOW, None, caller_id, endpoint=True)
    else:
        tolerant = parse_sim_stats(payload, now=NOW, sim_id=caller_id)
        fast = _fast.decode(body, NOW, caller_id, None, endpoint=False)
    assert fast is not None, "a well-formed body left to the tolerant parser"
    assert fast == tolerant
    assert [str(u.cost) for u in fast.usages()] == [str(u.cost) for u in tolerant.usages()]


# -- MinuteSeries --------------------------------------------------------------------------------


def test_minute_series_columns_and_pairs() -> None:
    t0 = datetime(2024, 3, 8, 12, 0, tzinfo=UTC)
    t1 = t0 + timedelta(minutes=1)
    series = MinuteSeries(rx=[(t0, 1), (t1, 2.5)], tx=[(t1, 4.0)])
    assert series.rx_times == (t0, t1) and series.rx_values == (1.0, 2.5)
    assert series.rx == [(t0, 1.0), (t1, 2.5)] and series.tx == [(t1, 4.0)]
    assert series.rx is not series.rx  # a fresh list: the series stays unchanged
    assert (series.volume_rx, series.volume_tx, series.volume) == (3.5, 4.0, 7.5)
    assert series == MinuteSeries(rx=series.rx, tx=series.tx)
    assert series != MinuteSeries(rx=series.rx)
    assert hash(series) == hash(MinuteSeries(rx=series.rx, tx=series.tx))
    assert repr(series) == "MinuteSeries(2 rx and 1 tx minutes, volume_rx=3.5, volume_tx=4)"
    with pytest.raises(dataclasses.FrozenInstanceError):
        series.rx_values = ()  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(series)) == series
    empty = MinuteSeries()
    assert empty.rx == [] and empty.volume == 0


@pytest.mark.parametrize("raw_id", [311, 2024035, 1234562024135])
def test_a_record_whose_id_is_no_composite_stats_id_is_kept_without_one(raw_id: int) -> None:
    """emnify's documentation shows short ids (`"id": 311`): the record is kept, with
    `stats_id` None, when its month is given (only a composite id could stand in for it)."""
    body = json.dumps([{"current_month": {"data": record() | {"id": raw_id}}}])
    for usage in (
        parse_sim_stats(json.loads(body), now=NOW).current_month.data,  # type: ignore[union-attr]
        parse_sim_stats_json(body, now=NOW).current_month.data,  # type: ignore[union-attr]
    ):
        assert usage is not None and usage.stats_id is None
        assert usage.month == date(2024, 3, 1) and usage.volume == 12.5
