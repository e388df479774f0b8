"""The `emnify` command: bulk statistics, the simulator, and a self-contained demo.

Exit status: 0 success; 1 a failure (credentials, network, files); 2 bad usage; 3 the run
finished but some SIMs failed (each is in the output with its error); 130 interrupted (Ctrl-C,
SIGINT); 143 stopped by SIGTERM. A stopped `emnify stats` keeps every result it finished in
its --out file, as complete lines (`--resume` fetches the rest). Every failure is one line on
stderr, never a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

import anyio
import click
from rich.console import Console

from emnify.client import DEFAULT_BASE_URL
from emnify.errors import EmnifyError

from ._stats import (
    CliError,
    OutputFormat,
    StatsRun,
    parse_shard_option,
    parse_sim_ids,
    run_options_error,
    run_stats,
)

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _credentials_options(command: Callable[..., None]) -> Callable[..., None]:
    command = click.option(
        "--base-url",
        envvar="EMNIFY_BASE_URL",
        default=DEFAULT_BASE_URL,
        show_default=True,
        help="API root (https, or an http URL on a loopback host). Env: EMNIFY_BASE_URL.",
    )(command)
    return click.option(
        "--application-token",
        envvar="EMNIFY_APPLICATION_TOKEN",
        help="emnify application token. Env: EMNIFY_APPLICATION_TOKEN.",
    )(command)


LOG_LEVELS = ("debug", "info", "warning", "error")


@click.group(context_settings=CONTEXT)
@click.version_option(package_name="emnify-async", prog_name="emnify")
@click.option(
    "--log-level",
    type=click.Choice(LOG_LEVELS, case_sensitive=False),
    envvar="EMNIFY_LOG_LEVEL",
    help="Log to stderr from this level up: the client's retries, pauses and token renewals "
    "(debug), and each HTTP request httpx sends (info). Credentials never appear. Default: no "
    "logging. Env: EMNIFY_LOG_LEVEL.",
)
def app(log_level: str | None) -> None:
    """Async emnify API client: bulk SIM statistics, an API simulator, and a demo."""
    if log_level:
        _log_to_stderr(log_level)


def _log_to_stderr(level: str) -> None:
    """Send the log records of the client and the libraries under it to stderr."""
    import logging

    from rich.logging import RichHandler

    handler = RichHandler(console=Console(stderr=True), show_path=False, markup=False)
    logging.basicConfig(level=level.upper(), format="%(name)s: %(message)s", handlers=[handler])


@app.command(context_settings=CONTEXT)
@click.argument("sim_ids", nargs=-1)
@click.option("--all", "all_sims", is_flag=True, help="Fetch every SIM of the organisation.")
@click.option(
    "--format",
    "-f",
    "output_format",
    type=click.Choice([f.value for f in OutputFormat]),
    default=OutputFormat.table.value,
    show_default=True,
    help="Per-SIM output format.",
)
@click.option(
    "--out",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write per-SIM output to this file instead of stdout.",
)
@click.option(
    "--resume", is_flag=True, help="Skip SIMs already in --out (jsonl) and append the rest."
)
@click.option(
    "--concurrency",
    type=click.IntRange(1, 512),
    default=16,
    show_default=True,
    help="Requests in flight at once.",
)
@click.option(
    "--rate-scale",
    type=click.FloatRange(min=0.001),
    default=1.0,
    show_default=True,
    help="Multiply emnify's published rate limits (only for servers that allow more).",
)
@click.option(
    "--top",
    type=click.IntRange(min=0),
    default=10,
    show_default=True,
    help="Top consumers to list.",
)
@click.option(
    "--max-retries",
    type=click.IntRange(min=0),
    default=5,
    show_default=True,
    help="Retries per request after errors worth retrying.",
)
@click.option(
    "--shard",
    metavar="K/N",
    help="Fetch only part K of N (1/4 ... 4/4) of the SIMs: N processes, each with its own K and "
    "the same SIM ids or --all, fetch every SIM exactly once (by a hash of the id).",
)
@click.option(
    "--redis-url",
    envvar="EMNIFY_REDIS_URL",
    help="Share the rate limits, the token and back-off with every process naming this Redis "
    "(redis://host:6379/0; extra 'redis'). Env: EMNIFY_REDIS_URL.",
)
@click.option(
    "--egress-name",
    envvar="EMNIFY_EGRESS_NAME",
    help="With --redis-url: the name of this machine's egress address, whose per-IP limits it "
    "shares (default: the host name). Env: EMNIFY_EGRESS_NAME.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
@_credentials_options
def stats(
    sim_ids: tuple[str, ...],
    all_sims: bool,
    output_format: str,
    out: Path | None,
    resume: bool,
    concurrency: int,
    rate_scale: float,
    top: int,
    max_retries: int,
    shard: str | None,
    redis_url: str | None,
    egress_name: str | None,
    quiet: bool,
    application_token: str | None,
    base_url: str,
) -> None:
    """Fetch usage and cost statistics for SIM_IDS (or --all), with a progress bar and a
    fleet summary on stderr.

    CSV and JSONL results are written and flushed one by one. Ctrl-C (exit 130) or SIGTERM
    (exit 143) stops the run with every finished result in the file; run the same command
    with --resume to fetch the rest."""
    try:
        ids = parse_sim_ids(sim_ids)
        part = parse_shard_option(shard)
    except CliError as exc:
        raise click.UsageError(str(exc)) from None
    run = StatsRun(
        sim_ids=ids,
        all_sims=all_sims,
        output_format=OutputFormat(output_format),
        out=out,
        resume=resume,
        quiet=quiet,
        top=top,
        shard=part,
    )
    problem = run_options_error(run)
    if problem:
        raise click.UsageError(problem)
    if not application_token:
        raise click.UsageError(
            "no credentials: pass --application-token or set EMNIFY_APPLICATION_TOKEN"
        )
    from emnify.client import EmnifyClient
    from emnify.limits import RateLimits

    client = EmnifyClient(
        application_token,
        base_url=base_url,
        max_concurrency=concurrency,
        rate_limits=RateLimits.emnify(scale=rate_scale),
        max_retries=max_retries,
        redis_url=redis_url or None,
        egress_name=egress_name or None,
    )
    stdout, stderr = Console(soft_wrap=True), Console(stderr=True)
    status = anyio.run(run_stats, client, run, stdout, stderr)
    raise SystemExit(status)


@app.command(context_settings=CONTEXT)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8080,
    show_default=True,
    help="Port on 127.0.0.1 (0: any free port).",
)
@click.option(
    "--sims", type=click.IntRange(min=0), default=2000, show_default=True, help="Fleet size."
)
@click.option(
    "--rate-limits",
    type=click.Choice(["emnify", "none"]),
    default="emnify",
    show_default=True,
    help="Published limits (times --scale) or none.",
)
@click.option(
    "--scale",
    type=click.FloatRange(min=0.001),
    default=1.0,
    show_default=True,
    help="Multiply the published limits.",
)
@click.option(
    "--token-ttl",
    type=click.FloatRange(min=0.001),
    default=3600.0,
    show_default=True,
    help="JWT lifetime, seconds.",
)
@click.option(
    "--faults",
    help="Injected faults, e.g. 'server_error=0.05,drop=0.01,malformed=0.005,latency=0.05'.",
)
@click.option(
    "--seed", type=int, default=1, show_default=True, help="Seed of the fleet and of the faults."
)
@click.option("--retry-after", is_flag=True, help="Send Retry-After with 429 answers.")
@click.option(
    "--token",
    "tokens",
    multiple=True,
    help="Accepted application token (repeatable; default test-app-token).",
)
def simulate(
    port: int,
    sims: int,
    rate_limits: str,
    scale: float,
    token_ttl: float,
    faults: str | None,
    seed: int,
    retry_after: bool,
    tokens: tuple[str, ...],
) -> None:
    """Serve the emnify API simulator in the foreground on 127.0.0.1 (Ctrl-C stops it).

    The base URL is printed on stdout once the server accepts connections.
    """
    from ._simulate import simulator_argv

    argv = simulator_argv(
        port=port,
        sims=sims,
        rate_limits=rate_limits,
        scale=scale,
        token_ttl=token_ttl,
        faults=faults,
        seed=seed,
        retry_after=retry_after,
        tokens=list(tokens),
    )
    from emnify.testing.server import main as serve_main

    Console(stderr=True).print(
        f"emnify simulator: {sims:,} SIMs, limits {rate_limits} x{scale:g}, token "
        f"{(tokens or ('test-app-token',))[0]!r}; Ctrl-C to stop"
    )
    raise SystemExit(serve_main(argv))


@app.command(context_settings=CONTEXT)
@click.option(
    "--sims", type=click.IntRange(1, 100_000), default=2000, show_default=True, help="Fleet size."
)
@click.option(
    "--scale",
    type=click.FloatRange(min=0.001),
    default=20.0,
    show_default=True,
    help="Both sides multiply emnify's published rate limits by this.",
)
@click.option(
    "--concurrency",
    type=click.IntRange(1, 512),
    default=32,
    show_default=True,
    help="Requests in flight at once.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def demo(sims: int, scale: float, concurrency: int, quiet: bool) -> None:
    """Start the simulator on a free loopback port and fetch every SIM's stats through the client."""
    from ._demo import run_demo

    raise SystemExit(run_demo(sims=sims, scale=scale, concurrency=concurrency, quiet=quiet))


def _fail(message: str, status: int) -> NoReturn:
    print(f"emnify: error: {message}", file=sys.stderr)
    raise SystemExit(status)


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """Console-script entry point: runs the app, turning every failure into one stderr line."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        args = ["--help"]
    try:
        status = app.main(args=args, prog_name="emnify", standalone_mode=False)
    except click.UsageError as exc:
        command = exc.ctx.command_path if exc.ctx is not None else "emnify"
        _fail(f"{exc.format_message()} (see '{command} --help')", 2)
    except click.Abort:
        _fail("interrupted", 130)
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except CliError as exc:
        _fail(str(exc), 1)
    except EmnifyError as exc:
        _fail(f"{type(exc).__name__}: {exc}", 1)
    except OSError as exc:
        _fail(f"{exc.strerror or exc}{f': {exc.filename}' if exc.filename else ''}", 1)
    except click.ClickException as exc:
        _fail(exc.format_message(), exc.exit_code or 1)
    raise SystemExit(status if isinstance(status, int) else 0)
