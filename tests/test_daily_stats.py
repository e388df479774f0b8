"""Daily usage statistics: the parser on the shapes the API sends, the client calls and bulk
runs against the simulator on 127.0.0.1 (asyncio and trio), whose days add up to its months."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date, datetime, timezone
from decimal import Decimal
from typing import Any

import pytest

from emnify import EmnifyClient
from emnify.bulk import InvalidSimIdError, bulk_daily_stats
from emnify.errors import ConfigurationError, NotFoundError, ValidationError
from emnify.stats import StatsParseError
from emnify.stats.daily import (
    DailyStats,
    check_date_range,
    daily_query,
    parse_daily_stats,
    parse_daily_stats_json,
)
from emnify.testing import (
    DEFAULT_APPLICATION_TOKEN,
    SimulatorConfig,
    SimulatorServer,
    serve_simulator_async,
)

NOW = datetime(2024, 5, 17, 9, 30, 15, tzinfo=timezone.utc)
DAILY_ROUTE = "GET /api/v1/sim/{sim_id}/stats/daily"
ENDPOINT_DAILY_ROUTE = "GET /api/v1/endpoint/{endpoint_id}/stats/daily"

# -- the parser ----------------------------------------------------------------------------------

SPEC_SHAPE = b"""[
 {"date": "2024-03-02",
  "data": {"volume": 1.5, "volume_tx": 0.5, "volume_rx": 1.0, "cost": 0.123456789012345678,
           "traffic_type": {"id": 5, "description": "Data", "unit": "MB"},
           "currency": {"id": 1, "code": "EUR", "symbol": "\\u20ac"}},
  "sms": {"volume": 3, "volume_tx": 1, "volume_rx": 2, "cost": 0.27,
          "traffic_type": {"id": 6, "description": "SMS", "unit": "SMS"},
          "currency": {"id": 1, "code": "EUR", "symbol": "\\u20ac"}}},
 {"date": "2024-03-01", "data": {"volume": 0.25, "volume_tx": 0.125, "volume_rx": 0.125,
                                 "cost": 0.01, "currency": {"id": 2, "code": "USD"}}}
]"""


def test_the_spec_shape_parses_sorted_with_exact_costs() -> None:
    stats = parse_daily_stats_json(SPEC_SHAPE, sim_id=42)
    assert stats.sim_id == 42 and stats.endpoint_id is None
    assert [d.date for d in stats.days] == [date(2024, 3, 1), date(2024, 3, 2)]
    first, second = stats.days
    assert first.sms is None and first.data is not None
    assert first.data.currency == "USD" and first.data.currency_id == 2
    assert first.data.traffic_type_id == 5 and first.data.unit == "MB"  # defaults for "data"
    assert second.data is not None and second.sms is not None
    assert second.data.cost == Decimal("0.123456789012345678")
    assert second.data.currency_symbol == "€" and second.data.traffic_type == "Data"
    assert (second.sms.volume, second.sms.volume_tx, second.sms.volume_rx) == (3.0, 1.0, 2.0)
    assert second.sms.traffic_type_id == 6 and second.sms.unit == "SMS"
    assert [u.kind for u in stats.usages()] == ["data", "data", "sms"]
    assert stats.has_traffic


def test_what_the_live_api_sends_parses_too() -> None:
    # numbers as strings (emnify's documentation), zero records, timestamps as dates, no cost,
    # null kinds, satellite kinds (not kept)
    body = [
        {
            "date": "2020-06-15T00:00:00.000+0000",
            "data": {"volume": "0.796092", "volume_tx": "0.420887", "volume_rx": "0.375205"},
            "sms": {"volume": "0", "volume_tx": "0", "volume_rx": "0", "cost": "0.0000000000"},
            "sat_geo_data": {"volume": 1, "volume_tx": 1, "volume_rx": 0},
        },
        {"date": "2020-06-14", "data": None, "sms": []},
    ]
    stats = parse_daily_stats(body, endpoint_id=7)
    assert stats.endpoint_id == 7 and stats.sim_id is None
    early, late = stats.days
    assert not early and early.date == date(2020, 6, 14)
    assert late.data is not None and late.data.volume == 0.796092 and late.data.cost is None
    assert late.sms is not None and late.sms.cost == Decimal("0E-10")
    assert parse_daily_stats([]).days == () and not parse_daily_stats(None).has_traffic


@pytest.mark.parametrize(
    ("body", "path"),
    [
        ({"date": "2024-01-01"}, ""),
        ([{"data": {}}], "[0].date"),
        ([{"date": "yesterday"}], "[0].date"),
        ([7], "[0]"),
        ([{"date": "2024-01-01", "data": {"volume": 1, "volume_rx": 1}}], "[0].data.volume_tx"),
        (
            [{"date": "2024-01-01", "sms": {"volume": "x", "volume_rx": 1, "volume_tx": 0}}],
            "[0].sms.volume",
        ),
        (
            [
                {
                    "date": "2024-01-01",
                    "data": {"volume": 1, "volume_rx": 1, "volume_tx": 0, "cost": "1e999"},
                }
            ],
            "[0].data.cost",
        ),
    ],
)
def test_malformed_answers_name_the_value(body: Any, path: str) -> None:
    with pytest.raises(StatsParseError) as caught:
        parse_daily_stats(body)
    assert caught.value.path == path


def test_not_json_is_a_parse_error() -> None:
    with pytest.raises(StatsParseError, match="not JSON"):
        parse_daily_stats_json(b"<html>")
    with pytest.raises(TypeError):
        parse_daily_stats_json(7)  # type: ignore[arg-type]


def test_date_ranges() -> None:
    assert check_date_range("2024-03-01", date(2024, 3, 5)) == (date(2024, 3, 1), date(2024, 3, 5))
    assert check_date_range(None, None) == (None, None)
    assert daily_query(None, None) == ""
    assert daily_query(date(2024, 3, 1), None) == "?start_date=2024-03-01"
    assert daily_query(date(2024, 3, 1), date(2024, 3, 2)) == (
        "?start_date=2024-03-01&end_date=2024-03-02"
    )
    for bad in (("2024-03-05", "2024-03-01"), ("March", None), (None, NOW), (20240301, None)):
        with pytest.raises(ConfigurationError):
            check_date_range(*bad)


# -- against the simulator -----------------------------------------------------------------------


@asynccontextmanager
async def served(**config: Any) -> AsyncIterator[tuple[SimulatorServer, EmnifyClient]]:
    config.setdefault("rate_limits", "none")
    config.setdefault("sims", 120)
    async with serve_simulator_async(SimulatorConfig(clock=lambda: NOW, **config)) as server:
        async with EmnifyClient(
            DEFAULT_APPLICATION_TOKEN, base_url=server.base_url, rate_limits=None
        ) as client:
            yield server, client


def _sum(values: Any) -> Decimal:
    return sum(
        (Decimal(repr(v)) if isinstance(v, float) else Decimal(v) for v in values), Decimal(0)
    )


@pytest.mark.anyio
@pytest.mark.integration
async def test_the_days_of_a_month_add_up_to_its_monthly_figure() -> None:
    checked = 0
    async with served() as (server, client):
        for sim_id in server.fleet.sim_ids[:40]:
            monthly = await client.sim_stats(sim_id)
            this_month = await client.sim_daily_stats(sim_id)  # the API's default: this month
            last_month = await client.sim_daily_stats(sim_id, "2024-04-01", date(2024, 4, 30))
            assert [d.date for d in this_month.days] == [date(2024, 5, n) for n in range(1, 18)]
            for period, daily in (("current_month", this_month), ("last_month", last_month)):
                for kind in ("data", "sms"):
                    record = getattr(getattr(monthly, period), kind)
                    days = [getattr(d, kind) for d in daily.days if getattr(d, kind)]
                    if record is None:
                        assert not days
                        continue
                    checked += 1
                    assert _sum(u.volume for u in days) == Decimal(repr(record.volume))
                    assert _sum(u.cost for u in days) == record.cost
                    assert {u.currency for u in days} == {record.currency}
    assert checked > 40


@pytest.mark.anyio
@pytest.mark.integration
async def test_endpoint_daily_stats_and_errors() -> None:
    async with served() as (server, client):
        endpoint_id = server.fleet.endpoint_ids[5]
        sim_id = server.fleet.sim_ids[5]
        by_endpoint = await client.endpoint_daily_stats(endpoint_id, "2024-04-20", "2024-05-02")
        by_sim = await client.sim_daily_stats(sim_id, "2024-04-20", "2024-05-02")
        assert by_endpoint.endpoint_id == endpoint_id and by_endpoint.days == by_sim.days
        assert len(by_sim.days) == 13  # across the month boundary
        with pytest.raises(NotFoundError):
            await client.sim_daily_stats(1)
        with pytest.raises(ConfigurationError):
            await client.sim_daily_stats(sim_id, "2024-05-02", "2024-04-20")
        with pytest.raises(ConfigurationError):
            await client.endpoint_daily_stats("x")
        with pytest.raises(ValidationError):  # the server's own range limit
            await client.sim_daily_stats(sim_id, "2020-01-01", "2024-05-01")
        assert server.counters.requests_by_route[DAILY_ROUTE] == 3  # (bad input sent nothing)


@pytest.mark.anyio
@pytest.mark.integration
async def test_bulk_daily_stats_streams_every_id_once() -> None:
    async with served() as (server, client):
        ids: list[Any] = [*server.fleet.sim_ids[:30], 1, "not-an-id"]
        got: dict[Any, Any] = {}
        async with client.bulk_daily_stats(ids, "2024-05-01", "2024-05-10") as results:
            async for result in results:
                assert result.sim_id not in got
                got[result.sim_id] = result
        assert set(got) == {*server.fleet.sim_ids[:30], 1, "not-an-id"}
        assert isinstance(got[1].error, NotFoundError)
        assert isinstance(got["not-an-id"].error, InvalidSimIdError)
        for sim_id in server.fleet.sim_ids[:30]:
            stats = got[sim_id].stats
            assert isinstance(stats, DailyStats) and stats.sim_id == sim_id
            expected = json.loads(
                json.dumps(
                    server.fleet.daily_stats_for(sim_id, date(2024, 5, 1), date(2024, 5, 10))
                )
            )
            assert stats == parse_daily_stats(expected, sim_id=sim_id)
        assert server.counters.requests_by_route[DAILY_ROUTE] == 31

        endpoint_ids = server.fleet.endpoint_ids[:10]
        run = bulk_daily_stats(client, [*endpoint_ids, "x"], endpoints=True, workers=3)
        async with run as results:
            by_id = {r.sim_id: r async for r in results}
        assert all(by_id[e].stats.endpoint_id == e for e in endpoint_ids)  # type: ignore[union-attr]
        assert str(by_id["x"].error) == "not an endpoint id: 'x'"
        assert server.counters.requests_by_route[ENDPOINT_DAILY_ROUTE] == 10


def test_bad_bulk_arguments_fail_at_once() -> None:
    client = EmnifyClient(DEFAULT_APPLICATION_TOKEN, base_url="http://127.0.0.1:9")
    with pytest.raises(ConfigurationError):
        client.bulk_daily_stats([1], "2024-05-02", "2024-05-01")
    with pytest.raises(ConfigurationError):
        client.bulk_daily_stats([1], "soon")
    with pytest.raises(ValueError):
        client.bulk_daily_stats([1], workers=0)
