"""The simulator's settings on the command line, declared once on `SimulatorConfig`: every field
round-trips through a child's argv, and `emnify simulate` takes exactly the options of
`python -m emnify.testing`, with the same defaults and the same verdicts."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timezone
from typing import Any

import click
import pytest

from emnify.cli import simulate
from emnify.cli._simulate import CLICK_DEFAULTS
from emnify.testing import FaultConfig, ManualClock, PinnedClock, SimulatorConfig
from emnify.testing.options import declared, from_args
from emnify.testing.ratelimit import RateLimitPolicy
from emnify.testing.server import (
    ServeOptions,
    build_parser,
    config_from_args,
    config_to_args,
    main,
)

MOMENT = datetime(2024, 3, 1, 0, 5, tzinfo=timezone.utc)

#: a value other than the default for every field with an option: the keyword arguments that
#: set it, per class (a new setting needs an entry here)
EXAMPLES: dict[type[Any], dict[str, dict[str, Any]]] = {
    SimulatorConfig: {
        "sims": {"sims": 123},
        "seed": {"seed": 9},
        "first_sim_id": {"first_sim_id": 5000},
        "application_tokens": {"application_tokens": ("a", "-b", "with=equals")},
        "users": {"users": {"alice": "pw:with:colons", "carol": ""}},
        "mfa_users": {"mfa_users": {"bob": ("pw:x", "654321")}},
        "organisation_id": {"organisation_id": 42},
        "token_ttl": {"token_ttl": 0.5},
        "refresh_token_ttl": {"refresh_token_ttl": 60.0},
        "lockout_threshold": {"lockout_threshold": 5},
        "lockout_seconds": {"lockout_seconds": 12.5},
        "empty_auth_failure_body": {"empty_auth_failure_body": True},
        "rate_limits": {"rate_limits": "none"},
        "scale": {"scale": 2.5},
        "route_limits": {
            "route_limits": {
                "/api/v1/sim/{sim_id}/stats": (200.0, 100.0),
                "GET /api/v1/sim": None,
            }
        },
        "retry_after": {"retry_after": True},
        "latency": {"latency": 0.01},
        "latency_jitter": {"latency_jitter": 0.002},
        "clock": {"clock": PinnedClock(MOMENT)},
    },
    FaultConfig: {
        "server_error": {"server_error": 0.1},
        "drop": {"drop": 0.01},
        "truncate": {"truncate": 0.02},
        "malformed": {"malformed": 0.03},
        "seed": {"seed": 5},
        "include_authenticate": {"include_authenticate": True},
        "storm_every": {"storm_every": 30.0, "storm_seconds": 2.0},
        "storm_seconds": {"storm_seconds": 2.0},
        "server_error_statuses": {"server_error_statuses": (502, 503)},
    },
}
CASES = [(cls, name) for cls, examples in EXAMPLES.items() for name in examples]
#: fields that no command line can carry (functions)
NO_OPTION = {"timer", "limit_timer"}


def example(cls: type[Any], name: str) -> SimulatorConfig:
    kwargs = EXAMPLES[cls][name]
    return (
        SimulatorConfig(faults=FaultConfig(**kwargs))
        if cls is FaultConfig
        else SimulatorConfig(**kwargs)
    )


def everything() -> SimulatorConfig:
    config = {k: v for kwargs in EXAMPLES[SimulatorConfig].values() for k, v in kwargs.items()}
    faults = {k: v for kwargs in EXAMPLES[FaultConfig].values() for k, v in kwargs.items()}
    return SimulatorConfig(**config, faults=FaultConfig(**faults))


def through_argparse(args: list[str]) -> SimulatorConfig:
    return config_from_args(build_parser().parse_args(args))


def click_params(args: list[str]) -> dict[str, Any]:
    return simulate.make_context("simulate", list(args)).params


def through_click(args: list[str]) -> SimulatorConfig:
    return from_args(SimulatorConfig, click_params(args))


def test_every_field_has_an_option_and_an_example() -> None:
    """A field added without an option (or without an example here) fails this test."""
    with_option = {(d.owner, d.name) for d in declared(SimulatorConfig)}
    every = {(cls, f.name) for cls in EXAMPLES for f in dataclasses.fields(cls)}
    assert with_option == every - {(SimulatorConfig, name) for name in NO_OPTION}
    assert set(CASES) == with_option - {(SimulatorConfig, "faults")}


@pytest.mark.parametrize(("cls", "name"), CASES, ids=[f"{c.__name__}.{n}" for c, n in CASES])
def test_every_field_round_trips_through_a_child_argv(cls: type[Any], name: str) -> None:
    config = example(cls, name)
    assert config != SimulatorConfig()
    args = config_to_args(config)
    assert args, "a setting other than its default needs an option"
    assert through_argparse(args) == config
    assert through_click(args) == config


def test_all_fields_at_once_round_trip_and_defaults_give_no_options() -> None:
    config = everything()
    args = config_to_args(config)
    assert through_argparse(args) == config == through_click(args)
    assert config_to_args(SimulatorConfig()) == []
    assert through_argparse([]) == SimulatorConfig() == through_click([])


def test_route_limits_given_as_bucket_limits_give_the_same_policy() -> None:
    from emnify.testing import BucketLimit

    config = SimulatorConfig(route_limits={"/api/v1/sim": BucketLimit(5, 2), "/x": (7, 3)})
    parsed = through_argparse(config_to_args(config))
    assert parsed.rate_limit_policy() == config.rate_limit_policy()


@pytest.mark.parametrize(
    "config",
    [
        SimulatorConfig(timer=ManualClock()),
        SimulatorConfig(limit_timer=ManualClock()),
        SimulatorConfig(clock=lambda: MOMENT),
        SimulatorConfig(rate_limits=RateLimitPolicy.unlimited()),
        SimulatorConfig(users={"a:b": "pw"}),
        SimulatorConfig(application_tokens=()),
    ],
    ids=["timer", "limit_timer", "clock", "policy", "user with colon", "no tokens"],
)
def test_what_no_option_can_carry_is_a_value_error(config: SimulatorConfig) -> None:
    with pytest.raises(ValueError, match="cannot be passed to a process"):
        config_to_args(config)


def test_now_pins_the_clock() -> None:
    args = config_to_args(SimulatorConfig(), now=MOMENT)
    assert args == [f"--now={MOMENT.isoformat()}"]
    assert through_argparse(["--now", "2024-03-01T00:05:00Z"]).clock == PinnedClock(MOMENT)
    with pytest.raises(ValueError):
        config_to_args(SimulatorConfig(), now=datetime(2024, 3, 1))  # naive


def test_emnify_simulate_has_exactly_the_options_of_the_runner() -> None:
    actions = build_parser()._actions
    params = simulate.get_params(click.Context(simulate))
    assert [a.option_strings for a in actions] == [p.opts for p in params[-1:] + params[:-1]]
    assert [a.dest for a in actions[1:]] == [p.name for p in params[:-1]]  # (bar the help)
    # the same defaults, bar the port one can type
    assert through_click([]) == through_argparse([])
    runner = from_args(ServeOptions, build_parser().parse_args([]))
    served = from_args(ServeOptions, click_params([]))
    assert dataclasses.replace(served, port=runner.port) == runner
    assert served.port == CLICK_DEFAULTS["port"] != runner.port


def test_faults_shorthand_sets_the_options_of_its_keys() -> None:
    args = ["--server-error", "0.3", "--faults", "server_error=0.1, latency=0.05,storm_every=9"]
    args += ["--storm-seconds", "1"]
    for config in (through_argparse(args), through_click(args)):
        assert config.faults.server_error == 0.1  # the shorthand overrides the option
        assert config.latency == 0.05
        assert (config.faults.storm_every, config.faults.storm_seconds) == (9.0, 1.0)


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--faults", "boom=1"], "expected KEY=NUMBER"),
        (["--faults", "drop=x"], "drop needs a number"),
        (["--faults", "server_error=2"], "fault shares"),
        (["--server-error", "2"], "fault shares"),
        (["--sims", "-1"], "sims must be >= 0"),
        (["--port", "70000"], "not in the range"),
        (["--user", "nobody"], "expected NAME:PASSWORD"),
        (["--now", "2024-03-01T00:05"], "needs a timezone"),
        (["--route-limit", "/x=0:1"], "need rate > 0"),
    ],
)
def test_bad_values_are_one_usage_error_in_both_command_lines(
    args: list[str], needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main(args)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and needle in err.splitlines()[-1]

    from emnify.cli import main as emnify

    with pytest.raises(SystemExit) as info:
        emnify(["simulate", *args])
    assert info.value.code == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("emnify: error: ") and needle in lines[0]
