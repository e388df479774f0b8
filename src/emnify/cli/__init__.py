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
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn, TextIO

import anyio

try:
    import click
    from rich.console import Console
except ImportError as _missing:
    # `python -m emnify.cli` imports this package before its `__main__` runs, so the guard of
    # the console script (`emnify._entry`) cannot catch this; Python sets sys.argv[0] to "-m"
    # while it locates the module. Only then is a missing extra one line instead of a
    # traceback: an application importing `emnify.cli` gets the ImportError itself.
    if sys.argv[:1] == ["-m"]:
        from emnify._entry import exit_for_missing_extra

        exit_for_missing_extra(_missing)
    raise

from emnify.client import DEFAULT_BASE_URL
from emnify.errors import EmnifyError

from ._credentials import client_credentials
from ._failures import describe_failure
from ._ids import read_ids_file
from ._simulate import LazyOptionsCommand, config_option, simulate_options
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
        help="emnify application token. Env: EMNIFY_APPLICATION_TOKEN. Or user credentials, "
        "from the environment only: EMNIFY_USERNAME and EMNIFY_PASSWORD (an MFA code is asked "
        "for on the terminal).",
    )(command)


LOG_LEVELS = ("debug", "info", "warning", "error")


def _data_options(command: Callable[..., None]) -> Callable[..., None]:
    """`emnify stats --daily --from DATE --to DATE [--endpoints]`."""
    day = click.DateTime(formats=["%Y-%m-%d"])
    for option in (
        click.option(
            "--endpoints",
            is_flag=True,
            help="With --daily: the ids (or --all) are endpoints, not SIMs.",
        ),
        click.option(
            "--to",
            "end",
            type=day,
            metavar="YYYY-MM-DD",
            help="With --daily: the last day (YYYY-MM-DD), included.",
        ),
        click.option(
            "--from",
            "start",
            type=day,
            metavar="YYYY-MM-DD",
            help="With --daily: the first day (YYYY-MM-DD).",
        ),
        click.option(
            "--daily",
            is_flag=True,
            help="Daily statistics, one row per SIM, day and traffic type (default range: "
            "this month).",
        ),
    ):
        command = option(command)
    return command


@click.group(context_settings=CONTEXT)
@click.version_option(package_name="emnify-async", prog_name="emnify")
@click.option(
    "--log-level",
    type=click.Choice(LOG_LEVELS, case_sensitive=False),
    envvar="EMNIFY_LOG_LEVEL",
    help="Log to stderr from this level up: the client's retries, pauses and token renewals "
    "(debug), and each HTTP request httpx sends (info; the HTTP libraries never log below "
    "info). Credentials never appear. Default: no logging. Env: EMNIFY_LOG_LEVEL.",
)
def app(log_level: str | None) -> None:
    """Async emnify API client: bulk SIM statistics, an API simulator, and a demo."""
    if log_level:
        _log_to_stderr(log_level)


#: the credentials this run was given, masked in every log line (`_log_to_stderr`)
_LOG_SECRETS: list[str] = []


def _log_to_stderr(level: str) -> None:
    """Send the log records of the client and the libraries under it to stderr.

    The client's loggers (``emnify.*``) log from `level`, the HTTP libraries never below INFO:
    at DEBUG httpcore dumps every header it sends and receives (a ``Set-Cookie`` with a token,
    whatever a server echoes), and no filter can know every shape a credential takes in such a
    dump. What is still logged passes a `RedactingFilter`, which masks the application token
    and anything shaped like a JWT: httpx's INFO line quotes the server's status line, which a
    server can make quote a token too.
    """
    import logging

    from rich.logging import RichHandler

    from emnify._redact import RedactingFilter

    handler = RichHandler(console=Console(stderr=True), show_path=False, markup=False)
    handler.addFilter(RedactingFilter(lambda: _LOG_SECRETS))
    number = logging.getLevelName(level.upper())
    logging.basicConfig(
        level=max(number, logging.INFO), format="%(name)s: %(message)s", handlers=[handler]
    )
    logging.getLogger("emnify").setLevel(number)


@app.command(context_settings=CONTEXT)
@click.argument("sim_ids", nargs=-1)
@click.option("--all", "all_sims", is_flag=True, help="Fetch every SIM of the organisation.")
@click.option(
    "--ids-file",
    type=click.File("r", encoding="utf-8"),
    help="SIM ids one per line ('-': stdin); blank lines are skipped, a bad line is an error "
    "row naming its line number.",
)
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
    "--resume",
    is_flag=True,
    help="Skip SIMs already in --out (jsonl, csv, parquet, sqlite) and add the rest.",
)
@_data_options
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
    ids_file: TextIO | None,
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
    daily: bool = False,
    start: datetime | None = None,
    end: datetime | None = None,
    endpoints: bool = False,
) -> None:
    """Fetch usage and cost statistics for SIM_IDS (or --all), with a progress bar and a
    fleet summary on stderr.

    CSV and JSONL results are written and flushed one by one; Parquet and SQLite (which
    upserts, so a repeated run gives the same table) keep what they wrote valid too. Ctrl-C
    (exit 130) or SIGTERM (exit 143) stops the run with every finished result in the file;
    run the same command with --resume to fetch the rest. --daily fetches daily statistics
    (--from/--to, default this month), of endpoints with --endpoints."""
    try:
        ids = parse_sim_ids(sim_ids)
        part = parse_shard_option(shard)
    except CliError as exc:
        raise click.UsageError(str(exc)) from None
    ids, rejected = read_ids_file(ids_file, all_sims=all_sims, ids=ids)
    run = StatsRun(
        sim_ids=ids,
        all_sims=all_sims,
        output_format=OutputFormat(output_format),
        out=out,
        resume=resume,
        quiet=quiet,
        top=top,
        rejected=rejected,
        daily=daily,
        start=start.date() if start else None,
        end=end.date() if end else None,
        endpoints=endpoints,
        shard=part,
    )
    problem = run_options_error(run)
    if problem:
        raise click.UsageError(problem)
    credentials = client_credentials(application_token)
    from emnify.client import EmnifyClient
    from emnify.limits import RateLimits

    # (the log filter masks every credential the run holds; a username is not a secret)
    _LOG_SECRETS.extend(
        value for key, value in credentials.items() if key != "username" and isinstance(value, str)
    )
    client = EmnifyClient(
        **credentials,
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
@click.argument("sim_ids", nargs=-1)
@click.option(
    "--input",
    "-i",
    "input_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A file 'emnify stats' wrote (parquet, sqlite, jsonl or csv; monthly or daily).",
)
@click.option("--all", "all_sims", is_flag=True, help="Fetch every SIM's statistics.")
@click.option(
    "--out",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The HTML file to write.",
)
@click.option("--title", default="emnify fleet report", show_default=True, help="Page title.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no closing line.")
@_credentials_options
def report(
    sim_ids: tuple[str, ...],
    input_file: Path | None,
    all_sims: bool,
    out: Path,
    title: str,
    quiet: bool,
    application_token: str | None,
    base_url: str,
) -> None:
    """Write a fleet report: one self-contained HTML page with charts (volume and cost per
    month and traffic type, the top consumers, the cost per SIM), from a stats file (--input)
    or fetching SIM_IDS (or --all). Needs the 'report' extra (plotly)."""
    from ._report import fetch_rows, make_report, rows_from_file

    sources = sum((input_file is not None, bool(sim_ids), all_sims))
    if sources != 1:
        raise click.UsageError("give one of --input FILE, SIM ids or --all")
    from emnify.stats.table import require

    require("plotly", "report")
    stderr = Console(stderr=True)
    if input_file is not None:
        rows = rows_from_file(input_file)
    else:
        try:
            ids = parse_sim_ids(sim_ids)
        except CliError as exc:
            raise click.UsageError(str(exc)) from None
        if not application_token:
            raise click.UsageError(
                "no credentials: pass --application-token or set EMNIFY_APPLICATION_TOKEN"
            )
        from emnify.client import EmnifyClient

        client = EmnifyClient(application_token, base_url=base_url)
        rows = anyio.run(fetch_rows, client, ids, all_sims, stderr, quiet)
    make_report(rows, out, title, stderr, quiet)


@app.command(cls=LazyOptionsCommand, options_factory=simulate_options, context_settings=CONTEXT)
def simulate(**options: Any) -> None:
    """Serve the emnify API simulator in the foreground on 127.0.0.1 (Ctrl-C stops it).

    The base URL is printed on stdout once the server accepts connections. The options are
    those of `python -m emnify.testing`, from the same declarations.
    """
    from ._simulate import run_simulate

    raise SystemExit(run_simulate(options))


def _demo_options() -> list[click.Parameter]:
    """The demo's fleet options: the simulator's `--sims` and `--scale`, with the demo's own
    bounds (it fetches every SIM) and defaults."""
    return [
        config_option("sims", type=click.IntRange(1, 100_000)),
        config_option(
            "scale",
            default=20.0,
            type=click.FloatRange(min=0.001),
            help="Both sides multiply emnify's published rate limits by this.",
        ),
    ]


@app.command(cls=LazyOptionsCommand, options_factory=_demo_options, context_settings=CONTEXT)
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
    except Exception as exc:  # a missing extra, or a bug: still one line (see _failures.py)
        _fail(*describe_failure(exc, args, app.commands))
    raise SystemExit(status if isinstance(status, int) else 0)
