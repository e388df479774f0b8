"""Redis coordination without a Redis server: imports, configuration errors, key names and the
sealed JWT (#17)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from emnify import EmnifyClient
from emnify._auth import ApplicationTokenCredentials, UserCredentials
from emnify._redact import Secret
from emnify.coordination import (
    CoordinationSettings,
    Coordinator,
    check_redis_url,
    redact_url,
    seal,
    unseal,
)
from emnify.errors import ConfigurationError

TOKEN = "app-token-0123456789abcdef"


def test_without_redis_url_nothing_of_redis_is_imported() -> None:
    code = (
        "import sys, emnify\n"
        "from emnify import EmnifyClient\n"
        "client = EmnifyClient('t')\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('coredis', 'redis') or m in "
        "('emnify.coordination', 'emnify._shared_limits', 'emnify._shared_tokens')]\n"
        "print(bad)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_a_missing_extra_is_one_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "coredis", None)  # import coredis -> ImportError
    with pytest.raises(ConfigurationError) as caught:
        EmnifyClient(TOKEN, redis_url="redis://127.0.0.1:1/0")
    assert str(caught.value) == "redis_url needs the Redis extra: pip install 'emnify-async[redis]'"


@pytest.mark.parametrize(
    "url", ["", "http://host", "localhost:6379", "redis://", 42, "redis://:secret@/0"]
)
def test_bad_redis_urls(url: object) -> None:
    with pytest.raises(ConfigurationError) as caught:
        check_redis_url(url)
    assert "secret" not in str(caught.value)


def test_redis_url_passwords_are_never_shown() -> None:
    assert redact_url("redis://user:hunter2@host:6379/0") == "redis://user:***@host:6379/0"
    assert redact_url("redis://host:6379/0") == "redis://host:6379/0"
    client = EmnifyClient(TOKEN, redis_url="redis://:hunter2@127.0.0.1:1/0")
    assert client.coordinator is not None
    assert "hunter2" not in repr(client.coordinator)


def test_redis_options_need_redis_url() -> None:
    with pytest.raises(ConfigurationError, match="need redis_url"):
        EmnifyClient(TOKEN, egress_name="gw-1")
    with pytest.raises(ConfigurationError, match="need redis_url"):
        EmnifyClient(TOKEN, coordination=CoordinationSettings())
    with pytest.raises(ConfigurationError, match="CoordinationSettings"):
        EmnifyClient(TOKEN, redis_url="redis://h/0", coordination=object())  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="egress_name"):
        EmnifyClient(TOKEN, redis_url="redis://h/0", egress_name=" ")


@pytest.mark.parametrize(
    "kwargs", [{"lock_ttl": 0}, {"poll": -1}, {"heartbeat": 2, "member_ttl": 1}, {"timeout": "x"}]
)
def test_bad_settings(kwargs: dict[str, object]) -> None:
    with pytest.raises(ConfigurationError):
        CoordinationSettings(**kwargs)  # type: ignore[arg-type]


def test_from_env_reads_the_redis_variables() -> None:
    client = EmnifyClient.from_env(
        {
            "EMNIFY_APPLICATION_TOKEN": TOKEN,
            "EMNIFY_REDIS_URL": "redis://127.0.0.1:1/0",
            "EMNIFY_EGRESS_NAME": "gateway-a",
        }
    )
    assert client.coordinator is not None
    assert client.coordinator.egress_name == "gateway-a"
    assert EmnifyClient.from_env({"EMNIFY_APPLICATION_TOKEN": TOKEN}).coordinator is None


def test_keys_hold_no_credential_and_differ_per_credential_and_base_url() -> None:
    def coordinator(credentials: object, base_url: str = "https://cdn.emnify.net") -> Coordinator:
        return Coordinator(
            "redis://127.0.0.1:1/0",
            base_url=base_url,
            credentials=credentials,  # type: ignore[arg-type]
            egress_name="gw",
        )

    app = coordinator(ApplicationTokenCredentials(Secret(TOKEN)))
    user = coordinator(UserCredentials("alice@example.com", Secret("ab" * 20)))
    for c in (app, user):
        for key in (c.org_key("token"), c.ip_key("general"), c.org, c.ip):
            assert TOKEN not in key and "alice" not in key and "abab" not in key
    assert app.org != user.org
    assert (
        app.org != coordinator(ApplicationTokenCredentials(Secret(TOKEN)), "http://127.0.0.1").org
    )
    # the per-IP namespace is the egress name's, whatever the credential
    assert app.ip == user.ip and app.ip.endswith(":gw")


def test_the_cached_jwt_is_sealed() -> None:
    jwt = "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjE3MDAwMDAwMDB9.c2lnbmF0dXJl"
    sealed = seal(TOKEN, jwt)
    assert jwt.encode() not in sealed and b"eyJ" not in sealed
    assert seal(TOKEN, jwt) != sealed  # a fresh nonce each time
    assert unseal(TOKEN, sealed) == jwt
    assert unseal("another credential", sealed) is None
    tampered = bytearray(sealed)
    tampered[30] ^= 1
    assert unseal(TOKEN, bytes(tampered)) is None
    assert unseal(TOKEN, b"not base64!") is None
    assert unseal(TOKEN, b"") is None


def test_the_cli_says_in_one_line_that_redis_cannot_be_reached() -> None:
    import socket

    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "emnify.cli",
            "stats",
            "1",
            "--redis-url",
            f"redis://:pw-secret@127.0.0.1:{port}/0",
            "--base-url",
            "http://127.0.0.1:9",
            "--application-token",
            TOKEN,
            "--quiet",
        ],
        capture_output=True,
        text=True,
        env={"PATH": ""},
        timeout=120,
        check=False,
    )
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith(
        "emnify: error: ConfigurationError: cannot reach Redis at redis://:***@"
    )
    assert "pw-secret" not in proc.stderr and TOKEN not in proc.stderr
