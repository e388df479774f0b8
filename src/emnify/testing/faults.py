"""Seeded fault injection: server errors, dropped and truncated connections, bad JSON, 429 storms.

What a client observes, by fault kind, when served by uvicorn:

``server_error``
    A complete response with status 500, 502, 503 or 504. 500 carries an emnify-style error
    JSON; 502 an HTML page from a proxy; 503 and 504 gateway JSON (``{"message": ...}``).
``drop``
    The connection is closed before a single response byte is written. httpx raises
    ``httpx.RemoteProtocolError("Server disconnected without sending a response.")``; aiohttp
    raises ``ServerDisconnectedError``.
``truncate``
    Status line and headers (``Content-Length`` promising more) and part of the body are sent,
    then the connection is closed: ``httpx.RemoteProtocolError`` while reading the body
    (aiohttp: ``ClientPayloadError``).
``malformed``
    A complete ``200`` response with ``Content-Type: application/json`` whose body is not valid
    JSON (a cut-off document, an HTML page or nothing).
``storm``
    Every faultable request inside a storm gets ``429`` error 1105.

Under ``httpx.ASGITransport`` there is no socket to close: ``drop`` and ``truncate`` raise
:class:`DroppedConnection` out of the app instead, which httpx passes on to the caller.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import anyio

from .options import number_text, option

__all__ = ["DroppedConnection", "Fault", "FaultConfig", "FaultInjector", "close_connection"]

Receive = Callable[[], Any]
Send = Callable[[dict[str, Any]], Any]


class DroppedConnection(ConnectionError):
    """Raised by the app for an injected drop when it has no real connection to close."""


@dataclass(frozen=True)
class FaultConfig:
    """Shares (0..1) of faultable requests that get each fault, plus 429 storms.

    A request gets at most one of ``server_error``, ``drop``, ``truncate`` and ``malformed``;
    their shares must add up to at most 1. ``seed`` defaults to the simulator's seed.
    Faults hit ``/api/`` routes; ``POST /api/v1/authenticate`` only with
    ``include_authenticate``. During a storm (the last ``storm_seconds`` of every
    ``storm_every`` seconds since the simulator started) every faultable request gets 429.

    Each field's metadata declares its command-line option (see :mod:`emnify.testing.options`).
    """

    server_error: float = field(
        default=0.0,
        metadata=option(
            "--server-error",
            "Share of requests answered 500, 502, 503 or 504.",
            parse=float,
            format=number_text,
            in_faults=True,
        ),
    )
    drop: float = field(
        default=0.0,
        metadata=option(
            "--drop",
            "Share of connections closed before the answer.",
            parse=float,
            format=number_text,
            in_faults=True,
        ),
    )
    truncate: float = field(
        default=0.0,
        metadata=option(
            "--truncate",
            "Share of answers cut off inside the body.",
            parse=float,
            format=number_text,
            in_faults=True,
        ),
    )
    malformed: float = field(
        default=0.0,
        metadata=option(
            "--malformed",
            "Share of 200 answers whose body is not JSON.",
            parse=float,
            format=number_text,
            in_faults=True,
        ),
    )
    seed: int | None = field(
        default=None,
        metadata=option("--fault-seed", "Seed of the faults (default: --seed).", parse=int),
    )
    include_authenticate: bool = field(
        default=False,
        metadata=option(
            "--faults-include-authenticate",
            "Faults hit POST /api/v1/authenticate too.",
            switch=True,
        ),
    )
    storm_every: float | None = field(
        default=None,
        metadata=option(
            "--storm-every",
            "A storm of 429 answers every this many seconds.",
            parse=float,
            format=number_text,
            in_faults=True,
        ),
    )
    storm_seconds: float = field(
        default=0.0,
        metadata=option(
            "--storm-seconds",
            "How long each storm lasts, seconds.",
            parse=float,
            format=number_text,
            in_faults=True,
        ),
    )
    server_error_statuses: tuple[int, ...] = field(
        default=(500, 502, 503, 504),
        metadata=option(
            "--server-error-status",
            "Status of the injected server errors (repeatable; default 500, 502, 503, 504).",
            parse=int,
            collect=tuple,
            metavar="STATUS",
        ),
    )

    def __post_init__(self) -> None:
        for name in ("server_error", "drop", "truncate", "malformed", "storm_seconds"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise TypeError(f"FaultConfig.{name} must be a number, not {value!r}")
        if self.storm_every is not None and (
            isinstance(self.storm_every, bool) or not isinstance(self.storm_every, (int, float))
        ):
            raise TypeError(
                f"FaultConfig.storm_every must be seconds or None, not {self.storm_every!r}"
            )
        shares = (self.server_error, self.drop, self.truncate, self.malformed)
        if not all(share >= 0 for share in shares) or sum(shares) > 1.0 + 1e-9:
            raise ValueError("fault shares must be >= 0 and add up to at most 1")
        if self.storm_every is not None and not 0 < self.storm_seconds <= self.storm_every:
            raise ValueError("need 0 < storm_seconds <= storm_every")
        if not self.server_error_statuses:
            raise ValueError("server_error_statuses must not be empty")

    @property
    def active(self) -> bool:
        """Whether any fault can happen at all."""
        return self.storm_every is not None or any(
            (self.server_error, self.drop, self.truncate, self.malformed)
        )


@dataclass(frozen=True)
class Fault:
    """One drawn fault: ``kind`` and, for server errors, the status to send."""

    kind: str
    status: int = 0
    variant: int = 0


_MALFORMED_BODIES = (
    b'[{"last_month": {"data": {"sim_id": 10',
    b"<html><body><h1>Service temporarily unavailable</h1></body></html>",
    b"",
    b'{"auth_token": "eyJhbGciOiJIUzI1NiJ9.',
)


class FaultInjector:
    """Draws faults from ``random.Random(seed)`` in request arrival order."""

    def __init__(self, config: FaultConfig, seed: int, started: float) -> None:
        self.config = config
        self._rng = random.Random(config.seed if config.seed is not None else seed)
        self._started = started

    def storm_remaining(self, now: float) -> float:
        """Seconds left in the current 429 storm, or 0.0 outside a storm."""
        every = self.config.storm_every
        if every is None:
            return 0.0
        phase = (now - self._started) % every
        calm = every - self.config.storm_seconds
        return every - phase if phase >= calm else 0.0

    def draw(self) -> Fault | None:
        """Pick the fault for the next request, if any."""
        cfg = self.config
        roll = self._rng.random()
        for kind, share in (
            ("server_error", cfg.server_error),
            ("drop", cfg.drop),
            ("truncate", cfg.truncate),
            ("malformed", cfg.malformed),
        ):
            if roll < share:
                if kind == "server_error":
                    return Fault(kind, status=self._rng.choice(cfg.server_error_statuses))
                return Fault(kind, variant=self._rng.randrange(len(_MALFORMED_BODIES)))
            roll -= share
        return None


def server_error_response(status: int) -> tuple[bytes, bytes]:
    """Body and content type for an injected server error."""
    if status == 502:
        html = (
            "<html><head><title>502 Bad Gateway</title></head>"
            "<body><center><h1>502 Bad Gateway</h1></center></body></html>"
        )
        return html.encode(), b"text/html"
    if status == 503:
        return json.dumps({"message": "Service Unavailable"}).encode(), b"application/json"
    if status == 504:
        return json.dumps({"message": "Endpoint request timed out"}).encode(), b"application/json"
    body = {
        "error_code": status,
        "error_token": "InternalServerError",
        "message": "An unexpected error occurred",
    }
    return json.dumps(body).encode(), b"application/json"


def malformed_body(variant: int) -> bytes:
    """One of a few invalid JSON documents."""
    return _MALFORMED_BODIES[variant % len(_MALFORMED_BODIES)]


async def close_connection(receive: Receive, send: Send, partial: bytes | None) -> None:
    """Close the client connection without completing a response.

    With ``partial`` the status line, headers (with a ``Content-Length`` larger than what is
    sent) and ``partial`` are written first. This reaches into uvicorn's request cycle (the
    object ``receive`` is bound to) for its transport; without one, :class:`DroppedConnection`
    is raised instead.
    """
    cycle = getattr(receive, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if partial is not None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(partial) * 2 + 64).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": partial, "more_body": True})
    if transport is None or not hasattr(transport, "close"):
        raise DroppedConnection("simulated dropped connection")
    transport.close()
    # Let the protocol notice the closed connection before the app returns, so uvicorn neither
    # sends a 500 nor logs an incomplete response.
    for _ in range(200):
        if getattr(cycle, "disconnected", True):
            break
        await anyio.sleep(0.005 if _ > 5 else 0)
