"""The one request pipeline: every request of an `EmnifyClient` is sent by `Pipeline.send`.

Generated operations, `client.request` and `paginate` arrive through the httpx adapter
(`emnify._transport.PipelineTransport`); `sim_stats`, `endpoint_stats` and bulk runs build a
`Request` directly; the token source sends its authenticate calls here too. Per attempt:

1. **limiter**: wait for the route's turn (a 429 pause, the route's bucket or window, the
   general window) -- *without* a concurrency slot, so sleeping requests never block other
   routes;
2. **token**: the ``Authorization`` value of a usable token (`TokenSource.current`), renewed
   first when it is due (outside the slot: renewing sends a request). Asked before the
   limiter wait as well, so that a request never holds a rate token while an authenticate
   call runs (the requests that did would leave together, in a burst the server's bucket
   cannot absorb);
3. **slot**: one of ``max_concurrency`` slots, held while the backend sends and reads the
   whole answer;
4. **classify**: `decide` -- a pure function of the outcome, tested as a table -- answers
   *hand over*, *renew the token and send again* (a 401; twice at most), *send again* after the
   route's pause (429), a `Retry-After` or a jittered back-off (network failures, 502/503/504
   for idempotent or opted-in requests), or *fail*;
5. **typed error**: a non-2xx answer becomes its `APIError` (`error_from_answer`), a network
   failure after the last retry a `TransportError`. Whatever the server echoed (a body, a
   header, a cookie, a status line quoting a token) is masked first, with the credentials
   held at that moment (`redact_with`; `emnify._redact`): no error `send` raises shows one.

Rate token first, then the slot: the other order would keep a slot idle while its holder
sleeps for a token, starving routes that have tokens. Event hooks (`emnify.hooks`) see each
step.
"""

from __future__ import annotations

import enum
import itertools
import logging
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

import anyio
import httpx

from ._backends import DEFAULT_MAX_RESPONSE_BYTES, Backend, default_backend
from ._redact import Secret, redact_answer, redact_error, secret_values
from ._validate import check_int
from ._wire import Answer, Request
from .errors import (
    EmnifyError,
    RateLimitError,
    TransportError,
    error_from_answer,
    parse_retry_after,
)
from .hooks import Event, EventHook, EventKind
from .limits import Limiter, Route

__all__ = [
    "IDEMPOTENT_METHODS",
    "Action",
    "Decision",
    "Pipeline",
    "RetryPolicy",
    "TokenSource",
    "decide",
    "network_failure",
]

logger = logging.getLogger("emnify")

#: Methods retried after network failures and 502/503/504 without an opt-in.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
_RETRY_STATUSES = frozenset({502, 503, 504})
_RETRYABLE_HTTPX_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
#: Failures before any byte of the request could reach the server: no connection was made.
_UNSENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry.

    Attributes:
        max_retries: retries after the first attempt (0 = never retry).
        backoff_base: first backoff ceiling in seconds; doubles per retry ("full jitter":
            the actual wait is uniform between 0 and the ceiling).
        backoff_max: cap of the backoff ceiling.
        retry_non_idempotent: also retry POST/PATCH after network failures and 502/503/504.
        max_retry_after: a `Retry-After` longer than this (seconds) is not waited for; the
            request fails at once with `RateLimitError` (and so do other requests of the route
            while that pause lasts).
    """

    max_retries: int = 5
    backoff_base: float = 0.25
    backoff_max: float = 10.0
    retry_non_idempotent: bool = False
    max_retry_after: float = 300.0

    def backoff(self, attempt: int) -> float:
        """A full-jitter delay for retry number `attempt` (0-based)."""
        ceiling = min(self.backoff_max, self.backoff_base * (2.0 ** min(attempt, 32)))
        return random.uniform(0.0, ceiling)


class TokenSource(Protocol):
    """Where the pipeline gets ``Authorization`` values (`emnify._auth.TokenSource`)."""

    @property
    def renewable(self) -> bool: ...

    async def current(self) -> str:
        """The value of a usable token, authenticating or renewing first when it is due."""
        ...

    async def renew(self, stale: str | None) -> str:
        """The value to send again with after `stale` got a 401: a new token, unless another
        request renewed it meanwhile."""
        ...

    def fresh(self, value: str) -> bool:
        """Whether `value` is still the one `current()` would give (checked without waiting,
        right before a request leaves)."""
        ...


# ----------------------------------------------------------------------------- the decision
class Action(enum.Enum):
    ANSWER = "answer"  #: hand the answer over (a 2xx, or an error status to raise)
    RENEW = "renew"  #: renew the token, then send again (a 401)
    RETRY = "retry"  #: send again after `Decision.wait`
    FAIL = "fail"  #: a network failure that is not retried: raise `TransportError`


Wait = Literal["none", "pause", "retry_after", "backoff"]


@dataclass(frozen=True, slots=True)
class Decision:
    action: Action
    #: before a retry: "pause" (the limiter holds the route), "retry_after" (the server's
    #: value), "backoff" (`RetryPolicy.backoff`)
    wait: Wait = "none"


def retries_failures(method: str, retry: bool | None, policy: RetryPolicy) -> bool:
    """Whether network failures and 502/503/504 of this request may be retried."""
    if retry is not None:
        return retry
    return method in IDEMPOTENT_METHODS or policy.retry_non_idempotent


def decide(
    *,
    method: str,
    status: int | None,
    retryable_failure: bool,
    attempt: int,
    retry: bool | None,
    retry_after: float | None,
    can_renew: bool,
    policy: RetryPolicy,
    unsent: bool = False,
) -> Decision:
    """What to do after attempt number `attempt` (0-based) of a request.

    `status` is the answer's, or None for a network failure (`retryable_failure` says whether
    it is one worth retrying); `retry` is the request's override of the retry rule;
    `retry_after` the parsed ``Retry-After`` seconds; `can_renew` whether a 401 may still be
    answered by renewing the token. Pure: the same arguments always give the same decision.
    """
    retries_left = attempt < policy.max_retries
    if status is None:
        if retryable_failure and retries_left and retries_failures(method, retry, policy):
            return Decision(Action.RETRY, "backoff")
        return Decision(Action.FAIL)
    if status == 429:
        # Any method: a 429 means the server did not process the request.
        if retries_left and (retry_after is None or retry_after <= policy.max_retry_after):
            return Decision(Action.RETRY, "pause")
        return Decision(Action.ANSWER)
    if status == 401 and can_renew:
        return Decision(Action.RENEW)
    if status in _RETRY_STATUSES and retries_left and retries_failures(method, retry, policy):
        if retry_after is not None and retry_after <= policy.max_retry_after:
            return Decision(Action.RETRY, "retry_after")
        return Decision(Action.RETRY, "backoff")
    return Decision(Action.ANSWER)


def network_failure(exc: BaseException) -> bool | None:
    """Whether `exc`, raised by a backend, is a retryable network failure (True), a
    non-retryable one (False), or no network failure at all (None: re-raise it as is)."""
    if isinstance(exc, httpx.TransportError):
        return isinstance(exc, _RETRYABLE_HTTPX_ERRORS)
    if isinstance(exc, OSError):
        return True
    return None


# ----------------------------------------------------------------------------- the loop
class Pipeline:
    """Sends `Request`s with every policy (see the module docstring).

    `backend=None` picks one on the first request (`emnify._backends.default_backend`), with
    `max_response_bytes` and `attempt_timeout` (a given backend has its own).
    `tokens` may be set later (`bind_tokens`): the token source sends through this pipeline.
    """

    def __init__(
        self,
        backend: Backend | None = None,
        *,
        limiter: Limiter,
        max_concurrency: int = 16,
        retry: RetryPolicy | None = None,
        prefer_aiohttp: bool = True,
        hooks: Sequence[EventHook] = (),
        sleep: Callable[[float], Any] | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        attempt_timeout: float | None = None,
    ) -> None:
        check_int("max_concurrency", max_concurrency, minimum=1)
        self._max_response_bytes = max_response_bytes
        self._attempt_timeout = attempt_timeout
        self._secrets: Callable[[], Iterable[Secret]] | None = None
        self._backend = backend
        self._limiter = limiter
        self._max_concurrency = max_concurrency
        self._slots = anyio.Semaphore(max_concurrency, fast_acquire=True)
        self._retry = retry or RetryPolicy()
        self._prefer_aiohttp = prefer_aiohttp
        self._hooks = tuple(hooks)
        self._ids = itertools.count(1)
        self._sleep = sleep or anyio.sleep
        self._tokens: TokenSource | None = None
        self._closed = False

    def bind_tokens(self, tokens: TokenSource) -> None:
        """Attach ``Authorization`` values from `tokens` to authenticated requests."""
        self._tokens = tokens

    def redact_with(self, secrets: Callable[[], Iterable[Secret]]) -> None:
        """Mask what `secrets()` returns (every credential held at that moment) in the errors
        `send` raises, besides the ``Authorization`` value each request went out with."""
        self._secrets = secrets

    @property
    def limiter(self) -> Limiter:
        """The limiter shared by all requests."""
        return self._limiter

    @property
    def retry(self) -> RetryPolicy:
        """The retry policy."""
        return self._retry

    @property
    def backend(self) -> Backend | None:
        """The backend doing the I/O (None until the first request picks one)."""
        return self._backend

    @property
    def in_flight(self) -> int:
        """Requests holding a concurrency slot right now (sending or reading an answer)."""
        return self._max_concurrency - self._slots.value

    def __repr__(self) -> str:
        backend = type(self._backend).__name__ if self._backend is not None else "auto"
        return f"<Pipeline backend={backend} max_concurrency={self._max_concurrency}>"

    def get_backend(self) -> Backend:
        backend = self._backend
        if backend is None:
            if self._closed:
                raise RuntimeError("the emnify client has been closed")
            backend = self._backend = default_backend(
                self._max_concurrency,
                self._prefer_aiohttp,
                max_response_bytes=self._max_response_bytes,
                attempt_timeout=self._attempt_timeout,
            )
            logger.debug("emnify: using %s", type(backend).__name__)
        return backend

    # ------------------------------------------------------------------------- events
    def emit(self, kind: EventKind, request: Request, request_id: int, **fields: Any) -> None:
        """Tell every event hook about a step of `request`."""
        self.emit_event(Event(kind, request.method, request.path, request_id, **fields))

    def emit_event(self, event: Event) -> None:
        """Call every event hook with `event` (a hook's exception is logged, not raised)."""
        for hook in self._hooks:
            try:
                hook(event)
            except Exception as exc:
                logger.warning(
                    "emnify: event hook %r raised %s; ignored",
                    getattr(hook, "__qualname__", hook),
                    type(exc).__name__,
                    exc_info=logger.isEnabledFor(logging.DEBUG),
                )

    @property
    def observed(self) -> bool:
        """Whether any event hook is registered."""
        return bool(self._hooks)

    # ------------------------------------------------------------------------- sending
    async def send(self, request: Request) -> Answer:
        """Send `request` with every policy; return its 2xx answer.

        Raises the `APIError` of an error answer, `TransportError` for a network failure after
        the last retry (`ResponseTooLargeError` at once), `RateLimitError` at once while the
        route is paused for longer than ``max_retry_after``, and `AuthenticationError` when no
        token can be had. None of them shows a credential, whatever the server echoed.
        """
        if self._closed:
            raise RuntimeError("the emnify client has been closed")
        try:
            answer = await self._exchange(request)
        except EmnifyError as exc:
            redact_error(exc, self._secret_values(request))  # (in place, then re-raised)
            raise
        if 200 <= answer.status_code < 300:
            return answer
        # The answer is masked before the error is built from it: the error's message is cut
        # from the body, and the cut may fall inside a token the server quoted.
        values = self._secret_values(request)
        error = error_from_answer(redact_answer(answer, values))
        redact_error(error, values)  # (what the bytes did not show: a JSON-escaped quote)
        raise error

    def _secret_values(self, request: Request) -> list[str]:
        """What no error about `request` may show: every credential held now, and the token
        the request went out with (an older one, if it was renewed meanwhile)."""
        held: list[Secret | str] = list(self._secrets()) if self._secrets is not None else []
        sent = request.headers.get("Authorization")
        if sent:
            held.append(sent.partition(" ")[2] or sent)  # ("Bearer <JWT>")
        return secret_values(held)

    async def _exchange(self, request: Request) -> Answer:
        limiter = self._limiter
        method, path = request.method, request.path
        route = limiter.route(method, path)
        policy = self._retry
        tokens = self._tokens if request.authenticated else None
        # A 401 for the current token renews it once per request. A 401 for a token others have
        # renewed meanwhile (the request waited) only resends with the current one, which
        # does not count -- up to a bound, so that a server rejecting everything ends it.
        renewals = 1 if tokens is not None and tokens.renewable else 0
        resends = 3
        observed = bool(self._hooks)
        request_id = next(self._ids) if observed else 0
        attempt = 0
        while True:
            paused = limiter.paused_for(route)
            if paused > policy.max_retry_after:
                raise RateLimitError(
                    f"the server paused {route.key} for {paused:.0f} s (Retry-After), longer "
                    f"than max_retry_after={policy.max_retry_after:g} s",
                    retry_after=paused,
                    method=method,
                    path=path,
                )
            if tokens is not None:
                # Before the limiter wait too: a rate token taken while this request waits for
                # an authenticate call would be sent later, in one burst with all the others
                # that waited, which a server's full bucket cannot absorb.
                await tokens.current()
            await limiter.acquire(route)
            try:
                sent = await self._send_with_slot(request, route, tokens, request_id, attempt)
                if sent is None:
                    # A 429 paused the route while this request waited for a slot: go back to
                    # the limiter rather than send into the pause.
                    continue
                answer, sent_at = sent
            except Exception as exc:
                retryable = network_failure(exc)
                if retryable is None:
                    if not isinstance(exc, TransportError):
                        raise
                    # typed by the backend already (ResponseTooLargeError): a failure that is
                    # never retried, since the same request would fetch the same body again
                    retryable = False
                unsent = isinstance(exc, _UNSENT_ERRORS)
                if observed:
                    self.emit(
                        "error", request, request_id, attempt=attempt + 1, reason=type(exc).__name__
                    )
                decision = decide(
                    method=method,
                    status=None,
                    retryable_failure=retryable,
                    attempt=attempt,
                    retry=request.retry,
                    retry_after=None,
                    can_renew=False,
                    policy=policy,
                    unsent=unsent,
                )
                if decision.action is Action.FAIL:
                    if isinstance(exc, TransportError):
                        raise
                    raise TransportError(
                        f"{method} {path} failed after {attempt + 1} attempt(s): "
                        f"{type(exc).__name__}: {exc}",
                        method=method,
                        path=path,
                        sent=not unsent,
                    ) from exc
                attempt += 1
                await self._wait(
                    request, request_id, type(exc).__name__, attempt, policy.backoff(attempt - 1)
                )
                continue

            status = answer.status_code
            if observed:
                self.emit(
                    "response",
                    request,
                    request_id,
                    attempt=attempt + 1,
                    status_code=status,
                    elapsed=limiter.now() - sent_at,
                )
            if logger.isEnabledFor(logging.DEBUG):
                logger.debug("%s %s: HTTP %d", method, path, status)
            retry_after = (
                parse_retry_after(answer.headers.get("retry-after"))
                if status == 429 or status in _RETRY_STATUSES
                else None
            )
            if status == 429:
                limiter.on_rate_limited(
                    route,
                    sent_at=sent_at,
                    retry_after=retry_after,
                    backoff=policy.backoff,
                    retried=attempt > 0,
                )
                if observed:
                    self.emit(
                        "pause",
                        request,
                        request_id,
                        attempt=attempt + 1,
                        status_code=429,
                        delay=limiter.paused_for(route),
                        reason="Retry-After" if retry_after is not None else "back-off",
                    )
            else:
                limiter.on_success(route)
            decision = decide(
                method=method,
                status=status,
                retryable_failure=False,
                attempt=attempt,
                retry=request.retry,
                retry_after=retry_after,
                can_renew=renewals > 0,
                policy=policy,
            )
            action = decision.action
            if action is Action.ANSWER:
                return answer
            if action is Action.RENEW:
                assert tokens is not None
                sent_with = request.headers.get("Authorization", "")
                if not tokens.fresh(sent_with) and resends > 0:
                    resends -= 1  # renewed by others already: the next attempt takes the new one
                    continue
                renewals -= 1
                if logger.isEnabledFor(logging.DEBUG):
                    logger.debug("401 on %s %s: renewing the token", method, path)
                request.headers["Authorization"] = await tokens.renew(sent_with)
                continue
            attempt += 1
            if decision.wait == "pause":
                if limiter.paused_for(route) > 0:
                    if observed:
                        self.emit(
                            "retry", request, request_id, attempt=attempt + 1, reason="HTTP 429"
                        )
                    continue  # the limiter makes the retry wait for the route's pause
                # The route did not pause: a refusal of this request alone (or one already
                # over), so this request waits by itself, and the others keep their pace.
                delay = retry_after if retry_after is not None else policy.backoff(attempt - 1)
                await self._wait(request, request_id, "HTTP 429", attempt, delay)
                continue
            delay = (
                retry_after
                if decision.wait == "retry_after" and retry_after is not None
                else policy.backoff(attempt - 1)
            )
            await self._wait(request, request_id, f"HTTP {status}", attempt, delay)

    async def _send_with_slot(
        self,
        request: Request,
        route: Route,
        tokens: TokenSource | None,
        request_id: int,
        attempt: int,
    ) -> tuple[Answer, float] | None:
        """One attempt: the token, a concurrency slot, the backend. Returns the answer and when
        it left, or None when the route was paused meanwhile (back to the limiter).

        The token is checked again once the slot is held, right before the request leaves: a
        request can wait for a slot longer than its token lives (1,000 calls in flight behind
        16 slots), and one that finds its token due goes back for a fresh one -- outside the
        slot, because renewing sends a request that needs a slot itself."""
        limiter = self._limiter
        backend = self._backend or self.get_backend()
        while True:
            value = None
            if tokens is not None:
                # (after the limiter wait, which may have outlived the token)
                value = request.headers["Authorization"] = await tokens.current()
            # (a checkpoint even when a slot is free: a cancelled caller stops here, before
            # the request is on the wire, rather than half-way through sending it)
            async with self._slots:
                if limiter.paused_for(route) > 0:
                    return None
                if value is not None and tokens is not None and not tokens.fresh(value):
                    continue
                sent_at = limiter.now()
                if self._hooks:
                    self.emit("request", request, request_id, attempt=attempt + 1)
                return await backend.send(request), sent_at

    async def _wait(
        self, request: Request, request_id: int, reason: str, attempt: int, delay: float
    ) -> None:
        """Tell (DEBUG log, hooks) why a request is sent again, then sleep `delay` seconds."""
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s: %s; retry %d/%d in %.3f s",
                request.method,
                request.path,
                reason,
                attempt,
                self._retry.max_retries,
                delay,
            )
        if self._hooks:
            self.emit("retry", request, request_id, attempt=attempt + 1, delay=delay, reason=reason)
        await self._sleep(delay)

    async def aclose(self) -> None:
        self._closed = True
        backend = self._backend
        if backend is not None:
            await backend.aclose()
