"""`SharedLimiter`: the limiter of `emnify.limits`, with its state in Redis (issue #17).

The pipeline asks it the same questions as the local `Limiter` (`acquire`, `on_success`,
`on_rate_limited`, `paused_for`). While Redis is healthy:

* `acquire` runs one Lua script per request (`_ACQUIRE`) that checks and takes, atomically
  and on the server's clock, the route's pause, its token bucket (per organisation), its
  window (per egress name: the authenticate limit) and the general window (per egress name).
  When something must wait the script takes nothing and says how long; the request sleeps that
  long and asks again. Requests of one process still queue per route (the local route lock),
  so at most one request per process and route asks Redis at a time.
* `on_rate_limited` does what the local limiter does (this process pauses at once) and
  reports the 429 to Redis (`_REPORT_429`, in the background: the pipeline's feedback calls
  are synchronous), where the route's shared pause is extended and -- for a 429 of a request
  sent after the route last reacted -- its shared rate cut, by the rules of
  `AdaptiveSettings`, measured on the successes of all processes.
* `on_success` counts the success; the count goes to Redis with the route's next `acquire`,
  where it feeds the shared measurement and the additive increase of an adapted rate.

Why Lua and not a library: the state combines a token bucket, two sliding windows, a pause and
the AIMD rules of `emnify.limits`; no Redis rate-limit library has that mix, and one script per
request keeps every check and take atomic without locks or round trips.

When Redis is lost (`Coordinator.lost`) the local limiter takes over, its limits divided by
the processes last seen: per-organisation buckets by the organisation's members, the per-IP
windows by the egress name's (keeping this process's own sends of the windows), with buckets
starting empty rather than full. When Redis is back, Redis decides again.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable

import anyio

from .coordination import Coordinator, RedisLost
from .errors import RateLimitError
from .limits import (
    _CLOCK_SLACK,
    AdaptiveSettings,
    Limiter,
    RateLimits,
    Route,
    RouteLimit,
    TokenBucketLimit,
    _now,
    _SlidingWindow,
    _TokenBucket,
)

__all__ = ["SharedLimiter"]

#: seconds a route's state stays in Redis after its last use
_ROUTE_TTL_MS = 3_600_000

# Times are seconds on the Redis server's clock; numbers are written with 17 significant digits
# (Lua's tostring keeps 14: a tenth of a millisecond at today's epoch).
_COMMON = """
local function num(x) return string.format('%.17g', x) end
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local h = KEYS[1]
local v = redis.call('HMGET', h, 'tokens', 'updated', 'rate', 'burst', 'paused', 'adapted',
  'reaction', 'limited', 'threshold', 'ref', 'm_t', 'm_cur', 'm_prev')
local cfg_rate = tonumber(ARGV[1])
local cfg_burst = tonumber(ARGV[2])
local win = tonumber(ARGV[3])
local burst_seconds = tonumber(ARGV[4])
local rate = tonumber(v[3])
local burst = tonumber(v[4])
if rate == nil and cfg_rate > 0 then rate = cfg_rate; burst = cfg_burst end
local tokens = tonumber(v[1])
if tokens == nil then tokens = burst end
local updated = tonumber(v[2]) or now
local paused = tonumber(v[5]) or 0
local adapted = v[6] == '1'
local reaction = tonumber(v[7]) or 0
local limited = tonumber(v[8]) or 0
local threshold = tonumber(v[9]) or 0
local ref = tonumber(v[10]) or rate or 0
local m_t = tonumber(v[11]) or now
local m_cur = tonumber(v[12]) or 0
local m_prev = tonumber(v[13]) or 0
if now - m_t >= 2 * win then m_prev = 0; m_cur = 0; m_t = now
elseif now - m_t >= win then m_prev = m_cur; m_cur = 0; m_t = m_t + win end
local function burst_for(r)
  if cfg_rate > 0 then return math.max(1, math.floor(cfg_burst * r / cfg_rate)) end
  return math.max(1, r * burst_seconds)
end
local function refill()
  if rate ~= nil and now > updated then
    tokens = math.min(burst, tokens + (now - updated) * rate)
  end
  updated = now
end
local function save()
  local fields = {'paused', num(paused), 'reaction', num(reaction), 'limited', num(limited),
    'threshold', num(threshold), 'ref', num(ref), 'm_t', num(m_t), 'm_cur', m_cur,
    'm_prev', m_prev, 'updated', num(updated), 'adapted', adapted and '1' or '0'}
  if rate ~= nil then
    table.insert(fields, 'rate'); table.insert(fields, num(rate))
    table.insert(fields, 'burst'); table.insert(fields, num(burst))
    table.insert(fields, 'tokens'); table.insert(fields, num(tokens))
  end
  redis.call('HSET', h, unpack(fields))
  redis.call('PEXPIRE', h, %(ttl)d)
end
"""

#: KEYS: route hash, route window, general window.
#: ARGV: 1-4 as in _COMMON; 5 window count (0: none), 6 window seconds, 7 general count
#: (0: none), 8 general seconds, 9 successes since the last call, 10 a unique member name,
#: 11 increase_step, 12 probe_gain, 13 calm_period.
#: Returns {granted, wait in us, server time in us, remaining pause in us, rate in mreq/s}.
_ACQUIRE = (
    _COMMON
    + """
local successes = tonumber(ARGV[9])
m_cur = m_cur + successes
if rate ~= nil and adapted and successes > 0 and (cfg_rate == 0 or rate < cfg_rate)
    and now - limited <= 1.0 then
  refill()
  if rate < threshold or now - reaction > tonumber(ARGV[13]) then
    rate = rate + tonumber(ARGV[12]) * successes
  else
    rate = rate + tonumber(ARGV[11]) * ref * successes
  end
  if cfg_rate > 0 and rate > cfg_rate then rate = cfg_rate end
  burst = burst_for(rate)
  tokens = math.min(tokens, burst)
end
local delay = paused - now
refill()
if rate ~= nil and tokens < 1 then
  limited = now
  delay = math.max(delay, (1 - tokens) / rate)
end
local function window_wait(key, count, seconds)
  if count <= 0 then return 0 end
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - seconds)
  if redis.call('ZCARD', key) < count then return 0 end
  local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
  return tonumber(oldest[2]) + seconds - now
end
local wn = tonumber(ARGV[5]); local ws = tonumber(ARGV[6])
local gn = tonumber(ARGV[7]); local gs = tonumber(ARGV[8])
delay = math.max(delay, window_wait(KEYS[2], wn, ws), window_wait(KEYS[3], gn, gs))
local pause_left = math.max(0, paused - now)
local rate_m = rate and math.floor(rate * 1000) or 0
if delay > 0.000001 then
  save()
  return {0, math.ceil(delay * 1000000), math.floor(now * 1000000),
    math.ceil(pause_left * 1000000), rate_m}
end
if rate ~= nil then tokens = tokens - 1 end
if wn > 0 then
  redis.call('ZADD', KEYS[2], now, ARGV[10])
  redis.call('PEXPIRE', KEYS[2], math.ceil(ws * 1000) + 1000)
end
if gn > 0 then
  redis.call('ZADD', KEYS[3], now, ARGV[10])
  redis.call('PEXPIRE', KEYS[3], math.ceil(gs * 1000) + 1000)
end
save()
return {1, 0, math.floor(now * 1000000), 0, rate_m}
"""
).replace("%(ttl)d", str(_ROUTE_TTL_MS))

#: KEYS: route hash. ARGV: 1-4 as in _COMMON; 5 when the request was sent (server clock),
#: 6 Retry-After seconds ('' for none), 7 the back-off pause without one, 8 min_decrease,
#: 9 max_decrease, 10 target_fraction, 11 min_rate, 12 min_samples.
#: Returns {cut (1/0), remaining pause in us, rate in mreq/s}.
_REPORT_429 = (
    _COMMON
    + """
local sent_at = tonumber(ARGV[5])
local retry_after = tonumber(ARGV[6])
if retry_after ~= nil then paused = math.max(paused, now + retry_after) end
local function answer(cut)
  save()
  return {cut, math.ceil(math.max(0, paused - now) * 1000000),
    rate and math.floor(rate * 1000) or 0}
end
if sent_at <= reaction then return answer(0) end
reaction = now
paused = math.max(paused, now + (retry_after or tonumber(ARGV[7])))
local measured = (m_cur + m_prev * math.max(0, 1 - (now - m_t) / win)) / win
local target = measured * tonumber(ARGV[10])
local min_rate = tonumber(ARGV[11])
if rate == nil then
  if measured * win < tonumber(ARGV[12]) then return answer(0) end
  rate = math.max(min_rate, target)
  burst = burst_for(rate)
  tokens = math.min(burst, 1)
  updated = now
  threshold = 1e300
else
  refill()
  rate = math.min(rate * tonumber(ARGV[8]), math.max(rate * tonumber(ARGV[9]), target))
  rate = math.max(min_rate, rate)
  burst = burst_for(rate)
  tokens = math.min(tokens, burst)
  threshold = rate
end
adapted = true
limited = now
if cfg_rate == 0 then ref = rate end
return answer(1)
"""
).replace("%(ttl)d", str(_ROUTE_TTL_MS))


class SharedLimiter(Limiter):
    """A `Limiter` whose state lives in Redis while Redis is reachable (module docstring)."""

    def __init__(
        self,
        rate_limits: RateLimits | None,
        *,
        coordinator: Coordinator,
        adaptive: AdaptiveSettings | None = None,
        max_retry_after: float = 300.0,
    ) -> None:
        self._limits_of: dict[str, RouteLimit] = {}
        #: while Redis is lost: the member counts the local limits are divided by
        self._degraded: tuple[int, int] | None = None
        super().__init__(rate_limits, adaptive=adaptive)
        self._coordinator = coordinator
        self._max_retry_after = max_retry_after
        self._acquire = coordinator.script(_ACQUIRE)
        self._report = coordinator.script(_REPORT_429)
        self._successes: dict[str, int] = {}
        self._shared_rates: dict[str, float] = {}
        self._static: dict[str, tuple[list[str], list[str], list[str]]] = {}
        self._serial = itertools.count()
        #: the Redis server's clock minus this process's (at the last answer)
        self._offset = 0.0
        coordinator.on_lost(self._degrade)
        coordinator.on_restored(self._restore)

    @property
    def coordinator(self) -> Coordinator:
        return self._coordinator

    @property
    def shared(self) -> bool:
        """Whether Redis decides right now (False while it is lost)."""
        return self._coordinator.healthy

    # ----------------------------------------------------------------------- routes
    def _new_route(self, key: str, route_limit: RouteLimit) -> Route:
        self._limits_of[key] = route_limit
        route = super()._new_route(key, route_limit)
        if self._degraded is not None:
            self._rescale(route, *self._degraded)
        return route

    def _static_args(self, route: Route) -> tuple[list[str], list[str], list[str]]:
        """(keys, the _COMMON arguments, the window arguments) of a route."""
        found = self._static.get(route.key)
        if found is not None:
            return found
        coordinator = self._coordinator
        limits = self.rate_limits
        limit = self._limits_of.get(route.key)
        rate = burst = 0.0
        window = (0, 0.0)
        if limits is not None and limit is not None:
            if isinstance(limit.limit, TokenBucketLimit):
                rate, burst = limits.client_bucket(limit.limit)
            else:
                window = limits.client_window(limit.limit)
        general = (0, 0.0)
        if limits is not None and limits.general is not None:
            general = limits.client_window(limits.general)
        # Window limits (authenticate) count per IP, buckets per organisation.
        scope = coordinator.ip_key if window[0] else coordinator.org_key
        keys = [
            scope(f"route:{route.key}"),
            coordinator.ip_key(f"window:{route.key}"),
            coordinator.ip_key("general"),
        ]
        settings = self.adaptive
        common = [
            repr(rate),
            repr(burst),
            repr(settings.measure_window),
            repr(settings.burst_seconds),
        ]
        windows = [str(window[0]), repr(window[1]), str(general[0]), repr(general[1])]
        found = self._static[route.key] = (keys, common, windows)
        return found

    # ----------------------------------------------------------------------- waiting
    async def acquire(self, route: Route) -> None:
        if self._coordinator.healthy:
            try:
                await self._acquire_shared(route)
            except RedisLost:
                pass  # the coordinator warned and switched to the local limits
            else:
                return
        await super().acquire(route)

    async def _acquire_shared(self, route: Route) -> None:
        keys, common, windows = self._static_args(route)
        settings = self.adaptive
        async with route.lock:
            while True:
                pause = route.paused_until - _now()
                if pause > _CLOCK_SLACK:  # this process's own pause (its 429s)
                    self._check_pause(route, pause)
                    await anyio.sleep(pause)
                    continue
                successes = self._successes.pop(route.key, 0)
                answer = await self._coordinator.call(
                    self._acquire,
                    keys,
                    [
                        *common,
                        *windows,
                        str(successes),
                        f"{self._coordinator.member}:{next(self._serial)}",
                        repr(settings.increase_step),
                        repr(settings.probe_gain),
                        repr(settings.calm_period),
                    ],
                )
                granted, wait_us, server_us, pause_us, rate_m = (int(x) for x in answer)
                now = _now()
                self._offset = server_us / 1e6 - now
                if rate_m:
                    self._shared_rates[route.key] = rate_m / 1000
                if pause_us:
                    route.paused_until = max(route.paused_until, now + pause_us / 1e6)
                    self._check_pause(route, pause_us / 1e6)
                if granted:
                    self._remember_send(route, now)
                    return
                await anyio.sleep(wait_us / 1e6)

    def _check_pause(self, route: Route, pause: float) -> None:
        if pause > self._max_retry_after:
            raise RateLimitError(
                f"the server paused {route.key} for {pause:.0f} s (Retry-After), longer "
                f"than max_retry_after={self._max_retry_after:g} s",
                retry_after=pause,
            )

    def _remember_send(self, route: Route, now: float) -> None:
        """Keep this process's own sends in its local windows: if Redis is lost, the windows
        it then enforces on its own already hold them."""
        window = route.window
        if window is not None:
            window.delay(now)  # (drops what left the window)
            window.take(now)
        general = self._general
        if general is not None:
            general.delay(now)
            general.take(now)

    # ----------------------------------------------------------------------- feedback
    def on_success(self, route: Route) -> None:
        super().on_success(route)
        if self._coordinator.healthy:
            self._successes[route.key] = self._successes.get(route.key, 0) + 1

    def on_rate_limited(
        self,
        route: Route,
        *,
        sent_at: float,
        retry_after: float | None,
        backoff: Callable[[int], float],
        retried: bool = False,
    ) -> bool:
        isolated = self.isolated_429(route, retry_after)  # (before the base class records it)
        consecutive = route.consecutive_429
        cut = super().on_rate_limited(
            route, sent_at=sent_at, retry_after=retry_after, backoff=backoff, retried=retried
        )
        if not isolated and self._coordinator.healthy:
            self._coordinator.spawn(
                self._report_429,
                route,
                sent_at + self._offset,
                retry_after,
                backoff(consecutive),
            )
        return cut

    async def _report_429(
        self, route: Route, sent_at: float, retry_after: float | None, pause: float
    ) -> None:
        keys, common, _ = self._static_args(route)
        settings = self.adaptive
        answer = await self._coordinator.call(
            self._report,
            keys[:1],
            [
                *common,
                repr(sent_at),
                "" if retry_after is None else repr(retry_after),
                repr(pause),
                repr(settings.min_decrease),
                repr(settings.max_decrease),
                repr(settings.target_fraction),
                repr(settings.min_rate),
                str(settings.min_samples),
            ],
        )
        _, pause_us, rate_m = (int(x) for x in answer)
        if pause_us:
            route.paused_until = max(route.paused_until, _now() + pause_us / 1e6)
        if rate_m:
            self._shared_rates[route.key] = rate_m / 1000

    # ----------------------------------------------------------------------- Redis lost
    def _degrade(self, organisation: int, egress: int) -> None:
        """Redis is lost: the local limits, divided among the processes last seen, apply."""
        self._degraded = (organisation, egress)
        self._successes.clear()
        for route in self._routes.values():
            self._rescale(route, organisation, egress)
        limits = self.rate_limits
        if limits is not None and limits.general is not None:
            requests, seconds = limits.client_window(limits.general)
            general = _SlidingWindow(max(1, math.floor(requests / egress)), seconds)
            if self._general is not None:
                general.sent = self._general.sent
            self._general = general

    def _restore(self) -> None:
        self._degraded = None

    def _rescale(self, route: Route, organisation: int, egress: int) -> None:
        limits = self.rate_limits
        limit = self._limits_of.get(route.key)
        if limits is None or limit is None:
            shared = self._shared_rates.get(route.key)
            if shared is not None:  # an adapted route without a published limit
                rate = shared / organisation
                route.bucket = _TokenBucket(rate, max(1.0, rate * 0.05), full=False)
            return
        if isinstance(limit.limit, TokenBucketLimit):
            ceiling, burst = limits.client_bucket(limit.limit)
            ceiling /= organisation
            burst = max(1.0, math.floor(burst / organisation))
            rate = min(ceiling, self._shared_rates.get(route.key, math.inf) / organisation)
            route.bucket = _TokenBucket(rate, burst, full=False)
            route.ceiling = route.reference_rate = ceiling
            route.ceiling_burst = burst
            route.adapted = rate < ceiling
            route.threshold = rate
        else:
            requests, seconds = limits.client_window(limit.limit)
            window = _SlidingWindow(max(1, math.floor(requests / egress)), seconds)
            if route.window is not None:
                window.sent = route.window.sent
            route.window = window
