"""Serving the simulator over real HTTP on 127.0.0.1.

* :func:`serve_simulator` runs uvicorn in a background thread of the current process;
* :func:`serve_simulator_async` does the same from async code (asyncio or trio);
* :func:`spawn_simulator_process` runs ``python -m emnify.testing`` as a separate process, for
  benchmarks where the simulator must not share the client's interpreter.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import selectors
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass, fields, replace
from datetime import datetime
from typing import Any

import anyio
import uvicorn

from .app import Simulator
from .config import SimulatorConfig
from .faults import FaultConfig
from .ratelimit import BucketLimit, RateLimitMode, RateLimitPolicy

__all__ = [
    "SimulatorProcess",
    "SimulatorServer",
    "build_parser",
    "config_from_args",
    "config_to_args",
    "main",
    "serve_simulator",
    "serve_simulator_async",
    "spawn_simulator_process",
]

HOST = "127.0.0.1"


def _bind(host: str, port: int) -> socket.socket:
    # proto=IPPROTO_TCP matters: asyncio only sets TCP_NODELAY on accepted sockets whose proto
    # says TCP, and with Nagle's algorithm on, small responses stall ~40 ms on delayed ACKs.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(2048)
        sock.set_inheritable(True)
    except BaseException:
        sock.close()
        raise
    return sock


def _uvicorn_config(app: Any, http: str, loop: str, log_level: str) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        http=http,
        loop=loop,
        lifespan="off",
        interface="asgi3",
        log_config=None,
        log_level=log_level,
        access_log=False,
        date_header=False,  # the app sends Date from the simulator's clock
        ws="none",
        timeout_graceful_shutdown=5,
        backlog=2048,
    )


@dataclass
class SimulatorServer:
    """A simulator being served; ``base_url`` is ``"http://127.0.0.1:PORT"``."""

    simulator: Simulator
    host: str
    port: int

    @property
    def base_url(self) -> str:
        """Scheme, host and port, without a trailing slash."""
        return f"http://{self.host}:{self.port}"

    @property
    def counters(self) -> Any:
        """Shortcut for ``simulator.counters``."""
        return self.simulator.counters

    @property
    def fleet(self) -> Any:
        """Shortcut for ``simulator.fleet``."""
        return self.simulator.fleet

    def url(self, path: str) -> str:
        """Absolute URL for a path such as ``/api/v1/sim``."""
        return self.base_url + (path if path.startswith("/") else "/" + path)

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """Wait until no request is in flight (its handler has returned).

        Statuses are counted before a response leaves, so they never lag behind what a
        client has read; ``in_flight`` drops only when the handler returns, a moment after
        the client may have its answer. Returns False if requests are still running after
        ``timeout`` seconds.
        """
        deadline = time.monotonic() + timeout
        while self.simulator.counters.in_flight:
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.005)
        return True


class _ThreadedServer:
    def __init__(self, simulator: Simulator, host: str, port: int, http: str, loop: str) -> None:
        self.simulator = simulator
        self._sock = _bind(host, port)
        self.host, self.port = host, int(self._sock.getsockname()[1])
        self._server = uvicorn.Server(_uvicorn_config(simulator.app, http, loop, "critical"))
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._run, name=f"emnify-simulator-{self.port}", daemon=True
        )

    def _run(self) -> None:
        try:
            self._server.run(sockets=[self._sock])
        except BaseException as exc:  # pragma: no cover - surfaced by start()
            self._error = exc

    def start(self, timeout: float = 20.0) -> SimulatorServer:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the simulator did not start") from self._error
            time.sleep(0.005)
        return SimulatorServer(self.simulator, self.host, self.port)

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout=30)
        self._sock.close()


def _make_simulator(
    config: SimulatorConfig | Simulator | None, overrides: dict[str, Any]
) -> Simulator:
    if isinstance(config, Simulator):
        if overrides:
            raise TypeError("pass overrides in the config, not with a ready Simulator")
        return config
    return Simulator(config, **overrides)


@contextlib.contextmanager
def serve_simulator(
    config: SimulatorConfig | Simulator | None = None,
    *,
    host: str = HOST,
    port: int = 0,
    http: str = "h11",
    loop: str = "asyncio",
    **overrides: Any,
) -> Iterator[SimulatorServer]:
    """Serve a simulator with uvicorn in a background thread for the ``with`` block.

    ``config`` may be a :class:`SimulatorConfig`, a ready :class:`Simulator` or ``None``
    (defaults); keyword ``overrides`` replace config fields. ``port=0`` picks a free port.
    On exit the server shuts down gracefully and its socket is closed.
    """
    runner = _ThreadedServer(_make_simulator(config, overrides), host, port, http, loop)
    server = runner.start()
    try:
        yield server
    finally:
        runner.stop()


@contextlib.asynccontextmanager
async def serve_simulator_async(
    config: SimulatorConfig | Simulator | None = None,
    *,
    host: str = HOST,
    port: int = 0,
    http: str = "h11",
    loop: str = "asyncio",
    **overrides: Any,
) -> AsyncIterator[SimulatorServer]:
    """Async twin of :func:`serve_simulator` (works under asyncio and trio).

    The server still runs on its own thread and event loop; only start and stop are awaited.
    """
    runner = _ThreadedServer(_make_simulator(config, overrides), host, port, http, loop)
    server = await anyio.to_thread.run_sync(runner.start)
    try:
        yield server
    finally:
        with anyio.CancelScope(shield=True):
            await anyio.to_thread.run_sync(runner.stop)


# -- command line -----------------------------------------------------------------------------------


def _route_limit(text: str) -> tuple[str, tuple[float, float] | None]:
    route, sep, spec = text.rpartition("=")
    if not sep or not route:
        raise argparse.ArgumentTypeError(f"expected ROUTE=RATE:BURST or ROUTE=off, got {text!r}")
    if spec.strip().lower() == "off":
        return route, None
    rate, _, burst = spec.partition(":")
    try:
        return route, (float(rate), float(burst or rate))
    except ValueError:
        raise argparse.ArgumentTypeError(f"bad limit {spec!r}") from None


def _user(text: str) -> tuple[str, str]:
    name, sep, password = text.partition(":")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"expected NAME:PASSWORD, got {text!r}")
    return name, password


def _mfa_user(text: str) -> tuple[str, tuple[str, str]]:
    name, sep, rest = text.partition(":")
    password, sep2, code = rest.rpartition(":")
    if not (sep and sep2 and name):
        raise argparse.ArgumentTypeError(f"expected NAME:PASSWORD:CODE, got {text!r}")
    return name, (password, code)


def build_parser() -> argparse.ArgumentParser:
    """The ``python -m emnify.testing`` argument parser."""
    parser = argparse.ArgumentParser(
        prog="python -m emnify.testing",
        description="Serve the emnify API simulator on 127.0.0.1 and print its base URL.",
    )
    add = parser.add_argument
    add("--host", default=HOST)
    add("--port", type=int, default=0, help="0 picks a free port (default)")
    add("--http", default="auto", help="uvicorn HTTP implementation: auto, h11, httptools")
    add("--loop", default="auto", help="uvicorn event loop: auto, asyncio, uvloop")
    add("--log-level", default="warning")
    add("--sims", type=int, default=2000)
    add("--seed", type=int, default=1)
    add("--first-sim-id", type=int, default=1000)
    add("--token", dest="tokens", action="append", help="application token (repeatable)")
    add("--user", dest="users", action="append", type=_user, default=[], metavar="NAME:PASSWORD")
    add(
        "--mfa-user",
        dest="mfa_users",
        action="append",
        type=_mfa_user,
        default=[],
        metavar="NAME:PASSWORD:CODE",
    )
    add("--token-ttl", type=float, default=3600.0)
    add("--rate-limits", choices=[mode.value for mode in RateLimitMode], default="emnify")
    add("--scale", type=float, default=1.0)
    add(
        "--route-limit",
        dest="route_limits",
        action="append",
        type=_route_limit,
        default=[],
        metavar="ROUTE=RATE:BURST",
        help="e.g. '/api/v1/sim/{sim_id}/stats=200:100' or 'ROUTE=off' (repeatable)",
    )
    add("--retry-after", action="store_true")
    add("--latency", type=float, default=0.0)
    add("--latency-jitter", type=float, default=0.0)
    add("--server-error", type=float, default=0.0)
    add("--drop", type=float, default=0.0)
    add("--truncate", type=float, default=0.0)
    add("--malformed", type=float, default=0.0)
    add("--fault-seed", type=int, default=None)
    add("--faults-include-authenticate", action="store_true")
    add("--storm-every", type=float, default=None)
    add("--storm-seconds", type=float, default=0.0)
    add("--now", default=None, help="pin the statistics clock to this ISO timestamp")
    return parser


def config_from_args(ns: argparse.Namespace) -> SimulatorConfig:
    """Turn parsed command-line options into a :class:`SimulatorConfig`."""
    clock = None
    if ns.now:
        pinned = datetime.fromisoformat(ns.now.replace("Z", "+00:00"))
        if pinned.tzinfo is None:
            raise SystemExit("--now needs a timezone, e.g. 2024-03-01T00:05:00Z")

        def clock() -> datetime:
            return pinned

    return SimulatorConfig(
        sims=ns.sims,
        seed=ns.seed,
        first_sim_id=ns.first_sim_id,
        application_tokens=tuple(ns.tokens) if ns.tokens else SimulatorConfig.application_tokens,
        users=dict(ns.users),
        mfa_users=dict(ns.mfa_users),
        token_ttl=ns.token_ttl,
        rate_limits=ns.rate_limits,
        scale=ns.scale,
        route_limits=dict(ns.route_limits),
        retry_after=ns.retry_after,
        latency=ns.latency,
        latency_jitter=ns.latency_jitter,
        faults=FaultConfig(
            server_error=ns.server_error,
            drop=ns.drop,
            truncate=ns.truncate,
            malformed=ns.malformed,
            seed=ns.fault_seed,
            include_authenticate=ns.faults_include_authenticate,
            storm_every=ns.storm_every,
            storm_seconds=ns.storm_seconds,
        ),
        clock=clock,
    )


_CLI_FIELDS = {
    "sims",
    "seed",
    "first_sim_id",
    "application_tokens",
    "users",
    "mfa_users",
    "token_ttl",
    "rate_limits",
    "scale",
    "route_limits",
    "retry_after",
    "latency",
    "latency_jitter",
    "faults",
}


def config_to_args(config: SimulatorConfig, *, now: datetime | None = None) -> list[str]:
    """Command-line options that make ``python -m emnify.testing`` serve ``config``.

    Raises ``ValueError`` for settings the command line cannot express (a custom timer or
    clock, a ready policy object, unusual fault statuses, ...); pin the clock with ``now``.
    """
    default = SimulatorConfig()
    for f in fields(SimulatorConfig):
        if f.name not in _CLI_FIELDS and getattr(config, f.name) != getattr(default, f.name):
            raise ValueError(f"SimulatorConfig.{f.name} cannot be passed to a process")
    if isinstance(config.rate_limits, RateLimitPolicy):
        raise ValueError("pass rate_limits as 'emnify' or 'none' plus route_limits")
    faults = config.faults
    if faults.server_error_statuses != FaultConfig().server_error_statuses:
        raise ValueError("FaultConfig.server_error_statuses cannot be passed to a process")
    args = [
        f"--sims={config.sims}",
        f"--seed={config.seed}",
        f"--first-sim-id={config.first_sim_id}",
        f"--token-ttl={config.token_ttl!r}",
        f"--rate-limits={RateLimitMode(config.rate_limits).value}",
        f"--scale={config.scale!r}",
        f"--latency={config.latency!r}",
        f"--latency-jitter={config.latency_jitter!r}",
        f"--server-error={faults.server_error!r}",
        f"--drop={faults.drop!r}",
        f"--truncate={faults.truncate!r}",
        f"--malformed={faults.malformed!r}",
    ]
    args += [f"--token={token}" for token in config.application_tokens]
    args += [f"--user={name}:{password}" for name, password in config.users.items()]
    args += [f"--mfa-user={name}:{pw}:{code}" for name, (pw, code) in config.mfa_users.items()]
    for route, limit in config.route_limits.items():
        if limit is None:
            args.append(f"--route-limit={route}=off")
        else:
            bucket = limit if isinstance(limit, BucketLimit) else BucketLimit(*map(float, limit))
            args.append(f"--route-limit={route}={bucket.rate!r}:{bucket.burst!r}")
    if config.retry_after:
        args.append("--retry-after")
    if faults.seed is not None:
        args.append(f"--fault-seed={faults.seed}")
    if faults.include_authenticate:
        args.append("--faults-include-authenticate")
    if faults.storm_every is not None:
        args += [
            f"--storm-every={faults.storm_every!r}",
            f"--storm-seconds={faults.storm_seconds!r}",
        ]
    if now is not None:
        args.append(f"--now={now.isoformat()}")
    return args


class _AnnouncingServer(uvicorn.Server):
    """A uvicorn server that prints its base URL once it accepts connections."""

    def __init__(self, config: uvicorn.Config, base_url: str) -> None:
        super().__init__(config)
        self._base_url = base_url

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        if self.started:
            print(self._base_url, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m emnify.testing``: serve until SIGINT/SIGTERM."""
    ns = build_parser().parse_args(argv)
    simulator = Simulator(config_from_args(ns))
    sock = _bind(ns.host, ns.port)
    try:
        base_url = f"http://{ns.host}:{sock.getsockname()[1]}"
        config = _uvicorn_config(simulator.app, ns.http, ns.loop, ns.log_level)
        _AnnouncingServer(config, base_url).run(sockets=[sock])
    finally:
        sock.close()
    return 0


# -- separate process -------------------------------------------------------------------------------


@dataclass
class SimulatorProcess:
    """A simulator running in a child process started by :func:`spawn_simulator_process`."""

    base_url: str
    process: subprocess.Popen[bytes]

    @property
    def pid(self) -> int:
        """The child's process id."""
        return self.process.pid

    def _admin(self, path: str, method: str = "GET") -> Any:
        request = urllib.request.Request(self.base_url + "/_simulator/" + path, method=method)
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())

    def counters(self) -> dict[str, Any]:
        """The child's counters (see :meth:`SimulatorCounters.snapshot`)."""
        result: dict[str, Any] = self._admin("counters")
        return result

    def reset(self) -> None:
        """Reset the child's counters, limits and lockouts."""
        self._admin("reset", method="POST")


@contextlib.contextmanager
def spawn_simulator_process(
    config: SimulatorConfig | None = None,
    *,
    port: int = 0,
    http: str = "auto",
    loop: str = "auto",
    now: datetime | None = None,
    extra_args: Sequence[str] = (),
    python: str = sys.executable,
    startup_timeout: float = 60.0,
    env: dict[str, str] | None = None,
    **overrides: Any,
) -> Iterator[SimulatorProcess]:
    """Run ``python -m emnify.testing`` in a child process for the ``with`` block.

    The config (plus keyword ``overrides``) is translated with :func:`config_to_args`. Waits
    until the child prints its base URL; on exit sends SIGTERM (SIGKILL after 10 s). The child's
    stderr is kept in a temporary file and quoted if it fails to start.
    """
    config = config if config is not None else SimulatorConfig()
    if overrides:
        config = replace(config, **overrides)
    argv = [python, "-m", "emnify.testing", f"--port={port}", f"--http={http}", f"--loop={loop}"]
    argv += config_to_args(config, now=now) + list(extra_args)
    child_env = dict(os.environ if env is None else env)
    src = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    child_env["PYTHONPATH"] = os.pathsep.join(
        part for part in (src, child_env.get("PYTHONPATH", "")) if part
    )
    with tempfile.TemporaryFile() as stderr:
        process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=stderr, env=child_env)
        try:
            assert process.stdout is not None
            base_url = _await_url(process, startup_timeout)
            if base_url is None:
                stderr.seek(0)
                detail = stderr.read().decode(errors="replace")[-4000:]
                raise RuntimeError(f"simulator process did not start:\n{detail}")
            yield SimulatorProcess(base_url, process)
        finally:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
            if process.stdout is not None:
                process.stdout.close()


def _await_url(process: subprocess.Popen[bytes], timeout: float) -> str | None:
    assert process.stdout is not None
    deadline = time.monotonic() + timeout
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while time.monotonic() < deadline:
            if not selector.select(timeout=0.1):
                if process.poll() is not None:
                    return None
                continue
            line = process.stdout.readline().decode().strip()
            if line.startswith("http://"):
                return line
            if not line and process.poll() is not None:
                return None
    return None
