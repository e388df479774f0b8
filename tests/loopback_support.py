"""The one piece of HTTP/1.1 the tiny loopback servers of the transport tests need."""

from __future__ import annotations

import anyio.abc


async def read_request_head(stream: anyio.abc.ByteStream) -> tuple[bytes, bytes] | None:
    """Read from `stream` until the end of a request's head: (head, the bytes after it), or
    None when the client hangs up first."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = await stream.receive()
        if not chunk:
            return None
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    return head, rest
