"""The spec comparison library (scripts/spec_diff.py): each kind of change, classified.

Every variation is made here, at run time, from the normalized form of the pinned upstream
spec (read from ../shared, never copied into the repository): a copy is edited in memory and
compared with the original. Tests that need the upstream file skip when it is absent; the
helpers that need no spec (names, locations, facade scan, report) always run.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.spec_support import ROOT, UPSTREAM_SPEC

sys.path.insert(0, str(ROOT / "scripts"))
# The spec tooling names things as the generator does, and the generator needs Python >= 3.11
# (not installed on 3.10, see pyproject.toml): this module runs where the generator does.
pytest.importorskip("openapi_python_client", reason="the generator needs Python >= 3.11")

import spec_diff
from normalize_spec import operations

needs_spec = pytest.mark.skipif(not UPSTREAM_SPEC.is_file(), reason="upstream spec not available")

STATS = "GET /api/v1/sim/{sim_id}/stats"


@functools.cache
def _raw() -> dict[str, Any]:
    return spec_diff.parse_spec(UPSTREAM_SPEC.read_bytes(), UPSTREAM_SPEC.name)


@functools.cache
def _normalized_text() -> str:
    return json.dumps(spec_diff.normalize_lenient(_raw()).spec)


def raw_copy() -> dict[str, Any]:
    """A private, editable copy of the upstream spec (in memory only)."""
    return copy.deepcopy(_raw())


@pytest.fixture
def old() -> dict[str, Any]:
    if not UPSTREAM_SPEC.is_file():
        pytest.skip("upstream spec not available")
    return dict(json.loads(_normalized_text()))


@pytest.fixture
def new(old: dict[str, Any]) -> dict[str, Any]:
    return dict(json.loads(_normalized_text()))


def find(spec: dict[str, Any], name: str) -> dict[str, Any]:
    """The operation whose curated name is ``name``."""
    for _, _, op in operations(spec):
        if op["operationId"] == name:
            return op
    raise AssertionError(f"no operation {name}")


def diff(old: dict[str, Any], new: dict[str, Any], **options: Any) -> list[spec_diff.Change]:
    return spec_diff.diff_specs(old, new, spec_diff.DiffOptions(**options))


def one(changes: list[spec_diff.Change], kind: str) -> spec_diff.Change:
    found = [c for c in changes if c.kind == kind]
    assert len(found) == 1, changes
    return found[0]


# --- operations ---------------------------------------------------------------------------


@needs_spec
def test_the_same_spec_has_no_changes(old: dict[str, Any]) -> None:
    assert diff(old, old) == []


@needs_spec
def test_added_operation_is_not_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    op = copy.deepcopy(find(new, "get_sim"))
    op["operationId"] = "get_sim_widget"
    new["paths"]["/api/v1/sim/{sim_id}/widget"] = {"get": op}
    change = one(diff(old, new), "operation_added")
    assert (change.operation, change.location, change.breaking) == (
        "sim.get_sim_widget",
        "GET /api/v1/sim/{sim_id}/widget",
        False,
    )


@needs_spec
def test_removed_operation_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    del new["paths"]["/api/v1/sim/{sim_id}"]["patch"]
    changes = diff(old, new)
    change = one(changes, "operation_removed")
    assert (change.operation, change.location, change.breaking) == (
        "sim.update_sim",
        "PATCH /api/v1/sim/{sim_id}",
        True,
    )
    assert len(changes) == 1


@needs_spec
def test_renamed_operation_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    find(new, "get_sim")["operationId"] = "fetch_sim"
    change = one(diff(old, new), "operation_renamed")
    assert (
        change.breaking and change.operation == "sim.get_sim" and "sim.fetch_sim" in change.detail
    )


@needs_spec
def test_renamed_path_parameter_matches_the_route(old: dict[str, Any], new: dict[str, Any]) -> None:
    item = new["paths"].pop("/api/v1/sim/{sim_id}/stats")
    item["get"]["parameters"][0]["name"] = "id"
    new["paths"]["/api/v1/sim/{id}/stats"] = item
    kinds = {(c.kind, c.location, c.breaking) for c in diff(old, new)}
    assert kinds == {
        ("parameter_removed", "GET /api/v1/sim/{id}/stats → path parameter sim_id", True),
        ("parameter_added", "GET /api/v1/sim/{id}/stats → path parameter id", True),
    }


# --- parameters ---------------------------------------------------------------------------


def _param(op: dict[str, Any], name: str) -> dict[str, Any]:
    return next(p for p in op["parameters"] if p["name"] == name)


@needs_spec
def test_retyped_parameter_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    _param(find(new, "list_sims"), "per_page")["schema"] = {"type": "string"}
    change = one(diff(old, new), "parameter_retyped")
    assert change.location == "GET /api/v1/sim → query parameter per_page"
    assert change.detail == "type integer → string"
    assert change.breaking


@needs_spec
def test_new_required_parameter_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    find(new, "list_sims")["parameters"].append(
        {"name": "fleet", "in": "query", "required": True, "schema": {"type": "string"}}
    )
    change = one(diff(old, new), "parameter_added")
    assert change.breaking and change.detail == "required parameter added"
    assert change.location == "GET /api/v1/sim → query parameter fleet"


@needs_spec
def test_new_optional_parameter_is_not_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    find(new, "list_sims")["parameters"].append(
        {"name": "fleet", "in": "query", "schema": {"type": "string"}}
    )
    assert not one(diff(old, new), "parameter_added").breaking


@needs_spec
def test_removed_parameter_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    op = find(new, "list_sims")
    op["parameters"] = [p for p in op["parameters"] if p["name"] != "sort"]
    assert one(diff(old, new), "parameter_removed").breaking


@needs_spec
def test_parameter_required_changes(old: dict[str, Any], new: dict[str, Any]) -> None:
    _param(find(new, "list_sims"), "q")["required"] = True
    assert one(diff(old, new), "parameter_required_changed").breaking
    # and back: required -> optional is fine for callers
    assert not one(diff(new, old), "parameter_required_changed").breaking


@needs_spec
def test_parameter_location_change_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    _param(find(new, "list_sims"), "q")["in"] = "header"
    change = one(diff(old, new), "parameter_location_changed")
    assert change.breaking and change.detail == "moved from query to header"
    assert change.location == "GET /api/v1/sim → header parameter q"


# --- bodies and fields --------------------------------------------------------------------


@needs_spec
def test_removed_response_field_has_a_readable_location(
    old: dict[str, Any], new: dict[str, Any]
) -> None:
    del new["components"]["schemas"]["UsageRecord"]["properties"]["cost"]
    changes = [c for c in diff(old, new) if c.operation == "sim.get_sim_stats"]
    locations = {c.location for c in changes}
    assert f"{STATS} → 200 → [] → last_month.data.cost" in locations
    assert len(locations) == 4  # {last,current}_month.{data,sms}
    assert all(c.kind == "field_removed" and c.breaking for c in changes)
    assert {"UsageStats", "UsagePeriod", "UsageRecord"} <= set(changes[0].models)


@needs_spec
def test_added_response_field_is_not_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    new["components"]["schemas"]["UsageTrafficType"]["properties"]["code"] = {"type": "string"}
    changes = diff(old, new)
    assert changes and all(c.kind == "field_added" and not c.breaking for c in changes)
    assert f"{STATS} → 200 → [] → last_month.data.traffic_type.code" in {
        c.location for c in changes
    }


@needs_spec
def test_retyped_response_field_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    new["components"]["schemas"]["UsageRecord"]["properties"]["cost"] = {"type": "string"}
    changes = diff(old, new)
    assert changes and all(c.kind == "field_retyped" and c.breaking for c in changes)
    assert changes[0].detail == "type number → string"


@needs_spec
def test_typed_format_change_is_a_retype(old: dict[str, Any], new: dict[str, Any]) -> None:
    new["components"]["schemas"]["UsageRecord"]["properties"]["month"]["format"] = "date"
    assert all(
        c.kind == "field_retyped" and c.detail == "type string(date-time) → string(date)"
        for c in diff(old, new)
    )


@needs_spec
def test_response_field_becoming_optional_is_breaking(
    old: dict[str, Any], new: dict[str, Any]
) -> None:
    # (answers have no required field after tolerant_responses: the old spec here has one)
    old["components"]["schemas"]["GetEndpointDataQuotaResponseStatus"]["required"] = ["id"]
    status = new["components"]["schemas"]["GetEndpointDataQuotaResponseStatus"]
    status["required"] = []
    change = one(diff(old, new), "field_required_changed")
    assert change.breaking and change.detail == "required → optional"
    assert change.location == "GET /api/v1/endpoint/{endpoint_id}/quota/data → 200 → status.id"


def _create_endpoint_body(spec: dict[str, Any]) -> Any:
    """A request body with required fields (PATCH bodies have none after partial_updates)."""
    body = find(spec, "create_endpoint")["requestBody"]["content"]["application/json"]["schema"]
    return resolve_in(spec, body)


def resolve_in(spec: dict[str, Any], schema: Any) -> Any:
    while isinstance(schema, dict) and "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


@needs_spec
def test_removed_request_field_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    body = _create_endpoint_body(new)
    del body["properties"]["status"]
    body["required"].remove("status")
    change = one(diff(old, new), "field_removed")
    assert change.breaking and change.location == "POST /api/v1/endpoint → request body → status"
    assert "CreateEndpointBody" in change.models


@needs_spec
def test_request_field_additions(old: dict[str, Any], new: dict[str, Any]) -> None:
    body = _create_endpoint_body(new)
    body["properties"]["label"] = {"type": "string"}
    assert not one(diff(old, new), "field_added").breaking
    body["required"].append("label")
    change = one(diff(old, new), "field_added")
    assert change.breaking and change.detail == "required field added"


@needs_spec
def test_request_field_required_changes(old: dict[str, Any], new: dict[str, Any]) -> None:
    _create_endpoint_body(new)["required"].remove("status")
    assert not one(diff(old, new), "field_required_changed").breaking
    assert one(diff(new, old), "field_required_changed").breaking


@needs_spec
def test_nullability_depends_on_direction(old: dict[str, Any], new: dict[str, Any]) -> None:
    # (every answer field is nullable after tolerant_responses: the old spec here is not)
    old["components"]["schemas"]["UsageRecord"]["properties"]["cost"] = {"type": "number"}
    new["components"]["schemas"]["UsageRecord"]["properties"]["cost"] = {"type": ["number", "null"]}
    changes = diff(old, new)
    assert changes and all(c.kind == "nullable_changed" and c.breaking for c in changes)
    body = _create_endpoint_body(new)
    body["properties"]["status"] = {"oneOf": [body["properties"]["status"], {"type": "null"}]}
    request = [c for c in diff(old, new) if c.operation == "endpoint.create_endpoint"]
    assert [(c.kind, c.breaking) for c in request] == [("nullable_changed", False)]


@needs_spec
def test_request_body_presence(old: dict[str, Any], new: dict[str, Any]) -> None:
    del find(new, "update_sim")["requestBody"]
    assert one(diff(old, new), "request_body_removed").breaking
    added = json.loads(json.dumps(old))
    find(added, "list_sims")["requestBody"] = {
        "content": {"application/json": {"schema": {"type": "object"}}}
    }
    assert not one(diff(old, added), "request_body_added").breaking
    find(added, "list_sims")["requestBody"]["required"] = True
    assert one(diff(old, added), "request_body_added").breaking


@needs_spec
def test_responses_added_and_removed(old: dict[str, Any], new: dict[str, Any]) -> None:
    responses = find(new, "update_sim")["responses"]
    del responses["400"]
    responses["409"] = {"description": "Conflict"}
    changes = diff(old, new)
    assert not one(changes, "response_removed").breaking  # an error answer
    assert not one(changes, "response_added").breaking
    del find(new, "get_sim_stats")["responses"]["200"]
    removed = [
        c
        for c in diff(old, new)
        if c.kind == "response_removed" and c.operation == "sim.get_sim_stats"
    ]
    assert [c.breaking for c in removed] == [True]  # the success answer


@needs_spec
def test_renamed_model_is_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    text = (
        json.dumps(new)
        .replace('"UsageRecord"', '"UsageEntry"')
        .replace("/UsageRecord", "/UsageEntry")
    )
    renamed = json.loads(text)
    changes = diff(old, renamed)
    assert {c.kind for c in changes} == {"model_renamed"}
    assert {c.operation for c in changes} == {"sim.get_sim_stats", "endpoint.get_endpoint_stats"}
    assert changes[0].detail == "model UsageRecord is now UsageEntry" and changes[0].breaking


# --- enums --------------------------------------------------------------------------------


def _enum(spec: dict[str, Any], name: str) -> list[Any]:
    values: list[Any] = spec["components"]["schemas"][name]["anyOf"][0]["enum"]
    return values


@needs_spec
def test_enum_value_added_is_not_breaking(old: dict[str, Any], new: dict[str, Any]) -> None:
    _enum(new, "GetEndpointDataQuotaResponseStatusDescription").append("SUSPENDED")
    _enum(new, "SetEndpointDataQuotaRequestStatusDescription").append("SUSPENDED")
    changes = diff(old, new)
    assert [(c.kind, c.breaking) for c in changes] == [("enum_value_added", False)] * 2
    assert (
        changes[0].location
        == "GET /api/v1/endpoint/{endpoint_id}/quota/data → 200 → status.description"
    )
    assert changes[0].detail == 'value "SUSPENDED" added'
    # Without tolerant enums a new response value would fail parsing.
    strict = diff(old, new, tolerant_enums=False)
    assert [c.breaking for c in strict] == [True, False]


@needs_spec
def test_enum_value_removed_breaks_requests_only(old: dict[str, Any], new: dict[str, Any]) -> None:
    _enum(new, "GetEndpointDataQuotaResponseStatusDescription").remove("EXPIRED")
    _enum(new, "SetEndpointDataQuotaRequestStatusDescription").remove("EXPIRED")
    by_operation = {c.operation: c for c in diff(old, new)}
    response = by_operation["endpoint.get_endpoint_data_quota"]
    request = by_operation["endpoint.set_endpoint_data_quota"]
    assert (response.kind, response.breaking) == ("enum_value_removed", False)
    assert (request.kind, request.breaking) == ("enum_value_removed", True)
    assert (
        request.location
        == "POST /api/v1/endpoint/{endpoint_id}/quota/data → request body → status.description"
    )


# --- recursion ----------------------------------------------------------------------------


@needs_spec
def test_recursive_schemas_terminate(old: dict[str, Any], new: dict[str, Any]) -> None:
    for spec in (old, new):
        props = spec["components"]["schemas"]["UsagePeriod"]["properties"]
        props["previous"] = {"$ref": "#/components/schemas/UsagePeriod"}
        props["owner"] = {"type": "array", "items": {"$ref": "#/components/schemas/UsageStats"}}
    new["components"]["schemas"]["UsageRecord"]["properties"]["cost"] = {"type": "string"}
    changes = [c for c in diff(old, new) if c.operation == "sim.get_sim_stats"]
    assert changes and all(c.kind == "field_retyped" for c in changes)
    assert f"{STATS} → 200 → [] → last_month.data.cost" in {c.location for c in changes}
    assert len(changes) < 50


def test_schema_walk_handles_a_self_referencing_ref() -> None:
    spec: dict[str, Any] = {
        "openapi": "3.1.0",
        "paths": {
            "/a": {
                "get": {
                    "operationId": "get_a",
                    "tags": ["t"],
                    "responses": {"200": {"content": {}}},
                }
            }
        },
        "components": {"schemas": {"Loop": {"$ref": "#/components/schemas/Loop"}}},
    }
    body = {"application/json": {"schema": {"$ref": "#/components/schemas/Loop"}}}
    spec["paths"]["/a"]["get"]["responses"]["200"]["content"] = body
    assert spec_diff.diff_specs(spec, copy.deepcopy(spec)) == []


# --- lenient normalization and names ------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("get", "/api/v1/widget", "list_widgets"),
        ("get", "/api/v1/widget/{widget_id}", "get_widget"),
        ("post", "/api/v1/widget", "create_widget"),
        ("patch", "/api/v1/widget/{widget_id}", "update_widget"),
        ("put", "/api/v1/widget/{widget_id}", "update_widget"),
        ("delete", "/api/v1/widget/{widget_id}", "delete_widget"),
        ("get", "/api/v1/sim/{sim_id}/history", "list_sim_histories"),
        ("get", "/api/v2/fleetCategory", "list_fleet_categories"),
    ],
)
def test_suggested_names_are_verb_first(method: str, path: str, expected: str) -> None:
    assert spec_diff.suggest_name(method, path) == expected


def test_suggested_names_are_unique() -> None:
    assert spec_diff.suggest_name("get", "/api/v1/widget", {"list_widgets"}) == "list_widgets_2"


def _rules_digest() -> str:
    return hashlib.sha256(
        b"".join(p.read_bytes() for p in sorted((ROOT / "openapi").glob("*")))
    ).hexdigest()


@needs_spec
def test_lenient_normalization_names_new_operations() -> None:
    before = _rules_digest()
    raw = raw_copy()
    raw["paths"]["/api/v1/widget"] = {
        "get": {
            "operationId": "widget-list",
            "tags": ["subpackage_sim"],
            "responses": {"200": {"description": "x"}},
        },
        "post": {"tags": ["subpackage_sim"], "responses": {"201": {"description": "x"}}},
    }
    result = spec_diff.normalize_lenient(raw)
    assert [
        (u.method, u.path, u.operation_id, u.tag, u.suggested_name) for u in result.unnamed
    ] == [
        ("GET", "/api/v1/widget", "widget-list", "sim", "list_widgets"),
        ("POST", "/api/v1/widget", None, "sim", "create_widget"),
    ]
    assert result.spec["paths"]["/api/v1/widget"]["get"]["operationId"] == "list_widgets"
    assert result.rule_problems == []
    assert _rules_digest() == before  # the rules folder is never written


@needs_spec
def test_changed_operation_id_suggests_the_old_name(old: dict[str, Any]) -> None:
    raw = raw_copy()
    raw["paths"]["/api/v1/sim/{sim_id}"]["get"]["operationId"] = "sim-get-v2"
    result = spec_diff.normalize_lenient(raw, previous=old)
    assert [(u.operation_id, u.suggested_name) for u in result.unnamed] == [
        ("sim-get-v2", "get_sim")
    ]
    assert "operationId changed" in result.unnamed[0].reason
    assert "sim-by-id-get" in result.stale_names
    # The rule naming models after the upstream operationId no longer fires for this route: the
    # curated model name is reported as a rule that does not fit, and the class name changes.
    assert len(result.rule_problems) == 1 and "GetSimResponse200" in result.rule_problems[0]
    assert [(c.kind, c.detail) for c in diff(old, result.spec)] == [
        ("model_renamed", "model SimDetails is now SIMSimByIdGetResponse200")
    ]


@needs_spec
def test_rules_that_no_longer_fit_are_reported() -> None:
    raw = raw_copy()
    del raw["paths"]["/api/v1/sim/{sim_id}/stats"]
    result = spec_diff.normalize_lenient(raw)
    assert len(result.rule_problems) == 1
    assert "sim-stats-by-id-get" in result.rule_problems[0]
    assert "/api/v1/sim/{sim_id}/stats" not in result.spec["paths"]


def test_parse_spec_rejects_what_is_not_openapi_3() -> None:
    with pytest.raises(spec_diff.SpecError, match="not a mapping"):
        spec_diff.parse_spec(b"- a\n- b\n", "x.yml")
    with pytest.raises(spec_diff.SpecError, match="not an OpenAPI 3"):
        spec_diff.parse_spec(b'{"swagger": "2.0", "paths": {}}', "x.json")
    with pytest.raises(spec_diff.SpecError, match="no `paths`"):
        spec_diff.parse_spec(b"openapi: 3.1.0\n", "x.yml")
    with pytest.raises(spec_diff.SpecError, match="neither JSON nor YAML"):
        spec_diff.parse_spec(b"openapi: [3.1\n", "x.yml")
    assert spec_diff.parse_spec(b"openapi: 3.0.3\npaths: {}\n", "x.yml")["paths"] == {}


# --- locations, facade, report ------------------------------------------------------------


def test_render_location() -> None:
    head = ["GET /x", "200"]
    assert spec_diff.render_location(head, []) == "GET /x → 200"
    assert spec_diff.render_location(head, ["[]", "a", "b"]) == "GET /x → 200 → [] → a.b"
    assert spec_diff.render_location(head, ["a", "[]", "c", "*"]) == "GET /x → 200 → a[].c.*"


def _change(
    operation: str, models: tuple[str, ...] = (), breaking: bool = True
) -> spec_diff.Change:
    return spec_diff.Change("field_removed", operation, "GET /x", "field removed", breaking, models)


def test_facade_scan_finds_imports_attributes_and_strings(tmp_path: Path) -> None:
    facade = tmp_path / "src" / "emnify"
    (facade / "sub").mkdir(parents=True)
    files = {
        "a.py": "from emnify_generated.api.sim import get_sim_stats\n",
        "b.py": "from emnify_generated.models import UsageRecord as Record\nx: Record\n",
        "c.py": 'OP = "client.api.sim.get_sim_stats"\n',
        "sub/d.py": "import emnify_generated.models.usage_record as ur\n",
        "e.py": "from emnify_generated import api as generated\nf = generated.sim.get_sim_stats\n",
        "f.py": "from emnify_generated.api.sim import list_sims\nfrom emnify_generated.models import Sim\n",
        "g.py": "def broken(:\n    client.api.endpoint.get_endpoint_stats\n",
    }
    for name, text in files.items():
        (facade / name).write_text(text)
    changes = [
        _change("sim.get_sim_stats", ("UsageStats", "UsageRecord")),
        _change("endpoint.get_endpoint_stats", breaking=False),
    ]
    found = {
        u.module: (u.uses, u.breaking) for u in spec_diff.facade_uses(changes, facade, tmp_path)
    }
    assert found == {
        "src/emnify/a.py": (("sim.get_sim_stats",), True),
        "src/emnify/b.py": (("UsageRecord",), True),
        "src/emnify/c.py": (("sim.get_sim_stats",), True),
        "src/emnify/sub/d.py": (("usage_record",), True),
        "src/emnify/e.py": (("sim.get_sim_stats",), True),
        "src/emnify/g.py": (("endpoint.get_endpoint_stats",), False),
    }


def test_report_structure_and_markdown() -> None:
    unnamed = spec_diff.UnnamedOperation(
        "GET", "/api/v1/widget", "widget-list", "sim", "list_widgets", "new operation"
    )
    facade = [spec_diff.FacadeUse("src/emnify/client.py", ("sim.get_sim",), True)]
    side = {"source": "a.yml", "sha256": "0" * 64, "operations": 1}
    changes = [_change("sim.get_sim"), _change("sim.list_sims", breaking=False)]
    report = spec_diff.build_report(
        old=side,
        new=side,
        changes=changes,
        facade=facade,
        warnings=[f"w {spec_diff.CURED}", "plain"],
    )
    assert set(report) >= {
        "old",
        "new",
        "breaking",
        "changes",
        "unnamed_operations",
        "facade_modules_affected",
        "exit_code",
    }
    assert report["changes"][0] == {
        "kind": "field_removed",
        "operation": "sim.get_sim",
        "location": "GET /x",
        "detail": "field removed",
        "breaking": True,
        "models": [],
    }
    assert (report["status"], report["breaking"], report["exit_code"]) == ("breaking", True, 1)
    assert report["counts"] == {"changes": 2, "breaking": 1, "non_breaking": 1}
    text = spec_diff.render_markdown(report)
    assert "## Breaking changes (1)" in text and "## Non-breaking changes (1)" in text
    assert "`src/emnify/client.py` (breaking): `sim.get_sim`" in text
    assert "- plain" in text and "1 OpenAPI validation finding(s)" in text
    json.dumps(report)

    blocked = spec_diff.build_report(old=side, new=side, changes=[], unnamed=[unnamed])
    assert (blocked["status"], blocked["exit_code"]) == ("blocked", 2)
    assert blocked["unnamed_operations"][0]["suggested_name"] == "list_widgets"
    assert "widget-list: list_widgets  # GET /api/v1/widget" in spec_diff.render_markdown(blocked)

    quiet = spec_diff.build_report(old=side, new=side, changes=[])
    assert (quiet["status"], quiet["exit_code"]) == ("no-changes", 0)
    assert "**No changes**" in spec_diff.render_markdown(quiet)
