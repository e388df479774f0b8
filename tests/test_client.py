"""EmnifyClient: construction and validation, the generated client, stats helpers, secrecy."""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import time
from decimal import Decimal
from typing import Any

import anyio
import anyio.abc
import httpx
import pytest

from emnify.client import EmnifyClient
from emnify.errors import (
    AuthenticationError,
    ConfigurationError,
    NotFoundError,
    RateLimitError,
    ServerError,
    ValidationError,
)
from emnify.limits import RateLimits
from tests.loopback_support import read_request_head

APP_TOKEN = "app-token-SECRET-5f3a9c"
PASSWORD = "plain-PASSWORD-7b2e"
PASSWORD_SHA1 = hashlib.sha1(PASSWORD.encode()).hexdigest()
REFRESH = "refresh-SECRET-91d0"
MFA_TOKEN = "mfa-SECRET-44aa"
OTP = "987654"


def jwt(lifetime: float = 3600, **claims: Any) -> str:
    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    payload = {"iat": int(time.time()), "exp": int(time.time() + lifetime), **claims}
    return f"{part({'alg': 'HS256'})}.{part(payload)}.c2lnbmF0dXJl"


# ----------------------------------------------------------------------------- validation
@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "exactly one kind of credentials"),
        ({"application_token": "a", "auth_token": "b"}, "exactly one kind"),
        ({"application_token": "a", "username": "u", "password": "p"}, "exactly one kind"),
        ({"username": "u"}, "both username= and password="),
        ({"password": "p"}, "both username= and password="),
        ({"application_token": ""}, "must not be empty"),
        ({"application_token": "tok\n"}, "control characters"),
        ({"application_token": "to k"}, "whitespace"),
        ({"application_token": 123}, "must be a string"),
        ({"username": "u", "password": ""}, "password must be a non-empty string"),
        ({"application_token": "t", "base_url": "http://cdn.emnify.net"}, "must use https://"),
        ({"application_token": "t", "base_url": "http://10.0.0.1:8080"}, "must use https://"),
        ({"application_token": "t", "base_url": "ftp://cdn.emnify.net"}, "must use https://"),
        ({"application_token": "t", "base_url": "cdn.emnify.net"}, "absolute URL"),
        ({"application_token": "t", "base_url": "https://u:p@cdn.emnify.net"}, "credentials"),
        ({"application_token": "t", "base_url": "https://cdn.emnify.net/?x=1"}, "query"),
        ({"application_token": "t", "base_url": ""}, "base_url"),
        ({"application_token": "t", "max_concurrency": 0}, "max_concurrency must be >= 1"),
        ({"application_token": "t", "max_concurrency": 2.5}, "max_concurrency must be an int"),
        ({"application_token": "t", "max_concurrency": True}, "max_concurrency must be an int"),
        ({"application_token": "t", "max_retries": -1}, "max_retries must be >= 0"),
        ({"application_token": "t", "timeout": 0}, "timeout must be > 0"),
        ({"application_token": "t", "timeout": float("nan")}, "timeout must be > 0"),
        ({"application_token": "t", "timeout": "30"}, "timeout must be seconds"),
        ({"application_token": "t", "rate_limits": 20}, "rate_limits must be a RateLimits"),
        ({"application_token": "t", "transport": object()}, "AsyncBaseTransport"),
        ({"application_token": "t", "mfa_callback": lambda: "1"}, "username/password"),
        ({"username": "u", "password": "p", "mfa_callback": "123456"}, "mfa_callback must be"),
        ({"application_token": "t", "retry_non_idempotent": "yes"}, "True or False"),
        ({"application_token": "t", "backoff_base": 0}, "backoff_base"),
        ({"application_token": "t", "backoff_base": 2, "backoff_max": 1}, "backoff_max must be >="),
    ],
)
def test_constructor_validation(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message) as info:
        EmnifyClient(**kwargs)
    assert isinstance(info.value, ValueError)


def test_validation_messages_never_show_secrets() -> None:
    with pytest.raises(ConfigurationError) as info:
        EmnifyClient(application_token=APP_TOKEN + "\n")
    assert APP_TOKEN not in str(info.value)


@pytest.mark.parametrize(
    "base_url",
    [
        "https://cdn.emnify.net",
        "https://cdn.emnify.net/",
        "http://127.0.0.1:8000",
        "http://127.5.5.5",
        "http://localhost:9000",
        "http://[::1]:8080",
    ],
)
def test_accepted_base_urls(base_url: str) -> None:
    client = EmnifyClient(APP_TOKEN, base_url=base_url)
    assert not client.base_url.endswith("/")


def test_defaults() -> None:
    client = EmnifyClient(APP_TOKEN)
    assert client.base_url == "https://cdn.emnify.net"
    assert client.max_concurrency == 16
    assert client.rate_limits == RateLimits.emnify()
    assert client.http.timeout == httpx.Timeout(30.0)
    assert EmnifyClient(APP_TOKEN, rate_limits=None).rate_limits is None
    assert EmnifyClient(APP_TOKEN, timeout=None).http.timeout == httpx.Timeout(None)


def test_from_env() -> None:
    client = EmnifyClient.from_env(
        {"EMNIFY_APPLICATION_TOKEN": APP_TOKEN, "EMNIFY_BASE_URL": "http://127.0.0.1:8123"}
    )
    assert client.base_url == "http://127.0.0.1:8123"
    assert client._auth.kind == "application_token"
    users = EmnifyClient.from_env({"EMNIFY_USERNAME": "ann", "EMNIFY_PASSWORD": PASSWORD})
    assert users._auth.kind == "user_credentials"
    # Keyword arguments win over the environment.
    explicit = EmnifyClient.from_env({"EMNIFY_APPLICATION_TOKEN": "x"}, auth_token=jwt())
    assert explicit._auth.kind == "auth_token"
    with pytest.raises(ConfigurationError, match="EMNIFY_APPLICATION_TOKEN"):
        EmnifyClient.from_env({"EMNIFY_APPLICATION_TOKEN": ""})
    with pytest.raises(ConfigurationError, match="exactly one kind"):
        EmnifyClient.from_env({"EMNIFY_APPLICATION_TOKEN": "a", "EMNIFY_AUTH_TOKEN": "b"})
    with pytest.raises(ConfigurationError, match="https"):
        EmnifyClient.from_env(
            {"EMNIFY_APPLICATION_TOKEN": "a", "EMNIFY_BASE_URL": "http://example.com"}
        )


def test_from_env_reads_os_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMNIFY_APPLICATION_TOKEN", APP_TOKEN)
    monkeypatch.delenv("EMNIFY_BASE_URL", raising=False)
    assert EmnifyClient.from_env().base_url == "https://cdn.emnify.net"


# ----------------------------------------------------------------------------- a fake API
class FakeEmnify:
    """Enough of emnify for the client: authenticate (app token / user + MFA / refresh),
    a SIM, SIM stats, and a few scripted failures."""

    def __init__(self) -> None:
        self.tokens: list[str] = []
        self.calls: list[str] = []
        self.fail_next: list[httpx.Response] = []

    def issue(self, **extra: Any) -> httpx.Response:
        token = jwt(n=len(self.tokens))
        self.tokens.append(token)
        return httpx.Response(200, json={"auth_token": token, **extra})

    def authenticate(self, body: dict[str, Any]) -> httpx.Response:
        if body.get("application_token") == APP_TOKEN:
            return self.issue()
        if body.get("username") == "ann" and body.get("password") == PASSWORD_SHA1:
            return httpx.Response(200, json={"mfa_token": MFA_TOKEN})
        if body.get("mfa_token") == MFA_TOKEN and body.get("code") == OTP:
            return self.issue(refresh_token=REFRESH)
        if body.get("refresh_token") == REFRESH:
            return self.issue()
        return httpx.Response(401, json={"error_code": 1101, "message": "Invalid credentials"})

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.calls.append(f"{request.method} {path}")
        if path == "/api/v1/authenticate":
            return self.authenticate(json.loads(request.content))
        if (
            request.headers.get("authorization")
            != f"Bearer {self.tokens[-1] if self.tokens else ''}"
        ):
            return httpx.Response(401, json={"message": "Unauthorized"})
        if self.fail_next:
            return self.fail_next.pop(0)
        if path == "/api/v1/sim/123456":
            return httpx.Response(200, json={"id": 123456, "iccid": "8988303000000123456"})
        if path == "/api/v1/sim/123456/stats":
            return httpx.Response(200, content=STATS_BODY)
        if path == "/api/v1/endpoint/77/stats":
            return httpx.Response(
                200,
                content=STATS_BODY.replace(
                    b'"sim_id": 123456', b'"sim_id": 123456, "endpoint_id": 77'
                ),
            )
        if path == "/api/v1/endpoint" and request.method == "POST":
            return httpx.Response(201, json={"id": 1})
        return httpx.Response(
            404, json={"error_code": 1201, "error_token": "NotFound", "message": "not found"}
        )


STATS_BODY = (
    json.dumps(
        [
            {
                "current_month": {
                    "data": {
                        "sim_id": 123456,
                        "month": "2024-03-01T00:00:00.000Z",
                        "volume": 10.5,
                        "volume_tx": 2.5,
                        "volume_rx": 8.0,
                        "traffic_type_id": 5,
                        "traffic_type": {"id": 5, "description": "Data", "unit": "MB"},
                        "cost": "COST",
                        "currency_id": 1,
                        "currency": {"id": 1, "code": "EUR", "symbol": "€"},
                        "last_updated": "2024-03-15T10:00:00.000Z",
                        "id": 1234562024035,
                    }
                }
            }
        ]
    )
    .replace('"COST"', "6.10483935")
    .encode()
)


def fake_client(api: FakeEmnify, **kwargs: Any) -> EmnifyClient:
    kwargs.setdefault("application_token", APP_TOKEN)
    kwargs.setdefault("backoff_base", 0.001)
    kwargs.setdefault("backoff_max", 0.002)
    return EmnifyClient(transport=httpx.MockTransport(api), rate_limits=None, **kwargs)


# ----------------------------------------------------------------------------- generated client
@pytest.mark.anyio
async def test_generated_operations_carry_the_policies() -> None:
    get_sim = pytest.importorskip("emnify_generated.api.sim.get_sim")
    api = FakeEmnify()
    async with fake_client(api) as client:
        assert client.generated is client.generated
        assert client.generated.get_async_httpx_client() is client.http
        sim = await get_sim.asyncio(sim_id=123456, client=client.generated)
        assert sim is not None and sim.id == 123456
        with pytest.raises(NotFoundError) as info:
            await get_sim.asyncio_detailed(sim_id=999, client=client.generated)
        assert info.value.error_code == 1201
        assert info.value.path == "/api/v1/sim/999"
        # The namespaced view, bound lazily to the same generated client.
        again = await client.api.sim.get_sim(sim_id=123456)
        assert again is not None and again.id == 123456
        assert client.api is client.api
        # A 5xx from a generated GET is retried like any other.
        api.fail_next = [httpx.Response(503), httpx.Response(502)]
        assert (await get_sim.asyncio(sim_id=123456, client=client.generated)) is not None
    assert api.calls.count("POST /api/v1/authenticate") == 1


@pytest.mark.anyio
async def test_sync_generated_calls_are_refused() -> None:
    get_sim = pytest.importorskip("emnify_generated.api.sim.get_sim")
    api = FakeEmnify()
    async with fake_client(api) as client:
        with pytest.raises(ConfigurationError, match="async-only"):
            get_sim.sync(sim_id=1, client=client.generated)
    assert api.calls == []


@pytest.mark.anyio
async def test_request_escape_hatch() -> None:
    api = FakeEmnify()
    async with fake_client(api) as client:
        response = await client.request("post", "/api/v1/endpoint", json={"name": "x"})
        assert response.status_code == 201 and response.json() == {"id": 1}
        with pytest.raises(ConfigurationError, match="relative to base_url"):
            await client.request("GET", "https://evil.example/api")
        with pytest.raises(ConfigurationError, match="relative to base_url"):
            await client.request("GET", "//evil.example/api")
        with pytest.raises(ConfigurationError, match="unsupported keyword"):
            await client.request("GET", "/x", auth=None)
        with pytest.raises(ConfigurationError, match="HTTP method"):
            await client.request("GE T", "/x")
        api.fail_next = [
            httpx.Response(422, json={"error_code": 1400, "errors": [{"message": "bad"}]})
        ]
        with pytest.raises(ValidationError) as info:
            await client.request("GET", "/api/v1/sim/123456")
        assert info.value.errors == [{"message": "bad"}]


@pytest.mark.anyio
async def test_sim_and_endpoint_stats_are_parsed_with_exact_decimals() -> None:
    api = FakeEmnify()
    async with fake_client(api) as client:
        stats = await client.sim_stats("123456")
        endpoint = await client.endpoint_stats(77)
        with pytest.raises(ConfigurationError):
            await client.sim_stats("12/../authenticate")
        with pytest.raises(ConfigurationError):
            await client.sim_stats(True)  # type: ignore[arg-type]
    data = stats.current_month.data
    assert stats.sim_id == 123456
    assert data is not None and data.cost == Decimal("6.10483935")
    assert endpoint.endpoint_id == 77


@pytest.mark.anyio
async def test_bulk_sim_stats_delegates_with_the_client() -> None:
    api = FakeEmnify()
    async with fake_client(api) as client:
        results = [r async for r in client.bulk_sim_stats([123456, "123456", 5], workers=2)]
    assert len(results) == 3
    ok = [r for r in results if r.ok]
    assert len(ok) == 2 and all(r.stats.sim_id == 123456 for r in ok)
    failed = [r for r in results if not r.ok]
    assert isinstance(failed[0].error, NotFoundError)


# ----------------------------------------------------------------------------- secrecy
def _secrets(api: FakeEmnify) -> list[str]:
    return [APP_TOKEN, PASSWORD, PASSWORD_SHA1, REFRESH, MFA_TOKEN, *api.tokens]


def _assert_clean(text: str, api: FakeEmnify) -> None:
    for secret in _secrets(api):
        assert secret not in text, f"a secret leaked: {text[:200]!r}"
    # No fragment of a JWT either (the signature part is a fixed marker in these tests).
    assert "c2lnbmF0dXJl" not in text


@pytest.mark.anyio
async def test_no_secret_in_reprs_logs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    api = FakeEmnify()
    errors: list[BaseException] = []
    client = fake_client(
        api, application_token=None, username="ann", password=PASSWORD, mfa_callback=lambda: OTP
    )
    async with client:
        await client.request("GET", "/api/v1/sim/123456")  # login + MFA
        api.tokens.append("revoked")  # the server drops the current token: 401, refresh
        await client.request("GET", "/api/v1/sim/123456")
        api.fail_next = [httpx.Response(429), httpx.Response(503)]
        await client.request("GET", "/api/v1/sim/123456")
        for path, failure in (
            ("/api/v1/event", httpx.Response(429, headers={"Retry-After": "0"})),
            ("/api/v1/endpoint/5", httpx.Response(500, json={"message": "boom"})),
        ):
            api.fail_next = [failure] * 10
            try:
                await client.request("GET", path)
            except (RateLimitError, ServerError) as exc:
                errors.append(exc)
            api.fail_next = []
        try:
            await client.request("GET", "/api/v1/nothing")
        except NotFoundError as exc:
            errors.append(exc)
        texts = [repr(client), repr(client._auth), repr(client.http), str(client._auth.secrets())]
        request = client.http.build_request(
            "GET", "/x", headers={"Authorization": f"Bearer {api.tokens[-2]}"}
        )
        texts.append(repr(request.headers))
    # A client whose credentials are rejected.
    bad = fake_client(api, application_token="app-token-WRONG-0000")
    async with bad:
        with pytest.raises(AuthenticationError) as rejected:
            await bad.request("GET", "/api/v1/sim/123456")
        errors.append(rejected.value)
    assert "app-token-WRONG-0000" not in str(rejected.value)
    assert len(errors) == 4
    texts += [str(e) for e in errors] + [repr(e) for e in errors]
    texts += [record.getMessage() for record in caplog.records]
    assert any("retry" in record.getMessage() for record in caplog.records)  # logging happened
    assert any(record.name == "emnify" for record in caplog.records)
    for text in texts:
        _assert_clean(text, api)


class LoopbackEmnify:
    """emnify over real HTTP on 127.0.0.1 (for the real transports' own logging)."""

    def __init__(self) -> None:
        self.token = jwt()

    async def handle(self, stream: anyio.abc.ByteStream) -> None:
        async with stream:
            request = await read_request_head(stream)
            if request is None:
                return
            head, body = request
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            while len(body) < length:
                body += await stream.receive()
            path = head.split(b" ", 2)[1]
            if path == b"/api/v1/authenticate":
                payload = json.dumps({"auth_token": self.token}).encode()
            else:
                payload = b'{"id": 1}'
            await stream.send(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                + f"Content-Length: {len(payload)}\r\n\r\n".encode()
                + payload
            )


@pytest.mark.anyio
async def test_real_transport_debug_logs_carry_no_secret(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    server = LoopbackEmnify()
    listener = await anyio.create_tcp_listener(local_host="127.0.0.1")
    port = listener.extra(anyio.abc.SocketAttribute.local_port)
    async with listener, anyio.create_task_group() as tg:
        tg.start_soon(listener.serve, server.handle, tg)
        client = EmnifyClient(APP_TOKEN, base_url=f"http://127.0.0.1:{port}")
        async with client:
            response = await client.request("GET", "/api/v1/sim/1")
            assert response.json() == {"id": 1}
        tg.cancel_scope.cancel()
    messages = [record.getMessage() for record in caplog.records]
    assert messages  # httpx logs every request at INFO
    for message in messages:
        assert APP_TOKEN not in message
        assert server.token not in message
        assert server.token.split(".")[1] not in message


def test_client_repr() -> None:
    client = EmnifyClient(APP_TOKEN, rate_limits=RateLimits.emnify(scale=2))
    assert repr(client) == (
        "EmnifyClient(base_url='https://cdn.emnify.net', auth=application_token, "
        "max_concurrency=16, rate_limits=scale=2)"
    )
    assert "off" in repr(EmnifyClient(username="u", password=PASSWORD, rate_limits=None))
    assert PASSWORD_SHA1 not in repr(
        EmnifyClient(username="u", password=PASSWORD)._auth._credentials
    )


@pytest.mark.anyio
async def test_authenticate_eagerly() -> None:
    api = FakeEmnify()
    async with fake_client(api) as client:
        await client.authenticate()
        await client.authenticate()  # still fresh: no second call
        assert api.calls == ["POST /api/v1/authenticate"]
    async with fake_client(api, application_token="app-token-WRONG-0000") as bad:
        with pytest.raises(AuthenticationError):
            await bad.authenticate()
