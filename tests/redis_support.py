"""A real Redis for the tests: ``redis-server`` on a free loopback port, started and killed by
the tests themselves (no persistence: ``--save '' --appendonly no``).

Tests that use it are skipped, with the reason, only when ``redis-server`` is not installed
(``.ci/run`` installs it: ``apt-get install -y redis-server``).
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import anyio
import pytest

REDIS_SERVER = shutil.which("redis-server")

needs_redis = pytest.mark.skipif(
    REDIS_SERVER is None,
    reason="redis-server is not installed (apt-get install -y redis-server)",
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class RedisServer:
    """One redis-server process; `stop` and `start` again on the same port (Redis lost and
    back), `pause` and `resume` (a Redis that hangs)."""

    port: int
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        assert REDIS_SERVER is not None
        self.process = subprocess.Popen(
            [
                REDIS_SERVER,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--protected-mode",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"redis-server exited with {self.process.returncode}")
            if self.command("PING") == "+PONG":
                return
            time.sleep(0.02)
        raise RuntimeError("redis-server did not answer PING")

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.kill()
            process.wait(timeout=30)

    def command(self, *args: str) -> str | None:
        """One command over a plain socket (inline protocol); the first line of the answer,
        or None when nothing listens."""
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=5) as sock:
                sock.sendall((" ".join(args) + "\r\n").encode())
                data = b""
                while b"\r\n" not in data:
                    chunk = sock.recv(4096)
                    if not chunk:
                        break
                    data += chunk
                return data.split(b"\r\n", 1)[0].decode()
        except OSError:
            return None

    def flush(self) -> None:
        assert self.command("FLUSHALL") == "+OK"


@contextlib.contextmanager
def redis_server() -> Iterator[RedisServer]:
    server = RedisServer(free_port())
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def redis_module() -> Iterator[RedisServer]:
    """One redis-server for a test module."""
    if REDIS_SERVER is None:
        pytest.skip("redis-server is not installed (apt-get install -y redis-server)")
    with redis_server() as server:
        yield server


@pytest.fixture
def redis(redis_module: RedisServer) -> RedisServer:
    """The module's redis-server, emptied for this test."""
    if redis_module.process is None:
        redis_module.start()
    redis_module.flush()
    return redis_module


@pytest.fixture
def coredis_buffers_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Close the buffers of a coredis connection that never connected.

    coredis 6.9 creates six anyio memory streams per connection object and closes them only
    once the connection ran; one whose connect fails (Redis down) leaves them to the garbage
    collector, whose ResourceWarning the suite's ``filterwarnings = error`` turns into a
    failure of whichever test happens to be running. Patched here, for the tests only, rather
    than ignoring every unclosed memory stream (the client's own must still be caught).
    """
    from coredis.connection._base import BaseConnection

    original = BaseConnection.run

    async def run(self: Any, *, task_status: Any = anyio.TASK_STATUS_IGNORED) -> None:
        try:
            await original(self, task_status=task_status)
        finally:
            for stream in (
                self._write_buffer_in,
                self._write_buffer_out,
                self._push_message_buffer_in,
                self._push_message_buffer_out,
                self._streamed_message_buffer_in,
                self._streamed_message_buffer_out,
            ):
                stream.close()

    monkeypatch.setattr(BaseConnection, "run", run)
