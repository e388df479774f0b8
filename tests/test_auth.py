"""Tokens: token kinds, refresh ahead of expiry, 401 retry, single flight, poisoning."""

from __future__ import annotations

import base64
import hashlib
import json
import time
from collections.abc import Callable
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest

from emnify._jwt import decode_claims, numeric_claim
from emnify.client import EmnifyClient
from emnify.errors import AuthenticationError, ConfigurationError, ServerError, TransportError

pytestmark = pytest.mark.anyio

AUTH_PATH = "/api/v1/authenticate"


def make_jwt(lifetime: float = 3600.0, *, iat: float | None = None, **claims: Any) -> str:
    """An unsigned JWT whose `exp` is `lifetime` seconds after `iat` (default: now)."""
    issued = time.time() if iat is None else iat

    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    payload = {"iat": int(issued), "exp": int(issued + lifetime), **claims}
    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part(payload)}.c2ln"


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeApi:
    """A scriptable emnify: issues numbered tokens, accepts only tokens it still considers valid.

    `auth_answers` (optional) is a callable deciding the authenticate answer from the body.
    """

    def __init__(self, lifetime: float = 3600.0) -> None:
        self.lifetime = lifetime
        self.auth_bodies: list[dict[str, Any]] = []
        self.auth_headers: list[httpx.Headers] = []
        self.valid: set[str] = set()
        self.issued: list[str] = []
        self.password_ok = True
        self.requests: list[httpx.Request] = []
        self.auth_answer: Callable[[dict[str, Any]], httpx.Response] | None = None
        self.auth_delay = 0.0
        self.unauthorized_body: dict[str, Any] = {
            "error_code": 1103,
            "error_token": "TokenExpired",
            "message": "Token expired",
        }

    @property
    def auth_calls(self) -> int:
        return len(self.auth_bodies)

    def issue(self) -> httpx.Response:
        token = make_jwt(self.lifetime, n=len(self.auth_bodies))
        self.valid.add(token)
        self.issued.append(token)
        return httpx.Response(200, json={"auth_token": token})

    def revoke_all(self) -> None:
        self.valid.clear()

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == AUTH_PATH:
            body = json.loads(request.content)
            self.auth_bodies.append(body)
            self.auth_headers.append(request.headers)
            if self.auth_delay:
                await anyio.sleep(self.auth_delay)
            if self.auth_answer is not None:
                return self.auth_answer(body)
            return self.issue()
        # A snapshot: the pipeline re-sends the same Request object with new headers.
        self.requests.append(
            httpx.Request(
                request.method, request.url, headers=request.headers.copy(), content=request.content
            )
        )
        header = request.headers.get("authorization", "")
        if not header.startswith("Bearer ") or header[7:] not in self.valid:
            return httpx.Response(401, json=self.unauthorized_body)
        await anyio.lowlevel.checkpoint()
        return httpx.Response(200, json={"ok": True})


def make_client(api: FakeApi, clock: FakeClock | None = None, **kwargs: Any) -> EmnifyClient:
    kwargs.setdefault("application_token", "app-token-SECRET-1234")
    client = EmnifyClient(
        transport=httpx.MockTransport(api),
        rate_limits=None,
        max_concurrency=kwargs.pop("max_concurrency", 64),
        backoff_base=0.001,
        backoff_max=0.01,
        **kwargs,
    )
    if clock is not None:
        client._auth._clock = clock
    return client


async def gather(n: int, func: Callable[[], Any]) -> list[Any]:
    """Run `func` n times concurrently; collect results or exceptions."""
    results: list[Any] = [None] * n

    async def one(i: int) -> None:
        try:
            results[i] = await func()
        except Exception as exc:
            results[i] = exc

    async with anyio.create_task_group() as tg:
        for i in range(n):
            tg.start_soon(one, i)
    return results


# ----------------------------------------------------------------------------- JWT claims
def test_decode_claims_reads_payload_and_rejects_garbage() -> None:
    token = make_jwt(100, iat=1_700_000_000)
    claims = decode_claims(token)
    assert claims is not None
    assert numeric_claim(claims, "exp") == 1_700_000_100
    assert numeric_claim(claims, "iat") == 1_700_000_000
    assert decode_claims("not-a-jwt") is None
    assert decode_claims("a.!!!.c") is None
    assert decode_claims("a." + base64.urlsafe_b64encode(b"[1,2]").decode() + ".c") is None
    assert numeric_claim({"exp": "soon"}, "exp") is None
    assert numeric_claim({"exp": True}, "exp") is None
    assert numeric_claim(None, "exp") is None


# ----------------------------------------------------------------------------- application token
async def test_application_token_authenticates_once_and_sends_bearer() -> None:
    api = FakeApi()
    async with make_client(api) as client:
        await client.request("GET", "/api/v1/sim")
        await client.request("GET", "/api/v1/sim")
    assert api.auth_bodies == [{"application_token": "app-token-SECRET-1234"}]
    # The authenticate call itself carries no Authorization header (it bypasses the flow).
    assert "authorization" not in api.auth_headers[0]
    assert all(r.headers["authorization"].startswith("Bearer ey") for r in api.requests)


async def test_first_use_by_many_tasks_makes_one_authenticate_call() -> None:
    api = FakeApi()
    api.auth_delay = 0.01  # keep the first attempt in flight while the others pile up
    async with make_client(api) as client:
        results = await gather(300, lambda: client.request("GET", "/api/v1/sim/1"))
    assert all(isinstance(r, httpx.Response) for r in results)
    assert api.auth_calls == 1


async def test_refresh_ahead_of_expiry_single_flight() -> None:
    api = FakeApi(lifetime=3600)
    clock = FakeClock()
    async with make_client(api, clock) as client:
        await client.request("GET", "/api/v1/sim/1")
        assert api.auth_calls == 1
        # Margin is min(60 s, 10 % of 3600 s) = 60 s: at 3539 s the token is still used.
        clock.advance(3539)
        await client.request("GET", "/api/v1/sim/1")
        assert api.auth_calls == 1
        clock.advance(2)  # inside the margin: renew before the server would reject
        api.auth_delay = 0.01
        results = await gather(300, lambda: client.request("GET", "/api/v1/sim/1"))
        assert all(isinstance(r, httpx.Response) for r in results)
        assert api.auth_calls == 2
        # And every request after the renewal used the new token.
        latest = api.issued[-1]
        assert all(r.headers["authorization"] == f"Bearer {latest}" for r in api.requests[-300:])


async def test_short_lived_token_margin_scales_with_lifetime() -> None:
    api = FakeApi(lifetime=10)  # margin = min(60, 1.0) = 1 s
    clock = FakeClock()
    async with make_client(api, clock) as client:
        await client.request("GET", "/x")
        for _ in range(8):
            clock.advance(1.0)
            await client.request("GET", "/x")
        assert api.auth_calls == 1  # 8 s into a 10 s token: no refresh per request
        clock.advance(1.05)
        await client.request("GET", "/x")
        assert api.auth_calls == 2


async def test_token_without_exp_is_renewed_on_401_only() -> None:
    api = FakeApi()

    def opaque(body: dict[str, Any]) -> httpx.Response:
        token = f"opaque-{len(api.auth_bodies)}"
        api.valid.add(token)
        return httpx.Response(200, json={"auth_token": token})

    api.auth_answer = opaque
    clock = FakeClock()
    async with make_client(api, clock) as client:
        await client.request("GET", "/x")
        clock.advance(10**6)
        await client.request("GET", "/x")
        assert api.auth_calls == 1
        api.revoke_all()
        await client.request("GET", "/x")
        assert api.auth_calls == 2


# ----------------------------------------------------------------------------- 401 handling
@pytest.mark.parametrize(
    "body",
    [
        {"error_code": 1103, "error_token": "TokenExpired", "message": "Token expired"},
        {"message": "Unauthorized"},  # the gateway's shape
    ],
)
async def test_401_renews_once_and_resends(body: dict[str, Any]) -> None:
    api = FakeApi()
    api.unauthorized_body = body
    async with make_client(api) as client:
        await client.request("GET", "/x")
        api.revoke_all()  # the server no longer accepts the current token
        response = await client.request("POST", "/api/v1/endpoint", json={"name": "a"})
        assert response.status_code == 200
    assert api.auth_calls == 2
    # The request was sent twice with the same body, the second time with the new token.
    posts = [r for r in api.requests if r.method == "POST"]
    assert len(posts) == 2
    assert posts[0].content == posts[1].content == b'{"name":"a"}'
    assert posts[0].headers["authorization"] != posts[1].headers["authorization"]


async def test_concurrent_401s_cause_one_renewal() -> None:
    api = FakeApi()
    async with make_client(api) as client:
        await client.request("GET", "/x")
        api.revoke_all()
        api.auth_delay = 0.01
        results = await gather(200, lambda: client.request("GET", "/x"))
    assert all(isinstance(r, httpx.Response) for r in results)
    assert api.auth_calls == 2


async def test_persistent_401_raises_after_one_retry() -> None:
    api = FakeApi()

    def useless(body: dict[str, Any]) -> httpx.Response:
        return httpx.Response(200, json={"auth_token": make_jwt()})  # never accepted

    api.auth_answer = useless
    async with make_client(api) as client:
        with pytest.raises(AuthenticationError) as info:
            await client.request("GET", "/api/v1/sim/7")
    assert info.value.status_code == 401
    assert info.value.error_code == 1103
    assert info.value.path == "/api/v1/sim/7"
    assert len(api.requests) == 2  # original + one re-send
    assert api.auth_calls == 2


# ----------------------------------------------------------------------------- bad credentials
async def test_bad_application_token_storm_makes_one_call_and_poisons() -> None:
    api = FakeApi()
    api.auth_delay = 0.01
    api.auth_answer = lambda body: httpx.Response(
        401, json={"error_code": 1101, "error_token": "InvalidCredentials", "message": "Invalid"}
    )
    async with make_client(api) as client:
        results = await gather(300, lambda: client.request("GET", "/x"))
        assert all(isinstance(r, AuthenticationError) for r in results)
        assert api.auth_calls == 1
        # Later requests fail fast too: the credentials are known to be bad.
        with pytest.raises(AuthenticationError, match="rejected"):
            await client.request("GET", "/x")
        assert api.auth_calls == 1
        assert api.requests == []
        # reset() allows a new attempt (e.g. after fixing the account).
        client._auth.reset()
        with pytest.raises(AuthenticationError):
            await client.request("GET", "/x")
        assert api.auth_calls == 2


async def test_account_lockout_answer_is_an_authentication_error() -> None:
    api = FakeApi()
    api.auth_answer = lambda body: httpx.Response(
        401, json={"error_code": 1105, "error_token": "TooManyRequests", "message": "locked"}
    )
    async with make_client(api) as client:
        with pytest.raises(AuthenticationError) as info:
            await client.request("GET", "/x")
    assert info.value.error_token == "TooManyRequests"
    assert api.auth_calls == 1


async def test_empty_401_body_on_authenticate() -> None:
    api = FakeApi()
    api.auth_answer = lambda body: httpx.Response(401)
    async with make_client(api) as client:
        with pytest.raises(AuthenticationError, match="application token was rejected"):
            await client.request("GET", "/x")


async def test_lost_answers_are_shared_and_stop_short_of_the_lockout() -> None:
    """A 503 to authenticate may have been a counted failure. The 50 waiters share one
    outcome; the credential, never accepted yet, is sent once more after a back-off, then
    not again until five minutes have passed (three failures in a row lock the account)."""
    clock = FakeClock()
    api = FakeApi()
    api.auth_delay = 0.01
    api.auth_answer = lambda body: httpx.Response(503, json={"message": "maintenance"})
    async with make_client(api, clock, max_retries=0) as client:
        results = await gather(50, lambda: client.request("GET", "/x"))
        assert all(isinstance(r, ServerError) for r in results)
        assert api.auth_calls == 2  # the first call and one retry after a back-off
        api.auth_answer = None  # the API is back, but the client cannot know the outcomes
        with pytest.raises(TransportError, match="lock") as info:
            await client.request("GET", "/x")
        assert "not sent again for 300 s" in str(info.value)
        assert api.auth_calls == 2
        clock.advance(300)
        response = await client.request("GET", "/x")
        assert response.status_code == 200
        assert api.auth_calls == 3


async def test_lost_answers_after_acceptance_are_retried_with_backoff() -> None:
    """Once the credential has been accepted, a lost answer is a network fault, not a failure:
    renewals after 503s are retried with back-off and succeed."""
    clock = FakeClock()
    api = FakeApi(lifetime=100)
    async with make_client(api, clock) as client:
        await client.request("GET", "/x")
        answers = iter([httpx.Response(503), httpx.Response(502), httpx.Response(504)])
        api.auth_answer = lambda body: next(answers, None) or api.issue()
        clock.advance(95)  # due for renewal
        response = await client.request("GET", "/x")
    assert response.status_code == 200
    assert api.auth_calls == 5  # the first, three lost, the renewal


@pytest.mark.parametrize("status", [301, 302, 404, 408, 425])
async def test_temporary_answers_are_retried_and_never_poison(status: int) -> None:
    """Answers that say the request was not processed are retried with back-off; the
    credential is not marked as rejected."""
    api = FakeApi()
    answers = iter([httpx.Response(status, headers={"Location": "/elsewhere"})] * 2)
    api.auth_answer = lambda body: next(answers, None) or api.issue()
    async with make_client(api) as client:
        response = await client.request("GET", "/x")
    assert response.status_code == 200
    assert api.auth_calls == 3


async def test_temporary_answers_that_persist_fail_without_poisoning() -> None:
    api = FakeApi()
    api.auth_answer = lambda body: httpx.Response(404, json={"message": "no route"})
    async with make_client(api) as client:
        with pytest.raises(Exception) as info:
            await client.request("GET", "/x")
        assert not isinstance(info.value, AuthenticationError)
        assert api.auth_calls == 4  # the first and three retries
        api.auth_answer = None
        assert (await client.request("GET", "/x")).status_code == 200


async def test_network_failure_during_authenticate_is_a_transport_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused")

    client = EmnifyClient(
        "app-token-SECRET-1234",
        transport=httpx.MockTransport(handler),
        max_retries=1,
        backoff_base=0.001,
        backoff_max=0.001,
    )
    async with client:
        with pytest.raises(TransportError) as info:
            await client.request("GET", "/x")
    assert info.value.path == AUTH_PATH
    assert isinstance(info.value.__cause__, httpx.ConnectError)


# ----------------------------------------------------------------------------- user credentials
def _user_api() -> FakeApi:
    api = FakeApi()

    def answer(body: dict[str, Any]) -> httpx.Response:
        if "refresh_token" in body:
            if body["refresh_token"] in api.valid:
                response = api.issue()
                return response
            return httpx.Response(401, json={"error_code": 1102, "message": "invalid refresh"})
        if api.password_ok and body.get("password") == hashlib.sha1(b"pa55word").hexdigest():
            token = make_jwt(3600, n=len(api.auth_bodies))
            refresh = f"refresh-{len(api.auth_bodies)}-SECRET"
            api.valid.update({token, refresh})
            return httpx.Response(200, json={"auth_token": token, "refresh_token": refresh})
        return httpx.Response(401)

    api.auth_answer = answer
    return api


async def test_user_credentials_send_sha1_and_refresh_with_refresh_token() -> None:
    api = _user_api()
    clock = FakeClock()
    async with make_client(
        api, clock, application_token=None, username="ann", password="pa55word"
    ) as client:
        await client.request("GET", "/x")
        assert api.auth_bodies == [
            {"username": "ann", "password": hashlib.sha1(b"pa55word").hexdigest()}
        ]
        clock.advance(3600)
        await client.request("GET", "/x")
    assert api.auth_bodies[1] == {"refresh_token": "refresh-1-SECRET"}
    assert api.auth_calls == 2


async def test_rejected_refresh_token_falls_back_to_password() -> None:
    api = _user_api()
    clock = FakeClock()
    async with make_client(
        api, clock, application_token=None, username="ann", password="pa55word"
    ) as client:
        await client.request("GET", "/x")
        api.valid.discard("refresh-1-SECRET")
        clock.advance(3600)
        await client.request("GET", "/x")
    assert [sorted(b) for b in api.auth_bodies] == [
        ["password", "username"],
        ["refresh_token"],
        ["password", "username"],
    ]


async def test_bad_password_storm_never_exceeds_two_calls() -> None:
    api = _user_api()
    clock = FakeClock()
    async with make_client(
        api, clock, application_token=None, username="ann", password="pa55word"
    ) as client:
        await client.request("GET", "/x")
        # Now both the refresh token and the password stop working.
        api.valid.clear()
        api.password_ok = False
        clock.advance(3600)
        api.auth_delay = 0.01
        results = await gather(300, lambda: client.request("GET", "/x"))
        assert all(isinstance(r, AuthenticationError) for r in results)
        assert api.auth_calls == 1 + 2  # initial login, then refresh + password once
        with pytest.raises(AuthenticationError):
            await client.request("GET", "/x")
        assert api.auth_calls == 3


# ----------------------------------------------------------------------------- MFA
def _mfa_api(code: str = "123456") -> FakeApi:
    api = FakeApi()

    def answer(body: dict[str, Any]) -> httpx.Response:
        if "mfa_token" in body:
            if body == {"mfa_token": "mfa-SECRET-token", "code": code}:
                return api.issue()
            return httpx.Response(401, json={"error_code": 1101, "message": "wrong code"})
        return httpx.Response(200, json={"mfa_token": "mfa-SECRET-token"})

    api.auth_answer = answer
    return api


async def test_mfa_with_sync_callback() -> None:
    api = _mfa_api()
    calls: list[str] = []

    def otp() -> str:
        calls.append("asked")
        return " 123456\n"

    async with make_client(
        api, application_token=None, username="ann", password="pw", mfa_callback=otp
    ) as client:
        await client.request("GET", "/x")
    assert calls == ["asked"]
    assert api.auth_calls == 2


async def test_mfa_with_async_callback_and_concurrency() -> None:
    api = _mfa_api()
    asked = 0

    async def otp() -> str:
        nonlocal asked
        asked += 1
        await anyio.sleep(0.01)
        return "123456"

    async with make_client(
        api, application_token=None, username="ann", password="pw", mfa_callback=otp
    ) as client:
        results = await gather(100, lambda: client.request("GET", "/x"))
    assert all(isinstance(r, httpx.Response) for r in results)
    assert asked == 1
    assert api.auth_calls == 2


async def test_mfa_without_callback_and_wrong_code() -> None:
    api = _mfa_api()
    async with make_client(api, application_token=None, username="ann", password="pw") as client:
        with pytest.raises(AuthenticationError, match="mfa_callback"):
            await client.request("GET", "/x")
    api = _mfa_api()
    async with make_client(
        api, application_token=None, username="ann", password="pw", mfa_callback=lambda: "000000"
    ) as client:
        with pytest.raises(AuthenticationError, match="MFA code was rejected"):
            await client.request("GET", "/x")
    api = _mfa_api()
    async with make_client(
        api, application_token=None, username="ann", password="pw", mfa_callback=lambda: "12ab"
    ) as client:
        with pytest.raises(ConfigurationError, match="6-digit"):
            await client.request("GET", "/x")


# ----------------------------------------------------------------------------- fixed JWT
async def test_fixed_auth_token_is_used_and_never_renewed() -> None:
    api = FakeApi()
    token = make_jwt(3600)
    api.valid.add(token)
    async with make_client(api, application_token=None, auth_token=token) as client:
        await client.request("GET", "/x")
        assert api.requests[0].headers["authorization"] == f"Bearer {token}"
        api.unauthorized_body = {"message": "Unauthorized"}
        api.revoke_all()
        with pytest.raises(AuthenticationError, match="Unauthorized"):
            await client.request("GET", "/x")
    assert api.auth_calls == 0
    assert len(api.requests) == 2  # no re-send: nothing could have changed


async def test_expired_fixed_auth_token_raises_without_sending() -> None:
    api = FakeApi()
    token = make_jwt(-10)
    async with make_client(api, application_token=None, auth_token=token) as client:
        with pytest.raises(AuthenticationError, match="expired"):
            await client.request("GET", "/x")
    assert api.requests == []
    assert api.auth_calls == 0


async def test_fixed_auth_token_expires_while_in_use() -> None:
    api = FakeApi()
    token = make_jwt(100)
    api.valid.add(token)
    clock = FakeClock()
    client = make_client(api, application_token=None, auth_token=token)
    # Rebuild the auth with the fake clock so the fixed token's expiry is on that clock.
    client._auth._clock = clock
    client._auth._token = client._auth._make_token(token, issued_now=False)
    async with client:
        await client.request("GET", "/x")
        clock.advance(101)
        with pytest.raises(AuthenticationError, match="expired"):
            await client.request("GET", "/x")
    assert len(api.requests) == 1


async def test_authenticate_call_goes_through_the_rate_limiter() -> None:
    api = FakeApi()
    client = EmnifyClient(
        "app-token-SECRET-1234", transport=httpx.MockTransport(api), backoff_base=0.001
    )
    async with client:
        await client.request("GET", "/x")
    route = client.limiter.routes()["POST /api/v1/authenticate"]
    assert route.window is not None
    assert route.window.limit == 98  # 100 per 5 minutes, minus the 2 % margin
    assert len(route.window.sent) == 1
