"""Many processes, one organisation: rate limits, the token and back-off shared through Redis.

``EmnifyClient(..., redis_url="redis://host:6379/0")`` makes every process that names the
same Redis share

* the **rate limits**: the per-organisation limits (per-path token buckets) across all
  processes using the same credential, and the per-IP limits (the general 2,000-per-5-minutes
  window, the authenticate window) across the processes that share an egress address, named
  by `egress_name` (default: the host name);
* the **token**: one authenticate call per expiry for all of them, under a lock with an
  expiry (a crashed holder blocks nobody for longer than `CoordinationSettings.lock_ttl`);
  the JWT is cached in Redis, and a rejected credential is remembered there so that no
  process sends it again;
* a route's **pause** after a 429 or ``Retry-After``, and its **adaptive rate** after 429s.

The limiter's state lives in Redis and is changed only by Lua scripts (`emnify._shared_limits`),
each one atomic on the server and reading the server's clock (``TIME``): no two processes can
take the same token, and no machine's clock matters. Every process keeps a heartbeat in Redis
(a sorted set of members per organisation and per egress name). When Redis is lost mid-run the
processes go on with local limits divided by the number of processes last seen, with one
warning, and coordinate again once the heartbeat reaches Redis again.

Keys never hold a credential: the organisation's namespace is a SHA-256 of the base URL and the
credential (application token, or username and password digest). The cached JWT is a secret:
it is never logged, and it is stored encrypted with a key derived from the credential, so that
reading Redis alone does not give a usable token (`seal`).

The Redis client is coredis (``pip install 'emnify-async[redis]'``): maintained, fully typed,
with Lua script support, and built on anyio -- so the coordination works on asyncio *and* trio,
like the rest of the client. (redis-py's async client, the other maintained choice, runs on
asyncio only.)
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
import secrets
import socket
import urllib.parse
from collections.abc import Awaitable, Callable, Sequence
from contextlib import AsyncExitStack
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any

import anyio
import anyio.abc

from ._validate import check_number
from .errors import ConfigurationError

if TYPE_CHECKING:
    from ._auth import Credentials
    from ._shared_limits import SharedLimiter
    from .limits import AdaptiveSettings, RateLimits

__all__ = [
    "CoordinationSettings",
    "Coordinator",
    "RedisLost",
    "check_redis_url",
    "shared_limiter",
]

logger = logging.getLogger("emnify")

#: the prefix of every key the client writes
PREFIX = "emnify"


@dataclass(frozen=True)
class CoordinationSettings:
    """Timings of the coordination through Redis (the defaults suit production).

    Attributes:
        lock_ttl: seconds the token lock lives unless its holder extends it (it does, every
            third of that, while it authenticates); the longest a crashed holder delays the
            others.
        poll: seconds between two looks at Redis while another process authenticates.
        heartbeat: seconds between two heartbeats (membership, and the health probe while
            Redis is lost).
        member_ttl: a process whose last heartbeat is older than this no longer counts.
        timeout: a Redis call taking longer than this counts as Redis lost.
        rejected_ttl: seconds a rejected credential is remembered in Redis.
    """

    lock_ttl: float = 10.0
    poll: float = 0.05
    heartbeat: float = 1.0
    member_ttl: float = 5.0
    timeout: float = 2.0
    rejected_ttl: float = 3600.0

    def __post_init__(self) -> None:
        for name in ("lock_ttl", "poll", "heartbeat", "member_ttl", "timeout", "rejected_ttl"):
            value = check_number(f"CoordinationSettings.{name}", getattr(self, name))
            if not value > 0:
                raise ConfigurationError(f"CoordinationSettings.{name} must be > 0 seconds")
        if self.member_ttl <= self.heartbeat:
            raise ConfigurationError(
                "CoordinationSettings.member_ttl must be longer than the heartbeat"
            )


class RedisLost(Exception):
    """A Redis call failed or timed out (internal: the caller goes on with local state)."""


_SCHEMES = ("redis", "rediss", "unix")


def check_redis_url(url: object) -> str:
    """`url` if it is a Redis URL (``redis://``, ``rediss://`` or ``unix://``), else raise
    `ConfigurationError` (never quoting a password)."""
    if not isinstance(url, str) or not url.strip():
        raise ConfigurationError("redis_url must be a URL such as 'redis://localhost:6379/0'")
    parsed = urllib.parse.urlsplit(url.strip())
    if parsed.scheme not in _SCHEMES:
        raise ConfigurationError(
            f"redis_url must start with redis://, rediss:// or unix://, got {redact_url(url)!r}"
        )
    if parsed.scheme != "unix" and not parsed.hostname:
        raise ConfigurationError(f"redis_url has no host: {redact_url(url)!r}")
    return url.strip()


def redact_url(url: str) -> str:
    """`url` without its password (for messages)."""
    try:
        parsed = urllib.parse.urlsplit(url)
    except ValueError:
        return "<unparsable URL>"
    if parsed.password is None:
        return url
    netloc = parsed.netloc.rsplit("@", 1)[1]
    user = parsed.username or ""
    return urllib.parse.urlunsplit(parsed._replace(netloc=f"{user}:***@{netloc}"))


def _digest(*parts: str) -> str:
    data = "\0".join(parts).encode("utf-8")
    return hashlib.sha256(data).hexdigest()[:32]


def credential_identity(credentials: Credentials) -> tuple[str, str]:
    """(kind, identity) of a credential: the secret material that names it. Only ever hashed."""
    from ._auth import ApplicationTokenCredentials, UserCredentials

    if isinstance(credentials, ApplicationTokenCredentials):
        return "application_token", credentials.token.reveal()
    if isinstance(credentials, UserCredentials):
        return "user", f"{credentials.username}\0{credentials.password_sha1.reveal()}"
    return "auth_token", credentials.token.reveal()


# ----------------------------------------------------------------------------- the cached JWT
# Hand-rolled on purpose, with the standard library only: one short value, so no cipher
# dependency for it. The construction is textbook: HMAC-SHA256 as a PRF in counter mode for the
# keystream (a fresh random 16-byte nonce per value), then encrypt-then-MAC with HMAC-SHA256
# over the nonce and the ciphertext; both keys are derived from the credential with distinct
# labels. Whoever can read Redis but does not hold the credential learns nothing usable.


def _keys(identity: str) -> tuple[bytes, bytes]:
    root = hashlib.sha256(b"emnify-async token key v1\0" + identity.encode("utf-8")).digest()
    return (
        hmac.new(root, b"encrypt", hashlib.sha256).digest(),
        hmac.new(root, b"authenticate", hashlib.sha256).digest(),
    )


def _keystream(key: bytes, nonce: bytes, length: int) -> bytes:
    blocks = (length + 31) // 32
    return b"".join(
        hmac.new(key, nonce + i.to_bytes(4, "big"), hashlib.sha256).digest() for i in range(blocks)
    )[:length]


def seal(identity: str, value: str) -> bytes:
    """`value` encrypted and authenticated under keys derived from `identity`."""
    enc, mac = _keys(identity)
    nonce = secrets.token_bytes(16)
    plain = value.encode("utf-8")
    cipher = bytes(a ^ b for a, b in zip(plain, _keystream(enc, nonce, len(plain)), strict=True))
    tag = hmac.new(mac, nonce + cipher, hashlib.sha256).digest()
    return base64.b64encode(nonce + cipher + tag)


def unseal(identity: str, sealed: bytes) -> str | None:
    """The value `seal` sealed, or None when it was not sealed with this identity."""
    try:
        raw = base64.b64decode(sealed, validate=True)
    except ValueError:
        return None
    if len(raw) < 48:
        return None
    nonce, cipher, tag = raw[:16], raw[16:-32], raw[-32:]
    enc, mac = _keys(identity)
    if not hmac.compare_digest(tag, hmac.new(mac, nonce + cipher, hashlib.sha256).digest()):
        return None
    plain = bytes(a ^ b for a, b in zip(cipher, _keystream(enc, nonce, len(cipher)), strict=True))
    try:
        return plain.decode("utf-8")
    except UnicodeDecodeError:
        return None


# ----------------------------------------------------------------------------- the coordinator
_HEARTBEAT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local ttl = tonumber(ARGV[2])
local counts = {}
for i, key in ipairs(KEYS) do
  redis.call('ZADD', key, now, ARGV[1])
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - ttl)
  redis.call('PEXPIRE', key, math.ceil(ttl * 2000))
  counts[i] = redis.call('ZCARD', key)
end
return counts
"""

#: What the coordinator tells its listeners: Redis lost (with the member counts last seen for
#: the organisation and the egress name), or back.
LostListener = Callable[[int, int], None]
RestoredListener = Callable[[], None]


def _import_coredis() -> Any:
    try:
        import coredis
    except ImportError:
        raise ConfigurationError(
            "redis_url needs the Redis extra: pip install 'emnify-async[redis]'"
        ) from None
    return coredis


class Coordinator:
    """One client's link to Redis: the connection, the scripts, the heartbeat and the health.

    Entered by ``async with EmnifyClient(...)`` (the connection lives in that block: the Redis
    client runs tasks of its own, which structured concurrency ties to a block).
    """

    def __init__(
        self,
        url: str,
        *,
        base_url: str,
        credentials: Credentials,
        egress_name: str | None = None,
        settings: CoordinationSettings | None = None,
    ) -> None:
        self._coredis = _import_coredis()
        self.url = check_redis_url(url)
        self.settings = settings or CoordinationSettings()
        if egress_name is None:
            egress_name = socket.gethostname() or "localhost"
        if not isinstance(egress_name, str) or not egress_name.strip():
            raise ConfigurationError("egress_name must be a non-empty string (e.g. the host name)")
        self.egress_name = egress_name.strip()
        kind, identity = credential_identity(credentials)
        self._identity = identity
        #: the organisation's (credential's) namespace, and the egress address's
        self.org = f"{PREFIX}:{_digest('emnify-async org v1', base_url, kind, identity)}"
        self.ip = f"{PREFIX}:ip:{_digest('emnify-async ip v1', base_url)}:{self.egress_name}"
        self.member = f"{socket.gethostname()}/{os.getpid()}/{secrets.token_hex(4)}"
        self.healthy = False
        self.started = False
        #: processes seen at the last heartbeat: (organisation, egress name)
        self.members = (1, 1)
        self._lost_listeners: list[LostListener] = []
        self._restored_listeners: list[RestoredListener] = []
        self._redis: Any = self._coredis.Redis.from_url(
            self.url,
            decode_responses=False,
            connect_timeout=self.settings.timeout,
            stream_timeout=self.settings.timeout,
        )
        self._heartbeat = self._redis.register_script(_HEARTBEAT)
        self._stack: AsyncExitStack | None = None
        self._tasks: anyio.abc.TaskGroup | None = None
        self._warned = False

    def __repr__(self) -> str:
        state = "healthy" if self.healthy else ("lost" if self.started else "not started")
        return f"<Coordinator {redact_url(self.url)} {state} members={self.members}>"

    # ------------------------------------------------------------------ keys and secrets
    def org_key(self, name: str) -> str:
        return f"{self.org}:{name}"

    def ip_key(self, name: str) -> str:
        return f"{self.ip}:{name}"

    def seal(self, value: str) -> bytes:
        return seal(self._identity, value)

    def unseal(self, sealed: bytes) -> str | None:
        return unseal(self._identity, sealed)

    @property
    def redis(self) -> Any:
        """The coredis client (commands must go through `run`)."""
        return self._redis

    @property
    def nx(self) -> Any:
        """coredis's NX condition for SET."""
        return self._coredis.PureToken.NX

    def require_started(self) -> None:
        """Raise `ConfigurationError` unless the client's ``async with`` block is running."""
        if not self.started:
            raise ConfigurationError(
                "a client with redis_url must be used as 'async with EmnifyClient(...) as "
                "client:' (the Redis connection lives in that block)"
            )

    def script(self, source: str) -> Any:
        """A Lua script registered with the Redis client (loaded on first use)."""
        return self._redis.register_script(source)

    # ------------------------------------------------------------------ listeners
    def on_lost(self, listener: LostListener) -> None:
        self._lost_listeners.append(listener)

    def on_restored(self, listener: RestoredListener) -> None:
        self._restored_listeners.append(listener)

    # ------------------------------------------------------------------ lifecycle
    async def __aenter__(self) -> Coordinator:
        if self.started:
            raise RuntimeError("the Redis coordination is already running")
        stack = AsyncExitStack()
        await stack.__aenter__()
        try:
            try:
                await stack.enter_async_context(self._redis)
                with anyio.fail_after(self.settings.timeout):
                    await self._redis.ping()
                    await self._beat()
            except (Exception, TimeoutError) as exc:
                raise ConfigurationError(
                    f"cannot reach Redis at {redact_url(self.url)}: "
                    f"{type(exc).__name__}: {exc or 'no answer'}"
                ) from None
            self._tasks = await stack.enter_async_context(anyio.create_task_group())
        except BaseException:
            await stack.aclose()
            raise
        self._stack = stack
        self.healthy = self.started = True
        self._warned = False
        self._tasks.start_soon(self._heartbeat_loop)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        stack, self._stack = self._stack, None
        if stack is None:
            return
        with anyio.CancelScope(shield=True):
            if self.healthy:
                with anyio.move_on_after(self.settings.timeout):
                    try:  # leave the membership at once, rather than after member_ttl
                        for key in (self.org_key("members"), self.ip_key("members")):
                            await self._redis.zrem(key, [self.member])
                    except Exception:
                        pass
        self.started = self.healthy = False
        if self._tasks is not None:
            self._tasks.cancel_scope.cancel()
        self._tasks = None
        # (outside the shielded scope: the task groups in the stack were entered before it)
        await stack.aclose()

    # ------------------------------------------------------------------ calls
    async def call(self, script: Any, keys: Sequence[str], args: Sequence[Any]) -> Any:
        """Run a registered script; raises `RedisLost` (after marking Redis lost) on failure."""
        return await self.run(lambda: script(keys=list(keys), args=list(args)))

    async def run(self, command: Callable[[], Awaitable[Any]]) -> Any:
        """Await one Redis command within the timeout; `RedisLost` on failure."""
        self.require_started()
        if not self.healthy:
            raise RedisLost("Redis is unreachable")
        try:
            with anyio.fail_after(self.settings.timeout):
                return await command()
        except (self._coredis.exceptions.RedisError, OSError, TimeoutError) as exc:
            self.lost(exc)
            raise RedisLost(str(exc)) from None

    def spawn(self, function: Callable[..., Awaitable[Any]], *args: Any) -> None:
        """Run `function(*args)` in the background (errors of Redis are the coordinator's)."""
        tasks = self._tasks
        if tasks is None or not self.healthy:
            return

        async def run() -> None:
            try:
                await function(*args)
            except RedisLost:
                pass

        tasks.start_soon(run)

    def lost(self, error: BaseException | None = None) -> None:
        """Redis failed: switch every listener to local state (one warning per loss)."""
        if not self.healthy:
            return
        self.healthy = False
        org, ip = self.members
        if not self._warned:
            self._warned = True
            logger.warning(
                "emnify: lost Redis at %s (%s); going on with local limits divided by the "
                "%d process(es) last seen (%d on egress %r) until it is back",
                redact_url(self.url),
                type(error).__name__ if error is not None else "no answer",
                org,
                ip,
                self.egress_name,
            )
        for listener in self._lost_listeners:
            listener(org, ip)

    async def _beat(self) -> None:
        counts = await self._heartbeat(
            keys=[self.org_key("members"), self.ip_key("members")],
            args=[self.member, repr(self.settings.member_ttl)],
        )
        self.members = (max(1, int(counts[0])), max(1, int(counts[1])))

    async def _heartbeat_loop(self) -> None:
        while True:
            await anyio.sleep(self.settings.heartbeat)
            try:
                with anyio.fail_after(self.settings.timeout):
                    await self._beat()
            except (self._coredis.exceptions.RedisError, OSError, TimeoutError) as exc:
                self.lost(exc)
                continue
            if not self.healthy:
                self.healthy = True
                self._warned = False  # (a later loss is worth a warning of its own)
                logger.info(
                    "emnify: Redis at %s is back; rate limits and the token are shared again",
                    redact_url(self.url),
                )
                for listener in self._restored_listeners:
                    listener()


def shared_limiter(
    url: str,
    *,
    base_url: str,
    credentials: Credentials,
    egress_name: str | None,
    settings: CoordinationSettings | None,
    rate_limits: RateLimits | None,
    adaptive: AdaptiveSettings | None,
    max_retry_after: float,
) -> tuple[Coordinator, SharedLimiter]:
    """The coordinator of an `EmnifyClient` with `redis_url`, and the limiter sharing through it."""
    from ._shared_limits import SharedLimiter

    if settings is not None and not isinstance(settings, CoordinationSettings):
        raise ConfigurationError("coordination must be a CoordinationSettings (or None)")
    coordinator = Coordinator(
        url,
        base_url=base_url,
        credentials=credentials,
        egress_name=egress_name,
        settings=settings,
    )
    limiter = SharedLimiter(
        rate_limits, coordinator=coordinator, adaptive=adaptive, max_retry_after=max_retry_after
    )
    return coordinator, limiter
