"""Observing what a client does: one `Event` per step of every request.

Pass functions to `EmnifyClient(event_hooks=[...])`; each is called with an `Event` for every
request the client makes -- generated operations, `client.request`, pagination, `sim_stats`,
bulk runs, and the authenticate calls -- because all of them take the one pipeline
(`emnify._pipeline`)::

    def log_event(event: Event) -> None:
        if event.kind == "response":
            print(event.method, event.path, event.status_code, f"{event.elapsed:.3f} s")

    async with EmnifyClient(application_token=..., event_hooks=[log_event]) as client:
        ...

Kinds, in the order they happen for one request (`request_id` ties them together):

======== ================================================================================
request  an attempt leaves (after the rate-limit wait and the concurrency slot)
response the attempt was answered: `status_code`, `elapsed` (seconds on the wire)
error    the attempt failed on the network: `reason` names the failure
retry    the request will be sent again: `reason`, `attempt` (the next one), `delay`
pause    a 429 paused the request's route: `delay` is the pause (seconds)
token    a new token was obtained: `reason` is "authenticate", "refresh" or "renew after 401"
======== ================================================================================

Hooks are plain functions, called inline on the event loop: keep them short and never block
(hand work to a queue if it is slow). A hook that raises is logged (logger ``emnify``, with
the traceback at DEBUG) and does not affect the request. Events never carry headers, bodies
or credentials. `emnify.otel.SpanHook` turns them into OpenTelemetry spans.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

__all__ = ["Event", "EventHook", "EventKind"]

EventKind = Literal["request", "response", "error", "retry", "pause", "token"]


@dataclass(frozen=True, slots=True)
class Event:
    """One step of one request (see the module docs for the kinds)."""

    kind: EventKind
    #: the HTTP method and the path (no query string) of the request
    method: str
    path: str
    #: the same for every event of one request (and all of its attempts), unique per client
    request_id: int
    #: 1 for the first attempt
    attempt: int = 1
    status_code: int | None = None
    #: seconds between the attempt leaving and its answer (response)
    elapsed: float | None = None
    #: seconds until the next attempt (retry) or the length of a route's pause (pause)
    delay: float | None = None
    reason: str = ""


EventHook = Callable[[Event], object]
