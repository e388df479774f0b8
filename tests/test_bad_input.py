# mypy: disable-error-code="arg-type, list-item"
"""Bad input at every public entry point raises the documented exception, at once (before any
request), with a message that names the argument and says what to fix.

The rule: arguments of the client and its methods raise ``ConfigurationError`` (a
``ValueError``); the pure helpers follow Python's convention -- ``TypeError`` for a value of the
wrong type, ``ValueError`` (or the module's own ``ValueError`` subclass: ``StatsIdError``,
``StatsParseError``) for a value out of range. (The client's constructor is covered in more
depth by tests/test_client.py.)
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

from emnify import EmnifyClient
from emnify.bulk import bulk_sim_stats
from emnify.errors import ConfigurationError
from emnify.limits import RateLimits, TokenBucketLimit, WindowLimit
from emnify.stats import (
    LastHour,
    PeriodUsage,
    SimStats,
    StatsIdError,
    StatsIdTypeError,
    StatsParseError,
    decode_stats_id,
    encode_stats_id,
    parse_endpoint_stats,
    parse_sim_stats,
    summarize,
)
from emnify.stats.export import write_csv, write_jsonl
from emnify.testing import FaultConfig, SimulatorConfig

NAN, INF = math.nan, math.inf
NOW = datetime(2024, 3, 1, tzinfo=timezone.utc)


def no_network(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"bad input reached the network: {request.method} {request.url}")


def client(**kwargs: Any) -> EmnifyClient:
    kwargs.setdefault("application_token", "tok")
    return EmnifyClient(transport=httpx.MockTransport(no_network), **kwargs)


def check(call: Callable[[], object], error: type[BaseException], message: str) -> None:
    with pytest.raises(error, match=message) as info:
        call()
    if error is ConfigurationError:
        assert isinstance(info.value, ValueError)  # documented: also a ValueError


# -- EmnifyClient(...), from_env, RateLimits --------------------------------------------------------

CONSTRUCTOR = [
    ({"timeout": -1}, "timeout must be > 0"),
    ({"timeout": httpx.Timeout(-1)}, r"timeout\.connect must be > 0"),
    ({"timeout": httpx.Timeout(5.0, read=NAN)}, r"timeout\.read must be > 0"),
    ({"timeout": [30]}, "timeout must be seconds"),
    ({"attempt_timeout": 0}, "attempt_timeout must be a finite number > 0"),
    ({"attempt_timeout": INF}, "attempt_timeout must be a finite number > 0"),
    ({"attempt_timeout": "30"}, r'attempt_timeout must be seconds \(> 0\), "auto" or None'),
    ({"attempt_timeout": True}, "attempt_timeout must be a number of seconds, not True"),
    ({"max_response_bytes": 0}, "max_response_bytes must be >= 1"),
    ({"max_response_bytes": 1e6}, "max_response_bytes must be an int >= 1"),
    ({"max_response_bytes": None}, "max_response_bytes must be an int >= 1"),
    ({"max_concurrency": -3}, "max_concurrency must be >= 1"),
    ({"max_concurrency": "8"}, "max_concurrency must be an int"),
    ({"max_retries": "5"}, "max_retries must be an int"),
    ({"max_retry_after": -1}, "max_retry_after must be a finite number >= 0"),
    ({"backoff_base": -0.5}, "backoff_base must be a finite number > 0"),
    ({"backoff_max": INF}, "backoff_max must be a finite number > 0"),
    ({"backoff_max": "30"}, "backoff_max must be a number of seconds, not '30'"),
    ({"max_retry_after": True}, "max_retry_after must be a number of seconds, not True"),
    ({"user_agent": "agent\r\nX-Evil: 1"}, "user_agent must not contain control characters"),
    ({"user_agent": ""}, "user_agent must not be empty"),
    ({"adaptive": {"min_rate": 1}}, "adaptive must be an AdaptiveSettings"),
    ({"use_aiohttp": "no"}, "use_aiohttp must be True or False"),
    ({"rate_limits": "emnify"}, r"rate_limits must be a RateLimits \(e\.g\."),
    ({"base_url": None}, "base_url must be a URL string"),
    ({"base_url": 443}, "base_url must be a URL string"),
    ({"base_url": "http://example.com"}, r"must use https:// \(http:// is only allowed for loop"),
    ({"base_url": "http://192.168.1.10:8080"}, "must use https://"),
    ({"base_url": "ws://cdn.emnify.net"}, "must use https://"),
    ({"base_url": "https://"}, "absolute URL"),
    ({"application_token": " "}, "application_token must not be empty"),
    ({"application_token": None}, "pass exactly one kind of credentials"),
    ({"application_token": None, "auth_token": ""}, "auth_token must not be empty"),
    ({"application_token": None, "username": "", "password": "p"}, "username must not be empty"),
    ({"application_token": None, "username": 7, "password": "p"}, "username must be a string"),
    ({"application_token": None, "username": "u", "password": b"p"}, "password must be a non"),
]


@pytest.mark.parametrize(("kwargs", "message"), CONSTRUCTOR)
def test_client_constructor(kwargs: dict[str, Any], message: str) -> None:
    check(lambda: client(**kwargs), ConfigurationError, message)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({}, "no emnify credentials in the environment: set EMNIFY_APPLICATION_TOKEN"),
        ({"EMNIFY_APPLICATION_TOKEN": ""}, "no emnify credentials"),  # empty counts as unset
        ({"EMNIFY_USERNAME": "ann"}, "need both username= and password="),
        ({"EMNIFY_APPLICATION_TOKEN": "t", "EMNIFY_AUTH_TOKEN": "j"}, "exactly one kind"),
        ({"EMNIFY_APPLICATION_TOKEN": "t", "EMNIFY_BASE_URL": "http://x.org"}, "https://"),
        ([("EMNIFY_APPLICATION_TOKEN", "t")], "env must be a mapping"),
        ("EMNIFY_APPLICATION_TOKEN=t", "env must be a mapping"),
    ],
)
def test_from_env(env: Any, message: str) -> None:
    check(lambda: EmnifyClient.from_env(env), ConfigurationError, message)


@pytest.mark.parametrize("scale", [0, -1, NAN, INF, "2", None, True])
def test_rate_limits_scale(scale: Any) -> None:
    check(lambda: RateLimits.emnify(scale=scale), ConfigurationError, r"RateLimits\.scale must")


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: RateLimits(rate_safety=2), r"RateLimits\.rate_safety must be in \(0, 1\]"),
        (lambda: RateLimits(burst_fraction="half"), r"RateLimits\.burst_fraction must be a num"),
        (lambda: RateLimits(general_margin=1), r"RateLimits\.general_margin must be in"),
        (lambda: TokenBucketLimit(0, 1), r"TokenBucketLimit\.rate must be a positive"),
        (lambda: TokenBucketLimit(10, "5"), r"TokenBucketLimit\.burst must be a number"),
        (lambda: WindowLimit(0, 300), r"WindowLimit\.requests must be at least 1"),
        (lambda: WindowLimit(100, None), r"WindowLimit\.seconds must be a number"),
    ],
)
def test_rate_limit_settings(build: Callable[[], object], message: str) -> None:
    check(build, ConfigurationError, message)


# -- the client's methods (nothing may reach the network) ---------------------------------------


def _method_cases() -> list[tuple[str, Callable[[EmnifyClient], Any], str]]:
    from emnify_generated.api.sim import get_sim, list_sims

    def iterate(make: Callable[[EmnifyClient], Any]) -> Callable[[EmnifyClient], Any]:
        async def run(c: EmnifyClient) -> None:
            async for _ in make(c):
                pass

        return run

    return [
        ("method int", lambda c: c.request(123, "/api/v1/sim"), "method must be an HTTP method"),
        ("method empty", lambda c: c.request("", "/api/v1/sim"), "method must be an HTTP"),
        ("method space", lambda c: c.request("GE T", "/api/v1/sim"), "method must be an HTTP"),
        ("path relative", lambda c: c.request("GET", "api/v1/sim"), "path must be a path rel"),
        ("path host", lambda c: c.request("GET", "//evil.example/x"), "starting with '/'"),
        ("path url", lambda c: c.request("GET", "https://evil.example/x"), "relative to base"),
        ("path None", lambda c: c.request("GET", None), "path must be a path relative"),
        ("retry str", lambda c: c.request("GET", "/x", retry="yes"), "retry must be True, Fa"),
        (
            "unknown kwarg",
            lambda c: c.request("GET", "/x", follow_redirects=True),
            r"unsupported keyword arguments \['follow_redirects'\]",
        ),
        ("per_page 0", iterate(lambda c: c.paginate(list_sims, per_page=0)), "per_page must be"),
        ("per_page -1", iterate(lambda c: c.paginate(list_sims, per_page=-1)), "per_page must"),
        ("per_page str", iterate(lambda c: c.paginate(list_sims, per_page="9")), "an int >= 1"),
        ("per_page bool", iterate(lambda c: c.paginate(list_sims, per_page=True)), "int >= 1"),
        ("max_pages 0", iterate(lambda c: c.paginate(list_sims, max_pages=0)), "max_pages must"),
        ("max_pages s", iterate(lambda c: c.paginate(list_sims, max_pages="3")), "max_pages"),
        ("page=", iterate(lambda c: c.paginate(list_sims, page=2)), "do not pass page="),
        ("not a list", iterate(lambda c: c.paginate(get_sim)), "not a paginated operation"),
        (
            "namespaced non-list",
            iterate(lambda c: c.paginate(c.api.sim.get_sim)),
            "not a paginated operation",
        ),
        ("op int", iterate(lambda c: c.paginate(42)), "needs a generated operation module"),
        ("op None", iterate(lambda c: c.paginate(None)), "needs a generated operation module"),
        ("raw path", iterate(lambda c: c.paginate_raw("api/v1/sim")), "path must be a path"),
        ("raw per_page", iterate(lambda c: c.paginate_raw("/x", per_page=0)), "per_page must"),
        ("raw max_pages", iterate(lambda c: c.paginate_raw("/x", max_pages=-1)), "max_pages"),
        *[
            (f"sim_id {value!r}", lambda c, v=value: c.sim_stats(v), "sim_id must be a positive")
            for value in (0, -1, "abc", "12a", " ", 1.5, None, True, "\u0664\u0662", [1])
        ],
        *[
            (
                f"endpoint_id {value!r}",
                lambda c, v=value: c.endpoint_stats(v),
                "endpoint_id must be a positive",
            )
            for value in (0, "-5", 2.0, None)
        ],
    ]


METHOD_CASES = _method_cases()


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("call", "message"),
    [(call, msg) for _, call, msg in METHOD_CASES],
    ids=[n for n, *_ in METHOD_CASES],
)
async def test_client_methods(call: Callable[[EmnifyClient], Any], message: str) -> None:
    async with client() as c:
        with pytest.raises(ConfigurationError, match=message):
            result = call(c)
            if hasattr(result, "__await__"):
                await result


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"sim_ids": 42}, TypeError, "sim_ids must be an iterable or async iterable of ids"),
        ({"sim_ids": None}, TypeError, "sim_ids must be an iterable"),
        ({"sim_ids": "123"}, TypeError, "got str"),
        ({"sim_ids": b"123"}, TypeError, "got bytes"),
        ({"workers": 0}, ValueError, "workers must be a positive int, got 0"),
        ({"workers": -1}, ValueError, "workers must be a positive int"),
        ({"workers": "4"}, ValueError, "workers must be a positive int, got '4'"),
        ({"workers": True}, ValueError, "workers must be a positive int"),
        ({"workers": 2.0}, ValueError, "workers must be a positive int"),
        ({"on_progress": 5}, TypeError, r"on_progress must be a function taking \(done, failed\)"),
        ({"on_progress": "print"}, TypeError, "on_progress must be a function"),
    ],
)
def test_bulk_sim_stats(kwargs: dict[str, Any], error: type[Exception], message: str) -> None:
    kwargs.setdefault("sim_ids", [1, 2])
    c = client()
    check(lambda: c.bulk_sim_stats(**kwargs), error, message)  # the method...
    check(lambda: bulk_sim_stats(c, **kwargs), error, message)  # ...and the function


def test_bad_ids_inside_a_bulk_run_are_results_not_exceptions() -> None:
    """Ids are checked one by one: a bad one becomes that id's InvalidSimIdError result."""

    async def run() -> list[Any]:
        async with client() as c:
            return [r async for r in c.bulk_sim_stats(["x", 0, -4, 1.5, None, "", "1e3"])]

    results = anyio.run(run)
    assert len(results) == 7
    for result in results:
        assert not result.ok
        assert type(result.error).__name__ == "InvalidSimIdError"
        assert str(result.error).startswith("not a SIM id: ")


# -- stats helpers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda: decode_stats_id(None), StatsIdTypeError, "expected int or digit string"),
        (lambda: decode_stats_id(1.5), StatsIdTypeError, "is a float, expected int or digit"),
        (lambda: decode_stats_id(True), StatsIdTypeError, "is a bool"),
        (lambda: decode_stats_id("-12345678"), StatsIdError, "not a string of decimal digits"),
        (lambda: decode_stats_id(" 12024035"), StatsIdError, "not a string of decimal digits"),
        (lambda: decode_stats_id(""), StatsIdError, "not a string of decimal digits"),
        (lambda: decode_stats_id(2024035), StatsIdError, "too short"),
        (lambda: decode_stats_id(-1), StatsIdError, "negative"),
        (lambda: decode_stats_id("1232024135"), StatsIdError, "has month 13"),
        (lambda: decode_stats_id("01232024035"), StatsIdError, "leading zero"),
        (lambda: encode_stats_id(0, 2024, 3, 5), StatsIdError, "sim_id must be positive"),
        (lambda: encode_stats_id(1, 0, 3, 5), StatsIdError, "year must be within 1-9999"),
        (lambda: encode_stats_id(1, 2024, 13, 5), StatsIdError, "month must be within 1-12"),
        (lambda: encode_stats_id(1, 2024, 3, 10), StatsIdError, "single digit 0-9"),
        (lambda: encode_stats_id("1", 2024, 3, 5), StatsIdTypeError, "sim_id must be an int"),
        (lambda: encode_stats_id(1, 2024.0, 3, 5), StatsIdTypeError, "year must be an int"),
        (lambda: parse_sim_stats("[]"), StatsParseError, "expected a JSON list or object"),
        (lambda: parse_sim_stats([{}, {}]), StatsParseError, "list holding one stats object"),
        (lambda: parse_sim_stats([], sim_id="7"), TypeError, "sim_id must be an int or None"),
        (lambda: parse_sim_stats([], now="2024-03-01"), TypeError, "now must be a datetime"),
        (lambda: parse_sim_stats([], now=1709251200), TypeError, "now must be a datetime"),
        (lambda: parse_endpoint_stats([], endpoint_id=1.0), TypeError, "endpoint_id must be"),
        (lambda: parse_endpoint_stats({}, now=NOW.date()), TypeError, "now must be a datetime"),
        *[
            (lambda t=top: summarize([], top=t), ValueError, "top must be a non-negative int")
            for top in (-1, "3", True, 1.5, None)
        ],
        (lambda: summarize([object()]), TypeError, "expected SimStats or BulkResult, got object"),
    ],
)
def test_stats_helpers(call: Callable[[], object], error: type[Exception], message: str) -> None:
    check(call, error, message)


STATS = SimStats(1, PeriodUsage("current_month"), PeriodUsage("last_month"), LastHour())


@pytest.mark.parametrize("write", [write_csv, write_jsonl], ids=["csv", "jsonl"])
@pytest.mark.parametrize(
    ("target", "error", "message"),
    [
        (42, TypeError, "file must be a path or an open text file, not int"),
        (None, TypeError, "file must be a path or an open text file, not NoneType"),
        (io.BytesIO(), TypeError, r"binary mode: open it in text mode \('w', not 'wb'\)"),
        ("{tmp}", IsADirectoryError, "Is a directory"),
        ("{tmp}/missing/out.txt", FileNotFoundError, "No such file or directory"),
    ],
)
def test_export_targets(
    write: Callable[..., int], target: Any, error: type[Exception], message: str, tmp_path: Path
) -> None:
    if isinstance(target, str):
        target = target.format(tmp=tmp_path)
    check(lambda: write([STATS], target), error, message)


def test_export_items_and_layout(tmp_path: Path) -> None:
    check(lambda: write_csv([object()], io.StringIO()), TypeError, "expected SimStats or Bulk")
    check(lambda: write_jsonl([STATS], io.StringIO(), layout="csv"), ValueError, "layout must")
    with open(tmp_path / "binary.csv", "wb") as binary:
        check(lambda: write_csv([STATS], binary), TypeError, "binary mode")


# -- the simulator's configuration ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"sims": -1}, ValueError, "sims must be >= 0"),
        ({"sims": "10"}, TypeError, r"SimulatorConfig\.sims must be an int, not '10'"),
        ({"sims": 1.5}, TypeError, r"SimulatorConfig\.sims must be an int"),
        ({"seed": "s"}, TypeError, r"SimulatorConfig\.seed must be an int"),
        ({"token_ttl": 0}, ValueError, "token lifetimes must be > 0"),
        ({"token_ttl": NAN}, ValueError, "token_ttl must be a finite number"),
        ({"token_ttl": "30"}, TypeError, r"SimulatorConfig\.token_ttl must be a number"),
        ({"refresh_token_ttl": -1}, ValueError, "token lifetimes must be > 0"),
        ({"latency": -0.1}, ValueError, "latency must be >= 0"),
        ({"scale": 0}, ValueError, "scale must be > 0"),
        ({"lockout_threshold": 0}, ValueError, "lockout_threshold must be >= 1"),
        ({"rate_limits": "bogus"}, ValueError, "rate_limits must be one of 'emnify', 'none'"),
        ({"application_tokens": "tok"}, TypeError, "application_tokens must be a tuple of str"),
        ({"application_tokens": (1,)}, TypeError, "application_tokens must be a tuple of str"),
        ({"users": [("ann", "pw")]}, TypeError, r"SimulatorConfig\.users must be a dict"),
        ({"faults": {"drop": 0.1}}, TypeError, r"SimulatorConfig\.faults must be a FaultConfig"),
        ({"route_limits": {"/api/v1/sim": "fast"}}, (TypeError, ValueError), "."),
    ],
)
def test_simulator_config(
    kwargs: dict[str, Any], error: type[Exception] | tuple[type[Exception], ...], message: str
) -> None:
    with pytest.raises(error, match=message):
        SimulatorConfig(**kwargs)


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"server_error": 1.5}, ValueError, "fault shares must be >= 0 and add up to at most 1"),
        ({"drop": 0.6, "truncate": 0.6}, ValueError, "add up to at most 1"),
        ({"malformed": -0.1}, ValueError, "fault shares must be >= 0"),
        ({"drop": NAN}, ValueError, "drop must be a finite number"),
        ({"drop": "1%"}, TypeError, r"FaultConfig\.drop must be a number"),
        ({"storm_every": 60}, ValueError, "need 0 < storm_seconds <= storm_every"),
        ({"storm_every": 60, "storm_seconds": 61}, ValueError, "storm_seconds <= storm_every"),
        ({"storm_every": "60", "storm_seconds": 3}, TypeError, "storm_every must be seconds"),
        ({"server_error_statuses": ()}, ValueError, "server_error_statuses must not be empty"),
    ],
)
def test_fault_config(kwargs: dict[str, Any], error: type[Exception], message: str) -> None:
    check(lambda: FaultConfig(**kwargs), error, message)


@pytest.mark.parametrize(
    "value",
    [0, -1, True, 1.0, "", " ", "12x", "\u00b2", "\u0661", "1" * 21, 10**20, 10**5000, None],
    ids=lambda value: f"{type(value).__name__}-{len(str(value)) if isinstance(value, str) else ''}",
)
def test_one_id_rule_for_client_bulk_and_cli(value: object) -> None:
    """The client, bulk runs and the CLI share `resource_id`: the same values are refused
    everywhere, with a ConfigurationError (InvalidSimIdError is one)."""
    from emnify._validate import resource_id
    from emnify.bulk import InvalidSimIdError, _sim_id
    from emnify.cli._stats import CliError, parse_sim_ids

    with pytest.raises(ConfigurationError, match="positive whole number"):
        resource_id(value)
    with pytest.raises(InvalidSimIdError) as caught:
        _sim_id(value)
    assert isinstance(caught.value, ConfigurationError)
    if isinstance(value, str):
        with pytest.raises(CliError, match="positive whole number"):
            parse_sim_ids([value])


@pytest.mark.parametrize(("value", "expected"), [(1, 1), (" 42 ", 42), ("9" * 20, 10**20 - 1)])
def test_one_id_rule_accepts(value: object, expected: int) -> None:
    from emnify._validate import resource_id
    from emnify.bulk import _sim_id

    assert resource_id(value) == _sim_id(value) == expected
