"""`SharedTokens`: one authenticate call per expiry for every process of a credential (#17).

`TokenSource` keeps its single flight within the process (one lock, generations). With Redis,
the renewal it would make goes through `SharedTokens.renew` instead:

1. a rejection remembered in Redis poisons this process too, without calling the API;
2. a cached JWT (sealed: `emnify.coordination.seal`) that is not the one being replaced and
   has more than `_MIN_LEFT` seconds of use left is adopted; it is used until the moment its
   author would renew it (the key's expiry);
3. otherwise the process takes the lock (``SET NX PX``) and authenticates -- extending the
   lock every third of its lifetime while it does, so a crashed holder blocks the others for
   at most `CoordinationSettings.lock_ttl` -- or, when another process holds it, looks again
   every `CoordinationSettings.poll` seconds;
4. the holder publishes the new JWT (its key expiring when the holder itself would renew it),
   or the rejection, and the lost answers (emnify locks an account after three failed
   authentications in a row, so the rule "two lost answers, then wait five minutes" of
   `emnify._auth` counts the answers of every process).

If Redis fails at any step the process authenticates on its own, as without Redis.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import anyio

from .coordination import Coordinator, RedisLost
from .errors import AuthenticationError

if TYPE_CHECKING:
    from ._auth import TokenSource, _Token

__all__ = ["SharedTokens"]

#: a cached JWT with less use left than this (seconds) counts as gone
_MIN_LEFT = 0.1
#: seconds lost authenticate answers count (emnify's lockout lasts five minutes)
_LOST_SECONDS = 300.0
#: seconds the "accepted once" mark of a credential stays
_ACCEPTED_SECONDS = 30 * 24 * 3600

_PEEK = """
return {redis.call('GET', KEYS[1]), redis.call('GET', KEYS[2]), redis.call('PTTL', KEYS[2]),
  redis.call('GET', KEYS[3]), redis.call('GET', KEYS[4])}
"""
_UNLOCK = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""
_EXTEND = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
"""


class SharedTokens:
    """The token of a credential, shared through Redis (module docstring)."""

    def __init__(self, coordinator: Coordinator) -> None:
        self._coordinator = coordinator
        self._peek = coordinator.script(_PEEK)
        self._unlock = coordinator.script(_UNLOCK)
        self._extend = coordinator.script(_EXTEND)
        key = coordinator.org_key
        self.token_key = key("token")
        self.lock_key = key("token-lock")
        self.rejected_key = key("token-rejected")
        self.lost_key = key("token-lost")
        self.accepted_key = key("token-accepted")
        self._redis: Any = coordinator.redis

    async def renew(self, source: TokenSource, reason: str, stale: str | None) -> _Token:
        """A token for `source` (`stale`: the JWT being replaced, never adopted again)."""
        coordinator = self._coordinator
        coordinator.require_started()
        if not coordinator.healthy:
            return await source._attempt(reason)
        try:
            token = await self._adopt_or_lock(source, stale)
        except RedisLost:
            return await source._attempt(reason)
        if token is not None:
            return token
        return await self._authenticate(source, reason, stale)

    # ------------------------------------------------------------------ waiting
    async def _peek_state(self) -> tuple[dict[str, Any] | None, str | None, float, bool, str]:
        """(the rejection, the cached JWT, its seconds left, accepted once, lost answers)."""
        rejected, sealed, pttl, accepted, lost = await self._coordinator.call(
            self._peek,
            [self.rejected_key, self.token_key, self.accepted_key, self.lost_key],
            [],
        )
        value = self._coordinator.unseal(sealed) if sealed else None
        rejection = json.loads(rejected) if rejected else None
        return (
            rejection,
            value,
            int(pttl) / 1000,
            bool(accepted),
            lost.decode() if lost else "",
        )

    async def _adopt_or_lock(self, source: TokenSource, stale: str | None) -> _Token | None:
        """A token adopted from Redis, or None once this process holds the lock."""
        coordinator = self._coordinator
        settings = coordinator.settings
        while True:
            rejection, value, left, _, _ = await self._peek_state()
            if rejection is not None:
                raise source._poison(self._rejection(rejection))
            if value is not None and value != stale and left > _MIN_LEFT:
                return source._adopt(value, left)
            taken = await coordinator.run(
                lambda: self._redis.set(
                    self.lock_key,
                    coordinator.member,
                    px=int(settings.lock_ttl * 1000),
                    condition=coordinator.nx,
                )
            )
            if taken:
                return None
            await anyio.sleep(settings.poll)

    def _rejection(self, stored: dict[str, Any]) -> AuthenticationError:
        message = str(stored.get("message") or "the credential was rejected")
        status = stored.get("status_code")
        return AuthenticationError(
            f"{message} (remembered in Redis: no process sends this credential again until "
            f"the key {self.rejected_key} expires or is deleted)",
            status_code=status if isinstance(status, int) else 401,
            method="POST",
            path="/api/v1/authenticate",
        )

    # ------------------------------------------------------------------ holding the lock
    async def _authenticate(self, source: TokenSource, reason: str, stale: str | None) -> _Token:
        coordinator = self._coordinator
        try:
            try:
                rejection, value, left, accepted, lost = await self._peek_state()
            except RedisLost:
                return await source._attempt(reason)
            if rejection is not None:
                raise source._poison(self._rejection(rejection))
            if value is not None and value != stale and left > _MIN_LEFT:
                return source._adopt(value, left)  # published just before we took the lock
            if accepted:
                source._accepted = True
            self._merge_lost(source, lost)
            outcome: list[_Token | Exception] = []
            async with anyio.create_task_group() as tasks:
                tasks.start_soon(self._keep_lock)
                try:
                    outcome.append(await source._attempt(reason))
                except Exception as exc:
                    outcome.append(exc)
                tasks.cancel_scope.cancel()
            result = outcome[0]
            with anyio.CancelScope(shield=True):
                await self._publish(source, result)
            if isinstance(result, Exception):
                raise result
            return result
        finally:
            with anyio.CancelScope(shield=True):
                try:
                    await coordinator.call(self._unlock, [self.lock_key], [coordinator.member])
                except RedisLost:
                    pass  # the lock expires by itself

    async def _keep_lock(self) -> None:
        coordinator = self._coordinator
        ttl = coordinator.settings.lock_ttl
        while True:
            await anyio.sleep(ttl / 3)
            try:
                await coordinator.call(
                    self._extend, [self.lock_key], [coordinator.member, str(int(ttl * 1000))]
                )
            except RedisLost:
                return

    async def _publish(self, source: TokenSource, result: _Token | Exception) -> None:
        """Tell the other processes how the authenticate call went (best effort)."""
        coordinator = self._coordinator
        redis = self._redis
        try:
            lost = self._lost_stamps(source)
            if lost:
                await coordinator.run(
                    lambda: redis.set(self.lost_key, lost, px=int(_LOST_SECONDS * 1000))
                )
            else:
                await coordinator.run(lambda: redis.delete([self.lost_key]))
            poisoned = source._poisoned
            if poisoned is not None:
                stored = json.dumps(
                    {"message": poisoned.message, "status_code": poisoned.status_code}
                )
                await coordinator.run(
                    lambda: redis.set(
                        self.rejected_key, stored, px=int(coordinator.settings.rejected_ttl * 1000)
                    )
                )
                return
            if isinstance(result, Exception):
                return
            refresh_at = result.refresh_at
            left = 3600.0 if refresh_at is None else refresh_at - source._clock()
            if left <= _MIN_LEFT:
                return
            sealed = coordinator.seal(result.bearer.reveal()[len("Bearer ") :])
            await coordinator.run(
                lambda: redis.set(self.token_key, sealed, px=max(1, int(left * 1000)))
            )
            await coordinator.run(lambda: redis.set(self.accepted_key, b"1", ex=_ACCEPTED_SECONDS))
        except RedisLost:
            pass

    # ------------------------------------------------------------------ lost answers
    def _merge_lost(self, source: TokenSource, stored: str) -> None:
        """Take the lost answers other processes recorded (wall-clock stamps) into `source`'s
        own list (monotonic stamps), when they are more than it knows of."""
        try:
            stamps = [float(x) for x in json.loads(stored)] if stored else []
        except (ValueError, TypeError):
            stamps = []
        now, wall = source._clock(), source._wall_clock()
        converted = [now - (wall - stamp) for stamp in stamps if wall - stamp < _LOST_SECONDS]
        if len(converted) > len(source._lost):
            source._lost = sorted(converted)

    @staticmethod
    def _lost_stamps(source: TokenSource) -> str:
        if not source._lost:
            return ""
        now, wall = source._clock(), source._wall_clock()
        return json.dumps([wall - (now - at) for at in source._lost])
