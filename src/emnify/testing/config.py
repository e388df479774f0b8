"""Configuration of a simulator instance."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from .faults import FaultConfig
from .options import (
    format_clock,
    format_mfa_user,
    format_route_limit,
    format_user,
    number_text,
    option,
    parse_clock,
    parse_mfa_user,
    parse_route_limit,
    parse_user,
)
from .ratelimit import BucketLimit, RateLimitMode, RateLimitPolicy

__all__ = ["DEFAULT_APPLICATION_TOKEN", "SimulatorConfig"]

DEFAULT_APPLICATION_TOKEN = "test-app-token"


def _mode_text(mode: RateLimitMode | str | RateLimitPolicy) -> str:
    """``--rate-limits``' text for a mode; a ready policy has none."""
    if isinstance(mode, RateLimitPolicy):
        raise ValueError(
            "SimulatorConfig.rate_limits cannot be passed to a process as a RateLimitPolicy: "
            "pass 'emnify' or 'none' plus route_limits"
        )
    return RateLimitMode(mode).value


@dataclass(frozen=True)
class SimulatorConfig:
    """Everything that shapes one simulator; all fields have test-friendly defaults.

    Fleet
        ``sims`` SIMs (each with an endpoint) generated from ``seed``; SIM ids start at
        ``first_sim_id``.
    Credentials
        ``application_tokens``; ``users`` maps username to plain password (clients send its
        SHA-1 hex); ``mfa_users`` maps username to ``(password, six_digit_code)``.
        ``token_ttl`` / ``refresh_token_ttl`` are JWT lifetimes in seconds. After
        ``lockout_threshold`` failed logins in a row an account is locked for
        ``lockout_seconds``. ``empty_auth_failure_body`` serves credential failures as a 401 with
        an empty body (which the spec says the live API does) instead of error JSON.
    Limits
        ``rate_limits`` is ``"emnify"`` (published limits times ``scale``), ``"none"``, or a
        ready :class:`RateLimitPolicy`; ``route_limits`` then overrides single routes, e.g.
        ``{"/api/v1/sim/{sim_id}/stats": (200, 100)}`` (rate, burst; not scaled; ``None``
        removes a limit). ``retry_after`` adds a ``Retry-After`` header to 429s and 503s.
    Faults
        ``latency`` seconds (plus up to ``latency_jitter``) before each API request is handled;
        ``faults`` for errors, drops and storms.
    Time
        ``timer`` (seconds since the epoch) drives token expiry, lockouts and storms;
        ``clock`` (aware ``datetime``) is the request time statistics are computed for and
        defaults to ``timer`` converted to UTC. ``limit_timer`` (seconds on a clock that only
        moves forward) drives the rate limits; by default it is ``time.monotonic`` when
        ``timer`` is the wall clock (so a step of the system clock neither stalls nor floods a
        bucket) and ``timer`` itself otherwise (so one ``ManualClock`` drives everything).

    Raises ``TypeError`` for a field of the wrong type and ``ValueError`` for a value out of
    range; the message names the field.

    Each field's metadata declares its command-line option, the one source of the options of
    ``python -m emnify.testing`` and ``emnify simulate`` (see :mod:`emnify.testing.options`);
    only the timers have none.
    """

    sims: int = field(
        default=2000,
        metadata=option("--sims", "Fleet size: SIMs, each with an endpoint.", parse=int),
    )
    seed: int = field(
        default=1, metadata=option("--seed", "Seed of the fleet and of the faults.", parse=int)
    )
    first_sim_id: int = field(
        default=1000,
        metadata=option("--first-sim-id", "Id of the first SIM (the others follow).", parse=int),
    )
    application_tokens: tuple[str, ...] = field(
        default=(DEFAULT_APPLICATION_TOKEN,),
        metadata=option(
            "--token",
            f"Accepted application token (repeatable; default {DEFAULT_APPLICATION_TOKEN}).",
            collect=tuple,
        ),
    )
    users: Mapping[str, str] = field(
        default_factory=dict,
        metadata=option(
            "--user",
            "User who logs in with this password (repeatable).",
            parse=parse_user,
            format=format_user,
            collect=dict,
            metavar="NAME:PASSWORD",
        ),
    )
    mfa_users: Mapping[str, tuple[str, str]] = field(
        default_factory=dict,
        metadata=option(
            "--mfa-user",
            "User who logs in with this password and six-digit code (repeatable).",
            parse=parse_mfa_user,
            format=format_mfa_user,
            collect=dict,
            metavar="NAME:PASSWORD:CODE",
        ),
    )
    organisation_id: int = field(
        default=1,
        metadata=option("--organisation-id", "Organisation named in the tokens.", parse=int),
    )
    token_ttl: float = field(
        default=3600.0,
        metadata=option("--token-ttl", "JWT lifetime, seconds.", parse=float, format=number_text),
    )
    refresh_token_ttl: float = field(
        default=30 * 24 * 3600.0,
        metadata=option(
            "--refresh-token-ttl",
            "Refresh token lifetime, seconds.",
            parse=float,
            format=number_text,
        ),
    )
    lockout_threshold: int = field(
        default=3,
        metadata=option(
            "--lockout-threshold", "Failed logins in a row that lock an account.", parse=int
        ),
    )
    lockout_seconds: float = field(
        default=300.0,
        metadata=option(
            "--lockout-seconds",
            "How long a locked account stays locked, seconds.",
            parse=float,
            format=number_text,
        ),
    )
    empty_auth_failure_body: bool = field(
        default=False,
        metadata=option(
            "--empty-auth-failure-body",
            "Answer failed logins with a 401 and an empty body (as the spec says the live API "
            "does) instead of error JSON.",
            switch=True,
        ),
    )
    rate_limits: RateLimitMode | str | RateLimitPolicy = field(
        default=RateLimitMode.EMNIFY,
        metadata=option(
            "--rate-limits",
            "Published limits (times --scale) or none.",
            format=_mode_text,
            choices=tuple(mode.value for mode in RateLimitMode),
        ),
    )
    scale: float = field(
        default=1.0,
        metadata=option(
            "--scale", "Multiply the published limits.", parse=float, format=number_text
        ),
    )
    route_limits: Mapping[str, BucketLimit | tuple[float, float] | None] = field(
        default_factory=dict,
        metadata=option(
            "--route-limit",
            "Limit of one route, e.g. '/api/v1/sim/{sim_id}/stats=200:100' (rate, burst; not "
            "scaled), or ROUTE=off (repeatable).",
            parse=parse_route_limit,
            format=format_route_limit,
            collect=dict,
            metavar="ROUTE=RATE:BURST",
        ),
    )
    retry_after: bool = field(
        default=False,
        metadata=option("--retry-after", "Send Retry-After with 429 and 503 answers.", switch=True),
    )
    latency: float = field(
        default=0.0,
        metadata=option(
            "--latency",
            "Seconds before each API request is handled.",
            parse=float,
            format=number_text,
            in_faults=True,
        ),
    )
    latency_jitter: float = field(
        default=0.0,
        metadata=option(
            "--latency-jitter",
            "Up to this many seconds more, at random.",
            parse=float,
            format=number_text,
            in_faults=True,
        ),
    )
    faults: FaultConfig = field(
        default_factory=FaultConfig,
        metadata=option(
            "--faults",
            "Injected faults and latency in one option, e.g. "
            "'server_error=0.05,drop=0.01,malformed=0.005,latency=0.05'; each KEY is also an "
            "option of its own (--server-error, ...), which this overrides.",
            nested=FaultConfig,
        ),
    )
    clock: Callable[[], datetime] | None = field(
        default=None,
        metadata=option(
            "--now",
            "Pin the statistics clock to this ISO timestamp (with a timezone).",
            parse=parse_clock,
            format=format_clock,
            metavar="TIMESTAMP",
        ),
    )
    timer: Callable[[], float] = time.time
    limit_timer: Callable[[], float] | None = None

    def __post_init__(self) -> None:
        # Wrong types raise TypeError, out-of-range values ValueError; both name the field.
        for name in ("timer", "limit_timer", "clock"):
            value = getattr(self, name)
            if not callable(value) and (value is not None or name == "timer"):
                raise TypeError(f"SimulatorConfig.{name} must be a function, not {value!r}")
        for name in ("sims", "seed", "first_sim_id", "organisation_id", "lockout_threshold"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"SimulatorConfig.{name} must be an int, not {value!r}")
        for name in (
            "token_ttl",
            "refresh_token_ttl",
            "lockout_seconds",
            "scale",
            "latency",
            "latency_jitter",
        ):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise TypeError(f"SimulatorConfig.{name} must be a number, not {value!r}")
        tokens = self.application_tokens
        if isinstance(tokens, str) or not all(isinstance(token, str) for token in tokens):
            raise TypeError(
                "SimulatorConfig.application_tokens must be a tuple of strings, "
                f"e.g. ('test-app-token',), not {tokens!r}"
            )
        for name in ("users", "mfa_users", "route_limits"):
            if not isinstance(getattr(self, name), Mapping):
                raise TypeError(f"SimulatorConfig.{name} must be a dict")
        if not isinstance(self.faults, FaultConfig):
            raise TypeError(f"SimulatorConfig.faults must be a FaultConfig, not {self.faults!r}")
        if self.sims < 0:
            raise ValueError("sims must be >= 0")
        if not (self.token_ttl > 0 and self.refresh_token_ttl > 0):
            raise ValueError("token lifetimes must be > 0")
        if not (self.latency >= 0 and self.latency_jitter >= 0):
            raise ValueError("latency must be >= 0")
        if not self.scale > 0:
            raise ValueError("scale must be > 0")
        if self.lockout_threshold < 1:
            raise ValueError("lockout_threshold must be >= 1")
        if not isinstance(self.rate_limits, RateLimitPolicy):
            try:
                RateLimitMode(self.rate_limits)
            except ValueError:
                modes = ", ".join(repr(mode.value) for mode in RateLimitMode)
                raise ValueError(
                    f"SimulatorConfig.rate_limits must be one of {modes} or a RateLimitPolicy, "
                    f"not {self.rate_limits!r}"
                ) from None
        self.rate_limit_policy()  # validates route_limits

    def rate_limit_policy(self) -> RateLimitPolicy:
        """The effective limits: the mode's base policy with ``route_limits`` applied."""
        if isinstance(self.rate_limits, RateLimitPolicy):
            base = self.rate_limits
        elif RateLimitMode(self.rate_limits) is RateLimitMode.EMNIFY:
            base = RateLimitPolicy.published(self.scale)
        else:
            base = RateLimitPolicy.unlimited()
        return base.with_routes(self.route_limits) if self.route_limits else base
