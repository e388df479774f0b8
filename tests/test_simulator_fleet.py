"""The generated fleet and its statistics: determinism, identifiers, stats shape and arithmetic."""

from __future__ import annotations

import itertools
import json
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import httpx
import pytest

from emnify.testing import Fleet, ManualClock, Simulator, SimulatorConfig

NOW = datetime(2024, 3, 15, 12, 30, 45, tzinfo=timezone.utc)
RECORD_KEYS = {
    "sim_id", "month", "volume", "volume_tx", "volume_rx", "traffic_type_id", "traffic_type",
    "cost", "currency_id", "currency", "last_updated", "id",
}  # fmt: skip


@pytest.fixture(scope="module")
def fleet() -> Fleet:
    return Fleet(2000, seed=11)


def luhn_valid(number: str) -> bool:
    digits = [int(c) for c in number]
    odd = digits[-1::-2]
    even = [sum(divmod(2 * d, 10)) for d in digits[-2::-2]]
    return (sum(odd) + sum(even)) % 10 == 0


def dec(value: Any) -> Decimal:
    return Decimal(str(value))


def test_same_seed_same_fleet_other_seed_other_fleet() -> None:
    a, b, c = Fleet(300, seed=5), Fleet(300, seed=5), Fleet(300, seed=6)
    assert a.sim_ids == b.sim_ids
    assert [a.sim_object(i) for i in range(300)] == [b.sim_object(i) for i in range(300)]
    assert a.stats_for(a.sim_ids[7], NOW) == b.stats_for(b.sim_ids[7], NOW)
    assert a.sim_ids != c.sim_ids or a.sim_object(0) != c.sim_object(0)


def test_ids_are_unique_increasing_with_gaps(fleet: Fleet) -> None:
    ids = fleet.sim_ids
    assert ids[0] == 1000
    assert all(x < y for x, y in itertools.pairwise(ids))
    assert ids[-1] - ids[0] + 1 > len(ids)  # not contiguous
    missing = next(i for i in range(ids[0], ids[-1]) if fleet.sim_index(i) is None)
    assert fleet.sim_index(missing) is None
    assert fleet.sim_index(ids[123]) == 123
    assert len(set(fleet.endpoint_ids)) == len(ids)


def test_identifiers_look_real(fleet: Fleet) -> None:
    sims = [fleet.sim_object(i) for i in range(len(fleet))]
    iccids = [sim["iccid_with_luhn"] for sim in sims]
    assert len(set(iccids)) == len(iccids)
    for sim in sims[:300]:
        assert len(sim["iccid"]) == 19 and sim["iccid"].isdigit()
        assert sim["iccid_with_luhn"].startswith(sim["iccid"])
        assert len(sim["iccid_with_luhn"]) == 20 and luhn_valid(sim["iccid_with_luhn"])
        assert len(sim["imsi"]) == 15 and sim["imsi"].isdigit()
        assert sim["msisdn"].isdigit() and 10 <= len(sim["msisdn"]) <= 15
        assert sim["status"]["description"] in {"Issued", "Activated", "Suspended", "Factory Test"}
    assert len({sim["imsi"] for sim in sims}) == len(sims)
    assert {sim["status"]["id"] for sim in sims} == {0, 1, 2, 4}


def test_sims_and_endpoints_point_at_each_other(fleet: Fleet) -> None:
    for index in (0, 1, 999, 1999):
        sim, endpoint = fleet.sim_object(index), fleet.endpoint_object(index)
        assert sim["endpoint"] == {"id": endpoint["id"], "name": endpoint["name"]}
        assert endpoint["sim"]["id"] == sim["id"]
        assert endpoint["sim"]["iccid"] == sim["iccid"]
        assert luhn_valid(endpoint["imei_with_luhn"])
        assert fleet.sim_id_for_endpoint(endpoint["id"]) == sim["id"]


def test_traffic_mix_across_the_fleet(fleet: Fleet) -> None:
    kinds: Counter[str] = Counter()
    currencies = set()
    for sim_id in fleet.sim_ids:
        body = fleet.stats_for(sim_id, NOW)[0]
        periods = [body[p] for p in ("last_month", "current_month") if p in body]
        types = {t for period in periods for t in period}
        kinds[{frozenset(): "none", frozenset({"data"}): "data", frozenset({"sms"}): "sms"}.get(
            frozenset(types), "both")] += 1  # fmt: skip
        currencies |= {r["currency"]["code"] for period in periods for r in period.values()}
    assert set(kinds) == {"none", "data", "sms", "both"}
    assert all(count > 50 for count in kinds.values()), kinds
    assert currencies == {"EUR", "USD"}


def test_record_shape_and_id(fleet: Fleet) -> None:
    seen = 0
    for sim_id in fleet.sim_ids[:200]:
        body = fleet.stats_for(sim_id, NOW)
        assert isinstance(body, list) and len(body) == 1
        assert set(body[0]) <= {"last_month", "current_month", "last_hour"}
        for period, (year, month) in (("last_month", (2024, 2)), ("current_month", (2024, 3))):
            for kind, record in body[0].get(period, {}).items():
                seen += 1
                assert set(record) == RECORD_KEYS
                type_id = {"data": 5, "sms": 6}[kind]
                assert record["traffic_type_id"] == type_id == record["traffic_type"]["id"]
                assert record["traffic_type"]["unit"] == {"data": "MB", "sms": "SMS"}[kind]
                assert record["currency_id"] == record["currency"]["id"]
                assert record["sim_id"] == sim_id
                assert record["month"] == f"{year}-{month:02d}-01T00:00:00.000Z"
                text = str(record["id"])
                assert text.endswith(f"{year}{month:02d}{type_id}")
                assert int(text[:-7]) == sim_id
                assert dec(record["volume"]) == dec(record["volume_tx"]) + dec(record["volume_rx"])
                assert -dec(record["cost"]).as_tuple().exponent <= 8
                assert record["volume"] > 0
                if kind == "sms":
                    assert isinstance(record["volume"], int)
    assert seen > 100


def test_costs_are_fractional(fleet: Fleet) -> None:
    costs = [
        dec(record["cost"])
        for sim_id in fleet.sim_ids[:100]
        for period in ("last_month", "current_month")
        for record in fleet.stats_for(sim_id, NOW)[0].get(period, {}).values()
    ]
    assert any(-cost.as_tuple().exponent >= 6 for cost in costs)


def test_last_hour_series_cross_midnight_and_slide(fleet: Fleet) -> None:
    just_after_midnight = datetime(2024, 3, 1, 0, 5, 30, tzinfo=timezone.utc)
    online = None
    for sim_id in fleet.sim_ids:
        hour = fleet.stats_for(sim_id, just_after_midnight)[0]["last_hour"]
        assert set(hour) == {"data", "sms"}
        for series in (*hour["data"].values(), *hour["sms"].values()):
            labels = [label for label, _ in series]
            assert len(labels) == 60
            assert labels[0] == "23:05" and labels[54] == "23:59"
            assert labels[55] == "00:00" and labels[-1] == "00:04"
        if any(value for _, value in hour["data"]["rx"]):
            online = sim_id
            break
    assert online is not None
    body = fleet.stats_for(online, just_after_midnight)[0]
    # a request on 1 March reports February as the last month
    if "last_month" in body:
        assert next(iter(body["last_month"].values()))["month"].startswith("2024-02-01")
    later = fleet.stats_for(online, just_after_midnight + timedelta(minutes=1))[0]["last_hour"]
    earlier = body["last_hour"]
    assert later["data"]["rx"][:-1] == earlier["data"]["rx"][1:]
    assert later["data"]["rx"][-1][0] == "00:05"


def test_january_reports_december_of_the_previous_year(fleet: Fleet) -> None:
    moment = datetime(2024, 1, 20, 8, tzinfo=timezone.utc)
    for sim_id in fleet.sim_ids:
        body = fleet.stats_for(sim_id, moment)[0]
        if "last_month" in body:
            record = next(iter(body["last_month"].values()))
            assert record["month"] == "2023-12-01T00:00:00.000Z"
            assert str(record["id"]).endswith(f"202312{record['traffic_type_id']}")
            return
    pytest.fail("no SIM had traffic in December")


def test_current_month_is_the_sum_of_its_days(fleet: Fleet) -> None:
    checked = 0
    for sim_id in fleet.sim_ids[:60]:
        body = fleet.stats_for(sim_id, NOW)[0]
        days = fleet.daily_stats_for(sim_id, date(2024, 3, 1), NOW.date())
        assert [d["date"] for d in days] == [f"2024-03-{n:02d}" for n in range(1, 16)]
        for kind in ("data", "sms"):
            record = body.get("current_month", {}).get(kind)
            volume = sum((dec(d[kind]["volume"]) for d in days if kind in d), Decimal(0))
            cost = sum((dec(d[kind]["cost"]) for d in days if kind in d), Decimal(0))
            if record is None:
                assert volume == 0
                continue
            checked += 1
            assert dec(record["volume"]) == volume
            assert dec(record["cost"]) == cost
    assert checked > 20


def test_totals_match_what_is_served(fleet: Fleet) -> None:
    ids = fleet.sim_ids[:400]
    for period in ("last_month", "current_month"):
        for kind, type_id in (("data", 5), ("sms", 6)):
            volume, volume_tx = Decimal(0), Decimal(0)
            cost: dict[str, Decimal] = {}
            records = 0
            for index in range(len(ids)):
                # go through JSON text, as a client would
                body = json.loads(fleet.stats_json(index, NOW))[0]
                record = body.get(period, {}).get(kind)
                if record is None:
                    continue
                records += 1
                volume += dec(record["volume"])
                volume_tx += dec(record["volume_tx"])
                code = record["currency"]["code"]
                cost[code] = cost.get(code, Decimal(0)) + dec(record["cost"])
            totals = fleet.totals(NOW, period=period, traffic_type_id=type_id, sim_ids=ids)
            assert totals.records == records > 0
            assert totals.volume == volume
            assert totals.volume_tx == volume_tx
            assert totals.cost == cost
            assert set(cost) == {"EUR", "USD"}


def test_stats_json_equals_dumped_ground_truth(fleet: Fleet) -> None:
    for index in range(0, 2000, 37):
        sim_id = fleet.sim_ids[index]
        expected = json.dumps(fleet.stats_for(sim_id, NOW), separators=(",", ":")).encode()
        assert fleet.stats_json(index, NOW) == expected


def test_daily_numbers_do_not_depend_on_the_request_day(fleet: Fleet) -> None:
    sim_id = fleet.sim_ids[3]
    early = fleet.daily_stats_for(sim_id, date(2024, 3, 1), date(2024, 3, 5))
    late = fleet.daily_stats_for(sim_id, date(2024, 3, 1), date(2024, 3, 20))
    assert late[:5] == early


# -- served through the app ---------------------------------------------------------------------


@pytest.fixture
def served() -> Simulator:
    clock = ManualClock(NOW)
    return Simulator(SimulatorConfig(sims=300, seed=11, rate_limits="none", timer=clock))


@pytest.mark.anyio
async def test_stats_routes_serve_the_ground_truth(served: Simulator) -> None:
    fleet = served.fleet
    headers = {"Authorization": f"Bearer {served.issue_token()}"}
    transport = httpx.ASGITransport(app=served.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sim", headers=headers) as c:
        for index in (0, 5, 299):
            sim_id, endpoint_id = fleet.sim_ids[index], fleet.endpoint_ids[index]
            response = await c.get(f"/api/v1/sim/{sim_id}/stats")
            assert response.headers["content-type"] == "application/json"
            assert response.json() == fleet.stats_for(sim_id, NOW)
            response = await c.get(f"/api/v1/endpoint/{endpoint_id}/stats")
            assert response.json() == fleet.endpoint_stats_for(endpoint_id, NOW)
            assert response.json() == fleet.stats_for(sim_id, NOW)
            assert (await c.get(f"/api/v1/sim/{sim_id}")).json() == fleet.sim_object(index)
            endpoint = (await c.get(f"/api/v1/endpoint/{endpoint_id}")).json()
            assert endpoint == fleet.endpoint_object(index)


@pytest.mark.anyio
async def test_unknown_and_non_numeric_ids_are_404(served: Simulator) -> None:
    headers = {"Authorization": f"Bearer {served.issue_token()}"}
    missing = next(i for i in range(1000, 2000) if served.fleet.sim_index(i) is None)
    transport = httpx.ASGITransport(app=served.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sim", headers=headers) as c:
        for path in (
            f"/api/v1/sim/{missing}",
            f"/api/v1/sim/{missing}/stats",
            "/api/v1/sim/abc/stats",
            "/api/v1/sim/-5",
            "/api/v1/endpoint/1/stats",
            "/api/v1/endpoint/x/stats/daily",
            "/api/v1/no/such/route",
        ):
            response = await c.get(path)
            assert response.status_code == 404, path
            body = response.json()
            assert (body["error_code"], body["error_token"]) == (1201, "NotFound"), path


@pytest.mark.anyio
async def test_daily_route_ranges_and_validation(served: Simulator) -> None:
    fleet = served.fleet
    sim_id, endpoint_id = fleet.sim_ids[4], fleet.endpoint_ids[4]
    headers = {"Authorization": f"Bearer {served.issue_token()}"}
    transport = httpx.ASGITransport(app=served.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sim", headers=headers) as c:
        default = (await c.get(f"/api/v1/sim/{sim_id}/stats/daily")).json()
        assert default == fleet.daily_stats_for(sim_id, date(2024, 3, 1), date(2024, 3, 15))
        ranged = await c.get(
            f"/api/v1/endpoint/{endpoint_id}/stats/daily",
            params={"start_date": "2024-02-27", "end_date": "2024-03-02"},
        )
        assert [d["date"] for d in ranged.json()] == [
            "2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01", "2024-03-02",
        ]  # fmt: skip
        only_end = await c.get(f"/api/v1/sim/{sim_id}/stats/daily?end_date=2024-02-10")
        assert len(only_end.json()) == 10
        future = await c.get(f"/api/v1/sim/{sim_id}/stats/daily?start_date=2024-03-10")
        assert future.json()[-1]["date"] == "2024-03-15"  # never past today
        for query in ("start_date=03/01/2024", "start_date=2024-03-10&end_date=2024-03-01"):
            bad = await c.get(f"/api/v1/sim/{sim_id}/stats/daily?{query}")
            assert bad.status_code == 422
            assert bad.json()["error_code"] == 1400
            assert bad.json()["errors"][0]["error_code"] == 1403


@pytest.mark.anyio
async def test_stats_follow_the_clock(served: Simulator) -> None:
    clock = served.config.timer
    assert isinstance(clock, ManualClock)
    sim_id = served.fleet.sim_ids[0]
    headers = {"Authorization": f"Bearer {served.issue_token(ttl=10**8)}"}
    transport = httpx.ASGITransport(app=served.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sim", headers=headers) as c:
        first = (await c.get(f"/api/v1/sim/{sim_id}/stats")).json()
        clock.advance(60)
        second = (await c.get(f"/api/v1/sim/{sim_id}/stats")).json()
    assert second[0]["last_hour"]["data"]["rx"][-1][0] == "12:30"
    assert first[0]["last_hour"]["data"]["rx"][-1][0] == "12:29"
    assert second == served.fleet.stats_for(sim_id, NOW + timedelta(minutes=1))
