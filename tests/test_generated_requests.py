"""Every generated operation builds the request the normalized spec describes.

Expectations come from the spec itself (method, path template, parameter names, body schema),
never from a hand-written table, so a generator or rule change that breaks one operation fails here.
"""

from __future__ import annotations

import datetime
import importlib
import inspect
import json
import re
import typing
from typing import Any
from urllib.parse import quote

import attrs
import httpx
import pytest

from emnify_generated.client import AuthenticatedClient, Client
from emnify_generated.types import Unset
from tests.spec_support import UPSTREAM_SPEC, example, resolve, spec_operations

pytestmark = pytest.mark.skipif(not UPSTREAM_SPEC.is_file(), reason="upstream spec not available")

OPERATIONS = spec_operations() if UPSTREAM_SPEC.is_file() else []


def _path_value(schema: dict[str, Any], name: str) -> Any:
    kind = resolve(schema).get("type")
    return 41 if kind == "integer" else f"v {name}/x"  # a space and a slash must be quoted


def _query_value(schema: dict[str, Any]) -> tuple[Any, str | None]:
    """A Python argument for a query parameter and the text expected on the wire."""
    value = example(schema)
    fmt = resolve(schema).get("format")
    if value is None:
        return None, None
    if fmt == "date":
        return datetime.date(2024, 3, 1), "2024-03-01"
    if fmt == "date-time":
        moment = datetime.datetime(2024, 3, 1, tzinfo=datetime.timezone.utc)
        return moment, moment.isoformat()
    if isinstance(value, list):
        return value, str(value[-1])
    if isinstance(value, bool):
        return value, str(value).lower()
    return value, str(value)


def _python_name(func: Any, name: str) -> str:
    accepted = inspect.signature(func).parameters
    snake = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).replace("-", "_").lower()
    for candidate in (name, snake, f"{snake}_"):
        if candidate in accepted:
            return candidate
    raise AssertionError(f"no argument for spec parameter {name!r} in {sorted(accepted)}")


def _body_class(func: Any) -> Any:
    """The attrs class (or list of it) the generated function takes as `body`, if any."""
    # (the client classes and httpx are imported for type checkers only: name them here)
    names = {"httpx": httpx, "AuthenticatedClient": AuthenticatedClient, "Client": Client}
    hint = typing.get_type_hints(func, localns=names).get("body")
    if hint is None:
        return None
    for arg in typing.get_args(hint) or (hint,):
        if arg is Unset or arg is type(None):
            continue
        return arg
    return None


def _build_body(cls: Any, payload: Any) -> Any:
    origin = typing.get_origin(cls)
    if origin is list:
        (item_cls,) = typing.get_args(cls)
        return [_build_body(item_cls, p) for p in payload]
    if attrs.has(cls):
        return cls.from_dict(payload)
    return payload


def test_every_spec_operation_is_generated() -> None:
    assert len(OPERATIONS) == 214
    for path, method, op in OPERATIONS:
        module = importlib.import_module(
            f"emnify_generated.api.{op['tags'][0]}.{op['operationId']}"
        )
        assert hasattr(module, "asyncio_detailed"), (method, path)


@pytest.mark.parametrize(
    ("path", "method", "op"),
    OPERATIONS,
    ids=[f"{op['tags'][0]}.{op['operationId']}" for _, _, op in OPERATIONS],
)
@pytest.mark.anyio
async def test_operation_builds_spec_request(path: str, method: str, op: dict[str, Any]) -> None:
    module = importlib.import_module(f"emnify_generated.api.{op['tags'][0]}.{op['operationId']}")
    kwargs: dict[str, Any] = {}
    expected_path = path
    expected_query: dict[str, str] = {}
    for param in op.get("parameters", []):
        python_name = _python_name(module.asyncio_detailed, param["name"])
        if param["in"] == "path":
            value = _path_value(param.get("schema", {}), param["name"])
            kwargs[python_name] = value
            expected_path = expected_path.replace(
                "{" + param["name"] + "}", quote(str(value), safe="")
            )
        elif param["in"] == "query":
            value, wire = _query_value(param.get("schema", {}))
            if wire is None:
                continue
            kwargs[python_name] = value
            expected_query[param["name"]] = wire
    expected_body = None
    body_schema = (
        op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    )
    if body_schema is not None:
        expected_body = example(body_schema)
        body_cls = _body_class(module.asyncio_detailed)
        if body_cls is not None and expected_body is not None:
            kwargs["body"] = _build_body(body_cls, expected_body)

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(418)  # a status no operation documents: nothing is parsed

    async with httpx.AsyncClient(
        transport=httpx.MockTransport(handler), base_url="https://api.test"
    ) as http:
        client = Client(base_url="https://api.test").set_async_httpx_client(http)
        await module.asyncio_detailed(client=client, **kwargs)

    (request,) = seen
    assert request.method == method.upper()
    assert request.url.raw_path.decode().split("?")[0] == expected_path
    assert "authorization" not in request.headers
    for name, value in expected_query.items():
        assert request.url.params.get(name) == value, name
    if "body" in kwargs:
        sent = json.loads(request.content)
        assert sent == expected_body
