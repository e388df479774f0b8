"""Rate limiting as the simulator enforces it.

Two mechanisms are modelled, matching what the live API is known to do:

* a *token bucket* per organisation and path template (sustained rate plus burst), and
* a *sliding window* per client IP (at most ``requests`` calls in any ``seconds``), used for the
  general 2,000-per-5-minutes limit and for the authenticate path's 100-per-5-minutes limit.

Only admitted requests are recorded in a window, so a client that keeps hammering after a 429 is
let in again as soon as the oldest admitted call falls out of the window.

All functions take the current time explicitly, so they can be driven by a fake timer.
"""

from __future__ import annotations

import math
import re
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import Enum

__all__ = [
    "AUTHENTICATE_ROUTE",
    "BucketLimit",
    "RateLimitMode",
    "RateLimitPolicy",
    "RateLimiter",
    "SlidingWindow",
    "TokenBucket",
    "WindowLimit",
    "normalize_route",
]

AUTHENTICATE_ROUTE = "POST /api/v1/authenticate"

_PARAM = re.compile(r"\{[^}/]*\}")


def normalize_route(route: str) -> str:
    """Return the canonical key ``"METHOD /path/{}/..."`` for a route description.

    The method defaults to ``GET`` and parameter names are erased, so ``/api/v1/sim/{id}/stats``
    and ``GET /api/v1/sim/{sim_id}/stats`` name the same route.
    """
    text = route.strip()
    method, sep, path = text.partition(" ")
    if not sep:
        method, path = "GET", text
    path = path.strip()
    if not path.startswith("/"):
        raise ValueError(f"route path must start with '/': {route!r}")
    return f"{method.upper()} {_PARAM.sub('{}', path.rstrip('/') or '/')}"


class RateLimitMode(str, Enum):
    """Which built-in set of limits the simulator starts from."""

    EMNIFY = "emnify"
    """The limits emnify publishes (multiplied by ``SimulatorConfig.scale``)."""

    NONE = "none"
    """No limits at all, apart from explicit per-route overrides."""


@dataclass(frozen=True)
class BucketLimit:
    """A sustained ``rate`` (requests per second) with room for ``burst`` back-to-back calls."""

    rate: float
    burst: float

    def __post_init__(self) -> None:
        if self.rate <= 0 or self.burst < 1:
            raise ValueError(f"need rate > 0 and burst >= 1, got {self!r}")


@dataclass(frozen=True)
class WindowLimit:
    """At most ``requests`` admitted calls in any ``seconds``-long sliding window."""

    requests: int
    seconds: float

    def __post_init__(self) -> None:
        if self.requests < 1 or self.seconds <= 0:
            raise ValueError(f"need requests >= 1 and seconds > 0, got {self!r}")


# Published per-path limits (sustained req/s, burst), keyed by normalized route.
_PUBLISHED_ROUTES: dict[str, tuple[float, float]] = {
    **dict.fromkeys(
        (
            "/api/v1/sim/{}/stats",
            "/api/v1/sim",
            "/api/v1/endpoint",
            "/api/v1/event",
            "/api/v1/stats",
            "/api/v1/organisation/{}/stats",
            "/api/v1/organisation/{}/billing",
            "/api/v1/endpoint/{}/connectivity_info",
        ),
        (10.0, 5.0),
    ),
    **dict.fromkeys(
        (
            "/api/v1/sim/{}",
            "/api/v1/endpoint/stats",
            "/api/v1/endpoint/{}/stats",
            "/api/v1/endpoint/{}/stats/daily",
            "/api/v1/service_profile",
            "/api/v1/tariff_profile",
            "/api/v1/event/alerts_pending",
        ),
        (100.0, 50.0),
    ),
    **dict.fromkeys(
        ("/api/v1/endpoint/{}", "/api/v1/endpoint/{}/connectivity"),
        (50.0, 25.0),
    ),
}

_GENERAL = WindowLimit(2000, 300.0)
_AUTHENTICATE = WindowLimit(100, 300.0)


def _scaled_window(limit: WindowLimit, scale: float) -> WindowLimit:
    return WindowLimit(max(1, round(limit.requests * scale)), limit.seconds)


@dataclass(frozen=True)
class RateLimitPolicy:
    """The complete set of limits a simulator enforces.

    ``routes`` maps normalized route keys (see :func:`normalize_route`) to buckets, applied per
    organisation; ``general`` is the per-IP window over every API request; ``authenticate`` is the
    per-IP window over ``POST /api/v1/authenticate``. ``None`` disables a window.
    """

    routes: Mapping[str, BucketLimit] = field(default_factory=dict)
    general: WindowLimit | None = None
    authenticate: WindowLimit | None = None

    @classmethod
    def published(cls, scale: float = 1.0) -> RateLimitPolicy:
        """emnify's published limits; rates and window sizes are multiplied by ``scale``.

        Bursts scale too but never drop below one request.
        """
        if scale <= 0:
            raise ValueError("scale must be > 0")
        routes = {
            f"GET {path}": BucketLimit(rate * scale, max(1.0, burst * scale))
            for path, (rate, burst) in _PUBLISHED_ROUTES.items()
        }
        return cls(
            routes=routes,
            general=_scaled_window(_GENERAL, scale),
            authenticate=_scaled_window(_AUTHENTICATE, scale),
        )

    @classmethod
    def unlimited(cls) -> RateLimitPolicy:
        """No limits at all."""
        return cls()

    def with_routes(
        self, overrides: Mapping[str, BucketLimit | tuple[float, float] | None]
    ) -> RateLimitPolicy:
        """Return a copy with some per-route buckets replaced (``None`` removes a limit)."""
        routes = dict(self.routes)
        for route, limit in overrides.items():
            key = normalize_route(route)
            if limit is None:
                routes.pop(key, None)
            elif isinstance(limit, BucketLimit):
                routes[key] = limit
            else:
                rate, burst = limit
                routes[key] = BucketLimit(float(rate), float(burst))
        return replace(self, routes=routes)

    def bucket_for(self, route_key: str) -> BucketLimit | None:
        """The bucket limit of a normalized route key, if it has one."""
        return self.routes.get(route_key)


class TokenBucket:
    """A classic token bucket: starts full, refills continuously, each call takes one token."""

    __slots__ = ("_stamp", "_tokens", "limit")

    def __init__(self, limit: BucketLimit, now: float) -> None:
        self.limit = limit
        self._tokens = limit.burst
        self._stamp = now

    def _refill(self, now: float) -> None:
        elapsed = now - self._stamp
        if elapsed > 0:
            self._tokens = min(self.limit.burst, self._tokens + elapsed * self.limit.rate)
            self._stamp = now

    def try_acquire(self, now: float) -> float:
        """Take a token; return 0.0 on success or the seconds until one is available."""
        self._refill(now)
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            return 0.0
        return (1.0 - self._tokens) / self.limit.rate


class SlidingWindow:
    """A log of admitted calls: admits a call if fewer than ``limit.requests`` are in the window."""

    __slots__ = ("_stamps", "limit")

    def __init__(self, limit: WindowLimit) -> None:
        self.limit = limit
        self._stamps: deque[float] = deque()

    def try_acquire(self, now: float) -> float:
        """Record a call; return 0.0 on success or the seconds until the window has room."""
        horizon = now - self.limit.seconds
        stamps = self._stamps
        while stamps and stamps[0] <= horizon:
            stamps.popleft()
        if len(stamps) < self.limit.requests:
            stamps.append(now)
            return 0.0
        return stamps[0] - horizon


class RateLimiter:
    """Holds the live buckets and windows for one :class:`RateLimitPolicy`.

    Not thread-safe: it is used from the event loop that serves the simulator.
    """

    def __init__(self, policy: RateLimitPolicy) -> None:
        self.policy = policy
        self._buckets: dict[tuple[object, str], TokenBucket] = {}
        self._general: dict[str, SlidingWindow] = {}
        self._authenticate: dict[str, SlidingWindow] = {}

    def reset(self) -> None:
        """Forget all recorded calls (every bucket full again, every window empty)."""
        self._buckets.clear()
        self._general.clear()
        self._authenticate.clear()

    def check_general(self, client_ip: str, now: float) -> float:
        """Apply the per-IP general window; 0.0 means admitted, else the wait in seconds."""
        limit = self.policy.general
        if limit is None:
            return 0.0
        window = self._general.get(client_ip)
        if window is None:
            window = self._general[client_ip] = SlidingWindow(limit)
        return window.try_acquire(now)

    def check_authenticate(self, client_ip: str, now: float) -> float:
        """Apply the per-IP authenticate window; 0.0 means admitted, else the wait in seconds."""
        limit = self.policy.authenticate
        if limit is None:
            return 0.0
        window = self._authenticate.get(client_ip)
        if window is None:
            window = self._authenticate[client_ip] = SlidingWindow(limit)
        return window.try_acquire(now)

    def check_route(self, organisation: object, route_key: str, now: float) -> float:
        """Apply the route's bucket for one organisation; 0.0 means admitted."""
        limit = self.policy.routes.get(route_key)
        if limit is None:
            return 0.0
        key = (organisation, route_key)
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = TokenBucket(limit, now)
        return bucket.try_acquire(now)


def retry_after_seconds(wait: float) -> int:
    """Round a wait up to the whole seconds a ``Retry-After`` header carries (at least 1)."""
    return max(1, math.ceil(wait - 1e-9))
