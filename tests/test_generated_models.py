"""The generated models parse what the live API sends, and stay cheap to import."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

import emnify_generated.models as models
from emnify_generated.api import TAGS, Api
from emnify_generated.client import Client
from emnify_generated.models import UsageStats
from emnify_generated.types import Unset
from tests.spec_support import UPSTREAM_SPEC, example, normalized_spec, resolve


def _record(sim_id: int, traffic_type_id: int, cost: float) -> dict[str, Any]:
    unit = "MB" if traffic_type_id == 5 else "SMS"
    return {
        "id": int(f"{sim_id}2024035" if traffic_type_id == 5 else f"{sim_id}2024036"),
        "sim_id": sim_id,
        "month": "2024-03-01T00:00:00.000Z",
        "volume": 12.5,
        "volume_tx": 2.5,
        "volume_rx": 10.0,
        "traffic_type_id": traffic_type_id,
        "traffic_type": {"id": traffic_type_id, "description": "Data", "unit": unit},
        "cost": cost,
        "currency_id": 1,
        "currency": {"id": 1, "code": "EUR", "symbol": "€"},
        "last_updated": "2024-03-08T10:11:12.000Z",
    }


def _series(start_minute: int) -> dict[str, Any]:
    points = [
        [f"{(start_minute + i) // 60 % 24:02d}:{(start_minute + i) % 60:02d}", i * 0.5]
        for i in range(60)
    ]
    return {"rx": points, "tx": points}


FULL = [
    {
        "last_month": {"data": _record(123456, 5, 6.10483935), "sms": _record(123456, 6, 0.09)},
        "current_month": {"data": _record(123456, 5, 1.25)},
        "last_hour": {"data": _series(23 * 60 + 30), "sms": _series(23 * 60 + 30)},
    }
]


def test_full_stats_payload_parses() -> None:
    (item,) = [UsageStats.from_dict(x) for x in FULL]
    assert not isinstance(item.last_month, Unset)
    assert not isinstance(item.last_month.data, Unset)
    assert item.last_month.data.id == 1234562024035
    assert isinstance(item.last_month.data.id, int)
    assert item.last_month.data.cost == pytest.approx(6.10483935)
    assert item.last_month.data.month.year == 2024
    assert not isinstance(item.last_hour, Unset) and not isinstance(item.last_hour.data, Unset)
    assert item.last_hour.data.rx[0] == ["23:30", 0.0]
    assert len(item.last_hour.data.tx) == 60
    assert item.to_dict()["last_month"]["data"]["currency"]["code"] == "EUR"


def test_stats_payload_without_periods_parses() -> None:
    item = UsageStats.from_dict({"last_hour": _series(0)})
    assert isinstance(item.last_month, Unset)
    assert isinstance(item.current_month, Unset)
    empty = UsageStats.from_dict({})
    assert isinstance(empty.last_hour, Unset)


def test_stats_payload_without_sms_parses() -> None:
    item = UsageStats.from_dict({"current_month": {"data": _record(7, 5, 0.5)}})
    assert not isinstance(item.current_month, Unset)
    assert isinstance(item.current_month.sms, Unset)
    assert item.current_month.data.sim_id == 7  # type: ignore[union-attr]
    sms_only = UsageStats.from_dict({"last_month": {"sms": _record(7, 6, 0.5)}})
    assert isinstance(sms_only.last_month.data, Unset)  # type: ignore[union-attr]


def _tolerant_enum_properties() -> list[tuple[str, str, list[Any]]]:
    """(schema, property, known values) for every enum property made tolerant by the rules."""
    out = []
    for name, schema in normalized_spec()["components"]["schemas"].items():
        for prop, sub in (schema.get("properties") or {}).items():
            sub = resolve(sub)
            any_of = sub.get("anyOf") if isinstance(sub, dict) else None
            if any_of and "enum" in any_of[0]:
                out.append((name, prop, any_of[0]["enum"]))
    return out


@pytest.mark.skipif(not UPSTREAM_SPEC.is_file(), reason="upstream spec not available")
def test_unknown_enum_values_parse() -> None:
    cases = _tolerant_enum_properties()
    assert cases, "the normalized spec has no enum property to check"
    for schema_name, prop, known in cases:
        cls = getattr(models, schema_name)
        payload = example({"$ref": f"#/components/schemas/{schema_name}"}) or {}
        unknown = "a-value-added-tomorrow" if isinstance(known[0], str) else 987654
        parsed = cls.from_dict({**payload, prop: unknown})
        python_name = prop if hasattr(parsed, prop) else f"{prop}_"
        assert getattr(parsed, python_name) == unknown, (schema_name, prop)
        known_parsed = cls.from_dict({**payload, prop: known[0]})
        assert getattr(known_parsed, python_name) == known[0]


def test_importing_one_operation_does_not_import_all_models() -> None:
    code = (
        "import sys, json; import emnify_generated.api.sim.get_sim_stats; "
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('emnify_generated.models.'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = json.loads(out.stdout)
    assert "emnify_generated.models.usage_stats" in loaded
    assert len(loaded) < 20, loaded
    assert len(models.__all__) > 600  # yet every model stays importable by name
    assert models.Sim.__name__ == "Sim"


def test_importing_an_operation_imports_httpx_only_with_a_client() -> None:
    code = (
        "import sys; import emnify_generated.api.sim.get_sim_stats as op; "
        "print('httpx' in sys.modules); import emnify_generated as g; "
        "print(g.AuthenticatedClient.__name__, 'httpx' in sys.modules); "
        "print(callable(op.asyncio), hasattr(g, 'Nope'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:3] == ["False", "AuthenticatedClient True", "True False"]


def test_namespaces_cover_every_tag_and_bind_the_client() -> None:
    api = Api(Client(base_url="https://api.test"))
    assert len(TAGS) == 26
    for tag in TAGS:
        namespace = getattr(api, tag)
        assert namespace is getattr(api, tag)  # created once
    assert callable(api.sim.get_sim_stats)
    assert callable(api.endpoint.list_endpoints)
    assert callable(api.authentication.authenticate)


@pytest.mark.anyio
async def test_namespace_call_goes_through_the_bound_client() -> None:
    import httpx

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/api/v1/sim/42/stats"
        return httpx.Response(200, json=FULL)

    async with httpx.AsyncClient(
        transport=httpx.MockTransport(handler), base_url="https://api.test"
    ) as http:
        api = Api(Client(base_url="https://api.test").set_async_httpx_client(http))
        result = await api.sim.get_sim_stats(sim_id="42")
    assert result is not None
    assert isinstance(result[0], UsageStats)
