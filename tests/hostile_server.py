"""A small, scriptable HTTP/1.1 server on 127.0.0.1 that misbehaves on purpose.

The simulator behaves like emnify; this one behaves like whatever a test needs: it echoes
credentials, drops answers after reading the request, trickles bodies, sends gzip bombs, or
answers authenticate with a 302. Each test passes a handler::

    async def handler(request: Received, reply: Reply) -> None:
        if request.path == "/api/v1/authenticate":
            await reply.drop()                    # the answer is lost
        else:
            await reply.send(200, {"ok": True})   # JSON, or bytes with headers=...

    async with hostile_server(handler) as server:
        client = EmnifyClient("token", base_url=server.base_url)
        ...
        server.received  # every request, in arrival order (recorded before the handler runs)

Connections are kept alive (a client's pool reuses them) until the handler drops one or the
client closes it. Runs on the test's own event loop (asyncio or trio), via anyio.
"""

from __future__ import annotations

import contextlib
import json
import struct
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import anyio
import anyio.abc

__all__ = ["HostileServer", "Received", "Reply", "gzip_of_zeros", "hostile_server"]


@dataclass
class Received:
    """A request as the server read it (header names lower-cased)."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class _Dropped(Exception):
    """The handler closed the connection."""


class Reply:
    """How a handler answers one request."""

    def __init__(self, stream: anyio.abc.ByteStream) -> None:
        self._stream = stream
        self.closed = False

    async def send(
        self,
        status: int,
        body: Any = b"",
        *,
        headers: dict[str, str] | None = None,
        reason: str = "X",
    ) -> None:
        """One complete answer; a non-bytes body is sent as JSON."""
        if not isinstance(body, bytes):
            body = json.dumps(body).encode()
            headers = {"Content-Type": "application/json", **(headers or {})}
        head = f"HTTP/1.1 {status} {reason}\r\n"
        for name, value in {"Content-Length": str(len(body)), **(headers or {})}.items():
            head += f"{name}: {value}\r\n"
        await self._stream.send(head.encode("latin-1") + b"\r\n" + body)

    async def raw(self, data: bytes) -> None:
        """Bytes exactly as given (a head, part of a body, ...)."""
        await self._stream.send(data)

    async def drop(self) -> None:
        """Close the connection without (the rest of) an answer."""
        self.closed = True
        raise _Dropped

    async def trickle(self, data: bytes, every: float) -> None:
        """`data` one byte at a time, `every` seconds apart."""
        for i in range(len(data)):
            await self._stream.send(data[i : i + 1])
            await anyio.sleep(every)

    async def stream(
        self,
        status: int,
        parts: Iterable[bytes],
        *,
        length: int,
        headers: dict[str, str] | None = None,
    ) -> bool:
        """A head announcing `length` body bytes, then `parts` as they come. True when all
        of it was sent; False when the client closed the connection first (the server's
        own record of a client that stopped reading)."""
        head = f"HTTP/1.1 {status} X\r\nContent-Length: {length}\r\n"
        for name, value in (headers or {}).items():
            head += f"{name}: {value}\r\n"
        try:
            await self._stream.send(head.encode("latin-1") + b"\r\n")
            for part in parts:
                await self._stream.send(part)
        except (anyio.BrokenResourceError, anyio.ClosedResourceError):
            self.closed = True
            return False
        return True


Handler = Callable[[Received, Reply], Awaitable[None]]


def gzip_of_zeros(mib: int) -> bytes:
    """A valid gzip body that decodes to `mib` MiB of zero bytes, built in milliseconds.

    Each MiB is compressed once and ended with a full flush, which byte-aligns the output and
    forgets the history: every following MiB compresses to the very same bytes, so the body is
    that block repeated (about 1 kB per MiB: 1 GiB in 1 MB), plus a final empty block and the
    gzip trailer (CRC-32 and size of the decoded data).
    """
    zeros = bytes(2**20)
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    first = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(mib):
        crc = zlib.crc32(zeros, crc)
    final = b"\x03\x00"  # an empty final block (fixed Huffman codes, end of block at once)
    trailer = struct.pack("<II", crc, (mib * 2**20) & 0xFFFFFFFF)
    return first + block * (mib - 1) + final + trailer


@dataclass
class HostileServer:
    base_url: str
    received: list[Received] = field(default_factory=list)

    def paths(self) -> list[str]:
        return [f"{r.method} {r.path}" for r in self.received]

    def count(self, path: str) -> int:
        return sum(r.path == path for r in self.received)


async def _read_request(stream: anyio.abc.ByteStream, buffer: bytearray) -> Received | None:
    while b"\r\n\r\n" not in buffer:
        try:
            chunk = await stream.receive()
        except (anyio.EndOfStream, anyio.BrokenResourceError, anyio.ClosedResourceError):
            return None
        buffer += chunk
    head, _, rest = bytes(buffer).partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0") or 0)
    body = bytearray(rest)
    while len(body) < length:
        try:
            body += await stream.receive()
        except (anyio.EndOfStream, anyio.BrokenResourceError, anyio.ClosedResourceError):
            return None
    buffer[:] = body[length:]
    return Received(method, target.split("?", 1)[0], headers, bytes(body[:length]))


@contextlib.asynccontextmanager
async def hostile_server(handler: Handler) -> AsyncIterator[HostileServer]:
    """Serve `handler` on a free loopback port for the ``async with`` block."""
    listener = await anyio.create_tcp_listener(local_host="127.0.0.1")
    port = listener.extra(anyio.abc.SocketAttribute.local_port)
    server = HostileServer(f"http://127.0.0.1:{port}")

    async def connection(stream: anyio.abc.ByteStream) -> None:
        buffer = bytearray()
        async with stream:
            while True:
                request = await _read_request(stream, buffer)
                if request is None:
                    return
                server.received.append(request)
                try:
                    await handler(request, Reply(stream))
                except _Dropped:
                    return
                except (anyio.BrokenResourceError, anyio.ClosedResourceError):
                    return  # the client went away mid-answer

    async with listener, anyio.create_task_group() as tg:
        tg.start_soon(listener.serve, connection, tg)
        try:
            yield server
        finally:
            tg.cancel_scope.cancel()
