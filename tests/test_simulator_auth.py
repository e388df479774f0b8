"""Authentication behaviour of the simulator: token kinds, JWT shape, expiry, lockout, limits."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from emnify.testing import ManualClock, Simulator, SimulatorConfig, sha1_hex
from emnify.testing.auth import b64url_decode, b64url_encode

pytestmark = pytest.mark.anyio

AUTH = "/api/v1/authenticate"
START = 1_700_000_000.0


def make(**overrides: Any) -> tuple[Simulator, ManualClock]:
    clock = ManualClock(START)
    config = SimulatorConfig(
        sims=20,
        rate_limits="none",
        users={"alice": "s3cret"},
        mfa_users={"bob": ("hunter2", "123456")},
        timer=clock,
    )
    return Simulator(config, **overrides), clock


@pytest.fixture
def sim_clock() -> tuple[Simulator, ManualClock]:
    return make()


@pytest.fixture
async def client(sim_clock: tuple[Simulator, ManualClock]) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=sim_clock[0].app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sim") as http:
        yield http


def claims(token: str) -> dict[str, Any]:
    header, payload, signature = token.split(".")
    assert json.loads(b64url_decode(header)) == {"alg": "HS256", "typ": "JWT"}
    assert len(b64url_decode(signature)) == 32
    result: dict[str, Any] = json.loads(b64url_decode(payload))
    return result


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_application_token_returns_only_an_auth_token(client: httpx.AsyncClient) -> None:
    response = await client.post(AUTH, json={"application_token": "test-app-token"})
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"auth_token"}
    payload = claims(body["auth_token"])
    assert payload["iat"] == int(START)
    assert payload["exp"] == int(START) + 3600
    assert payload["sub"]
    ok = await client.get("/api/v1/sim?per_page=1", headers=bearer(body["auth_token"]))
    assert ok.status_code == 200


async def test_fractional_token_ttl_is_kept_in_exp() -> None:
    sim, _ = make(token_ttl=0.25)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=sim.app), base_url="http://s"
    ) as c:
        token = (await c.post(AUTH, json={"application_token": "test-app-token"})).json()
    assert claims(token["auth_token"])["exp"] == pytest.approx(START + 0.25)


async def test_unknown_application_token_is_401_invalid_credentials(
    client: httpx.AsyncClient, sim_clock: tuple[Simulator, ManualClock]
) -> None:
    response = await client.post(AUTH, json={"application_token": "nope"})
    assert response.status_code == 401
    assert response.json()["error_code"] == 1101
    assert response.json()["error_token"] == "InvalidCredentials"
    counters = sim_clock[0].counters
    assert (counters.authenticate_calls, counters.failed_authentications) == (1, 1)


async def test_user_credentials_and_refresh_token(client: httpx.AsyncClient) -> None:
    response = await client.post(AUTH, json={"username": "alice", "password": sha1_hex("s3cret")})
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"auth_token", "refresh_token"}
    assert claims(body["auth_token"])["sub"] == "alice"

    refreshed = await client.post(AUTH, json={"refresh_token": body["refresh_token"]})
    assert refreshed.status_code == 200
    assert set(refreshed.json()) == {"auth_token"}
    assert refreshed.json()["auth_token"] != body["auth_token"]

    # an auth token is not a refresh token, and a refresh token is not a bearer token
    wrong = await client.post(AUTH, json={"refresh_token": body["auth_token"]})
    assert (wrong.status_code, wrong.json()["error_code"]) == (401, 1102)
    as_bearer = await client.get("/api/v1/sim", headers=bearer(body["refresh_token"]))
    assert (as_bearer.status_code, as_bearer.json()["error_code"]) == (401, 1102)


async def test_plain_password_is_rejected(client: httpx.AsyncClient) -> None:
    response = await client.post(AUTH, json={"username": "alice", "password": "s3cret"})
    assert response.status_code == 401
    assert response.json()["error_token"] == "InvalidCredentials"


async def test_mfa_flow_with_trusted_device(client: httpx.AsyncClient) -> None:
    login = {"username": "bob", "password": sha1_hex("hunter2")}
    first = await client.post(AUTH, json=login)
    assert first.status_code == 200
    assert set(first.json()) == {"mfa_token"}
    mfa_token = first.json()["mfa_token"]

    wrong = await client.post(AUTH, json={"mfa_token": mfa_token, "code": "000000"})
    assert (wrong.status_code, wrong.json()["error_code"]) == (401, 1101)

    device = {"fingerprint": "fp-1", "name": "ci"}
    second = await client.post(
        AUTH, json={"mfa_token": mfa_token, "code": "123456", "trusted_device": device}
    )
    assert second.status_code == 200
    assert set(second.json()) == {"auth_token", "refresh_token"}

    # the MFA token is single use
    again = await client.post(AUTH, json={"mfa_token": mfa_token, "code": "123456"})
    assert (again.status_code, again.json()["error_code"]) == (401, 1102)

    # a trusted fingerprint skips the second step; another fingerprint does not
    trusted = await client.post(AUTH, json={**login, "fingerprint": "fp-1"})
    assert set(trusted.json()) == {"auth_token", "refresh_token"}
    untrusted = await client.post(AUTH, json={**login, "fingerprint": "fp-2"})
    assert set(untrusted.json()) == {"mfa_token"}


async def test_expired_token_is_1103_and_renewal_works(
    client: httpx.AsyncClient, sim_clock: tuple[Simulator, ManualClock]
) -> None:
    _, clock = sim_clock
    token = (await client.post(AUTH, json={"application_token": "test-app-token"})).json()
    headers = bearer(token["auth_token"])
    assert (await client.get("/api/v1/sim/1000", headers=headers)).status_code == 200
    clock.advance(3599.9)
    assert (await client.get("/api/v1/sim/1000", headers=headers)).status_code == 200
    clock.advance(0.2)
    expired = await client.get("/api/v1/sim/1000", headers=headers)
    assert expired.status_code == 401
    assert expired.json() == {
        "error_code": 1103,
        "error_token": "TokenExpired",
        "message": expired.json()["message"],
    }
    fresh = (await client.post(AUTH, json={"application_token": "test-app-token"})).json()
    assert (await client.get("/api/v1/sim/1000", headers=bearer(fresh["auth_token"]))).is_success


async def test_forged_signature_is_1102_and_malformed_is_gateway_shape(
    client: httpx.AsyncClient, sim_clock: tuple[Simulator, ManualClock]
) -> None:
    token = (await client.post(AUTH, json={"application_token": "test-app-token"})).json()
    header, payload, _ = token["auth_token"].split(".")
    forged_payload = claims(token["auth_token"]) | {"exp": START + 10**6}
    forged = f"{header}.{b64url_encode(json.dumps(forged_payload).encode())}.{'A' * 43}"
    response = await client.get("/api/v1/sim", headers=bearer(forged))
    assert (response.status_code, response.json()["error_token"]) == (401, "InvalidToken")

    # a token minted by another simulator (other secret) is equally invalid
    other, _ = make()
    response = await client.get("/api/v1/sim", headers=bearer(other.issue_token()))
    assert response.json()["error_code"] == 1102

    for headers in ({}, {"Authorization": "Bearer"}, {"Authorization": "Basic abc"},
                    bearer("not-a-jwt"), bearer("a.b.c"), bearer(f"{header}.{payload}")):  # fmt: skip
        response = await client.get("/api/v1/sim", headers=headers)
        assert response.status_code == 401, headers
        assert response.json() == {"message": "Unauthorized"}, headers
    assert sim_clock[0].counters.unauthorized_requests == 8


async def test_three_failures_lock_the_account_for_five_minutes(
    client: httpx.AsyncClient, sim_clock: tuple[Simulator, ManualClock]
) -> None:
    sim, clock = sim_clock
    good = {"username": "alice", "password": sha1_hex("s3cret")}
    bad = {"username": "alice", "password": sha1_hex("wrong")}

    # failures must be consecutive: a success in between resets the count
    for _ in range(2):
        assert (await client.post(AUTH, json=bad)).status_code == 401
    assert (await client.post(AUTH, json=good)).status_code == 200
    for _ in range(3):
        response = await client.post(AUTH, json=bad)
        assert response.json()["error_code"] == 1101

    locked = await client.post(AUTH, json=good)
    assert locked.status_code == 401
    assert locked.json()["error_code"] == 1105
    assert locked.json()["error_token"] == "TooManyRequests"
    assert sim.auth.is_locked("alice")
    assert not sim.auth.is_locked("bob")
    assert sim.counters.lockouts == 1

    clock.advance(299)
    assert (await client.post(AUTH, json=good)).json()["error_code"] == 1105
    clock.advance(2)
    assert (await client.post(AUTH, json=good)).status_code == 200
    assert sim.counters.failed_authentications == 7


async def test_wrong_mfa_codes_count_towards_the_lockout(client: httpx.AsyncClient) -> None:
    login = {"username": "bob", "password": sha1_hex("hunter2")}
    mfa_token = (await client.post(AUTH, json=login)).json()["mfa_token"]
    for _ in range(3):
        await client.post(AUTH, json={"mfa_token": mfa_token, "code": "999999"})
    response = await client.post(AUTH, json={"mfa_token": mfa_token, "code": "123456"})
    assert response.json()["error_token"] == "TooManyRequests"


async def test_authenticate_limit_per_ip_is_429_1105() -> None:
    sim, clock = make(rate_limits="emnify", scale=0.05, retry_after=True)  # 5 per 5 minutes
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=sim.app), base_url="http://s"
    ) as c:
        body = {"application_token": "test-app-token"}
        statuses = []
        for _ in range(7):
            statuses.append((await c.post(AUTH, json=body)).status_code)
            clock.advance(1)
        assert statuses == [200] * 5 + [429] * 2
        limited = await c.post(AUTH, json=body)
        assert limited.json()["error_code"] == 1105
        assert int(limited.headers["Retry-After"]) == 300 - 7
        assert sim.counters.rate_limited == 3
        assert sim.counters.authenticate_calls == 8
        assert sim.counters.failed_authentications == 0
        clock.advance(300 - 7)
        assert (await c.post(AUTH, json=body)).status_code == 200


async def test_bad_bodies_are_400(client: httpx.AsyncClient) -> None:
    for content in (b"not json", b"[1, 2]", b'{"foo": 1}', b'{"username": 1, "password": 2}'):
        response = await client.post(AUTH, content=content)
        assert response.status_code == 400, content
        assert response.json()["error_code"] == 1400
        assert response.json()["errors"][0]["error_code"] == 1403


async def test_empty_auth_failure_body_option() -> None:
    sim, _ = make(empty_auth_failure_body=True)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=sim.app), base_url="http://s"
    ) as c:
        response = await c.post(AUTH, json={"application_token": "nope"})
    assert response.status_code == 401
    assert response.content == b""


async def test_issue_token_helper_is_accepted(sim_clock: tuple[Simulator, ManualClock]) -> None:
    sim, clock = sim_clock
    token = sim.issue_token(ttl=5)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=sim.app), base_url="http://s"
    ) as c:
        assert (await c.get("/api/v1/sim/1000", headers=bearer(token))).status_code == 200
        clock.advance(5)
        assert (await c.get("/api/v1/sim/1000", headers=bearer(token))).status_code == 401
    assert sim.counters.authenticate_calls == 0
