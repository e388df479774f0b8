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
clock does not cause refresh loops. The token is checked again right before each attempt is
sent (the transport calls back into the flow after the rate-limit wait), so a request that
waited in the limiter or in a retry backoff past its token's refresh time goes out with a fresh
one. A 401 on a request triggers one renewal and one re-send.

The pipeline (`emnify._pipeline`) asks two questions: `current()` -- the ``Authorization``
value of a usable token, before each attempt -- and `renew(stale)` after a 401 for the value
`stale`. That is the whole interface; nothing else in the client knows about tokens.

**Single flight.** Renewals run under one `anyio.Lock` and tokens carry a generation number.
A task that finds the token stale notes the generation it saw, takes the lock, and renews only
if the token is still that generation -- otherwise someone renewed while it waited and it uses
the new token. However many requests meet an expired token at once, one authenticate call is
made. A failed attempt is remembered: tasks that queued behind it get the same error without
trying again, and a *rejection* of the credentials (any 4xx but 429, e.g. 401 for a wrong
token or an account locked after three failures) poisons the flow: every later renewal raises
`AuthenticationError` at once, without calling the API (re-trying a bad password would lock the
account). Transient failures (network, 5xx, 429) are not remembered beyond their waiters.

The authenticate call goes through the same pipeline (so through the rate limiter, which knows
its 100-per-5-minutes limit, and the retries), as an unauthenticated request. Its bodies are
never logged, and its errors carry no request data.
"""

from __future__ import annotations

import copy
import inspect
import json
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import anyio

from ._jwt import decode_claims, numeric_claim
from ._redact import Secret, scrub, scrub_json
from ._wire import Answer
from .errors import APIError, AuthenticationError, ConfigurationError

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
    __slots__ = ("bearer", "expires_at", "generation", "refresh_at")

    def __init__(
        self, value: str, generation: int, refresh_at: float | None, expires_at: float | None
    ) -> None:
        self.bearer = Secret(f"Bearer {value}")
        self.generation = generation
        self.refresh_at = refresh_at
        self.expires_at = expires_at

    def __repr__(self) -> str:
        return f"<token generation={self.generation}>"


class _Rejected(AuthenticationError):
    """The API refused the credentials (internal marker: poisons the flow)."""


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
    ) -> None:
        self._credentials = credentials
        self._mfa_callback = mfa_callback
        self._path = authenticate_path
        self._max_margin = max_margin
        self._margin_fraction = margin_fraction
        self._clock = clock
        self._wall_clock = wall_clock
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
        self.authenticate_calls = 0
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
            return await self._attempt(reason)

    async def _attempt(self, reason: str) -> _Token:
        self._refreshed = False
        try:
            token = await self._obtain()
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
            listener = self._listener
            if listener is not None:
                listener("refresh" if self._refreshed and reason == "authenticate" else reason)
            return token
        finally:
            self._attempts += 1

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
        return _Token(value, self._generation, refresh_at, expires_at)

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
            response = await post(self._path, json.dumps(body).encode())
        except APIError as exc:
            # A server (or a gateway) may quote the credentials it got, in the message or in
            # the per-field details: mask them wherever they appear.
            exc.response = None  # its body may quote the credentials
            exc.message = scrub(exc.message, secrets)
            exc.errors = scrub_json(exc.errors, secrets)
            if exc.error_token is not None:
                exc.error_token = scrub(exc.error_token, secrets)
            exc.args = (exc._summary(),)
            if exc.status_code == 429 or exc.status_code >= 500:
                raise
            raise _Rejected(
                f"authentication with the {what} was rejected: {exc.message}",
                status_code=exc.status_code,
                error_code=exc.error_code,
                error_token=exc.error_token,
                errors=exc.errors,
                method="POST",
                path=self._path,
            ) from None
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
