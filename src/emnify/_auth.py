"""`TokenSource`: the emnify API's JWTs, asked for by the request pipeline.

Three kinds of credentials:

* an **application token** (recommended): ``POST /api/v1/authenticate
  {"application_token": ...}`` returns an ``auth_token``; on expiry the client simply
  authenticates again;
* **user credentials**: username and the SHA-1 hex digest of the password; the answer also
  carries a ``refresh_token``, used first on expiry (the password only when the refresh token
  is rejected). With MFA the first answer carries an ``mfa_token``; the client then asks
  ``mfa_callback`` for the 6-digit code and sends both;
* a fixed **auth token** (a JWT obtained elsewhere): used until it expires; nothing can renew
  it, so expiry or a 401 raises `AuthenticationError`.

The JWT's ``exp`` claim (read without verification) schedules a refresh *before* expiry, with
a margin of ``min(60 s, 10 % of the token's lifetime)``, but at least one second (the
resolution of ``iat``; half the lifetime for tokens shorter than two seconds): long-lived tokens
are renewed a minute early, and a token living only a few seconds is still used for most of its
life instead of being renewed on every request. The lifetime is taken from ``exp - iat`` and
counted on this machine's monotonic clock from the moment the token arrived, so a skewed local
clock does not cause refresh loops.

The pipeline (`emnify._pipeline`) asks `current()` -- the ``Authorization`` value of a usable
token -- before each attempt, checks it with `fresh(value)` once it holds a concurrency slot
(a request that waited for a slot past its token's refresh time goes back for a fresh one),
and asks `renew(stale)` after a 401 for the value `stale` (twice per request at most). That is
the whole interface; nothing else in the client knows about tokens.

**Single flight.** Renewals run under one `anyio.Lock` and tokens carry a generation number.
A task that finds the token stale notes the generation it saw, takes the lock, and renews only
if the token is still that generation -- otherwise someone renewed while it waited and it uses
the new token. However many requests meet an expired token at once, one authenticate call is
made. A failed attempt is remembered: tasks that queued behind it get the same error without
trying again, and a *rejection* of the credentials (a 4xx other than 404, 408, 425 and 429,
e.g. 401 for a wrong token or an account locked after three failures) poisons the source:
every later renewal raises `AuthenticationError` at once, without calling the API.

**A credential is sent at most once per rejection.** emnify locks an account for five minutes
after three failed authentications in a row, so the authenticate call is never retried
blindly:

* the pipeline retries it only where it provably never reached the server (no connection)
  and after 429s (not processed);
* answers that say "not processed" (3xx, 404, 408, 425) are retried here with back-off and
  never count against the credential;
* a *lost* answer (a 5xx, or a reset or timeout after sending) may have been a counted
  failure. Until the credential has been accepted once, it is retried once after a back-off,
  and after two lost answers in a row the credential is not sent again until five minutes
  have passed since the first (a `TransportError` says so) -- so at most two unknown outcomes
  and one rejection can follow each other. A credential accepted before is retried with
  back-off like after a temporary answer;
* the exchange itself is shielded from a caller's cancellation (bounded by
  `exchange_deadline`), so its outcome is always recorded for the next waiter instead of
  being forgotten and sent again;
* when 401s keep coming for tokens just issued (younger than 10 s), each further renewal
  waits 1, 2, 4 ... up to 60 s first, instead of authenticating about 100 times a minute.

The authenticate call goes through the same pipeline (so through the rate limiter, which knows
its 100-per-5-minutes limit), as an unauthenticated request. Its bodies are never logged, and
its errors carry no request data.
"""

from __future__ import annotations

import copy
import inspect
import json
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import anyio

from ._jwt import decode_claims, numeric_claim
from ._redact import Secret, scrub, scrub_json
from ._wire import Answer
from .errors import APIError, AuthenticationError, ConfigurationError, TransportError

if TYPE_CHECKING:
    from ._shared_tokens import SharedTokens

__all__ = [
    "AUTHENTICATE_PATH",
    "ApplicationTokenCredentials",
    "Credentials",
    "FixedTokenCredentials",
    "MfaCallback",
    "PostUnauthenticated",
    "TokenSource",
    "UserCredentials",
]

logger = logging.getLogger("emnify")

AUTHENTICATE_PATH = "/api/v1/authenticate"

MfaCallback = Callable[[], str | Awaitable[str]]
#: Sends ``POST path`` with a JSON body, without a token, through the pipeline (retried like
#: an idempotent call); returns the 2xx answer or raises the client's errors.
PostUnauthenticated = Callable[[str, bytes], Awaitable[Answer]]
#: Told the reason ("authenticate", "refresh", "renew after 401") whenever a token arrives.
TokenListener = Callable[[str], None]


@dataclass(frozen=True)
class ApplicationTokenCredentials:
    """An emnify application token."""

    token: Secret

    def __repr__(self) -> str:
        return "ApplicationTokenCredentials(token=***)"


@dataclass(frozen=True)
class UserCredentials:
    """A username and the SHA-1 hex digest of the password (the plain password is not kept)."""

    username: str
    password_sha1: Secret

    def __repr__(self) -> str:
        return f"UserCredentials(username={self.username!r}, password=***)"


@dataclass(frozen=True)
class FixedTokenCredentials:
    """A JWT obtained elsewhere; it cannot be renewed."""

    token: Secret

    def __repr__(self) -> str:
        return "FixedTokenCredentials(token=***)"


Credentials = ApplicationTokenCredentials | UserCredentials | FixedTokenCredentials


class _Token:
    __slots__ = ("bearer", "expires_at", "generation", "issued_at", "refresh_at")

    def __init__(
        self,
        value: str,
        generation: int,
        refresh_at: float | None,
        expires_at: float | None,
        issued_at: float,
    ) -> None:
        self.bearer = Secret(f"Bearer {value}")
        self.generation = generation
        self.refresh_at = refresh_at
        self.expires_at = expires_at
        self.issued_at = issued_at

    def __repr__(self) -> str:
        return f"<token generation={self.generation}>"


class _Rejected(AuthenticationError):
    """The API refused the credentials (internal marker: poisons the flow)."""


class _Temporary(Exception):
    """The authenticate call was answered without being processed (3xx, 404, 408, 425): safe
    to send again after a back-off; says nothing about the credential."""

    def __init__(self, error: APIError) -> None:
        super().__init__(str(error))
        self.error = error


class _Lost(Exception):
    """The authenticate call may have reached the server, but its answer was lost (a 5xx, a
    reset or timeout after sending): the credential may have been counted as a failure."""

    def __init__(self, error: Exception) -> None:
        super().__init__(str(error))
        self.error = error


#: answers to authenticate that say the request was not processed (not a verdict on the
#: credential): 404 (a misrouted gateway), 408 Request Timeout, 425 Too Early
_NOT_PROCESSED = frozenset({404, 408, 425})
#: emnify locks an account for five minutes after three failed authentications in a row
LOCKOUT_FAILURES = 3
LOCKOUT_SECONDS = 300.0
#: temporary answers (3xx, 404, 408, 425) retried per attempt, with back-off
TEMPORARY_RETRIES = 3
#: seconds a token counts as fresh: a 401 for a token this young is a rejection of new tokens
FRESH_SECONDS = 10.0
#: the longest pause before authenticating again while new tokens keep being rejected
MAX_REJECTION_BACKOFF = 60.0


class TokenSource:
    """The tokens of an `EmnifyClient` (see the module docstring).

    Call `bind(post)` once with the function that carries the authenticate calls.
    """

    def __init__(
        self,
        credentials: Credentials,
        *,
        mfa_callback: MfaCallback | None = None,
        authenticate_path: str = AUTHENTICATE_PATH,
        max_margin: float = 60.0,
        margin_fraction: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        backoff_base: float = 0.5,
        backoff_max: float = 8.0,
    ) -> None:
        self._credentials = credentials
        self._mfa_callback = mfa_callback
        self._path = authenticate_path
        self._max_margin = max_margin
        self._margin_fraction = margin_fraction
        self._clock = clock
        self._wall_clock = wall_clock
        self._backoff_base = backoff_base
        self._backoff_max = backoff_max
        self._post: PostUnauthenticated | None = None
        self._refreshed = False  # (whether the last token came from the refresh token)
        self._listener: TokenListener | None = None
        self._lock = anyio.Lock()
        self._generation = 0
        self._token: _Token | None = None
        self._refresh_token: Secret | None = None
        self._attempts = 0
        self._last_error: Exception | None = None
        self._poisoned: AuthenticationError | None = None
        #: clock readings of authenticate answers lost in a row (reset by any answer)
        self._lost: list[float] = []
        #: renewals in a row after a 401 for a token younger than FRESH_SECONDS
        self._fresh_rejections = 0
        #: whether the credential has been accepted once (a token was issued for it)
        self._accepted = False
        #: the longest one exchange of credentials may take (a cancelled caller waits for it)
        self.exchange_deadline = 120.0
        self.authenticate_calls = 0
        #: the token shared with other processes through Redis (`emnify._shared_tokens`)
        self._shared: SharedTokens | None = None
        if isinstance(credentials, FixedTokenCredentials):
            self._token = self._make_token(credentials.token.reveal(), issued_now=False)

    # ------------------------------------------------------------------ public helpers
    @property
    def kind(self) -> str:
        """ "application_token", "user_credentials" or "auth_token"."""
        if isinstance(self._credentials, ApplicationTokenCredentials):
            return "application_token"
        if isinstance(self._credentials, UserCredentials):
            return "user_credentials"
        return "auth_token"

    @property
    def renewable(self) -> bool:
        """Whether the flow can obtain new tokens (False for a fixed auth token)."""
        return not isinstance(self._credentials, FixedTokenCredentials)

    @property
    def generation(self) -> int:
        """How many tokens this flow has held (1 after the first authentication)."""
        return self._generation

    async def ensure_token(self) -> None:
        """Make sure a usable token is held, authenticating now if needed (single flight)."""
        await self._valid_token()

    def bind(self, post: PostUnauthenticated, listener: TokenListener | None = None) -> None:
        """Send the authenticate requests with `post`; tell `listener` about new tokens."""
        self._post = post
        self._listener = listener

    def secrets(self) -> list[Secret]:
        """Every credential currently held, for scrubbing text (never for display)."""
        found: list[Secret] = []
        creds = self._credentials
        if isinstance(creds, UserCredentials):
            found.append(creds.password_sha1)
        else:
            found.append(creds.token)
        if self._refresh_token is not None:
            found.append(self._refresh_token)
        if self._token is not None:
            found.append(Secret(self._token.bearer.reveal()[len("Bearer ") :]))
        return found

    def share(self, shared: SharedTokens) -> None:
        """Renew through `shared` (Redis): one authenticate call for every process."""
        if self.renewable:
            self._shared = shared

    def reset(self) -> None:
        """Forget a remembered credential rejection (e.g. after the account was unlocked)."""
        self._poisoned = None
        self._last_error = None

    def __repr__(self) -> str:
        state = "poisoned" if self._poisoned is not None else f"generation={self._generation}"
        return f"<TokenSource {self.kind} {state}>"

    # ------------------------------------------------------------------ the pipeline's questions
    async def current(self) -> str:
        """The ``Authorization`` value of a usable token, authenticating or renewing it first
        when needed (single flight); raises `AuthenticationError` when no token can be had."""
        token = self._token
        if token is None or not self._usable(token):
            token = await self._renew(token.generation if token is not None else 0)
        return token.bearer.reveal()

    def fresh(self, value: str) -> bool:
        """Whether `value` is the ``Authorization`` value of the current token, still usable
        (no waiting: the pipeline checks it right before a request leaves)."""
        token = self._token
        return token is not None and token.bearer.reveal() == value and self._usable(token)

    async def renew(self, stale: str | None) -> str:
        """The ``Authorization`` value to send again with after a request sent with `stale`
        got a 401: a renewed token, unless another request renewed it meanwhile. A fixed
        auth token cannot be renewed: raises `AuthenticationError`."""
        return await self.renew_after_401(stale)

    async def renew_after_401(self, sent: str | None, generation: int | None = None) -> str:
        """The ``Authorization`` value to re-send a request with after it got a 401 with the
        value `sent`: a renewed token, unless another request renewed it meanwhile."""
        current = self._token
        if current is not None and current.bearer.reveal() == sent:
            stale = current.generation  # the request went out with the newest token
        elif generation is not None:
            stale = generation  # the generation of the token `sent` belongs to
        else:
            stale = -1  # sent with an older token than the current one: keep the current one
        token = await self._renew(stale, "renew after 401")
        return token.bearer.reveal()

    # ------------------------------------------------------------------ tokens
    def _usable(self, token: _Token) -> bool:
        return token.refresh_at is None or self._clock() < token.refresh_at

    async def _valid_token(self) -> _Token:
        token = self._token
        if token is not None and self._usable(token):
            return token
        return await self._renew(token.generation if token is not None else 0)

    async def _renew(self, stale_generation: int, reason: str = "authenticate") -> _Token:
        """A token newer than `stale_generation`, authenticating at most once for all waiters."""
        if self._poisoned is not None:
            raise self._replay(self._poisoned)
        attempts_seen = self._attempts
        async with self._lock:
            if self._poisoned is not None:
                raise self._replay(self._poisoned)
            token = self._token
            if token is not None and token.generation != stale_generation and self._usable(token):
                return token
            if self._attempts != attempts_seen and self._last_error is not None:
                # The attempt this task queued behind failed; share its outcome.
                raise self._replay(self._last_error)
            if reason == "renew after 401":
                await self._pause_if_new_tokens_are_rejected(token, stale_generation)
            else:
                self._fresh_rejections = 0
            if self._shared is not None:
                stale = token.bearer.reveal()[7:] if token is not None else None
                if token is not None and token.generation != stale_generation:
                    stale = None
                return await self._shared.renew(self, reason, stale)
            return await self._attempt(reason)

    async def _pause_if_new_tokens_are_rejected(
        self, token: _Token | None, stale_generation: int
    ) -> None:
        """Back off (under the lock, so every waiter shares the pause) when 401s keep coming
        for tokens just issued: the server rejects new tokens, and authenticating again at
        once would only spend the 100-per-5-minutes authenticate budget."""
        young = (
            token is not None
            and token.generation == stale_generation
            and self._clock() - token.issued_at < FRESH_SECONDS
        )
        if not young:
            self._fresh_rejections = 0
            return
        self._fresh_rejections += 1
        if self._fresh_rejections > 1:
            delay = min(MAX_REJECTION_BACKOFF, 2.0 ** (self._fresh_rejections - 2))
            logger.warning(
                "emnify: a new token was rejected (401) %d times in a row; authenticating "
                "again in %.0f s",
                self._fresh_rejections,
                delay,
            )
            await anyio.sleep(delay)

    def _adopt(self, value: str, seconds_left: float) -> _Token:
        """Use a JWT another process obtained, for `seconds_left` seconds (then renew)."""
        token = self._make_token(value, issued_now=False)
        refresh_at = self._clock() + seconds_left
        if token.refresh_at is None or refresh_at < token.refresh_at:
            token.refresh_at = refresh_at
        self._token = token
        self._accepted = True
        self._last_error = None
        return token

    def _poison(self, error: AuthenticationError) -> AuthenticationError:
        """Remember a rejection of the credential learnt from another process."""
        self._poisoned = self._last_error = error
        return error

    async def _attempt(self, reason: str) -> _Token:
        self._refreshed = False
        try:
            token = await self._obtain_with_retries()
        except _Rejected as exc:
            error = AuthenticationError(
                exc.message,
                status_code=exc.status_code,
                error_code=exc.error_code,
                error_token=exc.error_token,
                errors=exc.errors,
                method=exc.method,
                path=exc.path,
            )
            self._poisoned = error
            self._last_error = error
            raise error from None
        except Exception as exc:
            self._last_error = exc
            raise
        except BaseException:
            self._last_error = None
            raise
        else:
            self._last_error = None
            self._token = token
            self._accepted = True
            listener = self._listener
            if listener is not None:
                listener("refresh" if self._refreshed and reason == "authenticate" else reason)
            return token
        finally:
            self._attempts += 1

    async def _obtain_with_retries(self) -> _Token:
        """`_obtain`, again after a back-off when the answer was temporary (3xx, 404, 408,
        425: not processed) or lost (5xx, or a failure after sending).

        A lost answer may have counted as a failed authentication, and three in a row lock
        the account. Until this credential has been accepted once, two lost answers in a row
        (within the five minutes of a lockout) stop it from being sent again until those five
        minutes have passed. Once it has been accepted, a lost answer is far more likely a
        network fault than a failure, and is retried like a temporary one."""
        retries = 0
        while True:
            if not self._accepted:
                self._check_lost_answers()
            try:
                return await self._obtain()
            except (_Temporary, _Lost) as exc:
                retries += 1
                if isinstance(exc, _Lost) and not self._accepted:
                    self._lost.append(self._clock())
                    if len(self._lost) >= LOCKOUT_FAILURES - 1:
                        raise exc.error from None
                elif retries > TEMPORARY_RETRIES:
                    raise exc.error from None
                await anyio.sleep(self._backoff(retries))

    def _check_lost_answers(self) -> None:
        now = self._clock()
        self._lost = [at for at in self._lost if now - at < LOCKOUT_SECONDS]
        if len(self._lost) >= LOCKOUT_FAILURES - 1:
            wait = LOCKOUT_SECONDS - (now - self._lost[0])
            raise TransportError(
                f"the answers to the last {len(self._lost)} authenticate calls were lost; "
                f"three failed authentications in a row lock an emnify account, so the "
                f"credential is not sent again for {wait:.0f} s",
                method="POST",
                path=self._path,
            )

    def _backoff(self, retry: int) -> float:
        ceiling = min(self._backoff_max, self._backoff_base * 2.0 ** min(retry - 1, 16))
        return random.uniform(ceiling / 2, ceiling)

    @staticmethod
    def _replay(error: Exception) -> Exception:
        # A fresh copy per waiter: one exception object raised in many tasks would collect
        # their tracebacks.
        try:
            return copy.copy(error)
        except Exception:  # pragma: no cover - every emnify error copies
            return error

    def _make_token(self, value: str, *, issued_now: bool) -> _Token:
        claims = decode_claims(value)
        exp = numeric_claim(claims, "exp")
        iat = numeric_claim(claims, "iat")
        now = self._clock()
        refresh_at: float | None = None
        expires_at: float | None = None
        if exp is not None:
            if issued_now and iat is not None and exp > iat:
                lifetime = exp - iat
            else:
                lifetime = exp - self._wall_clock()
            if issued_now:
                if lifetime > 0:
                    # At least 1 s (half the lifetime for tokens shorter than 2 s): `iat` has
                    # whole-second resolution, so `exp - iat` overstates the lifetime by up to
                    # a second, which a 10 % margin of a short-lived token would not absorb.
                    margin = min(
                        self._max_margin,
                        max(lifetime * self._margin_fraction, min(1.0, lifetime / 2)),
                    )
                    expires_at = now + lifetime
                    refresh_at = expires_at - margin
                else:
                    logger.warning(
                        "emnify: a new auth token looks expired by this machine's clock; "
                        "it will be renewed on 401 only"
                    )
            else:
                expires_at = refresh_at = now + lifetime
        self._generation += 1
        return _Token(value, self._generation, refresh_at, expires_at, now)

    # ------------------------------------------------------------------ authenticate calls
    async def _obtain(self) -> _Token:
        creds = self._credentials
        if isinstance(creds, FixedTokenCredentials):
            raise _Rejected(
                "the auth_token given to EmnifyClient has expired; it cannot be renewed. "
                "Pass a fresh auth_token, or an application_token / username and password "
                "so that the client can renew tokens itself",
                path=self._path,
            )
        if isinstance(creds, ApplicationTokenCredentials):
            logger.debug("emnify: authenticating with the application token")
            data = await self._call(
                {"application_token": creds.token.reveal()}, "application token"
            )
            return self._token_from(data)
        if self._refresh_token is not None:
            logger.debug("emnify: renewing the auth token with the refresh token")
            try:
                data = await self._call(
                    {"refresh_token": self._refresh_token.reveal()}, "refresh token"
                )
            except _Rejected:
                logger.info(
                    "emnify: refresh token rejected; authenticating with username and password"
                )
                self._refresh_token = None
            else:
                self._keep_refresh_token(data)
                self._refreshed = True
                return self._token_from(data)
        logger.debug("emnify: authenticating with username and password")
        data = await self._call(
            {"username": creds.username, "password": creds.password_sha1.reveal()},
            "username and password",
        )
        if not isinstance(data.get("auth_token"), str) and isinstance(data.get("mfa_token"), str):
            data = await self._multi_factor(data["mfa_token"])
        self._keep_refresh_token(data)
        return self._token_from(data)

    async def _multi_factor(self, mfa_token: str) -> dict[str, Any]:
        callback = self._mfa_callback
        if callback is None:
            raise _Rejected(
                "this user has multi-factor authentication enabled: pass mfa_callback= (a "
                "function returning the 6-digit code) to EmnifyClient",
                path=self._path,
            )
        logger.debug("emnify: multi-factor authentication required; asking mfa_callback")
        if inspect.iscoroutinefunction(callback) or inspect.iscoroutinefunction(
            type(callback).__call__  # an object with `async def __call__`
        ):
            result: Any = callback()
        else:
            result = await anyio.to_thread.run_sync(callback)
        if inspect.isawaitable(result):
            result = await result
        code = result.strip() if isinstance(result, str) else result
        if not (isinstance(code, str) and len(code) == 6 and code.isdigit()):
            raise ConfigurationError("mfa_callback must return the 6-digit code as a string")
        return await self._call({"mfa_token": mfa_token, "code": code}, "MFA code")

    def _keep_refresh_token(self, data: dict[str, Any]) -> None:
        refresh = data.get("refresh_token")
        if isinstance(refresh, str) and refresh:
            self._refresh_token = Secret(refresh)

    def _token_from(self, data: dict[str, Any]) -> _Token:
        value = data.get("auth_token")
        if not isinstance(value, str) or not value:
            raise AuthenticationError(
                "the authenticate answer carried no auth_token", status_code=200, path=self._path
            )
        return self._make_token(value, issued_now=True)

    async def _call(self, body: dict[str, str], what: str) -> dict[str, Any]:
        post = self._post
        if post is None:
            raise RuntimeError("TokenSource.bind() was not called")
        self.authenticate_calls += 1
        secrets = [*self.secrets(), *(Secret(v) for v in body.values())]
        try:
            # Shielded: a caller cancelled mid-call must not leave the outcome unknown (the
            # next waiter would send the credential again); bounded, so it cannot hang.
            with (
                anyio.CancelScope(shield=True),
                anyio.move_on_after(self.exchange_deadline) as deadline,
            ):
                response = await post(self._path, json.dumps(body).encode())
            if deadline.cancelled_caught:
                raise _Lost(
                    TransportError(
                        f"the authenticate call took longer than {self.exchange_deadline:g} s",
                        method="POST",
                        path=self._path,
                    )
                )
        except TransportError as exc:
            if not exc.sent:
                raise  # never reached the server (the pipeline retried that already)
            raise _Lost(exc) from None
        except APIError as exc:
            # A server (or a gateway) may quote the credentials it got, in the message or in
            # the per-field details: mask them wherever they appear.
            exc.response = None  # its body may quote the credentials
            exc.message = scrub(exc.message, secrets)
            exc.errors = scrub_json(exc.errors, secrets)
            if exc.error_token is not None:
                exc.error_token = scrub(exc.error_token, secrets)
            exc.args = (exc._summary(),)
            status = exc.status_code
            if status == 429:
                self._lost.clear()
                raise  # not processed; the pipeline waited and retried already
            if status >= 500:
                raise _Lost(exc) from None
            self._lost.clear()  # answered: whatever happened before was not three failures
            if status < 400 or status in _NOT_PROCESSED:
                raise _Temporary(exc) from None
            raise _Rejected(
                f"authentication with the {what} was rejected: {exc.message}",
                status_code=exc.status_code,
                error_code=exc.error_code,
                error_token=exc.error_token,
                errors=exc.errors,
                method="POST",
                path=self._path,
            ) from None
        self._lost.clear()
        try:
            data = response.json()
        except ValueError:
            data = None
        if not isinstance(data, dict):
            raise AuthenticationError(
                f"the authenticate answer (HTTP {response.status_code}) was not a JSON object",
                status_code=response.status_code,
                method="POST",
                path=self._path,
            )
        return data
