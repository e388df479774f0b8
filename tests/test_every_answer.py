"""Every one of the 214 operations, answered with mutated success bodies, gives its caller a
typed value or an `EmnifyError`, never a foreign exception (KeyError, TypeError,
JSONDecodeError, ValueError from a timestamp ...).

The valid body of each operation is built from the normalized spec (every property, every
depth); hypothesis then nulls or removes a field, sends a number as a string, an unknown enum
value, an extra field, any JSON value in a field's place or as the whole body, an empty body,
or a body that is not JSON. Each example goes through `client.api.<tag>.<op>` or the generated
`asyncio_detailed()` with `client.generated`.
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
from typing import Any

import anyio
import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from emnify import EmnifyClient, EmnifyError
from tests.spec_support import UPSTREAM_SPEC, example, resolve, spec_operations
from tests.test_real_answers import FAKE_JWT

pytestmark = pytest.mark.skipif(not UPSTREAM_SPEC.is_file(), reason="upstream spec not available")

OPERATIONS = spec_operations() if UPSTREAM_SPEC.is_file() else []
EXAMPLES = 12  # per operation: 214 x 12 = 2,568 cases in a run
FIELD_CHANGES = ("null", "remove", "number as string", "unknown enum value", "extra field")

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


def paths_in(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place inside `value` (dict keys, list indices), depth first."""
    found: list[tuple[Any, ...]] = []
    items = (
        value.items()
        if isinstance(value, dict)
        else enumerate(value)
        if isinstance(value, list)
        else ()
    )
    for key, child in items:
        found.append((*prefix, key))
        found.extend(paths_in(child, (*prefix, key)))
    return found


def mutated(body: Any, kind: str, path: tuple[Any, ...], replacement: Any) -> Any:
    body = json.loads(json.dumps(body))
    if not path:
        return replacement if kind == "replace" else body
    parent = body
    for key in path[:-1]:
        parent = parent[key]
    key = path[-1]
    if kind == "null":
        parent[key] = None
    elif kind == "remove":
        if isinstance(parent, dict):
            del parent[key]
        else:
            parent.pop(key)
    elif kind == "number as string":
        if isinstance(parent[key], (int, float)) and not isinstance(parent[key], bool):
            parent[key] = str(parent[key])
    elif kind == "unknown enum value":
        if isinstance(parent[key], str):
            parent[key] = "SOMETHING_NEW"
        elif isinstance(parent[key], int):
            parent[key] = 987654
    elif kind == "extra field" and isinstance(parent[key], dict):
        parent[key]["added_tomorrow"] = {"x": [1, None]}
    elif kind == "replace":
        parent[key] = replacement
    return body


def success(op: dict[str, Any]) -> tuple[int, Any]:
    """The first 2xx status the operation documents, and its JSON schema (or None)."""
    for status, response in sorted(op.get("responses", {}).items()):
        if str(status).startswith("2"):
            content = response.get("content", {})
            schema = next(iter(content.values()), {}).get("schema") if content else None
            return int(status), schema
    return 200, None


def call_arguments(function: Any, op: dict[str, Any]) -> dict[str, Any]:
    """Values for the arguments `function` requires (path and required query parameters)."""
    required = {
        name
        for name, p in inspect.signature(function).parameters.items()
        if p.default is inspect.Parameter.empty and p.kind is not p.VAR_KEYWORD and name != "client"
    }
    kwargs: dict[str, Any] = {}
    for param in op.get("parameters", []):
        snake = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", param["name"]).replace("-", "_").lower()
        name = next((n for n in (param["name"], snake, f"{snake}_") if n in required), None)
        if name is None:
            continue
        kind = resolve(param.get("schema", {})).get("type")
        kwargs[name] = 41 if kind == "integer" else "41"
    missing = required - set(kwargs)
    assert not missing, (op["operationId"], missing)
    return kwargs


@pytest.mark.parametrize(
    "op",
    [op for _, _, op in OPERATIONS],
    ids=[f"{op['tags'][0]}.{op['operationId']}" for _, _, op in OPERATIONS],
)
@settings(max_examples=EXAMPLES)
@given(data=st.data())
def test_any_success_body_gives_a_typed_value_or_an_emnify_error(
    op: dict[str, Any], data: st.DataObject
) -> None:
    tag, name = op["tags"][0], op["operationId"]
    module = importlib.import_module(f"emnify_generated.api.{tag}.{name}")
    status, schema = success(op)
    valid = example(schema, full=True) if schema is not None else None
    kind = data.draw(
        st.sampled_from(
            [
                "valid",
                "null",
                "remove",
                "number as string",
                "unknown enum value",
                "extra field",
                "replace",
                "empty body",
                "not JSON",
            ]
        ),
        label="mutation",
    )
    places = paths_in(valid)
    path: tuple[Any, ...] = data.draw(st.sampled_from(places), label="path") if places else ()
    replacement = data.draw(JSON_VALUES, label="replacement") if kind == "replace" else None
    if kind == "empty body":
        content = b""
    elif kind == "not JSON":
        content = b"<html><body>502 Bad Gateway</body></html>"
    else:
        content = json.dumps(mutated(valid, kind, path, replacement)).encode()
    via_generated = data.draw(st.booleans(), label="via client.generated")

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers={"Content-Type": "application/json"})

    async def call() -> Any:
        async with EmnifyClient(
            auth_token=FAKE_JWT, transport=httpx.MockTransport(answer), rate_limits=None
        ) as client:
            kwargs = call_arguments(module.asyncio_detailed, op)
            if via_generated:
                return (await module.asyncio_detailed(client=client.generated, **kwargs)).parsed
            return await getattr(getattr(client.api, tag), name)(**kwargs)

    # What the live API really does to a field (facts file): null, missing, a number sent as a
    # string, a value added to an enum, a field added. These must parse, not merely fail well.
    field_level = kind in FIELD_CHANGES and bool(path) and isinstance(path[-1], str)
    try:
        result = anyio.run(call)
    except EmnifyError:
        assert not field_level, f"{kind} at {path} did not parse"
        return  # a documented error: what the caller can catch
    if kind == "valid" and valid is not None and status != 204:
        assert result is not None  # the documented answer parses into a value
