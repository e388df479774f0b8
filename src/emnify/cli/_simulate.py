"""`emnify simulate`: turn the CLI's options into the simulator runner's arguments."""

from __future__ import annotations

import math

import click

# --faults keys and the simulator runner's options they map to
FAULT_OPTIONS = {
    "server_error": "--server-error",
    "drop": "--drop",
    "truncate": "--truncate",
    "malformed": "--malformed",
    "latency": "--latency",
    "latency_jitter": "--latency-jitter",
    "storm_every": "--storm-every",
    "storm_seconds": "--storm-seconds",
}


def parse_faults(spec: str) -> list[str]:
    """`'server_error=0.05,drop=0.01'` -> runner arguments; `click.BadParameter` when malformed."""
    argv: list[str] = []
    for part in filter(None, (p.strip() for p in spec.split(","))):
        key, sep, value = part.partition("=")
        option = FAULT_OPTIONS.get(key.strip())
        if not sep or option is None:
            known = ", ".join(sorted(FAULT_OPTIONS))
            raise click.BadParameter(
                f"expected KEY=NUMBER with KEY one of {known}; got {part!r}", param_hint="--faults"
            )
        try:
            number = float(value)
        except ValueError:
            raise click.BadParameter(
                f"{key} needs a number, got {value!r}", param_hint="--faults"
            ) from None
        if not number >= 0 or not math.isfinite(number):
            raise click.BadParameter(
                f"{key} must be a finite number, 0 or more", param_hint="--faults"
            )
        argv += [option, repr(number)]
    return argv


def simulator_argv(
    *,
    port: int,
    sims: int,
    rate_limits: str,
    scale: float,
    token_ttl: float,
    faults: str | None,
    seed: int,
    retry_after: bool,
    tokens: list[str],
) -> list[str]:
    """Arguments for `emnify.testing.server.main` (the `python -m emnify.testing` runner)."""
    if rate_limits not in ("emnify", "none"):
        raise click.BadParameter("choose 'emnify' or 'none'", param_hint="--rate-limits")
    argv = [
        "--port", str(port),
        "--sims", str(sims),
        "--rate-limits", rate_limits,
        "--scale", repr(scale),
        "--token-ttl", repr(token_ttl),
        "--seed", str(seed),
    ]  # fmt: skip
    if retry_after:
        argv.append("--retry-after")
    for token in tokens:
        argv.append(f"--token={token}")  # (a token starting with '-' is still a value)
    for name, value in (("--scale", scale), ("--token-ttl", token_ttl)):
        if not math.isfinite(value):
            raise click.BadParameter("must be a finite number", param_hint=name)
    if faults:
        argv += parse_faults(faults)
    _check_config(argv)
    return argv


def _check_config(argv: list[str]) -> None:
    """Settings each valid alone may still make no valid simulator (fault shares adding up to
    more than 1): the runner's own config raises, and that is one usage error here."""
    from emnify.testing.server import build_parser, config_from_args

    try:
        config_from_args(build_parser().parse_args(argv))
    except (ValueError, TypeError) as exc:
        raise click.UsageError(f"the simulator refuses these settings: {exc}") from None
