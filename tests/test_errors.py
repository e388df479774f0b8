"""Mapping emnify's error answers to exceptions."""

from __future__ import annotations

import email.utils
import pickle
from typing import Any

import httpx
import pytest

from emnify.errors import (
    APIError,
    AuthenticationError,
    ConfigurationError,
    ConflictError,
    EmnifyError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TransportError,
    ValidationError,
    error_class_for,
    error_from_response,
    parse_retry_after,
)


def response(
    status: int,
    body: Any = None,
    *,
    content: bytes | None = None,
    headers: dict[str, str] | None = None,
    method: str = "GET",
    url: str = "https://cdn.emnify.net/api/v1/sim/42?q=status:1",
) -> httpx.Response:
    request = httpx.Request(method, url, json={"password": "SECRET-IN-BODY"})
    if content is not None:
        return httpx.Response(status, content=content, headers=headers, request=request)
    return httpx.Response(status, json=body, headers=headers, request=request)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, ValidationError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, ValidationError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
        (418, APIError),
    ],
)
def test_status_maps_to_class(status: int, cls: type[APIError]) -> None:
    error = error_from_response(response(status, {"message": "m"}))
    assert type(error) is cls
    assert error_class_for(status) is cls
    assert isinstance(error, EmnifyError)
    assert error.status_code == status


def test_full_validation_body() -> None:
    body = {
        "error_code": 1400,
        "error_token": "InputValidationFailed",
        "message": "Validation failed",
        "errors": [
            {"error_code": 1403, "error_token": "InvalidFormat", "message": "bad iccid"},
            {"error_code": 1402, "error_token": "Missing", "message": "name required"},
        ],
    }
    error = error_from_response(response(422, body, method="PATCH"))
    assert isinstance(error, ValidationError)
    assert error.error_code == 1400
    assert error.error_token == "InputValidationFailed"
    assert error.message == "Validation failed"
    assert [e["error_token"] for e in error.errors] == ["InvalidFormat", "Missing"]
    assert error.method == "PATCH"
    assert error.path == "/api/v1/sim/42"  # no query string
    text = str(error)
    assert "HTTP 422" in text and "1400" in text and "InvalidFormat: bad iccid" in text
    assert "PATCH /api/v1/sim/42" in text
    assert "SECRET-IN-BODY" not in text  # request bodies never appear


def test_gateway_401_shape_and_emnify_401_shape() -> None:
    gateway = error_from_response(response(401, {"message": "Unauthorized"}))
    assert isinstance(gateway, AuthenticationError)
    assert gateway.error_code is None and gateway.errors == []
    assert gateway.message == "Unauthorized"
    emnify = error_from_response(
        response(401, {"error_code": 1103, "error_token": "TokenExpired", "message": "expired"})
    )
    assert emnify.error_code == 1103 and emnify.error_token == "TokenExpired"


def test_empty_and_non_json_bodies() -> None:
    empty = error_from_response(response(401, content=b""))
    assert empty.message == "Unauthorized"  # the reason phrase
    html = error_from_response(
        response(502, content=b"<html>\n<body>Bad   gateway</body></html>" + b"x" * 500)
    )
    assert isinstance(html, ServerError)
    assert html.message.startswith("<html> <body>Bad gateway")
    assert len(html.message) <= 200
    listing = error_from_response(response(400, ["odd", "body"]))
    assert listing.message == '["odd", "body"]'


def test_errors_list_with_non_dict_entries_and_string_code() -> None:
    error = error_from_response(response(422, {"error_code": "1301", "errors": ["plain"]}))
    assert error.error_code == 1301
    assert error.errors == [{"message": "plain"}]


def test_rate_limit_error_carries_retry_after() -> None:
    error = error_from_response(response(429, {"error_code": 1105}, headers={"Retry-After": "7"}))
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 7.0
    missing = error_from_response(response(429, {"error_code": 1105}))
    assert isinstance(missing, RateLimitError) and missing.retry_after is None


def test_parse_retry_after_forms() -> None:
    assert parse_retry_after("5") == 5.0
    assert parse_retry_after(" 1.5 ") == 1.5
    assert parse_retry_after("0") == 0.0
    # negative, past or garbage: no instruction, so the caller's own back-off applies
    assert parse_retry_after("-3") is None
    assert parse_retry_after("-0.5") is None
    assert parse_retry_after(None) is None
    assert parse_retry_after("") is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("nan") is None
    now = 1_700_000_000.0
    date = email.utils.formatdate(now + 30, usegmt=True)
    assert parse_retry_after(date, now=now) == pytest.approx(30.0)
    past = email.utils.formatdate(now - 30, usegmt=True)
    assert parse_retry_after(past, now=now) is None


def test_errors_pickle() -> None:
    error = error_from_response(
        response(429, {"error_code": 1105, "message": "slow"}, headers={"Retry-After": "2"})
    )
    clone = pickle.loads(pickle.dumps(error))
    assert type(clone) is RateLimitError
    assert (clone.status_code, clone.error_code, clone.retry_after, clone.path) == (
        429,
        1105,
        2.0,
        "/api/v1/sim/42",
    )
    assert str(clone) == str(error)
    transport = pickle.loads(pickle.dumps(TransportError("boom", method="GET", path="/x")))
    assert (str(transport), transport.method, transport.path) == ("boom", "GET", "/x")


def test_hierarchy() -> None:
    assert issubclass(ConfigurationError, ValueError)
    assert issubclass(ConfigurationError, EmnifyError)
    assert issubclass(PaginationError, EmnifyError)
    assert issubclass(TransportError, EmnifyError)
    assert not issubclass(TransportError, APIError)
    error = AuthenticationError("no")
    assert error.status_code == 401
