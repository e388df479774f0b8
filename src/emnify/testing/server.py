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
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

import anyio
import uvicorn

from .app import Simulator
from .clock import PinnedClock
from .config import SimulatorConfig
from .options import add_arguments, from_args, option, parse_port, to_args

__all__ = [
    "ServeOptions",
    "SimulatorProcess",
    "SimulatorServer",
    "build_parser",
    "config_from_args",
    "config_to_args",
    "main",
    "run",
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


@dataclass(frozen=True)
class ServeOptions:
    """Where and with what ``python -m emnify.testing`` and ``emnify simulate`` serve; each
    field's metadata declares its command-line option, as :class:`SimulatorConfig`'s do."""

    host: str = field(default=HOST, metadata=option("--host", "Interface to listen on."))
    port: int = field(
        default=0,
        metadata=option("--port", "TCP port; 0 picks a free one.", parse=parse_port),
    )
    http: str = field(
        default="auto",
        metadata=option("--http", "uvicorn HTTP implementation: auto, h11, httptools."),
    )
    loop: str = field(
        default="auto", metadata=option("--loop", "uvicorn event loop: auto, asyncio, uvloop.")
    )
    log_level: str = field(
        default="warning", metadata=option("--log-level", "uvicorn's log level.")
    )


def build_parser() -> argparse.ArgumentParser:
    """The ``python -m emnify.testing`` argument parser: the options declared on
    :class:`ServeOptions` and :class:`SimulatorConfig` (see :mod:`emnify.testing.options`)."""
    parser = argparse.ArgumentParser(
        prog="python -m emnify.testing",
        description="Serve the emnify API simulator on 127.0.0.1 and print its base URL.",
    )
    add_arguments(parser, ServeOptions)
    add_arguments(parser, SimulatorConfig)
    return parser


def config_from_args(ns: argparse.Namespace) -> SimulatorConfig:
    """Turn parsed command-line options into a :class:`SimulatorConfig`.

    Raises ``ValueError`` (the config's own message) for values that do not make a valid
    config, such as fault shares adding up to more than 1.
    """
    return from_args(SimulatorConfig, ns)


def config_to_args(config: SimulatorConfig, *, now: datetime | None = None) -> list[str]:
    """Command-line options that make ``python -m emnify.testing`` serve ``config``: one per
    setting that differs from its default.

    Raises ``ValueError`` for settings the command line cannot express (a custom timer or
    clock, a ready policy object, ...); pin the clock with ``now`` (timezone-aware).
    """
    if now is not None:
        config = replace(config, clock=PinnedClock(now))
    return to_args(config)


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
    """Entry point of ``python -m emnify.testing``: serve until SIGINT/SIGTERM.

    Bad options exit with status 2 and argparse's usage message.
    """
    parser = build_parser()
    ns = parser.parse_args(argv)
    try:
        config = config_from_args(ns)
    except ValueError as exc:
        parser.error(str(exc))
    return run(config, from_args(ServeOptions, ns))


def run(config: SimulatorConfig, options: ServeOptions | None = None) -> int:
    """Serve a simulator for `config` in the foreground until SIGINT/SIGTERM, printing its base
    URL on stdout once it accepts connections (``emnify simulate`` and
    ``python -m emnify.testing``). Returns the exit status (0)."""
    options = options or ServeOptions()
    simulator = Simulator(config)
    sock = _bind(options.host, options.port)
    try:
        base_url = f"http://{options.host}:{sock.getsockname()[1]}"
        uvicorn_config = _uvicorn_config(
            simulator.app, options.http, options.loop, options.log_level
        )
        _AnnouncingServer(uvicorn_config, base_url).run(sockets=[sock])
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
