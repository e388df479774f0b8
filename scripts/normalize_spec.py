"""Turn the pinned upstream emnify spec into the spec we generate from.

The rules live in ``openapi/rules.yaml`` (and the files it names); this script only interprets
them, so a reviewer reads rules, not code. The output is written outside tracked files
(``build/normalized-spec.json`` by default).

Usage: python scripts/normalize_spec.py SPEC [--out PATH]
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from collections.abc import Callable
from http import HTTPStatus
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
RULES_DIR = ROOT / "openapi"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")

Json = Any


class NormalizationError(Exception):
    """The spec cannot be normalized with the current rules (e.g. an operation has no name)."""


def load_rules(rules_dir: Path = RULES_DIR) -> dict[str, Any]:
    rules: dict[str, Any] = yaml.safe_load((rules_dir / "rules.yaml").read_text())
    rules["_dir"] = rules_dir
    return rules


def load_spec(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return dict(json.loads(text))
    return dict(yaml.safe_load(text))


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation, in spec order."""
    out = []
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            if method in item:
                out.append((path, method, item[method]))
    return out


def _walk(node: Json, visit: Callable[[dict[str, Any]], None]) -> None:
    if isinstance(node, dict):
        visit(node)
        for value in list(node.values()):
            _walk(value, visit)
    elif isinstance(node, list):
        for value in node:
            _walk(value, visit)


def _snake(name: str) -> str:
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"[^0-9a-zA-Z]+", "_", name).strip("_").lower()


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9a-zA-Z]+", name) if part)


def _path_prefix(path: str, method: str) -> str:
    """The prefix the upstream spec uses for inline-derived schema keys of one operation."""
    parts = [p.strip("{}") for p in path.strip("/").split("/") if p]
    return "".join(_pascal(p) for p in parts) + method.capitalize()


# --- rules ---------------------------------------------------------------------------------


def drop_descriptions(spec: dict[str, Any]) -> None:
    def visit(node: dict[str, Any]) -> None:
        if isinstance(node.get("description"), str):
            del node["description"]

    _walk(spec, visit)
    spec.get("info", {}).pop("description", None)
    for tag in spec.get("tags", []):
        tag.pop("description", None)
    for scheme in spec.get("components", {}).get("securitySchemes", {}).values():
        scheme.pop("description", None)
    # OpenAPI requires a description on every response: the status phrase is a fact, not prose.
    for _, _, op in operations(spec):
        for status, response in op.get("responses", {}).items():
            if isinstance(response, dict) and "$ref" not in response:
                response["description"] = _status_phrase(status)


def _status_phrase(status: str) -> str:
    try:
        return HTTPStatus(int(status)).phrase
    except ValueError:
        return "Response"


def drop_header_parameters(spec: dict[str, Any], names: list[str]) -> None:
    lowered = {n.lower() for n in names}
    for _, _, op in operations(spec):
        op["parameters"] = [
            p
            for p in op.get("parameters", [])
            if not (p.get("in") == "header" and p.get("name", "").lower() in lowered)
        ]
        if not op["parameters"]:
            del op["parameters"]


def rename_tags(spec: dict[str, Any], rule: dict[str, Any]) -> None:
    prefix = rule["strip_prefix"]

    def module(tag: str) -> str:
        return _snake(tag[len(prefix) :] if tag.startswith(prefix) else tag)

    for _, _, op in operations(spec):
        op["tags"] = [module(t) for t in op.get("tags", [])]
    for tag in spec.get("tags", []):
        tag["name"] = module(tag["name"])


def name_operations(spec: dict[str, Any], table: dict[str, str]) -> dict[str, str]:
    """Replace operationIds with curated names; returns old id -> new name."""
    missing = [
        f"{method.upper()} {path} (operationId {op.get('operationId')!r})"
        for path, method, op in operations(spec)
        if op.get("operationId") not in table
    ]
    if missing:
        raise NormalizationError(
            "operations without a curated name; add them to openapi/operation_names.yaml:\n  "
            + "\n  ".join(missing)
        )
    renamed = {}
    for _, _, op in operations(spec):
        old = op["operationId"]
        renamed[old] = table[old]
        op["operationId"] = table[old]
    return renamed


def override_responses(
    spec: dict[str, Any], overrides: list[dict[str, Any]], ids: dict[str, str]
) -> None:
    by_name = {ids.get(o["operation"], o["operation"]): o for o in overrides}
    seen = set()
    for _, _, op in operations(spec):
        rule = by_name.get(op["operationId"])
        if rule is None:
            continue
        seen.add(op["operationId"])
        response = op.setdefault("responses", {}).setdefault(str(rule["status"]), {})
        response.setdefault("description", "OK")
        response["content"] = {"application/json": {"schema": copy.deepcopy(rule["schema"])}}
    unused = set(by_name) - seen
    if unused:
        raise NormalizationError(f"response_overrides name unknown operations: {sorted(unused)}")


def readable_model_names(spec: dict[str, Any], rule: dict[str, Any], ids: dict[str, str]) -> None:
    schemas: dict[str, Any] = spec["components"]["schemas"]
    prefixes = {
        _path_prefix(path, method): _pascal(op["operationId"])
        for path, method, op in operations(spec)
    }
    markers = {rule["response_marker"]: "Response", rule["request_marker"]: "Request"}
    by_old_id = {_pascal(old).lower(): _pascal(new) for old, new in ids.items()}
    named = [(re.compile(r["match"]), r["name"]) for r in rule["operation_patterns"]]
    curated: dict[str, str] = rule.get("curated", {})

    def mechanical(key: str) -> str | None:
        for marker, kind in markers.items():
            head, sep, rest = key.partition(marker)
            if sep and head in prefixes:
                return f"{prefixes[head]}{kind}{rest}"
        for pattern, template in named:
            match = pattern.match(key)
            if match and match["operation"].lower() in by_old_id:
                new_op = by_old_id[match["operation"].lower()]
                return str(template.format(operation=new_op, rest=match["rest"]))
        return None

    renames: dict[str, str] = {}
    used_curated = set()
    for key in schemas:
        new = mechanical(key) or key
        for candidate in (key, new):
            if candidate in curated:
                used_curated.add(candidate)
                new = curated[candidate]
        if new != key:
            renames[key] = new
    unknown_curated = set(curated) - used_curated
    if unknown_curated:
        raise NormalizationError(f"curated model names match no schema: {sorted(unknown_curated)}")
    taken = set(schemas) - set(renames)
    clash = [n for n in renames.values() if n in taken]
    if clash or len(set(renames.values())) != len(renames):
        raise NormalizationError(f"model renames collide: {sorted(clash)}")
    spec["components"]["schemas"] = {renames.get(k, k): v for k, v in schemas.items()}
    for key, schema in spec["components"]["schemas"].items():
        if isinstance(schema, dict) and "title" in schema:
            schema["title"] = key

    refs = {
        f"#/components/schemas/{old}": f"#/components/schemas/{new}" for old, new in renames.items()
    }

    def visit(node: dict[str, Any]) -> None:
        ref = node.get("$ref")
        if isinstance(ref, str) and ref in refs:
            node["$ref"] = refs[ref]

    _walk(spec, visit)


def drop_path_parameter_defaults(spec: dict[str, Any]) -> None:
    for _, _, op in operations(spec):
        for p in op.get("parameters", []):
            if p.get("in") == "path":
                p.get("schema", {}).pop("default", None)


def drop_204_content(spec: dict[str, Any]) -> None:
    for _, _, op in operations(spec):
        response = op.get("responses", {}).get("204")
        if isinstance(response, dict):
            response.pop("content", None)


def integer_ids(spec: dict[str, Any], pattern: str) -> None:
    is_id = re.compile(pattern).match

    def fix(schema: Any) -> None:
        if isinstance(schema, dict) and schema.get("type") == "number":
            schema["type"] = "integer"
            schema.pop("format", None)

    def visit(node: dict[str, Any]) -> None:
        props = node.get("properties")
        if isinstance(props, dict):
            for name, schema in props.items():
                if is_id(name):
                    fix(schema)

    _walk(spec, visit)
    for _, _, op in operations(spec):
        for p in op.get("parameters", []):
            if is_id(p.get("name", "")):
                fix(p.get("schema"))


def tolerant_enums(spec: dict[str, Any]) -> None:
    found: list[dict[str, Any]] = []

    def visit(node: dict[str, Any]) -> None:
        if "enum" in node and "anyOf" not in node and node.get("type") in ("string", "integer"):
            found.append(node)

    _walk(spec, visit)
    for node in found:
        base = node.pop("type")
        known: dict[str, Any] = {"type": base, "enum": node.pop("enum")}
        if "title" in node:
            known["title"] = node.pop("title")
        node["anyOf"] = [known, {"type": base}]


def created_results(spec: dict[str, Any], rule: dict[str, Any]) -> None:
    """Make the body models of create answers hold what an empty answer tells: the new
    resource's `id` and `location` (read from `Location` by the generated client), with no
    field required."""
    methods = {m.lower() for m in rule["methods"]}
    statuses = {str(s) for s in rule["statuses"]}
    schemas = spec.get("components", {}).get("schemas", {})
    for _, method, op in operations(spec):
        if method not in methods:
            continue
        for status, response in op.get("responses", {}).items():
            if status not in statuses or not isinstance(response, dict):
                continue
            for media in response.get("content", {}).values():
                ref = media.get("schema", {}).get("$ref", "")
                target = schemas.get(ref.rsplit("/", 1)[-1]) if ref else None
                if not isinstance(target, dict) or "properties" not in target:
                    continue  # (an array or a bare value: there is no id to add)
                props = target["properties"]
                props.setdefault("id", {"type": "integer"})
                props.setdefault("location", {"type": "string"})
                target.pop("required", None)


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """`schema`, also admitting null (OpenAPI 3.1 style)."""
    if "$ref" in schema:
        return {"anyOf": [schema, {"type": "null"}]}
    for key in ("anyOf", "oneOf"):
        if key in schema:
            if not any(option.get("type") == "null" for option in schema[key]):
                schema[key] = [*schema[key], {"type": "null"}]
            return schema
    kind = schema.get("type")
    if isinstance(kind, str) and kind != "null":
        schema["type"] = [kind, "null"]
    elif isinstance(kind, list) and "null" not in kind:
        schema["type"] = [*kind, "null"]
    return schema


def _loosen_all(spec: dict[str, Any], roots: Callable[[str, dict[str, Any]], list[Any]]) -> None:
    """Every object reachable from the schemas `roots(method, op)` names, at any depth: no
    field required, and every field may be null."""
    schemas = spec.get("components", {}).get("schemas", {})
    seen: set[int] = set()

    def visit(schema: Any) -> None:
        if not isinstance(schema, dict) or id(schema) in seen:
            return
        seen.add(id(schema))
        ref = schema.get("$ref")
        if isinstance(ref, str):
            visit(schemas.get(ref.rsplit("/", 1)[-1]))
            return
        props = schema.get("properties")
        if isinstance(props, dict):
            schema.pop("required", None)
            for name, prop in list(props.items()):
                if isinstance(prop, dict):
                    visit(prop)
                    props[name] = _nullable(prop)
        for key in ("items", "additionalProperties"):
            visit(schema.get(key))
        for key in ("anyOf", "oneOf", "allOf"):
            for option in schema.get(key, []):
                visit(option)

    for _, method, op in operations(spec):
        for root in roots(method, op):
            visit(root)


def _success_schemas(method: str, op: dict[str, Any]) -> list[Any]:
    return [
        media.get("schema")
        for status, response in op.get("responses", {}).items()
        if str(status).startswith("2") and isinstance(response, dict)
        for media in response.get("content", {}).values()
    ]


def tolerant_responses(spec: dict[str, Any]) -> None:
    """Every object a successful answer can hold: no field required, every field nullable."""
    _loosen_all(spec, _success_schemas)


def partial_updates(spec: dict[str, Any], methods: list[str]) -> None:
    """The request bodies of `methods` (PATCH): every field optional (only the fields given
    are sent), and every field may be sent as an explicit null."""
    wanted = {m.lower() for m in methods}

    def roots(method: str, op: dict[str, Any]) -> list[Any]:
        if method not in wanted:
            return []
        body = op.get("requestBody", {})
        return [media.get("schema") for media in body.get("content", {}).values()]

    _loosen_all(spec, roots)


def typed_objects(spec: dict[str, Any], entries: list[dict[str, Any]]) -> None:
    """Give the objects named by each entry's `match` (a regex over component schema names)
    the `properties` seen in real answers, beside any the spec has; more fields stay welcome
    (additional properties). An entry that matches no schema fails."""
    schemas = spec.get("components", {}).get("schemas", {})
    for entry in entries:
        pattern = re.compile(entry["match"])
        hits = [name for name in schemas if pattern.search(name)]
        if not hits:
            raise NormalizationError(f"typed_objects: {entry['match']!r} matches no schema")
        for name in hits:
            schema = schemas[name]
            if not isinstance(schema, dict) or schema.get("type") not in ("object", None):
                continue
            props = schema.setdefault("properties", {})
            for prop, prop_schema in entry["properties"].items():
                props.setdefault(prop, copy.deepcopy(prop_schema))


def normalize(spec: dict[str, Any], rules: dict[str, Any]) -> dict[str, Any]:
    """Apply every rule, in a fixed order, to a copy of ``spec``."""
    spec = copy.deepcopy(spec)
    rules_dir: Path = rules["_dir"]
    if rules.get("drop_descriptions"):
        drop_descriptions(spec)
    drop_header_parameters(spec, rules.get("drop_header_parameters", []))
    if rules.get("drop_security"):
        spec.pop("security", None)
        for _, _, op in operations(spec):
            op.pop("security", None)
    if "tag_module" in rules:
        rename_tags(spec, rules["tag_module"])
    table = yaml.safe_load((rules_dir / rules["operation_names"]).read_text())
    old_to_new = name_operations(spec, table)
    if "add_schemas" in rules:
        extra = yaml.safe_load((rules_dir / rules["add_schemas"]).read_text())
        schemas = spec.setdefault("components", {}).setdefault("schemas", {})
        clash = sorted(set(extra) & set(schemas))
        if clash:
            raise NormalizationError(f"our schemas clash with upstream ones: {clash}")
        schemas.update(copy.deepcopy(extra))
    override_responses(spec, rules.get("response_overrides", []), old_to_new)
    if "readable_model_names" in rules:
        readable_model_names(spec, rules["readable_model_names"], old_to_new)
    if rules.get("drop_path_parameter_defaults"):
        drop_path_parameter_defaults(spec)
    if rules.get("drop_204_content"):
        drop_204_content(spec)
    if "integer_ids" in rules:
        integer_ids(spec, rules["integer_ids"]["name_pattern"])
    if rules.get("tolerant_enums"):
        tolerant_enums(spec)
    if "created_results" in rules:
        created_results(spec, rules["created_results"])
    if "typed_objects" in rules:
        typed_objects(spec, rules["typed_objects"])
    if rules.get("tolerant_responses"):
        tolerant_responses(spec)
    if "partial_updates" in rules:
        partial_updates(spec, rules["partial_updates"]["methods"])
    _drop_unreferenced_schemas(spec)
    return spec


def _drop_unreferenced_schemas(spec: dict[str, Any]) -> None:
    """Schemas nothing points at any more (replaced by overrides) would generate dead models."""
    schemas = spec["components"]["schemas"]
    while True:
        text = json.dumps({k: v for k, v in spec.items() if k != "components"}) + json.dumps(
            schemas
        )
        used = set(re.findall(r'"#/components/schemas/([^"]+)"', text))
        dead = [k for k in schemas if k not in used]
        if not dead:
            return
        for k in dead:
            del schemas[k]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("spec", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "normalized-spec.json")
    args = parser.parse_args(argv)
    try:
        result = normalize(load_spec(args.spec), load_rules())
    except NormalizationError as exc:
        print(f"normalize: {exc}", file=sys.stderr)
        return 2
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    print(f"normalized spec written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
