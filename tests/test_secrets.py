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
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import subprocess
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import anyio
import httpx
import pytest

from emnify import EmnifyClient
from emnify.errors import APIError, AuthenticationError, EmnifyError
from emnify.testing import SimulatorConfig, SimulatorServer

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
