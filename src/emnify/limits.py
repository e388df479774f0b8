"""Client-side rate limiting: the published emnify limits and the limiter that enforces them.

`RateLimits` is the configuration (what the API publishes, times a `scale`, minus safety
margins). `Limiter` is the runtime part used by the pipeline (`emnify._pipeline`): it maps each
request to a `Route` (method + path template) and makes the request wait for its turn.

Why hand-rolled: `aiolimiter` (the usual choice) is asyncio-only, and this client must run on
trio as well; the limiter also needs a per-route "paused until" (Retry-After), a sliding window
for the general per-IP limit, and AIMD adaptation after 429s, which no small library combines.
Everything here uses anyio primitives only.

Model:

* **Per-route token bucket** for the published per-path limits (sustained rate, burst). The
  client runs each bucket at ``rate * scale * rate_safety`` (0.98) with a burst of
  ``burst * scale * burst_fraction`` (0.5): the server's bucket then fills a little faster than
  the client drains it, and the half burst the client never uses absorbs network jitter (a
  batch of requests delayed on the way and arriving together). The goal is zero 429s from a
  server that enforces exactly the published limits while wasting only ~2 % of throughput.
* **General limit as a sliding window**: at most ``requests * scale * (1 - general_margin)``
  requests in any ``window`` seconds, the way emnify words it ("2,000 requests in any 5
  minutes"). A steady token rate would wrongly cap a short, fast batch at 6.7 req/s.
* **Window limits per route** (POST /api/v1/authenticate: 100 per 5 minutes) the same way.
* **Pause**: a 429 sets the route's "paused until" (from `Retry-After`, or the transport's
  jittered backoff); every request of the route waits for it, so one 429 does not turn into a
  thundering herd of retries.
* **AIMD** after a 429: the route's rate is cut (multiplicative decrease: never below half,
  at least by 10 %, aiming at 95 % of the success rate measured over the last second, which is
  what a saturated server lets through) and raised again by a small step per success
  (additive increase, 0.1 % of the reference rate) while the bucket is the binding
  constraint, up to the configured rate. After 5 s without a 429 the step becomes a constant
  +1 req/s per success (exponential growth in time), so a deep cut heals in seconds.
  A route with no configured rate (unknown path, or client throttling switched off) gets an
  adaptive bucket on its first 429 once something succeeded on it, starting from the measured
  success rate and probing upwards the same exponential way until its next 429 -- the
  measured rate then usually reflects only the server's burst. Only a 429 for a request *sent
  after* the route last reacted cuts again or extends the pause, so a burst of 429s for
  requests already in flight counts once.

Waiting is FIFO per route (an `anyio.Lock` held while sleeping for the route's next token), so
rate changes apply to the very next request and cancellation simply releases the lock without
consuming a token.
"""

from __future__ import annotations

import logging
import math
import re
from asyncio import get_running_loop
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

import anyio

from ._validate import check_number
from .errors import ConfigurationError

__all__ = [
    "AdaptiveSettings",
    "Limiter",
    "RateLimits",
    "Route",
    "RouteLimit",
    "TokenBucketLimit",
    "WindowLimit",
]

logger = logging.getLogger("emnify")

_ROUTE_CACHE_MAX = 8192


@dataclass(frozen=True)
class TokenBucketLimit:
    """A sustained rate (requests per second) with a burst allowance."""

    rate: float
    burst: float

    def __post_init__(self) -> None:
        check_number("TokenBucketLimit.rate", self.rate)
        check_number("TokenBucketLimit.burst", self.burst)
        if not (self.rate > 0 and math.isfinite(self.rate)):
            raise ConfigurationError("TokenBucketLimit.rate must be a positive number")
        if not (self.burst >= 1 and math.isfinite(self.burst)):
            raise ConfigurationError("TokenBucketLimit.burst must be at least 1")


@dataclass(frozen=True)
class WindowLimit:
    """At most `requests` requests in any `seconds`-long window."""

    requests: int
    seconds: float

    def __post_init__(self) -> None:
        check_number("WindowLimit.requests", self.requests)
        check_number("WindowLimit.seconds", self.seconds)
        if self.requests < 1:
            raise ConfigurationError("WindowLimit.requests must be at least 1")
        if not (self.seconds > 0 and math.isfinite(self.seconds)):
            raise ConfigurationError("WindowLimit.seconds must be a positive number")


@dataclass(frozen=True)
class RouteLimit:
    """A limit for one method + path template, e.g. ``GET /api/v1/sim/{id}/stats``.

    `{name}` matches one path segment; a trailing ``/*`` also matches any sub-path (and the
    path itself).
    """

    method: str
    template: str
    limit: TokenBucketLimit | WindowLimit


_BUCKET_10 = TokenBucketLimit(10, 5)
_BUCKET_100 = TokenBucketLimit(100, 50)
_BUCKET_50 = TokenBucketLimit(50, 25)

#: The per-path limits emnify publishes (per organisation; GET unless noted).
EMNIFY_ROUTE_LIMITS: tuple[RouteLimit, ...] = (
    RouteLimit("GET", "/api/v1/sim/{id}/stats", _BUCKET_10),
    RouteLimit("GET", "/api/v1/sim", _BUCKET_10),
    RouteLimit("GET", "/api/v1/endpoint", _BUCKET_10),
    RouteLimit("GET", "/api/v1/event", _BUCKET_10),
    RouteLimit("GET", "/api/v1/stats", _BUCKET_10),
    RouteLimit("GET", "/api/v1/organisation/{id}/stats", _BUCKET_10),
    RouteLimit("GET", "/api/v1/organisation/{id}/billing", _BUCKET_10),
    RouteLimit("GET", "/api/v1/endpoint/{id}/connectivity_info", _BUCKET_10),
    RouteLimit("GET", "/api/v1/sim/{id}", _BUCKET_100),
    RouteLimit("GET", "/api/v1/endpoint/stats", _BUCKET_100),
    RouteLimit("GET", "/api/v1/endpoint/{id}/stats/*", _BUCKET_100),
    RouteLimit("GET", "/api/v1/service_profile", _BUCKET_100),
    RouteLimit("GET", "/api/v1/tariff_profile", _BUCKET_100),
    RouteLimit("GET", "/api/v1/event/alerts_pending", _BUCKET_100),
    RouteLimit("GET", "/api/v1/endpoint/{id}", _BUCKET_50),
    RouteLimit("GET", "/api/v1/endpoint/{id}/connectivity", _BUCKET_50),
    RouteLimit("POST", "/api/v1/authenticate", WindowLimit(100, 300.0)),
)

#: emnify's general limit: 2,000 requests per IP in any 5 minutes.
EMNIFY_GENERAL_LIMIT = WindowLimit(2000, 300.0)


@dataclass(frozen=True)
class RateLimits:
    """Which limits the client enforces on itself before sending.

    Use `RateLimits.emnify()` for the published limits (the default of `EmnifyClient`),
    `RateLimits.emnify(scale=k)` when your organisation has k times the published limits (or
    to test against a scaled simulator), or pass `rate_limits=None` to the client to switch
    client-side throttling off (it then still adapts to 429s).

    Attributes:
        routes: per-path limits, as published (before scaling and margins).
        general: the limit over all requests of the client, or None.
        scale: multiplies every rate, burst and window count.
        rate_safety: fraction of a (scaled) per-route rate the client uses (0.98).
        burst_fraction: fraction of a (scaled) burst the client uses (0.5).
        general_margin: fraction of a window count left unused (0.02).

    Raises `emnify.errors.ConfigurationError` (a ValueError) for a value that is not a number
    or out of range, e.g. ``RateLimits.emnify(scale=0)``.
    """

    routes: tuple[RouteLimit, ...] = ()
    general: WindowLimit | None = None
    scale: float = 1.0
    rate_safety: float = 0.98
    burst_fraction: float = 0.5
    general_margin: float = 0.02

    def __post_init__(self) -> None:
        for name in ("scale", "rate_safety", "burst_fraction", "general_margin"):
            check_number(f"RateLimits.{name}", getattr(self, name))
        if not (self.scale > 0 and math.isfinite(self.scale)):
            raise ConfigurationError(
                f"RateLimits.scale must be a positive number (e.g. 2 for twice the published "
                f"limits), got {self.scale!r}"
            )
        if not 0 < self.rate_safety <= 1:
            raise ConfigurationError("RateLimits.rate_safety must be in (0, 1]")
        if not 0 < self.burst_fraction <= 1:
            raise ConfigurationError("RateLimits.burst_fraction must be in (0, 1]")
        if not 0 <= self.general_margin < 1:
            raise ConfigurationError("RateLimits.general_margin must be in [0, 1)")
        object.__setattr__(self, "routes", tuple(self.routes))

    @classmethod
    def emnify(cls, scale: float = 1.0) -> RateLimits:
        """emnify's published limits, every rate, burst and window count multiplied by `scale`."""
        return cls(routes=EMNIFY_ROUTE_LIMITS, general=EMNIFY_GENERAL_LIMIT, scale=scale)

    def scaled(self, scale: float) -> RateLimits:
        """A copy with another `scale`."""
        return replace(self, scale=scale)

    # What the client actually enforces, after scaling and margins.
    def client_bucket(self, limit: TokenBucketLimit) -> tuple[float, float]:
        """(rate, burst) the client uses for a published token-bucket limit."""
        rate = limit.rate * self.scale * self.rate_safety
        burst = max(1.0, math.floor(limit.burst * self.scale * self.burst_fraction))
        return rate, burst

    def client_window(self, limit: WindowLimit) -> tuple[int, float]:
        """(requests, seconds) the client uses for a published window limit."""
        requests = max(1, math.floor(limit.requests * self.scale * (1 - self.general_margin)))
        return requests, limit.seconds


@dataclass(frozen=True)
class AdaptiveSettings:
    """Parameters of the AIMD adaptation after 429 answers.

    Attributes:
        max_decrease: strongest cut per 429 episode (new rate >= rate * max_decrease).
        min_decrease: weakest cut (new rate <= rate * min_decrease).
        target_fraction: the cut aims at this fraction of the measured success rate.
        increase_step: additive increase per success, as a fraction of the reference rate
            (the configured rate, or for adaptive routes the rate set at the last cut).
        probe_gain: increase per success (req/s) of an adaptive route between its creation
            and its first cut; the measured rate it starts from may be far too low (it saw
            only a burst), so it grows exponentially in time, doubling every ~0.7/gain s.
        calm_period: seconds without a fresh 429 after which an adapted route probes
            upwards again (exponentially) instead of creeping (additively).
        min_samples: successes within `measure_window` needed before an adaptive bucket
            is created (with fewer, only the pauses apply).
        min_rate: floor of any adapted rate, in requests per second.
        measure_window: seconds over which the success rate is measured.
        burst_seconds: burst of an adaptive bucket, in seconds' worth of its rate (>= 1 token).
        isolated_share, isolated_samples: a 429 *without* ``Retry-After`` while fewer than
            `isolated_share` of the route's last `isolated_samples` answers were 429s is
            taken as a refusal of that one request (a few ids that always answer 429), not
            of the route: only that request backs off, and the route keeps its pace. (A
            route past its limit sees a far higher share of 429s at once.)
    """

    max_decrease: float = 0.5
    min_decrease: float = 0.9
    target_fraction: float = 0.95
    increase_step: float = 0.001
    probe_gain: float = 1.0
    calm_period: float = 5.0
    min_samples: int = 2
    min_rate: float = 0.05
    measure_window: float = 1.0
    burst_seconds: float = 0.05
    isolated_share: float = 0.1
    isolated_samples: int = 100


_SEGMENT = re.compile(r"\{[^/{}]+\}")
# A path segment that is probably an identifier (numeric id, ICCID/IMSI, UUID, hex token).
_ID_SEGMENT = re.compile(
    r"^(?:\d+|[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"
    r"|(?=[^/]*\d)[\w.:~-]{8,})$"
)


def compile_template(template: str) -> re.Pattern[str]:
    """A regex matching the paths of `template` (see `RouteLimit`)."""
    subtree = template.endswith("/*")
    if subtree:
        template = template[:-2]
    pattern = ""
    pos = 0
    for match in _SEGMENT.finditer(template):
        pattern += re.escape(template[pos : match.start()]) + "[^/]+"
        pos = match.end()
    pattern += re.escape(template[pos:])
    if subtree:
        pattern += "(?:/.*)?"
    return re.compile(f"^{pattern}$")


def normalize_path(path: str) -> str:
    """A route key for a path no template knows: id-like segments become ``{id}``."""
    parts = path.split("/")
    return "/".join("{id}" if part and _ID_SEGMENT.match(part) else part for part in parts)


class _TokenBucket:
    """Tokens refill at `rate` per second up to `burst`; a request takes one."""

    __slots__ = ("burst", "rate", "tokens", "updated")

    def __init__(
        self, rate: float, burst: float, now: float | None = None, *, full: bool = True
    ) -> None:
        self.rate = rate
        self.burst = burst
        self.tokens = burst if full else min(burst, 1.0)
        # None: starts on first use (routes may be created outside the event loop, whose
        # clock is the only one the limiter uses).
        self.updated = now

    def _refill(self, now: float) -> None:
        updated = self.updated
        if updated is None:
            self.updated = now
        elif now > updated:
            self.tokens = min(self.burst, self.tokens + (now - updated) * self.rate)
            self.updated = now

    def delay(self, now: float) -> float:
        self._refill(now)
        if self.tokens >= 1.0:
            return 0.0
        return (1.0 - self.tokens) / self.rate

    def take(self) -> None:
        self.tokens -= 1.0

    def set_rate(self, rate: float, burst: float, now: float) -> None:
        self._refill(now)
        self.rate = rate
        self.burst = burst
        self.tokens = min(self.tokens, burst)


class _SlidingWindow:
    """At most `limit` sends in any `period` seconds (a deque of the recent send times)."""

    __slots__ = ("limit", "period", "sent")

    def __init__(self, limit: int, period: float) -> None:
        self.limit = limit
        self.period = period
        self.sent: deque[float] = deque()

    def delay(self, now: float) -> float:
        sent = self.sent
        horizon = now - self.period + _CLOCK_SLACK  # (see _CLOCK_SLACK)
        while sent and sent[0] <= horizon:
            sent.popleft()
        if len(sent) < self.limit:
            return 0.0
        return sent[0] - horizon

    def take(self, now: float) -> None:
        self.sent.append(now)


@dataclass(eq=False)
class Route:
    """Runtime state of one method + path template: its limits, pause and adaptation."""

    key: str
    bucket: _TokenBucket | None = None
    window: _SlidingWindow | None = None
    #: The configured client rate (ceiling for additive increase), None for adaptive routes.
    ceiling: float | None = None
    ceiling_burst: float = 1.0
    paused_until: float = 0.0
    consecutive_429: int = 0
    #: When the route last reacted to a 429 (429s of requests sent before are not news).
    last_reaction: float = -math.inf
    #: Whether the rate was ever adapted after a 429 (only then does it increase again).
    adapted: bool = False
    #: Below this rate an adapted route probes upwards quickly (see AdaptiveSettings).
    threshold: float = 0.0
    reference_rate: float = 0.0
    last_limited: float = -math.inf
    rate_limited_count: int = 0
    successes: deque[float] = field(default_factory=deque)
    #: the last answers, True for a 429 (for telling isolated refusals from the route's limit)
    recent: deque[bool] = field(default_factory=deque)
    recent_429: int = 0
    lock: anyio.Lock = field(default_factory=lambda: anyio.Lock(fast_acquire=True))

    @property
    def rate(self) -> float | None:
        """The route's current client-side rate (req/s), or None when it is unlimited."""
        return self.bucket.rate if self.bucket is not None else None

    def _needs_queue(self, now: float) -> bool:
        return (
            self.bucket is not None
            or self.window is not None
            or self.paused_until > now
            or self.lock.locked()
        )

    def record(self, limited: bool, keep: int) -> None:
        """Remember one answer (True: a 429) among the last `keep`."""
        recent = self.recent
        recent.append(limited)
        self.recent_429 += limited
        if len(recent) > keep:
            self.recent_429 -= recent.popleft()

    def success_rate(self, now: float, window: float) -> float:
        """Successes per second over the last `window` seconds."""
        successes = self.successes
        horizon = now - window
        while successes and successes[0] <= horizon:
            successes.popleft()
        return len(successes) / window


class Limiter:
    """Makes requests wait for their route's turn and adapts routes after 429s.

    One per client. Not thread-safe (one event loop), like the rest of the client.
    """

    def __init__(
        self,
        rate_limits: RateLimits | None,
        *,
        adaptive: AdaptiveSettings | None = None,
    ) -> None:
        self.rate_limits = rate_limits
        self.adaptive = adaptive or AdaptiveSettings()
        self._matchers: dict[str, tuple[re.Pattern[str], list[RouteLimit]]] = {}
        if rate_limits is not None:
            self._matchers = _build_matchers(rate_limits.routes)
            self._general: _SlidingWindow | None = None
            if rate_limits.general is not None:
                self._general = _SlidingWindow(*rate_limits.client_window(rate_limits.general))
        else:
            # Route identities are still useful for pauses and adaptation.
            self._matchers = _build_matchers(EMNIFY_ROUTE_LIMITS)
            self._general = None
        self._general_lock = anyio.Lock(fast_acquire=True)
        self._routes: dict[str, Route] = {}
        self._cache: dict[tuple[str, str], Route] = {}

    # ----------------------------------------------------------------------- routing
    def route(self, method: str, path: str) -> Route:
        """The `Route` for a request (cached by method and path)."""
        cache_key = (method, path)
        route = self._cache.get(cache_key)
        if route is not None:
            return route
        route = self._resolve(method, path)
        if len(self._cache) >= _ROUTE_CACHE_MAX:
            self._cache.clear()
        self._cache[cache_key] = route
        return route

    def _resolve(self, method: str, path: str) -> Route:
        stripped = path.rstrip("/") or "/"
        matcher = self._matchers.get(method)
        if matcher is not None:
            pattern, limits = matcher
            match = pattern.match(stripped)
            if match is not None and match.lastgroup is not None:
                route_limit = limits[int(match.lastgroup[1:])]
                key = f"{method} {route_limit.template}"
                route = self._routes.get(key)
                if route is None:
                    route = self._new_route(key, route_limit)
                    self._routes[key] = route
                return route
        key = f"{method} {normalize_path(stripped)}"
        route = self._routes.get(key)
        if route is None:
            route = Route(key)
            self._routes[key] = route
        return route

    def _new_route(self, key: str, route_limit: RouteLimit) -> Route:
        route = Route(key)
        limits = self.rate_limits
        if limits is None:
            return route
        limit = route_limit.limit
        if isinstance(limit, TokenBucketLimit):
            rate, burst = limits.client_bucket(limit)
            route.bucket = _TokenBucket(rate, burst)
            route.ceiling = rate
            route.ceiling_burst = burst
            route.reference_rate = rate
        else:
            route.window = _SlidingWindow(*limits.client_window(limit))
        return route

    def routes(self) -> dict[str, Route]:
        """The routes seen so far, by key (for inspection and tests)."""
        return dict(self._routes)

    # ----------------------------------------------------------------------- waiting
    async def acquire(self, route: Route) -> None:
        """Wait until `route` (and the general limit) allow one more request, and take it.

        Cancellation-safe: a cancelled wait consumes nothing.
        """
        now = _now()
        if route._needs_queue(now):
            async with route.lock:
                while True:
                    now = _now()
                    delay = route.paused_until - now
                    bucket = route.bucket
                    if bucket is not None:
                        bucket_delay = bucket.delay(now)
                        if bucket_delay > 0:
                            route.last_limited = now
                            delay = max(delay, bucket_delay)
                    window = route.window
                    if window is not None:
                        delay = max(delay, window.delay(now))
                    if delay <= _CLOCK_SLACK:
                        break
                    await anyio.sleep(delay)
                if bucket is not None:
                    bucket.take()
                if window is not None:
                    window.take(now)
        general = self._general
        if general is None:
            return
        if not self._general_lock.locked() and general.delay(now) <= 0:
            general.take(now)
            return
        async with self._general_lock:
            while True:
                now = _now()
                delay = general.delay(now)
                if delay <= _CLOCK_SLACK:
                    break
                await anyio.sleep(delay)
            general.take(now)

    def now(self) -> float:
        """The clock the limiter runs on (the event loop's, as `anyio.current_time`)."""
        return _now()

    def paused_for(self, route: Route) -> float:
        """Seconds until `route`'s current pause ends (0 when not paused)."""
        until = route.paused_until
        if not until:  # never paused (the common case: skip reading the clock)
            return 0.0
        return max(0.0, until - _now())

    # ----------------------------------------------------------------------- feedback
    def on_success(self, route: Route) -> None:
        """Record a non-429 answer: measure, and raise an adapted rate a little."""
        now = _now()
        route.consecutive_429 = 0
        route.record(False, self.adaptive.isolated_samples)
        successes = route.successes
        successes.append(now)
        horizon = now - self.adaptive.measure_window
        while successes[0] <= horizon:
            successes.popleft()
        bucket = route.bucket
        if bucket is None or not route.adapted:
            return
        ceiling = route.ceiling
        rate = bucket.rate
        if ceiling is not None and rate >= ceiling:
            return
        if now - route.last_limited > 1.0:
            return  # the bucket is not what limits this route right now
        settings = self.adaptive
        if rate < route.threshold or now - route.last_reaction > settings.calm_period:
            # Probing (an adaptive route before its first cut, or any adapted route after a
            # calm period): grow by a constant per success, i.e. exponentially in time --
            # doubling about every 0.7 / gain seconds -- so that a deep cut heals quickly.
            new_rate = rate + settings.probe_gain
        else:
            new_rate = rate + settings.increase_step * route.reference_rate
        if ceiling is not None:
            new_rate = min(new_rate, ceiling)
        bucket.set_rate(new_rate, self._burst_for(route, new_rate), now)

    def isolated_429(self, route: Route, retry_after: float | None) -> bool:
        """Whether a 429 for `route` (with `retry_after`, the parsed ``Retry-After``) is one
        request's own refusal rather than the route's limit: no ``Retry-After``, and fewer than
        `AdaptiveSettings.isolated_share` of the route's last
        `AdaptiveSettings.isolated_samples` answers were 429s (asked before it is recorded)."""
        settings = self.adaptive
        recent = route.recent
        return (
            retry_after is None
            and len(recent) >= settings.isolated_samples
            and route.recent_429 < settings.isolated_share * len(recent)
        )

    def on_rate_limited(
        self,
        route: Route,
        *,
        sent_at: float,
        retry_after: float | None,
        backoff: Callable[[int], float],
        retried: bool = False,
    ) -> bool:
        """Record a 429 for a request of `route` sent at `sent_at` (clock: `anyio.current_time`).

        The route is paused for `retry_after` seconds whenever the server says so. A "fresh"
        429 -- for a request sent after the route last reacted to one -- also pauses the route
        for `backoff(n)` seconds when there is no `retry_after` (n counts fresh 429s since the
        last success), and cuts the route's rate; a route without a bucket gets an adaptive
        one, starting from the measured success rate (if nothing succeeded yet, there is no
        rate to start from and only the pauses apply). 429s for requests sent before the last
        reaction only tell what is already known. A 429 without ``Retry-After`` on a route
        whose recent answers were nearly all successes is that request's own refusal
        (`AdaptiveSettings.isolated_share`): nothing happens to the route, and the caller
        backs off by itself. `retried` marks a request sent again, whose 429 does not count
        towards that share. Returns True when the rate was cut.
        """
        now = _now()
        route.rate_limited_count += 1
        settings = self.adaptive
        isolated = self.isolated_429(route, retry_after)
        if not retried:
            # (the 429s of requests sent again are not new evidence about the route: a few
            # ids retried at the end of a run would otherwise look like most of its traffic)
            route.record(True, settings.isolated_samples)
        if isolated:
            return False  # this request's own refusal: the caller backs off by itself
        if retry_after is not None:
            route.paused_until = max(route.paused_until, now + retry_after)
        if sent_at <= route.last_reaction:  # sent before (or as) the route reacted
            return False
        route.last_reaction = now
        pause = retry_after if retry_after is not None else backoff(route.consecutive_429)
        route.consecutive_429 += 1
        route.paused_until = max(route.paused_until, now + pause)
        measured = route.success_rate(now, settings.measure_window)
        bucket = route.bucket
        if bucket is None:
            if measured * settings.measure_window < settings.min_samples:
                if logger.isEnabledFor(logging.DEBUG):
                    logger.debug("429 on %s: paused %.3f s", route.key, pause)
                return False
            new_rate = max(settings.min_rate, measured * settings.target_fraction)
            route.bucket = _TokenBucket(new_rate, self._burst_for(route, new_rate), now, full=False)
            route.threshold = math.inf  # probe upwards until the next 429
            old_rate = 0.0  # (no bucket before)
        else:
            old_rate = bucket.rate
            target = measured * settings.target_fraction
            new_rate = min(
                old_rate * settings.min_decrease, max(old_rate * settings.max_decrease, target)
            )
            new_rate = max(settings.min_rate, new_rate)
            bucket.set_rate(new_rate, self._burst_for(route, new_rate), now)
            route.threshold = new_rate
        route.adapted = True
        route.last_limited = now
        if route.ceiling is None:
            route.reference_rate = new_rate
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "429 on %s: rate %.3g -> %.3g req/s (measured %.3g req/s), paused %.3f s",
                route.key,
                old_rate,
                new_rate,
                measured,
                pause,
            )
        return True

    def _burst_for(self, route: Route, rate: float) -> float:
        if route.ceiling is not None:
            return max(1.0, math.floor(route.ceiling_burst * rate / route.ceiling))
        return max(1.0, rate * self.adaptive.burst_seconds)


def _build_matchers(
    routes: Iterable[RouteLimit],
) -> dict[str, tuple[re.Pattern[str], list[RouteLimit]]]:
    """Per method, one alternation of all templates (most specific first) -- a single regex
    match per new path instead of one per template."""

    def specificity(route_limit: RouteLimit) -> tuple[int, int]:
        # Literal segments beat placeholders: /endpoint/stats before /endpoint/{id}.
        template = route_limit.template
        return (len(_SEGMENT.findall(template)) + template.endswith("/*"), -len(template))

    ordered: Sequence[RouteLimit] = sorted(routes, key=specificity)
    by_method: dict[str, list[RouteLimit]] = {}
    for route_limit in ordered:
        by_method.setdefault(route_limit.method.upper(), []).append(route_limit)
    matchers: dict[str, tuple[re.Pattern[str], list[RouteLimit]]] = {}
    for method, limits in by_method.items():
        alternatives = "|".join(
            f"(?P<r{i}>{compile_template(limit.template).pattern[1:-1]})"
            for i, limit in enumerate(limits)
        )
        matchers[method] = (re.compile(f"^(?:{alternatives})$"), limits)
    return matchers


#: A wait shorter than this counts as none. Refills are floating-point sums, so a bucket can
#: stop a hair short of a whole token (0.9999999999); sleeping for that remainder can wake at
#: the same clock reading (a clock's resolution, or a float's at large readings), and the
#: waiting loop would spin. A microsecond early is nothing against limits of 10-100 req/s.
_CLOCK_SLACK = 1e-6


def _now() -> float:
    """`anyio.current_time()`, minus its cost on asyncio: anyio finds the backend through
    sniffio and `asyncio.current_task()` on every call, a measurable share of a bulk run."""
    try:
        loop = get_running_loop()
    except RuntimeError:  # trio (whose clock may be a test's fake one)
        return anyio.current_time()
    return loop.time()  # what anyio's asyncio backend returns
