"""Client core against the simulator served by uvicorn on 127.0.0.1 (asyncio and trio).

Every expectation is computed from the simulator's own state (its fleet, counters and
authenticator), never hard-coded: auth (application token, user + SHA-1 + refresh token, MFA),
single-flight renewal under concurrency, no lockout with a bad password, client-side limits
against the same published limits on the server, 429 handling with and without Retry-After,
retries of faults for GET but not for POST, typed errors, and pagination over the last-page
trap.
"""

from __future__ import annotations

import hashlib
import math
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from contextlib import asynccontextmanager
from typing import Any

import anyio
import anyio.lowlevel
import pytest

from emnify import EmnifyClient
from emnify.errors import (
    AuthenticationError,
    NotFoundError,
    PaginationError,
    RateLimitError,
    ServerError,
    TransportError,
    ValidationError,
)
from emnify.limits import RateLimits
from emnify.testing import (
    DEFAULT_APPLICATION_TOKEN,
    FaultConfig,
    ManualClock,
    Simulator,
    SimulatorConfig,
    SimulatorServer,
    serve_simulator,
    serve_simulator_async,
)
from emnify_generated.api.sim import list_sims
from tests.loopback_support import simulator_in_a_process

pytestmark = [pytest.mark.anyio, pytest.mark.integration]

PASSWORD = "correct horse battery staple"
WRONG_PASSWORD = "Tr0ub4dor&3"
MFA_CODE = "492817"
SIM_ROUTE = "GET /api/v1/sim/{sim_id}"
STATS_ROUTE = "GET /api/v1/sim/{sim_id}/stats"


# ---------------------------------------------------------------------------------- helpers
@asynccontextmanager
async def serve(**config: Any) -> AsyncIterator[SimulatorServer]:
    """A simulator on 127.0.0.1; quiet defaults (no limits, few SIMs) unless overridden."""
    config.setdefault("sims", 60)
    config.setdefault("rate_limits", "none")
    async with serve_simulator_async(SimulatorConfig(**config)) as server:
        yield server


@pytest.fixture(scope="module")
def shared_server() -> Iterator[SimulatorServer]:
    """One quiet 200-SIM simulator for the tests that need nothing special (saves a server
    start and stop per test); `plain` hands it out with counters and state reset."""
    with serve_simulator(SimulatorConfig(sims=200, rate_limits="none")) as server:
        yield server


@pytest.fixture
def plain(shared_server: SimulatorServer) -> SimulatorServer:
    shared_server.simulator.reset()
    return shared_server


async def settled(server: SimulatorServer) -> None:
    """Wait until the server has finished every request (statuses are counted before an
    answer leaves, but a request stays in flight until its handler returns)."""
    for _ in range(2500):
        if not server.counters.in_flight:
            return
        await anyio.sleep(0.002)
    raise AssertionError("the simulator still has requests in flight")


@asynccontextmanager
async def client_for(server: SimulatorServer, **kwargs: Any) -> AsyncIterator[EmnifyClient]:
    """A client pointed at the simulator (application token, no client throttling); on exit
    it is closed and the server's counters have settled."""
    if not {"username", "auth_token", "application_token"} & kwargs.keys():
        kwargs["application_token"] = DEFAULT_APPLICATION_TOKEN
    kwargs.setdefault("rate_limits", None)
    async with EmnifyClient(base_url=server.base_url, **kwargs) as client:
        yield client
    await settled(server)


class GrantLog:
    """Records, on the server side, which credential every authenticate call carried."""

    def __init__(self, server: SimulatorServer) -> None:
        self._lock = threading.Lock()
        self.grants: list[str] = []
        self.passwords: list[str] = []
        auth = server.simulator.auth
        original = auth.authenticate

        def recording(body: object) -> Any:
            if isinstance(body, dict):
                with self._lock:
                    for grant in ("application_token", "refresh_token", "mfa_token", "username"):
                        if grant in body:
                            self.grants.append(grant)
                            break
                    if "password" in body:
                        self.passwords.append(str(body["password"]))
            return original(body)

        auth.authenticate = recording  # type: ignore[method-assign]


async def gather(calls: Sequence[Callable[[], Awaitable[Any]]]) -> list[Any]:
    """Run every call concurrently; each slot holds the result or the exception raised."""
    results: list[Any] = [None] * len(calls)

    async def run(index: int) -> None:
        try:
            results[index] = await calls[index]()
        except Exception as exc:
            results[index] = exc

    async with anyio.create_task_group() as tg:
        for index in range(len(calls)):
            tg.start_soon(run, index)
    return results


async def get_sim_id(client: EmnifyClient, sim_id: int) -> int:
    response = await client.request("GET", f"/api/v1/sim/{sim_id}")
    return int(response.json()["id"])


def sim_calls(client: EmnifyClient, sim_ids: Sequence[int]) -> list[Callable[[], Awaitable[Any]]]:
    return [lambda sim_id=sim_id: get_sim_id(client, sim_id) for sim_id in sim_ids]


def cycle_ids(server: SimulatorServer, n: int) -> list[int]:
    ids: list[int] = server.fleet.sim_ids
    return [ids[i % len(ids)] for i in range(n)]


# ---------------------------------------------------------------------------------- 1. auth
async def test_application_token_authenticates_once_and_bad_token_is_refused() -> None:
    async with serve() as server:
        log = GrantLog(server)
        sim_id = server.fleet.sim_ids[3]
        async with client_for(server) as client:
            await client.authenticate()
            await client.authenticate()  # fresh token: a no-op
            assert await get_sim_id(client, sim_id) == sim_id
        assert log.grants == ["application_token"]
        assert server.counters.authenticate_calls == 1
        assert server.counters.tokens_issued == 1
        assert server.counters.unauthorized_requests == 0

        async with client_for(server, application_token="not-the-token") as bad:
            with pytest.raises(AuthenticationError) as info:
                await get_sim_id(bad, sim_id)
        assert info.value.status_code == 401
        assert info.value.error_code == 1101
        assert server.counters.failed_authentications == 1
        # the failed login never reached the SIM route
        assert server.counters.requests_by_route[SIM_ROUTE] == 1


async def test_user_credentials_send_sha1_and_refresh_ahead_of_expiry() -> None:
    # The first token lives 1 s of real time: the client must renew from the JWT's exp on its
    # own clock, with the refresh token (not the password), before the server would refuse
    # the old token -- once for 300 requests arriving together just after the expiry.
    n = 300
    async with serve(users={"alice": PASSWORD}, token_ttl=1.0) as server:
        log = GrantLog(server)
        sim_id = server.fleet.sim_ids[0]
        async with client_for(
            server, username="alice", password=PASSWORD, max_concurrency=64
        ) as client:
            assert await get_sim_id(client, sim_id) == sim_id
            assert log.grants == ["username"]
            assert log.passwords == [hashlib.sha1(PASSWORD.encode()).hexdigest()]
            # later tokens live long, so a slow burst cannot legitimately need a second renewal
            server.simulator.auth.token_ttl = 3600.0
            # iat is whole seconds, so the client sees a lifetime < 2 s and renews 10 % ahead
            await anyio.sleep(1.85)
            ids = cycle_ids(server, n)
            assert await gather(sim_calls(client, ids)) == ids
        assert log.grants == ["username", "refresh_token"]
        assert PASSWORD not in log.passwords
        counters = server.counters
        assert counters.authenticate_calls == 2
        assert counters.tokens_issued == 2 + 1  # login: auth + refresh; refresh: auth only
        assert counters.failed_authentications == 0
        assert counters.unauthorized_requests == 0  # renewed ahead, never sent a stale token
        assert counters.requests_by_route[SIM_ROUTE] == n + 1


async def test_expired_on_the_server_renews_with_refresh_token_then_password() -> None:
    # The simulator's time jumps (ManualClock) while the client's does not: the client only
    # learns of the expiry from the 401 (error 1103) and renews with the refresh token, which
    # it keeps across renewals (a refresh answer carries no new one); once the refresh token
    # has expired too, it falls back to the password.
    clock = ManualClock()
    async with serve(
        users={"alice": PASSWORD}, timer=clock, token_ttl=600.0, refresh_token_ttl=3600.0
    ) as server:
        log = GrantLog(server)
        sim_id = server.fleet.sim_ids[1]
        async with client_for(server, username="alice", password=PASSWORD) as client:
            assert await get_sim_id(client, sim_id) == sim_id
            clock.advance(601)
            assert await get_sim_id(client, sim_id) == sim_id
            clock.advance(601)
            assert await get_sim_id(client, sim_id) == sim_id
            assert log.grants == ["username", "refresh_token", "refresh_token"]
            assert server.counters.unauthorized_requests == 2
            clock.advance(7200)  # auth and refresh token both expired
            assert await get_sim_id(client, sim_id) == sim_id
        assert log.grants == [
            "username",
            "refresh_token",
            "refresh_token",
            "refresh_token",
            "username",
        ]
        counters = server.counters
        assert counters.unauthorized_requests == 3
        assert counters.failed_authentications == 1  # the expired refresh token
        assert counters.lockouts == 0
        assert counters.responses_by_status[200] == 4 + 4  # 4 logins/renewals + 4 GETs


@pytest.mark.parametrize("style", ["sync", "async"])
async def test_mfa_account_with_callback(style: str) -> None:
    clock = ManualClock()
    calls: list[str] = []

    def sync_code() -> str:
        calls.append("sync")
        return MFA_CODE

    async def async_code() -> str:
        await anyio.lowlevel.checkpoint()
        calls.append("async")
        return MFA_CODE

    callback = sync_code if style == "sync" else async_code
    async with serve(mfa_users={"bob": (PASSWORD, MFA_CODE)}, timer=clock) as server:
        log = GrantLog(server)
        sim_id = server.fleet.sim_ids[2]
        async with client_for(
            server, username="bob", password=PASSWORD, mfa_callback=callback
        ) as client:
            assert await get_sim_id(client, sim_id) == sim_id
            assert log.grants == ["username", "mfa_token"]
            assert calls == [style]
            clock.advance(3601)  # token expired: the refresh token needs no second factor
            assert await get_sim_id(client, sim_id) == sim_id
        assert log.grants == ["username", "mfa_token", "refresh_token"]
        assert calls == [style]
        assert server.counters.failed_authentications == 0

        # a wrong code is an authentication error, and is not tried again by the client
        async with client_for(
            server, username="bob", password=PASSWORD, mfa_callback=lambda: "000000"
        ) as wrong:
            with pytest.raises(AuthenticationError) as info:
                await get_sim_id(wrong, sim_id)
            with pytest.raises(AuthenticationError):
                await get_sim_id(wrong, sim_id)
        assert info.value.error_code == 1101
        assert server.counters.failed_authentications == 1
        assert not server.simulator.auth.is_locked("bob")


# ----------------------------------------------------------------------- 2. single flight
@pytest.mark.parametrize("credential", ["password", "application_token"])
async def test_single_flight_renewal_after_server_side_expiry(credential: str) -> None:
    # (The refresh-ahead path is covered with 300 requests in the user credentials test.)
    n = 300
    clock = ManualClock()
    async with serve(users={"alice": PASSWORD}, timer=clock, token_ttl=600.0) as server:
        log = GrantLog(server)
        kwargs: dict[str, Any] = (
            {"username": "alice", "password": PASSWORD} if credential == "password" else {}
        )
        async with client_for(server, max_concurrency=64, **kwargs) as client:
            await client.authenticate()
            clock.advance(601)
            ids = cycle_ids(server, n)
            assert await gather(sim_calls(client, ids)) == ids
        renewal = "refresh_token" if credential == "password" else "application_token"
        assert log.grants[1:] == [renewal]
        counters = server.counters
        assert counters.authenticate_calls == 2
        # each request that went out with the old token got one 401 and was replayed once
        assert 1 <= counters.unauthorized_requests <= n
        assert counters.requests_by_route[SIM_ROUTE] == n + counters.unauthorized_requests
        assert counters.responses_by_status[401] == counters.unauthorized_requests


@pytest.mark.parametrize("credential", ["password", "application_token"])
async def test_bad_credentials_under_concurrency_never_lock_the_account(credential: str) -> None:
    async with serve(users={"alice": PASSWORD}) as server:
        kwargs: dict[str, Any] = (
            {"username": "alice", "password": WRONG_PASSWORD}
            if credential == "password"
            else {"application_token": "wrong-token"}
        )
        ids = cycle_ids(server, 200)
        async with client_for(server, max_concurrency=50, **kwargs) as bad:
            first = await gather(sim_calls(bad, ids))
            calls_after_first_wave = server.counters.authenticate_calls
            second = await gather(sim_calls(bad, ids))
        for result in first + second:
            assert isinstance(result, AuthenticationError), result
            assert result.status_code == 401
        counters = server.counters
        assert 1 <= calls_after_first_wave <= 2
        assert counters.authenticate_calls == calls_after_first_wave  # rejection remembered
        assert counters.failed_authentications <= 2
        assert counters.lockouts == 0
        assert not server.simulator.auth.is_locked("alice")
        assert SIM_ROUTE not in counters.requests_by_route

        # the good credentials still work right after
        async with client_for(server, username="alice", password=PASSWORD) as good:
            assert await get_sim_id(good, ids[0]) == ids[0]
        assert server.counters.lockouts == 0


# ----------------------------------------------------------------------------- 3. limits
async def test_client_at_the_servers_scale_gets_no_429_and_respects_max_concurrency() -> None:
    scale, n_stats, n_details, max_concurrency = 10, 150, 150, 8
    config = SimulatorConfig(sims=300, rate_limits="emnify", scale=scale)
    async with simulator_in_a_process(config) as served:
        async with EmnifyClient(
            DEFAULT_APPLICATION_TOKEN,
            base_url=served.base_url,
            rate_limits=RateLimits.emnify(scale=scale),
            max_concurrency=max_concurrency,
        ) as client:
            ids = served.fleet.sim_ids

            async def stats(sim_id: int) -> int:
                response = await client.request("GET", f"/api/v1/sim/{sim_id}/stats")
                return len(response.json())

            calls = [lambda i=i: stats(i) for i in ids[:n_stats]]
            calls += sim_calls(client, ids[:n_details])
            started = time.monotonic()
            results = await gather(calls)
            elapsed = time.monotonic() - started
    counters = served.counters
    seen = f"elapsed {elapsed:.2f} s, server counters {counters}"
    assert results == [1] * n_stats + ids[:n_details], seen
    assert counters["rate_limited"] == 0, seen
    assert counters["requests_by_route"][STATS_ROUTE] == n_stats, seen
    assert counters["requests_by_route"][SIM_ROUTE] == n_details, seen
    assert counters["peak_in_flight"] <= max_concurrency, seen
    # what the server's bucket (rate 10*scale, burst 5*scale) can admit at most
    assert elapsed >= (n_stats - 5 * scale) / (10 * scale) * 0.95


async def test_peak_in_flight_never_exceeds_max_concurrency() -> None:
    async with serve(latency=0.05) as server:  # long enough for all five slots to fill
        async with client_for(server, max_concurrency=5) as client:
            ids = cycle_ids(server, 40)
            assert await gather(sim_calls(client, ids)) == ids
        assert server.counters.peak_in_flight == 5


# -------------------------------------------------------------------------------- 4. 429
@pytest.mark.parametrize("retry_after", [True, False])
async def test_429s_are_retried_until_every_request_succeeds(retry_after: bool) -> None:
    n = 20
    async with serve(
        # a burst of 5: the first ten concurrent requests always overrun it
        route_limits={"/api/v1/sim/{sim_id}": (20, 5)},
        retry_after=retry_after,
    ) as server:
        async with client_for(
            server, max_concurrency=10, max_retries=8, backoff_base=0.1
        ) as client:
            ids = cycle_ids(server, n)
            results = await gather(sim_calls(client, ids))
        assert results == ids
        counters = server.counters
        assert counters.rate_limited > 0  # the limit really was hit
        assert counters.responses_by_status[200] == n + 1  # + authenticate
        assert counters.requests_by_route[SIM_ROUTE] == n + counters.rate_limited


async def test_nothing_is_sent_while_retry_after_pauses_the_route() -> None:
    async with serve(route_limits={"/api/v1/sim/{sim_id}": (0.2, 1)}, retry_after=True) as server:
        sim_id = server.fleet.sim_ids[0]
        async with client_for(server, max_concurrency=1) as client:
            await client.authenticate()
            async with anyio.create_task_group() as tg:
                for _ in range(5):
                    tg.start_soon(get_sim_id, client, sim_id)
                # the first request uses the server's only token, the second gets 429 with
                # "Retry-After: 5" (the server says when it served it) ...
                with anyio.fail_after(10):
                    while not server.counters.rate_limited:  # noqa: ASYNC110 - another thread
                        await anyio.sleep(0.005)
                # ... and the other three wait for the pause, well past this half second
                await anyio.sleep(0.5)
                sent = server.counters.requests_by_route[SIM_ROUTE]
                tg.cancel_scope.cancel()
        assert sent == 2


@pytest.mark.parametrize("retry_after", [True, False])
async def test_429_without_retries_raises_rate_limit_error(retry_after: bool) -> None:
    async with serve(route_limits={"/api/v1/sim/{sim_id}": (0.5, 1)}, retry_after=retry_after) as (
        server
    ):
        sim_id = server.fleet.sim_ids[0]
        async with client_for(server, max_retries=0) as client:
            assert await get_sim_id(client, sim_id) == sim_id
            with pytest.raises(RateLimitError) as info:
                await get_sim_id(client, sim_id)
        error = info.value
        assert error.status_code == 429
        assert error.error_code == 1105
        assert error.error_token == "TooManyRequests"
        assert error.method == "GET"
        assert error.path == f"/api/v1/sim/{sim_id}"
        assert error.retry_after == (2.0 if retry_after else None)  # ceil(1 token / 0.5 per s)
        assert server.counters.rate_limited == 1
        assert server.counters.requests_by_route[SIM_ROUTE] == 2


# ------------------------------------------------------------------------------ 5. faults
async def test_get_is_retried_through_server_errors_and_dropped_connections() -> None:
    faults = FaultConfig(server_error=0.2, drop=0.1, seed=11, server_error_statuses=(502, 503, 504))
    async with serve(faults=faults) as server:
        async with client_for(
            server, max_retries=12, backoff_base=0.005, backoff_max=0.02
        ) as client:
            ids = cycle_ids(server, 150)
            results = await gather(sim_calls(client, ids))
        assert results == ids
        injected = server.counters.faults
        assert injected.get("server_error", 0) > 0
        assert injected.get("drop", 0) > 0
        # every injected fault cost exactly one extra attempt, nothing else was repeated
        assert server.counters.requests_by_route[SIM_ROUTE] == 150 + sum(injected.values())


async def test_500_is_not_retried() -> None:
    async with serve(faults=FaultConfig(server_error=1.0, server_error_statuses=(500,))) as server:
        async with client_for(server, max_retries=5, backoff_base=0.005) as client:
            with pytest.raises(ServerError) as info:
                await get_sim_id(client, server.fleet.sim_ids[0])
        assert info.value.status_code == 500
        assert server.counters.requests_by_route[SIM_ROUTE] == 1


@pytest.mark.parametrize("fault", ["server_error", "drop"])
async def test_post_is_not_retried_unless_opted_in(fault: str) -> None:
    # Faults hit every /api/ path before its handler, so a 503 or a dropped connection is what
    # every POST /api/v1/endpoint (a create) sees here.
    faults = (
        FaultConfig(server_error=1.0, server_error_statuses=(503,))
        if fault == "server_error"
        else FaultConfig(drop=1.0)
    )
    expected = ServerError if fault == "server_error" else TransportError
    body = {"name": "integration", "service_profile": {"id": 1}}
    retries = 3
    async with serve(faults=faults) as server:

        def posts() -> int:
            return server.counters.requests_by_route.get("POST /api/v1/endpoint", 0)

        async with client_for(
            server, max_retries=retries, backoff_base=0.005, backoff_max=0.01
        ) as client:
            with pytest.raises(expected):
                await client.request("POST", "/api/v1/endpoint", json=body)
            assert posts() == 1
            with pytest.raises(expected):
                await client.request("POST", "/api/v1/endpoint", json=body, retry=True)
            assert posts() == 1 + (1 + retries)
            # a GET to the same path is retried without asking
            with pytest.raises(expected):
                await client.request("GET", "/api/v1/endpoint")
            # exactly 1 + retries: no hidden resend by the transport (aiohttp re-sends an
            # idempotent request once on a dropped kept-alive connection unless told not to)
            assert server.counters.requests_by_route["GET /api/v1/endpoint"] == 1 + retries
        async with client_for(
            server, max_retries=retries, backoff_base=0.005, retry_non_idempotent=True
        ) as eager:
            with pytest.raises(expected):
                await eager.request("POST", "/api/v1/endpoint", json=body)
            assert posts() == 2 * (1 + retries) + 1
            with pytest.raises(expected):
                await eager.request("POST", "/api/v1/endpoint", json=body, retry=False)
            assert posts() == 2 * (1 + retries) + 2


async def test_opted_in_post_gets_through_intermittent_faults() -> None:
    faults = FaultConfig(server_error=0.5, seed=3, server_error_statuses=(503,))
    async with serve(faults=faults) as server:
        async with client_for(server, max_retries=20, backoff_base=0.005) as client:
            response = await client.request(
                "POST", "/api/v1/endpoint", json={"name": "x"}, retry=True
            )
        # it got through to the create: 201, the new endpoint in Location
        assert response.status_code == 201
        assert response.headers["Location"].startswith(f"{server.base_url}/api/v1/endpoint/")
        faulted = server.counters.faults.get("server_error", 0)
        assert faulted > 0  # the faults really were in the way
        assert server.counters.requests_by_route["POST /api/v1/endpoint"] == 1 + faulted


# ------------------------------------------------------------------------------ 6. errors
async def test_unknown_sim_is_not_found_error(plain: SimulatorServer) -> None:
    server = plain
    unknown = max(server.fleet.sim_ids) + 1000
    assert server.fleet.sim_index(unknown) is None
    async with client_for(server) as client:
        with pytest.raises(NotFoundError) as info:
            await client.request("GET", f"/api/v1/sim/{unknown}")
        with pytest.raises(NotFoundError) as stats_info:
            await client.sim_stats(unknown)
    error = info.value
    assert error.status_code == 404
    assert error.error_code == 1201
    assert error.error_token == "NotFound"
    assert error.method == "GET"
    assert error.path == f"/api/v1/sim/{unknown}"
    assert str(unknown) in error.message
    assert stats_info.value.path == f"/api/v1/sim/{unknown}/stats"
    assert server.counters.responses_by_status[404] == 2


@pytest.mark.parametrize(
    ("params", "code", "token"),
    [
        ({"q": "colour:blue"}, 1301, "InvalidFilter"),
        ({"q": "status:active"}, 1301, "InvalidFilter"),
        ({"sort": "-colour"}, 1302, "InvalidSortCriteria"),
        ({"per_page": "many"}, 1400, "InputValidationFailed"),
    ],
)
async def test_bad_query_is_validation_error(
    plain: SimulatorServer, params: dict[str, str], code: int, token: str
) -> None:
    async with client_for(plain) as client:
        with pytest.raises(ValidationError) as info:
            await client.request("GET", "/api/v1/sim", params=params)
    error = info.value
    assert (error.status_code, error.error_code, error.error_token) == (422, code, token)
    assert error.method == "GET"
    assert error.path == "/api/v1/sim"
    if code == 1400:
        assert [e["error_code"] for e in error.errors] == [1403]


async def test_fixed_auth_tokens_are_rejected_with_the_right_shape(
    plain: SimulatorServer,
) -> None:
    server = plain
    foreign_token = Simulator(SimulatorConfig(sims=1)).issue_token()  # another secret
    sim_id = server.fleet.sim_ids[0]
    cases: list[tuple[str, int | None, str]] = [
        ("not-a-jwt", None, "Unauthorized"),  # the gateway's {"message"} body
        ("abc.def.ghi", None, "Unauthorized"),  # three parts, but not a JWT either
        (foreign_token, 1102, "InvalidToken"),  # signed by another server
    ]
    for token, code, text in cases:
        async with client_for(server, auth_token=token) as client:
            with pytest.raises(AuthenticationError) as info:
                await get_sim_id(client, sim_id)
        assert info.value.status_code == 401
        assert info.value.error_code == code
        assert text in (info.value.error_token or info.value.message)
    assert server.counters.unauthorized_requests == len(cases)

    # an expired fixed token fails before anything is sent
    expired = server.simulator.issue_token(ttl=-60)
    async with client_for(server, auth_token=expired) as client:
        with pytest.raises(AuthenticationError, match="cannot be renewed"):
            await get_sim_id(client, sim_id)
    # and a valid one just works, without any authenticate call
    async with client_for(server, auth_token=server.simulator.issue_token()) as client:
        assert await get_sim_id(client, sim_id) == sim_id
    assert server.counters.unauthorized_requests == len(cases)
    assert server.counters.authenticate_calls == 0


# -------------------------------------------------------------------------- 7. pagination
@pytest.mark.parametrize("per_page", [37, 40])  # a short last page, and an exact multiple
async def test_paginate_generated_list_sims_stops_at_the_last_page(
    plain: SimulatorServer, per_page: int
) -> None:
    fleet = plain.fleet
    async with client_for(plain) as client:
        ids = [sim.id async for sim in client.paginate(list_sims, per_page=per_page)]
    assert ids == fleet.sim_ids  # each SIM once, in order
    assert len(fleet.sim_ids) == 200
    # no page past the last, although the server would answer it (with the last page again)
    assert plain.counters.requests_by_route["GET /api/v1/sim"] == math.ceil(200 / per_page)


async def test_paginate_raw_endpoints(plain: SimulatorServer) -> None:
    fleet = plain.fleet
    async with client_for(plain) as client:
        items = [item async for item in client.paginate_raw("/api/v1/endpoint", per_page=50)]
    assert [item["id"] for item in items] == fleet.endpoint_ids
    assert [item["sim"]["id"] for item in items] == fleet.sim_ids
    assert plain.counters.requests_by_route["GET /api/v1/endpoint"] == math.ceil(
        len(fleet.endpoint_ids) / 50
    )


async def test_paginate_with_filter_and_sort(plain: SimulatorServer) -> None:
    fleet = plain.fleet
    activated = [sim_id for i, sim_id in enumerate(fleet.sim_ids) if fleet.sim_status[i] == 1]
    assert 0 < len(activated) < len(fleet.sim_ids)
    async with client_for(plain) as client:
        filtered = [sim.id async for sim in client.paginate(list_sims, per_page=37, q="status:1")]
        statuses = {sim.status.id async for sim in client.paginate(list_sims, q="status:1")}
        descending = [sim["id"] async for sim in client.paginate_raw("/api/v1/sim", sort="-id")]
    assert filtered == activated
    assert statuses == {1}
    assert descending == fleet.sim_ids[::-1]
    assert plain.counters.requests_by_route["GET /api/v1/sim"] == (
        math.ceil(len(activated) / 37) + 1 + 1
    )


async def test_max_pages_guard_raises_pagination_error(plain: SimulatorServer) -> None:
    fleet = plain.fleet
    seen: list[int] = []
    async with client_for(plain) as client:
        with pytest.raises(PaginationError):
            async for sim in client.paginate(list_sims, per_page=37, max_pages=2):
                seen.append(sim.id)
    assert seen == fleet.sim_ids[: 2 * 37]
    assert plain.counters.requests_by_route["GET /api/v1/sim"] == 2
