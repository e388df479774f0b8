"""No credential ever shows up in logs, reprs, exceptions, tracebacks or the CLI's output.

Full runs at DEBUG logging (the root logger, so httpx's, httpcore's, aiohttp's, the
simulator's and ours) against the simulator over loopback, with every kind of credential and
every kind of authentication failure: a bad application token, a bad password, a user with
refresh tokens, an MFA account (right and wrong code), an expired fixed JWT. The simulator's
authenticator is wrapped so that every token it hands out (auth and refresh JWTs, MFA tokens)
joins the list of secrets. Scanned: every log record (formatted message, args, exception text),
the reprs of the client and its parts, every exception (str, repr, attributes, pickled bytes,
``traceback.format_exception`` with the whole cause chain), bulk results, and the stdout and
stderr of the ``emnify`` command run with ``EMNIFY_APPLICATION_TOKEN`` and DEBUG logging.

Then a hostile server (tests/hostile_server.py) that echoes every credential it got or issued
-- in error bodies, headers, Set-Cookie, status lines and a malformed header line -- on
aiohttp, httpx/asyncio and httpx/trio, through every way in (``client.request``, a generated
operation, ``sim_stats``, a bulk run and its exports), and through the CLI at
``--log-level debug`` (stdout, stderr and the ``-o`` files).
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import pickle
import subprocess
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

from emnify import EmnifyClient
from emnify.errors import APIError, AuthenticationError, EmnifyError
from emnify.testing import SimulatorConfig, SimulatorServer
from tests.hostile_server import Received, Reply

SimulatorFactory = Callable[..., SimulatorServer]

APP_TOKEN = "app-tok-9f3c1e7a5b2d4c6e8a0b"
BAD_APP_TOKEN = "app-tok-WRONG-77d1c9e3b5a7"
USER, PASSWORD = "ann@example.com", "pw-Corr3ct-Horse-Battery"
MFA_USER, MFA_PASSWORD, MFA_CODE = "bob@example.com", "pw-Mfa-Staple-42x", "907153"
BAD_PASSWORD = "pw-Wr0ng-Guess-Again"
SECRET_FRAGMENT = 12  # also look for any 12-character slice of a JWT's signature


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


class Secrets:
    """Everything that must never be shown, growing as the simulator issues tokens."""

    def __init__(self) -> None:
        self.values: set[str] = {
            APP_TOKEN,
            BAD_APP_TOKEN,
            PASSWORD,
            MFA_PASSWORD,
            BAD_PASSWORD,
            sha1(PASSWORD),
            sha1(MFA_PASSWORD),
            sha1(BAD_PASSWORD),
        }
        self.issued: list[str] = []

    def add_issued(self, token: str) -> None:
        self.issued.append(token)
        self.values.add(token)
        if token.count(".") == 2:  # a JWT: its payload and signature alone are secret too
            payload, signature = token.split(".")[1:]
            self.values.update({payload, signature})

    def find(self, text: str) -> list[str]:
        found = [value for value in self.values if value in text]
        for token in self.issued:
            signature = token.rsplit(".", 1)[-1]
            for start in range(0, len(signature) - SECRET_FRAGMENT, 4):
                if signature[start : start + SECRET_FRAGMENT] in text:
                    found.append(f"part of {token[:8]}...")
                    break
        return found

    def assert_clean(self, where: str, texts: Iterable[str]) -> None:
        for text in texts:
            found = self.find(text)
            assert not found, f"{where} shows {found}: {text[:300]!r}"


def record_issued_tokens(server: SimulatorServer, secrets: Secrets) -> None:
    """Wrap the simulator's authenticator: every credential it answers with is a secret."""
    auth = server.simulator.auth
    authenticate = auth.authenticate

    def recording(body: object) -> Any:
        result = authenticate(body)
        for value in result.body.values():
            secrets.add_issued(value)
        return result

    auth.authenticate = recording  # type: ignore[method-assign]


@pytest.fixture
def secrets() -> Secrets:
    return Secrets()


@pytest.fixture
def server(simulator_factory: SimulatorFactory, secrets: Secrets) -> SimulatorServer:
    started = simulator_factory(
        SimulatorConfig(
            sims=50,
            rate_limits="none",
            application_tokens=(APP_TOKEN,),
            users={USER: PASSWORD},
            mfa_users={MFA_USER: (MFA_PASSWORD, MFA_CODE)},
            token_ttl=1.0,  # short: runs renew tokens (refresh token for the user)
            lockout_threshold=10,
        )
    )
    record_issued_tokens(started, secrets)
    return started


def exception_texts(exc: BaseException) -> Iterator[str]:
    yield str(exc)
    yield repr(exc)
    yield "".join(traceback.format_exception(exc))
    for name, value in vars(exc).items():
        yield f"{name}={value!r}"
    response = getattr(exc, "response", None)
    if isinstance(response, httpx.Response):
        yield repr(response)
        yield repr(response.request)
    try:
        yield repr(pickle.dumps(exc))
    except Exception as problem:  # pragma: no cover - every emnify error pickles
        yield repr(problem)


def record_texts(records: Iterable[logging.LogRecord]) -> Iterator[str]:
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    for record in records:
        yield formatter.format(record)  # the message, plus exc_info/stack_info if any
        yield repr(record.args)
        yield repr(record.msg)


# -- the library ----------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_library_runs_at_debug_show_no_secret(
    server: SimulatorServer, secrets: Secrets, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # the root logger: every library's records
    texts: list[str] = []
    errors: list[BaseException] = []
    sim_ids = server.fleet.sim_ids[:20]

    def client(**credentials: Any) -> EmnifyClient:
        return EmnifyClient(
            base_url=server.base_url, rate_limits=None, max_concurrency=4, **credentials
        )

    async def expect_failure(client: EmnifyClient) -> None:
        async with client:
            with pytest.raises(AuthenticationError) as info:
                await client.sim_stats(sim_ids[0])
            errors.append(info.value)
            texts.extend([repr(client), repr(client.http.auth), repr(client.http)])

    # 1. application token: stats, bulk, pagination, spanning token renewals
    async with client(application_token=APP_TOKEN) as app:
        await app.sim_stats(sim_ids[0])
        results = [r async for r in app.bulk_sim_stats([*sim_ids, 0, "x"])]
        assert sum(r.ok for r in results) == len(sim_ids)
        await anyio.sleep(1.1)  # the token expires: renewed before the next call
        listed = [s async for s in app.paginate_raw("/api/v1/sim", per_page=7)]
        assert len(listed) == 50
        texts += [repr(r) for r in results]
        texts += [repr(app), repr(app.http.auth), repr(app.http), repr(app.generated)]
        texts += [repr(app.limiter.routes()), repr(app.http._transport)]
        with pytest.raises(APIError) as not_found:
            await app.request("GET", "/api/v1/sim/999999999")
        errors.append(not_found.value)

    # 2. user credentials: login, refresh token after expiry, then a bad password
    async with client(username=USER, password=PASSWORD) as user:
        await user.sim_stats(sim_ids[1])
        await anyio.sleep(1.1)
        await user.sim_stats(sim_ids[2])  # renewed with the refresh token
        texts += [repr(user), repr(user.http.auth)]
    await expect_failure(client(username=USER, password=BAD_PASSWORD))

    # 3. MFA: the right code, then a wrong one, then no callback at all
    async with client(username=MFA_USER, password=MFA_PASSWORD, mfa_callback=lambda: MFA_CODE) as m:
        await m.sim_stats(sim_ids[3])
    await expect_failure(
        client(username=MFA_USER, password=MFA_PASSWORD, mfa_callback=lambda: "000000")
    )
    await expect_failure(client(username=MFA_USER, password=MFA_PASSWORD))

    # 4. a bad application token: the call, a bulk run and authenticate() all fail
    bad = client(application_token=BAD_APP_TOKEN)
    async with bad:
        failed = [r async for r in bad.bulk_sim_stats(sim_ids[:3])]
        assert failed and not any(r.ok for r in failed)
        errors += [r.error for r in failed if r.error is not None]
        texts += [repr(r) for r in failed]
        with pytest.raises(AuthenticationError) as rejected:
            await bad.authenticate()
        errors.append(rejected.value)

    # 5. a fixed JWT that has expired
    expired = server.simulator.issue_token(ttl=0.3)
    secrets.add_issued(expired)
    await anyio.sleep(0.4)
    await expect_failure(client(auth_token=expired))

    # The run did what it should, so the scan below means something.
    assert len(secrets.issued) >= 8  # auth + refresh JWTs, MFA tokens
    assert server.counters.failed_authentications >= 3
    assert len(errors) >= 8 and all(isinstance(e, EmnifyError) for e in errors)
    names = {record.name.split(".")[0] for record in caplog.records}
    assert {"emnify", "httpx", "httpcore"} <= names or {"emnify", "httpx"} <= names, names
    # and the scanner finds what it looks for
    assert secrets.find(f"Authorization: Bearer {secrets.issued[0]}")
    assert secrets.find(secrets.issued[-1].rsplit(".", 1)[1][3:20])

    secrets.assert_clean("a log record", record_texts(caplog.records))
    secrets.assert_clean("a repr", texts)
    for error in errors:
        secrets.assert_clean(f"{type(error).__name__}", exception_texts(error))


# -- a server that echoes what it was sent ------------------------------------------------------


def echoing_handler(status: int) -> Callable[[httpx.Request], httpx.Response]:
    """emnify behind a careless gateway: error answers quote the credentials they got."""

    def handle(request: httpx.Request) -> httpx.Response:
        sent = request.content.decode()
        body = {
            "error_code": 1101,
            "error_token": "InvalidCredentials",
            "message": f"rejected: {sent}",
            "errors": [{"field": "credentials", "message": f"got {sent}"}, sent],
            "detail": sent,
        }
        return httpx.Response(status, json=body, headers={"Retry-After": "0"})

    return handle


@pytest.mark.anyio
@pytest.mark.parametrize("status", [400, 401, 403, 422, 429, 500, 503])
@pytest.mark.parametrize(
    "credentials",
    [{"application_token": APP_TOKEN}, {"username": USER, "password": PASSWORD}],
    ids=["application_token", "password"],
)
async def test_credentials_quoted_by_the_server_are_not_repeated(
    status: int, credentials: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    secrets = Secrets()
    client = EmnifyClient(
        transport=httpx.MockTransport(echoing_handler(status)),
        rate_limits=None,
        max_retries=1,
        backoff_base=0.001,
        **credentials,
    )
    async with client:
        with pytest.raises(APIError) as info:
            await client.request("GET", "/api/v1/sim/1")
    error = info.value
    assert error.status_code == status
    assert "rejected" in str(error)  # the server's message is still there, minus the secret
    secrets.assert_clean("the error", exception_texts(error))
    secrets.assert_clean("a log record", record_texts(caplog.records))


# -- the command line -----------------------------------------------------------------------------

#: the `emnify` command with the root logger at DEBUG before the CLI starts (the CLI's own
#: `--log-level` is tested below)
CLI_AT_DEBUG = (
    "import logging, sys; logging.basicConfig(level=logging.DEBUG, stream=sys.stderr); "
    "from emnify.cli import main; main(sys.argv[1:])"
)


def run_cli(*args: str, token: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EMNIFY_")}
    env.update({"EMNIFY_APPLICATION_TOKEN": token, "COLUMNS": "200"})
    return subprocess.run(
        [sys.executable, "-c", CLI_AT_DEBUG, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_cli_at_debug_shows_no_secret(server: SimulatorServer, secrets: Secrets) -> None:
    ids = [str(i) for i in server.fleet.sim_ids[:5]]
    runs = [
        run_cli("stats", *ids, "-f", "jsonl", "--base-url", server.base_url, token=APP_TOKEN),
        run_cli(
            "stats", "--all", "--rate-scale", "50", "--base-url", server.base_url, token=APP_TOKEN
        ),
        run_cli("stats", *ids, "--base-url", server.base_url, token=BAD_APP_TOKEN),
        run_cli(
            "stats",
            *ids,
            "--base-url",
            server.base_url,
            "--application-token",
            BAD_APP_TOKEN,
            token="",
        ),
    ]
    assert [run.returncode for run in runs] == [0, 0, 1, 1], [r.stderr[-500:] for r in runs]
    assert "authentication failed" in runs[2].stderr
    assert "Traceback" not in runs[2].stderr + runs[3].stderr
    assert "POST /api/v1/authenticate: HTTP 200" in runs[0].stderr  # DEBUG logging was on
    assert " DEBUG:" in runs[0].stderr or "DEBUG:" in runs[0].stderr
    assert len(secrets.issued) >= 2  # one JWT per successful run
    for run in runs:
        secrets.assert_clean("the CLI's stdout", [run.stdout])
        secrets.assert_clean("the CLI's stderr", [run.stderr])


def test_cli_log_level_option_logs_and_shows_no_secret(
    server: SimulatorServer, secrets: Secrets
) -> None:
    ids = [str(i) for i in server.fleet.sim_ids[:5]]
    env = {k: v for k, v in os.environ.items() if not k.startswith("EMNIFY_")}
    env.update({"EMNIFY_APPLICATION_TOKEN": APP_TOKEN, "COLUMNS": "200"})
    run = subprocess.run(
        [
            *(sys.executable, "-m", "emnify.cli", "--log-level", "debug", "stats", *ids),
            *("-f", "jsonl", "--base-url", server.base_url),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-500:]
    assert len(run.stdout.splitlines()) == len(ids)
    assert "POST /api/v1/authenticate: HTTP 200" in run.stderr  # the pipeline's DEBUG line
    assert "/stats: HTTP 200" in run.stderr  # the client's own debug line per stats request
    assert secrets.issued  # the run authenticated
    secrets.assert_clean("the CLI's stdout", [run.stdout])
    secrets.assert_clean("the CLI's stderr", [run.stderr])


# -- a hostile server: credentials echoed in bodies, headers, cookies and status lines ----------
#
# (#16, point 1) A server that quotes back whatever credentials it got or issued: the
# Authorization header of the request, the authenticate call's application token or password
# hash, the JWT and refresh token it handed out. In error bodies (message, error_token,
# per-field errors, detail; the message long enough that the error's 200-character snippet
# cuts through the token), in response headers, in Set-Cookie, in the status line, and in a
# header line malformed on purpose (which the HTTP libraries quote in their exceptions). On
# aiohttp, httpx on asyncio and httpx on trio, through client.request, a generated operation,
# sim_stats and a bulk run; then the CLI at --log-level debug.

#: the statuses the hostile server answers with, chosen by the SIM id in the path
ECHO_STATUSES = (400, 401, 403, 404, 409, 422, 429, 500, 503)
MALFORMED = 999  # a SIM id answered with a malformed header line quoting the token


def make_jwt(subject: str) -> str:
    """A JWT-shaped token that lives an hour (its signature is random: long, unique)."""
    import base64
    import secrets as random_source
    import time

    def encode(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    now = int(time.time())
    header = encode(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    payload = encode(json.dumps({"sub": subject, "iat": now, "exp": now + 3600}).encode())
    return f"{header}.{payload}.{encode(random_source.token_bytes(32))}"


class EchoServer:
    """The handler of the hostile server, and what it got and handed out."""

    def __init__(self, secrets: Secrets, *, refresh_tokens: bool) -> None:
        self.secrets = secrets
        self.refresh_tokens = refresh_tokens
        self.got: list[str] = []  # credentials received in authenticate bodies
        self.jwt = ""
        self.refresh = ""
        self.echoed = 0

    def quoted(self, request: Received) -> list[str]:
        """Everything this server could quote back for `request`."""
        sent = request.headers.get("authorization", "")
        return [v for v in (sent, *self.got[-3:], self.jwt, self.refresh) if v]

    async def answer(
        self,
        reply: Reply,
        status: int,
        reason: str,
        headers: list[tuple[str, str]],
        body: bytes,
    ) -> None:
        head = f"HTTP/1.1 {status} {reason}\r\nContent-Length: {len(body)}\r\n"
        head += "".join(f"{name}: {value}\r\n" for name, value in headers)
        await reply.raw(head.encode("latin-1") + b"\r\n" + body)

    async def __call__(self, request: Received, reply: Reply) -> None:
        if request.path == "/api/v1/authenticate":
            sent = request.json()
            self.got += [v for k, v in sent.items() if k != "username" and isinstance(v, str)]
            self.jwt = make_jwt("hostile")
            self.secrets.add_issued(self.jwt)
            body: dict[str, str] = {"auth_token": self.jwt}
            if self.refresh_tokens:
                self.refresh = make_jwt("refresh")
                self.secrets.add_issued(self.refresh)
                body["refresh_token"] = self.refresh
            cookie = [("Set-Cookie", f"session={self.jwt}; Path=/; HttpOnly")]
            await self.answer(reply, 200, "OK", cookie, json.dumps(body).encode())
            return
        quoted = self.quoted(request)
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        echo_headers = [
            ("Content-Type", "application/json"),
            ("X-Echo-Authorization", quoted[0]),
            ("WWW-Authenticate", f'Bearer error="invalid_token", token="{token}"'),
            ("Set-Cookie", f"session={token}; Path=/"),
            ("Set-Cookie", f"seen={'|'.join(quoted)}; Path=/"),
            ("Retry-After", "0"),
        ]
        self.echoed += 1
        if request.path == "/api/v1/sim":  # the listing `emnify stats --all` walks
            listing = json.dumps([{"id": 404}, {"id": 500}]).encode()
            paging = [("X-Total-Count", "2"), ("X-Total-Pages", "1")]
            await self.answer(reply, 200, f"OK {token}", echo_headers + paging, listing)
            return
        sim = request.path.split("/")[4] if request.path.count("/") >= 4 else ""
        if sim == str(MALFORMED):
            await reply.raw(
                f"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Token {token}\r\n\r\n{{}}".encode()
            )
            await reply.drop()
        status = int(sim) if sim.isdigit() and int(sim) in ECHO_STATUSES else 200
        if status == 200:
            body_bytes = json.dumps({"id": 200, "iccid": token}).encode()
            await self.answer(reply, 200, f"OK {token}", echo_headers, body_bytes)
            return
        error = {
            "error_code": 1101,
            "error_token": token,
            # 150 characters first: the error's 200-character snippet ends inside the token
            "message": "x" * 150 + f" Unauthorized: Bearer {token}; got {' '.join(quoted)}",
            "errors": [{"field": "token", "message": q} for q in quoted] + quoted,
            "detail": quoted,
        }
        await self.answer(
            reply, status, f"Rejected {token}", echo_headers, json.dumps(error).encode()
        )


def error_texts(exc: BaseException) -> Iterator[str]:
    """`exception_texts`, the repr of every exception in the cause/context chain, and the
    answer an `APIError` carries (body, every header, reason phrase)."""
    yield from exception_texts(exc)
    seen: set[int] = set()
    pending: list[BaseException | None] = [exc]
    while pending:
        link = pending.pop()
        if link is None or id(link) in seen:
            continue
        seen.add(id(link))
        yield repr(link)
        yield str(link)
        pending += [link.__cause__, link.__context__]
    response = getattr(exc, "response", None)
    if response is not None:
        yield response.content.decode("utf-8", "replace")
        yield response.reason_phrase
        items = getattr(response.headers, "multi_items", response.headers.items)()
        yield repr(list(items))


#: where both backends run: aiohttp on asyncio, httpx's transport on asyncio and on trio
on_every_stack = pytest.mark.parametrize(
    ("anyio_backend", "use_aiohttp"),
    [("asyncio", True), ("asyncio", False), ("trio", False)],
    ids=["asyncio+aiohttp", "asyncio+httpx", "trio+httpx"],
)


@on_every_stack
@pytest.mark.parametrize(
    "credentials",
    [{"application_token": APP_TOKEN}, {"username": USER, "password": PASSWORD}],
    ids=["application_token", "password"],
)
@pytest.mark.anyio
async def test_credentials_echoed_by_a_hostile_server_never_show(
    use_aiohttp: bool, credentials: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    from emnify.errors import TransportError
    from emnify.stats.export import write_csv, write_jsonl
    from tests.hostile_server import hostile_server

    caplog.set_level(logging.DEBUG)
    secrets = Secrets()
    echo = EchoServer(secrets, refresh_tokens="username" in credentials)
    errors: list[BaseException] = []
    texts: list[str] = []
    async with hostile_server(echo) as server:
        client = EmnifyClient(
            base_url=server.base_url,
            rate_limits=None,
            max_retries=1,
            backoff_base=0.001,
            backoff_max=0.002,
            use_aiohttp=use_aiohttp,
            **credentials,
        )
        async with client:
            for status in (*ECHO_STATUSES, MALFORMED):
                for call in (
                    lambda s=status: client.request("GET", f"/api/v1/sim/{s}"),
                    lambda s=status: client.api.sim.get_sim(sim_id=str(s)),
                    lambda s=status: client.sim_stats(s),
                ):
                    with pytest.raises(EmnifyError) as info:
                        await call()
                    errors.append(info.value)
            results = [r async for r in client.bulk_sim_stats([*ECHO_STATUSES, MALFORMED])]
            ok = await client.request("GET", "/api/v1/sim/200")  # a 2xx with echoes
            assert ok.json()["id"] == 200
            expected = "AiohttpBackend" if use_aiohttp else "HttpxBackend"
            assert type(client._pipeline.backend).__name__ == expected
    assert len(results) == len(ECHO_STATUSES) + 1 and not any(r.ok for r in results)
    errors += [r.error for r in results if r.error is not None]
    texts += [repr(r) for r in results]
    jsonl, table = io.StringIO(), io.StringIO()
    write_jsonl(results, jsonl, layout="sims", include_last_hour=False)
    write_csv(results, table)
    texts += [jsonl.getvalue(), table.getvalue()]

    # The run did what it should, so the scan below means something: the server echoed, the
    # errors are the typed ones, and the masks show where the credentials were.
    assert echo.echoed >= 4 * len(ECHO_STATUSES) and len(secrets.issued) >= 2
    assert {type(e).__name__ for e in errors} >= {
        "ValidationError",
        "AuthenticationError",
        "PermissionDeniedError",
        "NotFoundError",
        "ConflictError",
        "RateLimitError",
        "ServerError",
        "TransportError",
    }
    assert sum(isinstance(e, TransportError) for e in errors) == 4  # the malformed header
    assert all("***" in str(e) for e in errors)
    assert secrets.find(f"Bearer {secrets.issued[-1]}")  # (the scanner finds what it seeks)

    for error in errors:
        secrets.assert_clean(type(error).__name__, error_texts(error))
    secrets.assert_clean("a result or an export", texts)
    # Every record but the HTTP libraries': httpcore's DEBUG dumps every header it receives (a
    # Set-Cookie too) and httpx's INFO line quotes a 2xx answer's status line, which is the
    # application's logging configuration to show or not. Under the CLI, which configures
    # logging, they never show a credential either (tested below).
    records = [r for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]
    assert any(r.name == "emnify" for r in records)
    secrets.assert_clean("a log record", record_texts(records))


async def run_cli_against(server_url: str, *args: str) -> tuple[int, str, str]:
    """`emnify --log-level debug ARGS` against `server_url`, with the application token in the
    environment; (exit status, stdout, stderr). Run without blocking: the hostile server
    serves from this test's event loop. Wide columns: rich never wraps a token in two."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("EMNIFY_")}
    env.update({"EMNIFY_APPLICATION_TOKEN": APP_TOKEN, "COLUMNS": "5000"})
    command = [sys.executable, "-m", "emnify.cli", "--log-level", "debug", *args]
    with anyio.fail_after(120):  # (a bound that only a hang reaches)
        run = await anyio.run_process([*command, "--base-url", server_url], env=env, check=False)
    return run.returncode, run.stdout.decode(), run.stderr.decode()


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
@pytest.mark.anyio
async def test_cli_at_debug_against_a_hostile_server_shows_no_secret(tmp_path: Path) -> None:
    """The CLI at ``--log-level debug`` against the echoing server: error answers written to
    the ``-o`` file (JSONL and CSV, the listing of ``--all`` included), a malformed header, a
    403 and a 401 that stop the run. Its stdout, stderr and files show no credential."""
    from tests.hostile_server import hostile_server

    secrets = Secrets()
    echo = EchoServer(secrets, refresh_tokens=False)
    jsonl, csv_file = tmp_path / "out.jsonl", tmp_path / "out.csv"
    async with hostile_server(echo) as server:
        url = server.base_url
        runs = [
            await run_cli_against(
                url,
                "stats",
                "404",
                "500",
                "999",
                "-f",
                "jsonl",
                "-o",
                str(jsonl),
                "--max-retries",
                "0",
            ),
            await run_cli_against(
                url, "stats", "--all", "-f", "csv", "-o", str(csv_file), "--max-retries", "0"
            ),
            await run_cli_against(url, "stats", "404", "500", "--max-retries", "0"),  # a table
            await run_cli_against(url, "stats", "403"),  # stops: every SIM would fail alike
            await run_cli_against(url, "stats", "401", "-q"),  # renewed once, then stops
        ]
    assert [run[0] for run in runs] == [3, 3, 3, 1, 1], [run[2][-800:] for run in runs]
    files = [jsonl.read_text(), csv_file.read_text()]
    # The runs did what they should: DEBUG lines of ours and httpx's INFO lines (the status
    # line of the listing quotes the token), the errors in the files, masks where tokens were.
    assert "/api/v1/sim/404/stats: HTTP 404" in runs[0][2]
    assert "HTTP Request: GET" in runs[1][2] and "200 OK ***" in runs[1][2]
    assert "NotFoundError" in files[0] and "ServerError" in files[1] and "***" in files[0]
    assert "TransportError" in files[0]
    assert "stopped: HTTP 403" in runs[3][2] and "stopped: HTTP 401" in runs[4][2]
    assert len(secrets.issued) >= 5
    for _status, stdout, stderr in runs:
        secrets.assert_clean("the CLI's stdout", [stdout])
        secrets.assert_clean("the CLI's stderr", [stderr])
    secrets.assert_clean("an output file", files)


#: the CLI's logging (`--log-level debug`) around a client on the httpx backend on trio,
#: where httpcore logs every header it receives at DEBUG
CLI_LOGGING_ON_TRIO = """
import sys, anyio
from emnify import EmnifyClient
from emnify.cli import _LOG_SECRETS, _log_to_stderr

_log_to_stderr("debug")
_LOG_SECRETS.append(sys.argv[2])


async def main() -> None:
    async with EmnifyClient(
        sys.argv[2], base_url=sys.argv[1], use_aiohttp=False, rate_limits=None, max_retries=0
    ) as client:
        print((await client.request("GET", "/api/v1/sim/200")).status_code)
        for sim in (404, 999):
            try:
                await client.sim_stats(sim)
            except Exception as exc:
                print(type(exc).__name__, exc)


anyio.run(main, backend="trio")
"""


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
@pytest.mark.anyio
async def test_cli_logging_keeps_the_http_libraries_header_dumps_out() -> None:
    """With the CLI's logging at DEBUG, httpcore's header dumps (a Set-Cookie with the JWT)
    are not logged at all, our DEBUG lines are, and httpx's INFO line is masked."""
    from tests.hostile_server import hostile_server

    secrets = Secrets()
    echo = EchoServer(secrets, refresh_tokens=False)
    env = {k: v for k, v in os.environ.items() if not k.startswith("EMNIFY_")}
    env["COLUMNS"] = "5000"
    async with hostile_server(echo) as server:
        command = [sys.executable, "-c", CLI_LOGGING_ON_TRIO, server.base_url, APP_TOKEN]
        with anyio.fail_after(120):
            run = await anyio.run_process(command, env=env, check=False)
    stdout, stderr = run.stdout.decode(), run.stderr.decode()
    assert run.returncode == 0, stderr[-800:]
    assert stdout.splitlines()[0] == "200" and "NotFoundError" in stdout
    assert "emnify: using HttpxBackend" in stderr  # our DEBUG lines are there
    assert "HTTP Request: GET" in stderr and "***" in stderr  # httpx's INFO line, masked
    assert "httpcore" not in stderr and "Set-Cookie" not in stderr
    assert secrets.issued
    secrets.assert_clean("stdout", [stdout])
    secrets.assert_clean("stderr", [stderr])


def test_the_cli_log_filter_masks_messages_arguments_and_tracebacks() -> None:
    """`RedactingFilter`: the held values and anything JWT-shaped, in the formatted message,
    in an exception's traceback text and in stack info; records are never dropped."""
    from emnify._redact import RedactingFilter

    old_jwt = make_jwt("old")  # a token nobody holds any more: masked by its shape
    held: list[str] = [APP_TOKEN]
    log_filter = RedactingFilter(lambda: held)
    try:
        raise ValueError(f"server said {old_jwt} and {APP_TOKEN}")
    except ValueError:
        record = logging.LogRecord(
            "httpx", logging.INFO, __file__, 1, "got %s for %r", (APP_TOKEN, old_jwt), None
        )
        record.exc_info = sys.exc_info()
    record.stack_info = f"stack with {old_jwt}"
    assert log_filter.filter(record) is True
    text = logging.Formatter("%(message)s").format(record)
    assert "got *** for '***'" in text and "ValueError: server said *** and ***" in text
    assert APP_TOKEN not in text and old_jwt.split(".")[2] not in text
