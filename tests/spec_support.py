"""Helpers for tests that check the generated layer against the normalized spec.

The normalized spec is rebuilt from the pinned upstream file in ``../shared`` (never copied into
the repo); tests that need it skip with a clear reason when that file is absent.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
UPSTREAM_SPEC = ROOT.parent / "shared" / "openapi" / "emnify-api-openapi.yml"
sys.path.insert(0, str(ROOT / "scripts"))

from normalize_spec import load_rules, load_spec, normalize, operations  # noqa: E402

METHODS = ("get", "put", "post", "delete", "patch")


@functools.cache
def normalized_spec() -> dict[str, Any]:
    if not UPSTREAM_SPEC.is_file():
        pytest.skip(f"upstream spec not found at {UPSTREAM_SPEC}")
    return normalize(load_spec(UPSTREAM_SPEC), load_rules())


def spec_operations() -> list[tuple[str, str, dict[str, Any]]]:
    return operations(normalized_spec())


def resolve(schema: Any) -> Any:
    """Follow a local ``$ref`` (repeatedly) to the schema it names."""
    spec = normalized_spec()
    while isinstance(schema, dict) and "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        schema = spec["components"]["schemas"][name]
    return schema


def example(schema: Any, depth: int = 0, *, full: bool = False) -> Any:
    """A small JSON value valid for ``schema``: required properties only (``full``: every
    property, and one item in every array), first choices (``full``: the first one that is not
    null)."""
    schema = resolve(schema)
    if not isinstance(schema, dict) or depth > (8 if full else 12):
        return None
    for key in ("anyOf", "oneOf"):
        if key in schema:
            options = schema[key]
            if full:
                options = [o for o in options if resolve(o).get("type") != "null"] or [{}]
            return example(options[0], depth + 1, full=full)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = example(part, depth + 1, full=full)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "object" or "properties" in schema:
        props = schema.get("properties", {})
        names = props if full else [n for n in schema.get("required", []) if n in props]
        return {name: example(props[name], depth + 1, full=full) for name in names}
    if kind == "array":
        item = example(schema.get("items", {}), depth + 1, full=full)
        return [item] if full or item is not None else []
    if kind == "integer":
        return 7
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if kind == "string":
        fmt = str(schema.get("format"))
        return {
            # (full examples stand for answers: the form the live API sends)
            "date-time": "2024-03-01T00:00:00.000Z" if full else "2024-03-01T00:00:00+00:00",
            "date": "2024-03-01",
            "uuid": "123e4567-e89b-12d3-a456-426614174000",
        }.get(fmt, "text")
    return None
