"""Request counters a test can read while the simulator serves from another thread."""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any

__all__ = ["SimulatorCounters"]


class SimulatorCounters:
    """What the simulator has seen and answered since start (or the last :meth:`reset`).

    Updates happen on the serving event loop under a lock; reads from any thread return
    consistent values (mappings are returned as copies).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._zero()

    def _zero(self) -> None:
        self._requests = 0
        self._in_flight = 0
        self._peak_in_flight = 0
        self._authenticate_calls = 0
        self._failed_authentications = 0
        self._tokens_issued = 0
        self._lockouts = 0
        self._rate_limited = 0
        self._unauthorized = 0
        self._routes: Counter[str] = Counter()
        self._statuses: Counter[int] = Counter()
        self._faults: Counter[str] = Counter()

    def reset(self) -> None:
        """Zero every counter (the current in-flight count is kept, its peak restarts from it)."""
        with self._lock:
            in_flight = self._in_flight
            self._zero()
            self._in_flight = self._peak_in_flight = in_flight

    # -- updates (called by the app) -------------------------------------------------------------

    def request_started(self, route: str) -> None:
        """Count a request to ``route`` and raise the in-flight count."""
        with self._lock:
            self._requests += 1
            self._routes[route] += 1
            self._in_flight += 1
            if self._in_flight > self._peak_in_flight:
                self._peak_in_flight = self._in_flight

    def response_started(self, status: int) -> None:
        """Record the status about to be served.

        Called before the response leaves, so a client that has its answer always finds it
        counted (counting after the body went out raced with the client's next read).
        """
        with self._lock:
            self._statuses[status] += 1
            if status == 429:
                self._rate_limited += 1

    def request_finished(self) -> None:
        """Lower the in-flight count: the response went out, or the connection was dropped."""
        with self._lock:
            self._in_flight -= 1

    def authentication(self, *, failed: bool, tokens: int = 0, locked: bool = False) -> None:
        """Record one authenticate call that reached the credential check."""
        with self._lock:
            if failed:
                self._failed_authentications += 1
            self._tokens_issued += tokens
            if locked:
                self._lockouts += 1

    def authenticate_call(self) -> None:
        """Record that ``POST /api/v1/authenticate`` was called (before any limit applies)."""
        with self._lock:
            self._authenticate_calls += 1

    def unauthorized(self) -> None:
        """Record a 401 served for a missing, bad or expired bearer token."""
        with self._lock:
            self._unauthorized += 1

    def fault(self, kind: str) -> None:
        """Record one injected fault of ``kind``."""
        with self._lock:
            self._faults[kind] += 1

    # -- reads ------------------------------------------------------------------------------------

    @property
    def requests(self) -> int:
        """Requests received (simulator admin routes excluded)."""
        return self._requests

    @property
    def in_flight(self) -> int:
        """Requests being handled right now."""
        return self._in_flight

    @property
    def peak_in_flight(self) -> int:
        """Highest number of requests handled at the same time."""
        return self._peak_in_flight

    @property
    def authenticate_calls(self) -> int:
        """Calls to ``POST /api/v1/authenticate``, whatever their outcome."""
        return self._authenticate_calls

    @property
    def failed_authentications(self) -> int:
        """Authenticate calls refused for their credentials (4xx other than 429)."""
        return self._failed_authentications

    @property
    def tokens_issued(self) -> int:
        """Auth and refresh tokens handed out."""
        return self._tokens_issued

    @property
    def lockouts(self) -> int:
        """Authenticate calls refused because the account was locked."""
        return self._lockouts

    @property
    def rate_limited(self) -> int:
        """429 responses served (rate limits, authenticate limit and 429 storms)."""
        return self._rate_limited

    @property
    def unauthorized_requests(self) -> int:
        """401s served on API routes for a missing, malformed, invalid or expired token."""
        return self._unauthorized

    @property
    def requests_by_route(self) -> dict[str, int]:
        """Requests per route template, e.g. ``"GET /api/v1/sim/{sim_id}/stats"``."""
        with self._lock:
            return dict(self._routes)

    @property
    def responses_by_status(self) -> dict[int, int]:
        """Responses per HTTP status code (dropped connections are not responses)."""
        with self._lock:
            return dict(self._statuses)

    @property
    def faults(self) -> dict[str, int]:
        """Injected faults per kind (``server_error``, ``drop``, ``truncate``, ``malformed``,
        ``storm``)."""
        with self._lock:
            return dict(self._faults)

    def snapshot(self) -> dict[str, Any]:
        """All counters as one JSON-friendly dict."""
        with self._lock:
            return {
                "requests": self._requests,
                "in_flight": self._in_flight,
                "peak_in_flight": self._peak_in_flight,
                "authenticate_calls": self._authenticate_calls,
                "failed_authentications": self._failed_authentications,
                "tokens_issued": self._tokens_issued,
                "lockouts": self._lockouts,
                "rate_limited": self._rate_limited,
                "unauthorized_requests": self._unauthorized,
                "requests_by_route": dict(self._routes),
                "responses_by_status": {str(k): v for k, v in self._statuses.items()},
                "faults": dict(self._faults),
            }
