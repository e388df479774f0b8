"""`EmnifyClient`: the entry point of emnify-async.

Every request takes one pipeline (ARCHITECTURE.md has the picture)::

    generated operation / client.request / paginate     sim_stats / endpoint_stats / bulk
      -> httpx.AsyncClient + PipelineTransport (adapter)            |
      -> Pipeline.send: limiter -> token (TokenSource) -> slot -> backend -> decide -> error
      -> backend: aiohttp on asyncio when installed, httpx's transport otherwise

Usage::

    async with EmnifyClient(application_token="...") as client:
        sim = await get_sim.asyncio(sim_id=1, client=client.generated)
        async for sim in client.paginate(list_sims, per_page=1000, q="status:1"):
            ...
        stats = await client.sim_stats(123456)
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import ipaddress
import math
import os
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Literal

import httpx

from ._auth import (
    AUTHENTICATE_PATH,
    ApplicationTokenCredentials,
    Credentials,
    FixedTokenCredentials,
    MfaCallback,
    TokenSource,
    UserCredentials,
)
from ._backends import DEFAULT_MAX_RESPONSE_BYTES, HttpxBackend
from ._clock import server_now
from ._pipeline import Pipeline, RetryPolicy
from ._redact import Secret
from ._transport import RETRY_EXTENSION, PipelineTransport
from ._validate import check_int, check_number, resource_id
from ._wire import Answer, Request
from .errors import ConfigurationError, EmnifyError
from .hooks import Event, EventHook
from .limits import AdaptiveSettings, Limiter, RateLimits
from .pagination import DEFAULT_MAX_PAGES, paginate_operation, paginate_path

if TYPE_CHECKING:
    from datetime import date

    from emnify_generated.api import Api
    from emnify_generated.client import Client as GeneratedClient

    from .bulk import BulkRun
    from .coordination import CoordinationSettings, Coordinator
    from .stats import SimStats
    from .stats.daily import DailyStats

__all__ = ["DEFAULT_BASE_URL", "EmnifyClient"]

DEFAULT_BASE_URL: Final = "https://cdn.emnify.net"


class _Default:
    def __repr__(self) -> str:
        return "RateLimits.emnify()"


_DEFAULT: Final = _Default()

_PASSTHROUGH = frozenset({"data", "files", "cookies", "timeout", "extensions"})
_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


class _AsyncOnlyTransport(httpx.BaseTransport):
    """Given to the generated client's *sync* slot: emnify-async only sends asynchronously,
    and a sync call must not silently bypass auth, limits and retries."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise ConfigurationError(
            "emnify-async is async-only: call the generated asyncio()/asyncio_detailed() "
            "functions, not sync()/sync_detailed()"
        )


class EmnifyClient:
    """An async client for the emnify REST API with auth, rate limits and retries built in.

    Credentials (exactly one kind):
        application_token: an emnify application token (recommended).
        username, password: user credentials; the password is SHA-1 hashed here and the
            plain text is not kept. `mfa_callback` (sync or async, no arguments) returns the
            6-digit code when the account has multi-factor authentication.
        auth_token: a JWT obtained elsewhere; used until it expires, never renewed.

    Options:
        base_url: the API root; must be https (http only for loopback hosts).
        max_concurrency: requests in flight at once across the whole client.
        rate_limits: client-side throttling, `RateLimits.emnify()` by default; None switches
            it off (routes still slow down adaptively after 429s).
        max_retries: retries per request (429s for any method; network errors, timeouts and
            502/503/504 for idempotent methods, or all methods with `retry_non_idempotent`).
        timeout: seconds for each of connect/read/write/pool (or an `httpx.Timeout`), None
            for no timeout.
        attempt_timeout: seconds one attempt may take in all (connection, request, answer,
            body), however steadily a server trickles it; an attempt past it fails as a
            timeout (retried like one). "auto" (the default): four times the longest phase of
            `timeout` (120 s for the default 30 s), None when `timeout` is None; None: off.
        max_response_bytes: the most bytes an answer's body may have, decoded (after
            gzip/deflate); 64 MiB by default. Reading stops as soon as a body passes it:
            `ResponseTooLargeError` (a `TransportError`), never retried.
        transport: an `httpx.AsyncBaseTransport` to send through (tests, proxies); by
            default aiohttp on asyncio when installed, httpx's own transport otherwise.
        event_hooks: functions called with an `emnify.hooks.Event` for every step of every
            request (attempts, answers, retries, pauses, new tokens); see `emnify.hooks`.
        backoff_base, backoff_max: the jittered exponential backoff, in seconds.
        max_retry_after: a Retry-After longer than this fails the request at once.
        use_aiohttp: set False to always use httpx's own transport.
        user_agent: replaces the default User-Agent header.
        redis_url: share the rate limits, the token and the back-off with every process
            naming the same Redis (``redis://host:6379/0``; extra ``redis``); the client must
            then be used as ``async with``. See `emnify.coordination`.
        egress_name: with `redis_url`, the name of the egress address whose per-IP limits
            this process shares (default: the host name).
        coordination: with `redis_url`, its timings (`emnify.coordination.CoordinationSettings`).

    Use it as an async context manager (or call `aclose()`), one client per event loop.
    Every method raises `emnify.errors` exceptions: `APIError` subclasses for error answers,
    `TransportError` for network failures, `ConfigurationError` for bad arguments.
    """

    def __init__(
        self,
        application_token: str | None = None,
        *,
        username: str | None = None,
        password: str | None = None,
        auth_token: str | None = None,
        base_url: str = DEFAULT_BASE_URL,
        max_concurrency: int = 16,
        rate_limits: RateLimits | _Default | None = _DEFAULT,
        max_retries: int = 5,
        timeout: float | httpx.Timeout | None = 30.0,
        attempt_timeout: float | Literal["auto"] | None = "auto",
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        transport: httpx.AsyncBaseTransport | None = None,
        mfa_callback: MfaCallback | None = None,
        retry_non_idempotent: bool = False,
        backoff_base: float = 0.25,
        backoff_max: float = 10.0,
        max_retry_after: float = 300.0,
        use_aiohttp: bool = True,
        user_agent: str | None = None,
        adaptive: AdaptiveSettings | None = None,
        event_hooks: Iterable[EventHook] = (),
        redis_url: str | None = None,
        egress_name: str | None = None,
        coordination: CoordinationSettings | None = None,
    ) -> None:
        credentials = _credentials(application_token, username, password, auth_token)
        if mfa_callback is not None:
            if not callable(mfa_callback):
                raise ConfigurationError("mfa_callback must be a function returning the code")
            if not isinstance(credentials, UserCredentials):
                raise ConfigurationError(
                    "mfa_callback only applies to username/password authentication"
                )
        self._base_url = _check_base_url(base_url)
        check_int("max_concurrency", max_concurrency, minimum=1)
        check_int("max_retries", max_retries, minimum=0)
        http_timeout = _check_timeout(timeout)
        deadline = _attempt_deadline(attempt_timeout, http_timeout)
        check_int("max_response_bytes", max_response_bytes, minimum=1)
        if isinstance(rate_limits, _Default):
            rate_limits = RateLimits.emnify()
        elif rate_limits is not None and not isinstance(rate_limits, RateLimits):
            raise ConfigurationError(
                "rate_limits must be a RateLimits (e.g. RateLimits.emnify(scale=2)) or None"
            )
        if transport is not None and not isinstance(transport, httpx.AsyncBaseTransport):
            raise ConfigurationError("transport must be an httpx.AsyncBaseTransport (or None)")
        for name, flag in (
            ("retry_non_idempotent", retry_non_idempotent),
            ("use_aiohttp", use_aiohttp),
        ):
            if not isinstance(flag, bool):
                raise ConfigurationError(f"{name} must be True or False")
        _check_seconds("backoff_base", backoff_base)
        _check_seconds("backoff_max", backoff_max)
        _check_seconds("max_retry_after", max_retry_after, allow_zero=True)
        if backoff_max < backoff_base:
            raise ConfigurationError("backoff_max must be >= backoff_base")
        if user_agent is not None:
            _check_text("user_agent", user_agent)
        if adaptive is not None and not isinstance(adaptive, AdaptiveSettings):
            raise ConfigurationError("adaptive must be an AdaptiveSettings (or None)")
        if isinstance(event_hooks, (str, bytes)) or not isinstance(event_hooks, Iterable):
            raise ConfigurationError("event_hooks must be a list of functions taking an Event")
        hooks = tuple(event_hooks)
        if not all(callable(hook) for hook in hooks):
            raise ConfigurationError("event_hooks must be a list of functions taking an Event")

        self._max_concurrency = max_concurrency
        self._rate_limits = rate_limits
        self._coordinator: Coordinator | None = None
        self._limiter: Limiter
        if redis_url is not None:  # (imported only then: nothing of Redis otherwise)
            from .coordination import shared_limiter

            self._coordinator, self._limiter = shared_limiter(
                redis_url,
                base_url=self._base_url,
                credentials=credentials,
                egress_name=egress_name,
                settings=coordination,
                rate_limits=rate_limits,
                adaptive=adaptive,
                max_retry_after=float(max_retry_after),
            )
        elif egress_name is not None or coordination is not None:
            raise ConfigurationError("egress_name and coordination need redis_url")
        else:
            self._limiter = Limiter(rate_limits, adaptive=adaptive)
        self._attempt_timeout = deadline
        self._max_response_bytes = max_response_bytes
        self._pipeline = Pipeline(
            None
            if transport is None
            else HttpxBackend(
                transport, max_response_bytes=max_response_bytes, attempt_timeout=deadline
            ),
            limiter=self._limiter,
            max_concurrency=max_concurrency,
            retry=RetryPolicy(
                max_retries=max_retries,
                backoff_base=float(backoff_base),
                backoff_max=float(backoff_max),
                retry_non_idempotent=retry_non_idempotent,
                max_retry_after=float(max_retry_after),
            ),
            prefer_aiohttp=use_aiohttp,
            hooks=hooks,
            max_response_bytes=max_response_bytes,
            attempt_timeout=deadline,
        )
        self._auth = TokenSource(
            credentials,
            mfa_callback=mfa_callback,
            backoff_base=max(float(backoff_base), 0.001),
            backoff_max=float(backoff_max),
        )
        self._auth.bind(self._post_unauthenticated, self._token_arrived if hooks else None)
        self._pipeline.bind_tokens(self._auth)
        self._pipeline.redact_with(self._auth.secrets)
        if self._coordinator is not None:
            from ._shared_tokens import SharedTokens

            self._auth.share(SharedTokens(self._coordinator))
        self._timeouts = http_timeout.as_dict()
        #: sent with every request (httpx's copy, and the direct requests' in `_get`)
        self._headers = {
            "Accept": "application/json",
            "User-Agent": user_agent or _default_user_agent(),
        }
        self._http = httpx.AsyncClient(
            base_url=self._base_url,
            transport=PipelineTransport(self._pipeline),
            timeout=http_timeout,
            follow_redirects=False,
            headers=self._headers,
        )
        self._generated: GeneratedClient | None = None
        self._api: Api | None = None

    # ------------------------------------------------------------------ construction helpers
    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **kwargs: Any) -> EmnifyClient:
        """A client configured from environment variables (keyword arguments win).

        Reads ``EMNIFY_APPLICATION_TOKEN``, or ``EMNIFY_USERNAME`` + ``EMNIFY_PASSWORD``, or
        ``EMNIFY_AUTH_TOKEN``, and ``EMNIFY_BASE_URL``, ``EMNIFY_REDIS_URL`` and
        ``EMNIFY_EGRESS_NAME``. Empty variables count as unset.
        `env` replaces `os.environ` (for tests).
        """
        if env is not None and not isinstance(env, Mapping):
            raise ConfigurationError(
                f"env must be a mapping of variable names to values (like os.environ), "
                f"not {type(env).__name__}"
            )
        source = os.environ if env is None else env

        def read(name: str) -> str | None:
            value = source.get(name)
            return value if value else None

        credential_args = ("application_token", "username", "password", "auth_token")
        if not any(kwargs.get(name) is not None for name in credential_args):
            found = {
                "application_token": read("EMNIFY_APPLICATION_TOKEN"),
                "username": read("EMNIFY_USERNAME"),
                "password": read("EMNIFY_PASSWORD"),
                "auth_token": read("EMNIFY_AUTH_TOKEN"),
            }
            if not any(found.values()):
                raise ConfigurationError(
                    "no emnify credentials in the environment: set EMNIFY_APPLICATION_TOKEN "
                    "(or EMNIFY_USERNAME and EMNIFY_PASSWORD, or EMNIFY_AUTH_TOKEN)"
                )
            kwargs.update({k: v for k, v in found.items() if v is not None})
        for name in ("base_url", "redis_url", "egress_name"):
            if name not in kwargs:
                value = read(f"EMNIFY_{name.upper()}")
                if value is not None:
                    kwargs[name] = value
        return cls(**kwargs)

    # ------------------------------------------------------------------ properties
    @property
    def base_url(self) -> str:
        """The API root requests go to."""
        return self._base_url

    @property
    def max_concurrency(self) -> int:
        """The most requests this client has in flight at once."""
        return self._max_concurrency

    @property
    def rate_limits(self) -> RateLimits | None:
        """The client-side limits in force (None: throttling off, adaptive only)."""
        return self._rate_limits

    @property
    def limiter(self) -> Limiter:
        """The runtime limiter (routes, rates, pauses), for inspection."""
        return self._limiter

    @property
    def coordinator(self) -> Coordinator | None:
        """The link to Redis (`redis_url`), or None."""
        return self._coordinator

    @property
    def in_flight(self) -> int:
        """Requests holding one of the `max_concurrency` slots right now (for inspection:
        0 whenever no call of this client is running, including after a cancellation)."""
        return self._pipeline.in_flight

    @property
    def attempt_timeout(self) -> float | None:
        """Seconds one attempt may take in all (None: no deadline); see the class docs."""
        return self._attempt_timeout

    @property
    def max_response_bytes(self) -> int:
        """The most bytes an answer's decoded body may have."""
        return self._max_response_bytes

    @property
    def http(self) -> httpx.AsyncClient:
        """The `httpx.AsyncClient` carrying every policy (for advanced use)."""
        return self._http

    @property
    def generated(self) -> GeneratedClient:
        """The generated `emnify_generated.client.Client`, sending through this client.

        Pass it as ``client=`` to any generated operation; auth, limits, retries and error
        mapping apply.
        """
        if self._generated is None:
            from emnify_generated.client import Client

            generated = Client(base_url=self._base_url, decode_error=self._decode_error)
            generated.set_async_httpx_client(self._http)
            generated.set_httpx_client(httpx.Client(transport=_AsyncOnlyTransport()))
            self._generated = generated
        return self._generated

    @property
    def api(self) -> Api:
        """Every operation, namespaced by tag and bound to this client:
        ``await client.api.sim.get_sim_stats(sim_id="1")``."""
        if self._api is None:
            from emnify_generated.api import Api

            self._api = Api(self.generated)
        return self._api

    def __repr__(self) -> str:
        return (
            f"EmnifyClient(base_url={self._base_url!r}, auth={self._auth.kind}, "
            f"max_concurrency={self._max_concurrency}, rate_limits="
            f"{'off' if self._rate_limits is None else f'scale={self._rate_limits.scale:g}'})"
        )

    # ------------------------------------------------------------------ lifecycle
    async def __aenter__(self) -> EmnifyClient:
        if self._coordinator is not None:
            await self._coordinator.__aenter__()  # ConfigurationError when unreachable
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            await self.aclose()
        finally:
            if self._coordinator is not None:
                await self._coordinator.__aexit__(exc_type, exc, tb)

    async def aclose(self) -> None:
        """Close the connections. The client cannot be used afterwards."""
        await self._http.aclose()
        if self._generated is not None:
            self._generated.get_httpx_client().close()

    # ------------------------------------------------------------------ requests
    async def authenticate(self) -> None:
        """Authenticate now instead of on the first request (a no-op while the current token
        is fresh). Useful to fail fast: raises `AuthenticationError` for bad credentials,
        `TransportError` when the API cannot be reached."""
        await self._auth.ensure_token()

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        retry: bool | None = None,
        **httpx_kwargs: Any,
    ) -> httpx.Response:
        """Send one request with every policy applied; the escape hatch for any endpoint.

        `path` is relative to `base_url` (e.g. ``"/api/v1/endpoint"``). `retry` overrides
        the retry rule for network failures and 502/503/504 (True: retry even a POST,
        False: never). `httpx_kwargs` may be `data`, `files`, `cookies`, `timeout` or
        `extensions`, passed on to httpx. Returns the (read) response of a 2xx answer;
        raises `APIError` subclasses for error answers.
        """
        if not isinstance(method, str) or not method.isalpha():
            raise ConfigurationError("method must be an HTTP method name such as 'GET'")
        _check_path(path)
        if retry is not None and not isinstance(retry, bool):
            raise ConfigurationError("retry must be True, False or None")
        unknown = set(httpx_kwargs) - _PASSTHROUGH
        if unknown:
            raise ConfigurationError(
                f"request() got unsupported keyword arguments {sorted(unknown)}; "
                f"allowed: {sorted(_PASSTHROUGH)}"
            )
        extensions = dict(httpx_kwargs.pop("extensions", None) or {})
        if retry is not None:
            extensions[RETRY_EXTENSION] = retry
        return await self._http.request(
            method.upper(),
            path,
            params=params,
            json=json,
            content=content,
            headers=headers,
            extensions=extensions or None,
            **httpx_kwargs,
        )

    async def _get(self, path: str, query: str = "") -> Answer:
        """``GET path`` (a path this module built; `query` its ready query string, ``"?..."``,
        if any) straight into the pipeline, for callers that only need the status, headers and
        body of a successful answer (`sim_stats`, bulk runs).

        The same pipeline as `request`, without building httpx's request and response objects,
        which cost more CPU than the HTTP itself at thousands of requests per second.
        """
        return await self._pipeline.send(
            Request(
                "GET",
                self._base_url + path + query,
                path,
                dict(self._headers),
                timeouts=self._timeouts,
            )
        )

    async def _post_unauthenticated(self, path: str, body: bytes) -> Answer:
        """The token source's authenticate calls: a JSON POST without a token. The pipeline
        retries it only where it provably never reached the server (and after 429s); a lost
        answer is the token source's to judge (`emnify._auth`), since each credential sent
        may count towards emnify's lockout."""
        headers = dict(self._headers)
        headers["Content-Type"] = "application/json"
        return await self._pipeline.send(
            Request(
                "POST",
                self._base_url + path,
                path,
                headers,
                body=body,
                timeouts=self._timeouts,
                retry=False,
                authenticated=False,
            )
        )

    @contextlib.contextmanager
    def _masked_errors(self) -> Iterator[None]:
        """Errors about a *successful* answer's body (it did not parse) are raised outside the
        pipeline, which masks the others: mask them the same way, since a server may echo a
        credential in a malformed 2xx body too."""
        try:
            yield
        except EmnifyError as exc:
            from ._redact import redact_error, secret_values

            redact_error(exc, secret_values(self._auth.secrets()))
            raise

    def _decode_error(self, response: httpx.Response, cause: BaseException) -> Exception:
        """The generated client's `decode_error`: `ResponseDecodeError.from_response`, masked."""
        from ._redact import redact_error, secret_values
        from .errors import ResponseDecodeError

        values = secret_values(self._auth.secrets())
        error = ResponseDecodeError.from_response(response, cause)
        redact_error(error, values)
        redact_error(cause, values)  # (the generated code chains it: `raise error from cause`)
        return error

    def _token_arrived(self, reason: str) -> None:
        self._pipeline.emit_event(Event("token", "POST", AUTHENTICATE_PATH, 0, reason=reason))

    def paginate(
        self,
        op: Any,
        *,
        per_page: int | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
        **params: Any,
    ) -> AsyncIterator[Any]:
        """Iterate the items of every page of a generated list operation.

        `op` is the generated module (e.g. ``emnify_generated.api.sim.list_sims``) or its
        ``asyncio_detailed`` function; `params` are the operation's other arguments (``q=``,
        ``sort=``, path ids). Stops at the last page even though emnify repeats it for page
        numbers past the end; raises `PaginationError` when pages are still announced after
        `max_pages` pages. See `emnify.pagination`.
        """
        return paginate_operation(
            op, self.generated, per_page=per_page, max_pages=max_pages, **params
        )

    def paginate_raw(
        self,
        path: str,
        *,
        per_page: int | None = None,
        per_page_param: str = "per_page",
        max_pages: int = DEFAULT_MAX_PAGES,
        **params: Any,
    ) -> AsyncIterator[Any]:
        """Like `paginate` for a path (decoded JSON items), via `request`."""
        _check_path(path)
        return paginate_path(
            self.request,
            path,
            per_page=per_page,
            per_page_param=per_page_param,
            max_pages=max_pages,
            **params,
        )

    async def sim_stats(self, sim_id: int | str) -> SimStats:
        """The usage statistics of one SIM (``GET /api/v1/sim/{sim_id}/stats``), parsed.

        Costs are `Decimal`s (the JSON is decoded with exact decimals); the last-hour stamps
        are dated with the server's clock (the `Date` header), falling back to this one. Raises
        `ConfigurationError` for an id that is not a positive int (or digit string),
        `emnify.stats.StatsParseError` for a body that is not JSON or not a stats payload,
        and the client's usual `APIError`/`TransportError` for failed calls.
        """
        from .stats import parse_sim_stats_json

        number = resource_id(sim_id, "sim_id")
        response = await self._get(f"/api/v1/sim/{number}/stats")
        with self._masked_errors():
            return parse_sim_stats_json(response.content, now=server_now(response), sim_id=number)

    async def endpoint_stats(self, endpoint_id: int | str) -> SimStats:
        """The usage statistics of one endpoint (``GET /api/v1/endpoint/{id}/stats``); raises
        like `sim_stats`."""
        from .stats import parse_endpoint_stats_json

        number = resource_id(endpoint_id, "endpoint_id")
        response = await self._get(f"/api/v1/endpoint/{number}/stats")
        with self._masked_errors():
            return parse_endpoint_stats_json(
                response.content, now=server_now(response), endpoint_id=number
            )

    async def sim_daily_stats(
        self,
        sim_id: int | str,
        start: date | str | None = None,
        end: date | str | None = None,
    ) -> DailyStats:
        """The daily usage statistics of one SIM from `start` to `end`
        (``GET /api/v1/sim/{sim_id}/stats/daily?start_date=...&end_date=...``), parsed into
        `emnify.stats.daily.DailyStats` with exact costs.

        `start` and `end` are dates or ``YYYY-MM-DD`` strings, both days included; leave both
        out for the current month (the API's default). Raises `ConfigurationError` for a bad
        id or range, `StatsParseError` for a body that is no daily stats answer, and the
        client's usual errors for failed calls.
        """
        from .stats.daily import check_date_range, daily_query, parse_daily_stats_json

        number = resource_id(sim_id, "sim_id")
        first, last = check_date_range(start, end)
        response = await self._get(f"/api/v1/sim/{number}/stats/daily", daily_query(first, last))
        with self._masked_errors():
            return parse_daily_stats_json(response.content, sim_id=number)

    async def endpoint_daily_stats(
        self,
        endpoint_id: int | str,
        start: date | str | None = None,
        end: date | str | None = None,
    ) -> DailyStats:
        """The daily usage statistics of one endpoint
        (``GET /api/v1/endpoint/{endpoint_id}/stats/daily``); like `sim_daily_stats`."""
        from .stats.daily import check_date_range, daily_query, parse_daily_stats_json

        number = resource_id(endpoint_id, "endpoint_id")
        first, last = check_date_range(start, end)
        response = await self._get(
            f"/api/v1/endpoint/{number}/stats/daily", daily_query(first, last)
        )
        with self._masked_errors():
            return parse_daily_stats_json(response.content, endpoint_id=number)

    def bulk_daily_stats(
        self,
        ids: Iterable[int | str] | AsyncIterable[int | str],
        start: date | str | None = None,
        end: date | str | None = None,
        *,
        endpoints: bool = False,
        on_progress: Callable[[int, int], object] | None = None,
        workers: int | None = None,
    ) -> BulkRun[DailyStats]:
        """Stream the daily statistics of many SIMs (or endpoints, with ``endpoints=True``)
        from `start` to `end`: one `BulkResult` per id whose ``stats`` is a `DailyStats`. The
        same run as `bulk_sim_stats` (use it with ``async with``); see
        `emnify.bulk.bulk_daily_stats`."""
        from .bulk import bulk_daily_stats

        return bulk_daily_stats(
            self, ids, start, end, endpoints=endpoints, on_progress=on_progress, workers=workers
        )

    def bulk_sim_stats(
        self,
        sim_ids: Iterable[int | str] | AsyncIterable[int | str],
        *,
        on_progress: Callable[[int, int], object] | None = None,
        workers: int | None = None,
    ) -> BulkRun:
        """Stream the statistics of many SIMs: one `BulkResult` per id, completion order.

        Use ``async with client.bulk_sim_stats(ids) as results: async for r in results:``,
        the streaming form (workers busy all the time, each result handed over as soon as
        it is parsed); a plain ``async for`` works too but fetches in rounds. Delegates to
        `emnify.bulk.bulk_sim_stats` with this client: every id goes through `sim_stats`,
        so its limits, retries and errors apply.
        """
        from .bulk import bulk_sim_stats

        return bulk_sim_stats(self, sim_ids, on_progress=on_progress, workers=workers)


# ---------------------------------------------------------------------- validation
def _credentials(
    application_token: str | None,
    username: str | None,
    password: str | None,
    auth_token: str | None,
) -> Credentials:
    given = [
        name
        for name, value in (
            ("application_token", application_token),
            ("username/password", username if username is not None else password),
            ("auth_token", auth_token),
        )
        if value is not None
    ]
    if len(given) != 1:
        what = ", ".join(given) if given else "none"
        raise ConfigurationError(
            "pass exactly one kind of credentials: application_token=, or username= and "
            f"password=, or auth_token= (got: {what})"
        )
    if application_token is not None:
        _check_token("application_token", application_token)
        return ApplicationTokenCredentials(Secret(application_token))
    if auth_token is not None:
        _check_token("auth_token", auth_token)
        return FixedTokenCredentials(Secret(auth_token))
    if username is None or password is None:
        raise ConfigurationError("user credentials need both username= and password=")
    _check_text("username", username)
    if not isinstance(password, str) or not password:
        raise ConfigurationError("password must be a non-empty string (the plain password)")
    digest = hashlib.sha1(password.encode("utf-8"), usedforsecurity=False).hexdigest()
    return UserCredentials(username, Secret(digest))


def _check_text(name: str, value: object) -> None:
    if not isinstance(value, str):
        raise ConfigurationError(f"{name} must be a string, not {type(value).__name__}")
    if not value.strip():
        raise ConfigurationError(f"{name} must not be empty")
    if any(ord(c) < 32 or ord(c) == 127 for c in value):
        raise ConfigurationError(f"{name} must not contain control characters (newlines?)")


def _check_token(name: str, value: object) -> None:
    # The message never shows the value: it is a secret.
    _check_text(name, value)
    assert isinstance(value, str)
    if value != value.strip() or any(c.isspace() for c in value):
        raise ConfigurationError(f"{name} must not contain whitespace (a stray newline?)")
    if not value.isascii():
        raise ConfigurationError(f"{name} must be ASCII")


def _check_seconds(name: str, value: object, *, allow_zero: bool = False) -> None:
    number = check_number(name, value, unit="seconds")
    if not math.isfinite(number) or number < 0 or (number == 0 and not allow_zero):
        bound = ">= 0" if allow_zero else "> 0"
        raise ConfigurationError(f"{name} must be a finite number {bound}, got {value!r}")


def _check_path(path: object) -> None:
    if not isinstance(path, str) or not path.startswith("/") or path.startswith("//"):
        raise ConfigurationError(
            "path must be a path relative to base_url starting with '/', e.g. '/api/v1/sim'"
        )


def _check_timeout(timeout: object) -> httpx.Timeout:
    if timeout is None:
        return httpx.Timeout(None)
    if isinstance(timeout, httpx.Timeout):
        for phase in ("connect", "read", "write", "pool"):
            value = getattr(timeout, phase)
            if value is not None and not (
                isinstance(value, (int, float)) and math.isfinite(value) and value > 0
            ):
                raise ConfigurationError(
                    f"timeout.{phase} must be > 0 seconds (or None), got {value!r}"
                )
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)):
        raise ConfigurationError(
            f"timeout must be seconds (> 0), an httpx.Timeout, or None; not {timeout!r}"
        )
    if not math.isfinite(timeout) or timeout <= 0:
        raise ConfigurationError(f"timeout must be > 0 seconds (or None), got {timeout!r}")
    return httpx.Timeout(float(timeout))


def _attempt_deadline(value: object, timeout: httpx.Timeout) -> float | None:
    """The `attempt_timeout` in force: the value given, or for "auto" four times the longest
    phase of `timeout` (an attempt is a connect, a write and reads; the factor leaves room for
    a large body arriving steadily), None when no phase has a limit."""
    if value == "auto":
        phases = [t for t in timeout.as_dict().values() if t is not None]
        return 4.0 * max(phases) if phases else None
    if isinstance(value, str):
        raise ConfigurationError(
            f'attempt_timeout must be seconds (> 0), "auto" or None, not {value!r}'
        )
    if value is None:
        return None
    _check_seconds("attempt_timeout", value)
    assert isinstance(value, (int, float))
    return float(value)


def _is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _check_base_url(base_url: object) -> str:
    if not isinstance(base_url, str) or not base_url.strip():
        raise ConfigurationError(f"base_url must be a URL string such as {DEFAULT_BASE_URL!r}")
    try:
        url = httpx.URL(base_url.strip())
    except Exception as exc:
        raise ConfigurationError(f"base_url is not a valid URL: {exc}") from None
    if not url.host:
        raise ConfigurationError(f"base_url must be an absolute URL such as {DEFAULT_BASE_URL!r}")
    if url.userinfo:
        raise ConfigurationError("base_url must not contain credentials (user:password@)")
    if url.query or url.fragment:
        raise ConfigurationError("base_url must not have a query string or fragment")
    if url.scheme == "http":
        if not _is_loopback(url.host):
            raise ConfigurationError(
                f"base_url must use https:// (http:// is only allowed for loopback hosts such "
                f"as 127.0.0.1 or localhost), got host {url.host!r}"
            )
    elif url.scheme != "https":
        raise ConfigurationError(f"base_url must use https://, got scheme {url.scheme!r}")
    return str(url).rstrip("/")


@functools.lru_cache(maxsize=1)
def _default_user_agent() -> str:
    try:
        from importlib.metadata import version

        return f"emnify-async/{version('emnify-async')} httpx/{httpx.__version__}"
    except Exception:  # pragma: no cover - not installed as a distribution
        return f"emnify-async httpx/{httpx.__version__}"
