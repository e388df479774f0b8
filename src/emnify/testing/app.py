"""The simulator: state plus a Starlette ASGI app speaking the emnify REST API.

Request pipeline for ``/api/`` paths (admin routes under ``/_simulator/`` skip all of it):

1. counters (route, in-flight), then the configured latency;
2. faults (429 storm, server error, drop, truncation, malformed body), for every API route except
   ``POST /api/v1/authenticate`` unless the fault config includes it;
3. the general per-IP window (429 error 1105);
4. authenticate: the per-IP authenticate window (429 error 1105), then the credential check;
   every other route: the bearer token (401, see below), then the route's per-organisation bucket
   (429 error 1105);
5. the route handler.

Error shapes served:

* missing ``Authorization``, another scheme, or a token that is not a JWT: 401
  ``{"message": "Unauthorized"}`` (the gateway's shape);
* a well-formed JWT with a bad signature, or a refresh token used as bearer: 401 error 1102
  InvalidToken; a valid but expired JWT: 401 error 1103 TokenExpired;
* wrong credentials at authenticate: 401 error 1101 InvalidCredentials (or an empty 401 body with
  ``empty_auth_failure_body``); an unknown/expired refresh or MFA token: 401 error 1102/1103;
  a locked account: 401 error 1105 TooManyRequests; a body that is not a credential set: 400
  error 1400 InputValidationFailed;
* unknown ids, non-numeric ids and unknown paths: 404 error 1201 NotFound;
* bad ``q``/``sort``: 422 error 1301/1302; bad ``page``/``per_page``/dates: 422 error 1400 with
  an ``errors`` list (1403 InvalidFormat).
"""

from __future__ import annotations

import json
import math
import random
import re
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from typing import Any

import anyio
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .auth import Authenticator, AuthOutcome, TokenStatus
from .changes import EndpointChanges, endpoint_events
from .config import SimulatorConfig
from .counters import SimulatorCounters
from .faults import FaultInjector, close_connection, malformed_body, server_error_response
from .fleet import Fleet, QueryError
from .ratelimit import AUTHENTICATE_ROUTE, RateLimiter, normalize_route, retry_after_seconds

__all__ = ["Simulator"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

JSON_TYPE = "application/json"
SIM_PAGE_DEFAULT, SIM_PAGE_MAX = 2000, 2500
ENDPOINT_PAGE_DEFAULT, ENDPOINT_PAGE_MAX = 1000, 2500
ADMIN_PREFIX = "/_simulator/"


def _dumps(body: Any) -> bytes:
    return json.dumps(body, separators=(",", ":")).encode()


def error_body(
    code: int, token: str, message: str, errors: list[dict[str, Any]] | None = None
) -> bytes:
    """An emnify error document."""
    body: dict[str, Any] = {"error_code": code, "error_token": token, "message": message}
    if errors is not None:
        body["errors"] = errors
    return _dumps(body)


def json_response(status: int, content: bytes, headers: dict[str, str] | None = None) -> Response:
    """A response whose body is already serialized JSON."""
    return Response(content, status_code=status, media_type=JSON_TYPE, headers=headers)


def not_found(message: str) -> Response:
    """404 error 1201."""
    return json_response(404, error_body(1201, "NotFound", message))


def validation_failed(message: str, status: int = 422) -> Response:
    """Error 1400 with one 1403 entry in ``errors``."""
    errors = [{"error_code": 1403, "error_token": "InvalidFormat", "message": message}]
    return json_response(status, error_body(1400, "InputValidationFailed", message, errors))


class _BadParameter(ValueError):
    pass


def _int_param(request: Request, name: str) -> int | None:
    raw = request.query_params.get(name)
    if raw is None or raw.strip() == "":
        return None
    try:
        return int(raw)
    except ValueError:
        raise _BadParameter(f"query parameter {name!r} must be an integer") from None


def _date_param(request: Request, name: str) -> date | None:
    raw = request.query_params.get(name)
    if raw is None or raw.strip() == "":
        return None
    try:
        return date.fromisoformat(raw.strip())
    except ValueError:
        raise _BadParameter(f"query parameter {name!r} must be a YYYY-MM-DD date") from None


def _path_id(request: Request, name: str) -> int | None:
    raw = str(request.path_params[name])
    return int(raw) if raw.isdigit() else None


@dataclass(frozen=True)
class _RouteInfo:
    method: str
    template: str
    pattern: re.Pattern[str]
    key: str  # "GET /api/v1/sim/{sim_id}"
    limit_key: str  # normalized, "GET /api/v1/sim/{}"


class Simulator:
    """One simulated emnify organisation: fleet, credentials, limits, faults and counters.

    ``Simulator(config)`` or ``Simulator(sims=50, seed=3)`` (keyword overrides on top of a
    config). ``sim.app`` is the ASGI application; serve it with
    :func:`emnify.testing.serve_simulator` or call it through ``httpx.ASGITransport``.
    """

    def __init__(self, config: SimulatorConfig | None = None, **overrides: Any) -> None:
        config = config if config is not None else SimulatorConfig()
        if overrides:
            config = replace(config, **overrides)
        self.config = config
        self._timer = config.timer
        self._limit_timer = config.limit_timer or (
            time.monotonic if config.timer is time.time else config.timer
        )
        self.fleet = Fleet(config.sims, config.seed, first_sim_id=config.first_sim_id)
        self.counters = SimulatorCounters()
        self.policy = config.rate_limit_policy()
        self.limiter = RateLimiter(self.policy)
        self.auth = Authenticator(
            application_tokens=config.application_tokens,
            users=config.users,
            mfa_users=config.mfa_users,
            token_ttl=config.token_ttl,
            refresh_token_ttl=config.refresh_token_ttl,
            lockout_threshold=config.lockout_threshold,
            lockout_seconds=config.lockout_seconds,
            organisation_id=config.organisation_id,
            timer=config.timer,
        )
        self.faults = FaultInjector(config.faults, config.seed, config.timer())
        self._latency_rng = random.Random(config.seed ^ 0x5EED)
        self.changes = EndpointChanges(self.fleet)
        self._stats_cache: dict[tuple[str, int], bytes] = {}
        self._stats_minute = -1
        routes = [
            ("POST", "/api/v1/authenticate", self._authenticate),
            ("GET", "/api/v1/sim", self._list_sims),
            ("GET", "/api/v1/sim/{sim_id}", self._get_sim),
            ("GET", "/api/v1/sim/{sim_id}/stats", self._sim_stats),
            ("GET", "/api/v1/sim/{sim_id}/stats/daily", self._sim_daily),
            ("GET", "/api/v1/endpoint", self._list_endpoints),
            ("GET", "/api/v1/endpoint/{endpoint_id}", self._get_endpoint),
            ("GET", "/api/v1/endpoint/{endpoint_id}/stats", self._endpoint_stats),
            ("GET", "/api/v1/endpoint/{endpoint_id}/stats/daily", self._endpoint_daily),
            ("POST", "/api/v1/endpoint", self._create_endpoint),
            ("PATCH", "/api/v1/endpoint/{endpoint_id}", self._update_endpoint),
            ("POST", "/api/v1/endpoint/{endpoint_id}/sms", self._send_endpoint_sms),
            ("GET", "/api/v1/endpoint/{endpoint_id}/event", self._endpoint_events),
            ("GET", "/api/v1/endpoint/{endpoint_id}/sms", self._list_endpoint_sms),
        ]
        self._routes = [
            _RouteInfo(
                method,
                template,
                re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$"),
                f"{method} {template}",
                normalize_route(f"{method} {template}"),
            )
            for method, template, _ in routes
        ]
        starlette_routes = [
            Route(template, endpoint, methods=[method]) for method, template, endpoint in routes
        ]
        starlette_routes += [
            Route(ADMIN_PREFIX + "counters", self._admin_counters, methods=["GET"]),
            Route(ADMIN_PREFIX + "reset", self._admin_reset, methods=["POST"]),
            Route(ADMIN_PREFIX + "health", self._admin_health, methods=["GET"]),
        ]
        self._starlette = Starlette(
            routes=starlette_routes,
            exception_handlers={HTTPException: self._http_exception},
        )

    # -- public helpers ---------------------------------------------------------------------------

    @property
    def app(self) -> ASGIApp:
        """The ASGI application."""
        return self._asgi

    def now(self) -> datetime:
        """The request time used for statistics (the configured clock, in UTC)."""
        if self.config.clock is not None:
            moment = self.config.clock()
            if moment.tzinfo is None:
                raise ValueError("SimulatorConfig.clock must return an aware datetime")
            return moment.astimezone(timezone.utc)
        return datetime.fromtimestamp(self._timer(), timezone.utc)

    def issue_token(
        self,
        subject: str = "application:1",
        *,
        ttl: float | None = None,
        organisation_id: int | None = None,
    ) -> str:
        """A valid auth token, minted without calling authenticate (counters untouched).

        ``organisation_id`` defaults to the configured one; another value gives a token whose
        requests use separate per-organisation rate-limit buckets.
        """
        return self.auth.issue(subject, ttl=ttl, organisation_id=organisation_id)

    def reset(self, *, counters: bool = True, limits: bool = True, lockouts: bool = True) -> None:
        """Reset counters, rate-limit state and/or lockouts (with MFA challenges)."""
        if counters:
            self.counters.reset()
        if limits:
            self.limiter.reset()
        if lockouts:
            self.auth.reset()

    # -- the pipeline -----------------------------------------------------------------------------

    def _match(self, method: str, path: str) -> _RouteInfo | None:
        for route in self._routes:
            if route.method == method and route.pattern.match(path):
                return route
        return None

    async def _asgi(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/api/"):
            await self._starlette(scope, receive, send)
            return
        method: str = scope["method"]
        route = self._match(method, scope["path"])
        self.counters.request_started(route.key if route is not None else "unmatched")

        async def send_tracking(message: Message) -> None:
            if message["type"] == "http.response.start":
                if not scope.get("emnify.dropped"):  # (a truncated answer is no response)
                    self.counters.response_started(message["status"])
                # The Date header carries the simulator's clock (uvicorn's own is switched off),
                # so a client resolving "HH:MM" stamps against it agrees with a pinned clock.
                date = format_datetime(self.now(), usegmt=True).encode()
                message = {**message, "headers": [*message.get("headers", []), (b"date", date)]}
            await send(message)

        try:
            early = await self._policies(scope, receive, send_tracking, route)
            if early is not None:
                await early(scope, receive, send_tracking)
            elif not scope.get("emnify.dropped"):
                await self._starlette(scope, receive, send_tracking)
        finally:
            self.counters.request_finished()

    async def _policies(
        self, scope: Scope, receive: Receive, send: Send, route: _RouteInfo | None
    ) -> Response | None:
        """Run latency, faults, limits and auth; return a response to send instead, if any."""
        cfg = self.config
        is_auth = route is not None and route.limit_key == AUTHENTICATE_ROUTE
        if is_auth:
            self.counters.authenticate_call()
        if cfg.latency or cfg.latency_jitter:
            delay = cfg.latency + (
                self._latency_rng.uniform(0, cfg.latency_jitter) if cfg.latency_jitter else 0.0
            )
            await anyio.sleep(delay)
        now = self._timer()
        if self.faults.config.active and (not is_auth or self.faults.config.include_authenticate):
            remaining = self.faults.storm_remaining(now)
            if remaining > 0:
                self.counters.fault("storm")
                return self._too_many(remaining)
            fault = self.faults.draw()
            if fault is not None:
                self.counters.fault(fault.kind)
                if fault.kind == "server_error":
                    body, content_type = server_error_response(fault.status)
                    headers = (
                        {"Retry-After": "1"} if cfg.retry_after and fault.status == 503 else None
                    )
                    response = Response(body, status_code=fault.status, headers=headers)
                    response.headers["content-type"] = content_type.decode()
                    return response
                if fault.kind == "malformed":
                    return Response(malformed_body(fault.variant), media_type=JSON_TYPE)
                scope["emnify.dropped"] = True
                partial = b'[{"last_month": {"data": {' if fault.kind == "truncate" else None
                await close_connection(receive, send, partial)
                return None
        client = scope.get("client")
        client_ip = str(client[0]) if client else "unknown"
        limit_now = self._limit_timer()  # (the limits' own clock, not `now` above)
        wait = self.limiter.check_general(client_ip, limit_now)
        if wait > 0:
            return self._too_many(wait)
        if is_auth:
            wait = self.limiter.check_authenticate(client_ip, limit_now)
            if wait > 0:
                return self._too_many(wait)
            return None
        authorization = None
        for name, value in scope["headers"]:
            if name == b"authorization":
                authorization = value.decode("latin-1")
                break
        check = self.auth.check_bearer(authorization)
        if check.status is not TokenStatus.VALID:
            self.counters.unauthorized()
            if check.status is TokenStatus.EXPIRED:
                return json_response(401, error_body(1103, "TokenExpired", "Token has expired"))
            if check.status is TokenStatus.INVALID:
                return json_response(401, error_body(1102, "InvalidToken", "Invalid token"))
            return json_response(401, _dumps({"message": "Unauthorized"}))
        if route is not None:
            organisation = check.claims.get("esc.org") if check.claims else None
            wait = self.limiter.check_route(organisation, route.limit_key, limit_now)
            if wait > 0:
                return self._too_many(wait)
        return None

    def _too_many(self, wait: float) -> Response:
        headers = (
            {"Retry-After": str(retry_after_seconds(wait))} if self.config.retry_after else None
        )
        body = error_body(1105, "TooManyRequests", "Too many requests, please slow down")
        return json_response(429, body, headers)

    # -- handlers ---------------------------------------------------------------------------------

    async def _http_exception(self, request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        if status == 404:
            return not_found(f"No resource at {request.url.path}")
        return json_response(status, _dumps({"message": getattr(exc, "detail", "Error")}))

    async def _authenticate(self, request: Request) -> Response:
        try:
            body = json.loads(await request.body())
        except ValueError:
            self.counters.authentication(failed=True)
            return validation_failed("request body is not valid JSON", status=400)
        result = self.auth.authenticate(body)
        outcome = result.outcome
        self.counters.authentication(
            failed=result.failed,
            tokens=len(result.body) if outcome is AuthOutcome.TOKENS else 0,
            locked=outcome is AuthOutcome.LOCKED,
        )
        if outcome in (AuthOutcome.TOKENS, AuthOutcome.MFA_REQUIRED):
            return json_response(200, _dumps(result.body))
        if outcome is AuthOutcome.BAD_REQUEST:
            return validation_failed(result.message, status=400)
        if outcome is AuthOutcome.LOCKED:
            return json_response(401, error_body(1105, "TooManyRequests", result.message))
        if outcome is AuthOutcome.INVALID_CREDENTIALS and self.config.empty_auth_failure_body:
            return Response(b"", status_code=401)
        code, token = {
            AuthOutcome.INVALID_CREDENTIALS: (1101, "InvalidCredentials"),
            AuthOutcome.INVALID_TOKEN: (1102, "InvalidToken"),
            AuthOutcome.EXPIRED_TOKEN: (1103, "TokenExpired"),
        }[outcome]
        return json_response(401, error_body(code, token, result.message))

    def _page(
        self, request: Request, kind: str, default: int, cap: int
    ) -> tuple[list[int], dict[str, str]] | Response:
        try:
            page = _int_param(request, "page")
            per_page = _int_param(request, "per_page")
        except _BadParameter as exc:
            return validation_failed(str(exc))
        if per_page is None or per_page < 1:
            per_page = default
        per_page = min(per_page, cap)
        q = request.query_params.get("q", "")
        sort = request.query_params.get("sort", "")
        try:
            indices = self.fleet.select("sim" if kind == "sim" else "endpoint", q, sort)
        except QueryError as exc:
            return json_response(422, error_body(exc.error_code, exc.error_token, exc.message))
        total = len(indices)
        pages = max(1, math.ceil(total / per_page))
        current = min(max(page if page is not None else 1, 1), pages)

        def link(number: int) -> str:
            return str(request.url.include_query_params(page=number, per_page=per_page))

        links = [f'<{link(1)}>; rel="first"']
        if current > 1:
            links.append(f'<{link(current - 1)}>; rel="prev"')
        if current < pages:
            links.append(f'<{link(current + 1)}>; rel="next"')
        links.append(f'<{link(pages)}>; rel="last"')
        headers = {
            "Link": ", ".join(links),
            "X-Count-Per-Page": str(per_page),
            "X-Current-Page": str(current),
            "X-Total-Count": str(total),
            "X-Total-Pages": str(pages),
        }
        return indices[(current - 1) * per_page : current * per_page], headers

    async def _list_sims(self, request: Request) -> Response:
        result = self._page(request, "sim", SIM_PAGE_DEFAULT, SIM_PAGE_MAX)
        if isinstance(result, Response):
            return result
        indices, headers = result
        body = _dumps([self.fleet.sim_object(index) for index in indices])
        return json_response(200, body, headers)

    async def _list_endpoints(self, request: Request) -> Response:
        result = self._page(request, "endpoint", ENDPOINT_PAGE_DEFAULT, ENDPOINT_PAGE_MAX)
        if isinstance(result, Response):
            return result
        indices, headers = result
        body = _dumps([self.fleet.endpoint_object(index) for index in indices])
        return json_response(200, body, headers)

    def _sim_index(self, request: Request) -> int | Response:
        sim_id = _path_id(request, "sim_id")
        index = None if sim_id is None else self.fleet.sim_index(sim_id)
        if index is None:
            return not_found(f"SIM {request.path_params['sim_id']} not found")
        return index

    def _endpoint_index(self, request: Request) -> int | Response:
        endpoint_id = _path_id(request, "endpoint_id")
        index = None if endpoint_id is None else self.fleet.endpoint_index(endpoint_id)
        if index is None:
            return not_found(f"Endpoint {request.path_params['endpoint_id']} not found")
        return index

    async def _get_sim(self, request: Request) -> Response:
        index = self._sim_index(request)
        if isinstance(index, Response):
            return index
        return json_response(200, _dumps(self.fleet.sim_object(index)))

    def _current_endpoint(self, request: Request) -> tuple[int, dict[str, Any]] | Response:
        """The endpoint the path names, as it is now (created and changed ones included)."""
        endpoint_id = _path_id(request, "endpoint_id")
        endpoint = None if endpoint_id is None else self.changes.endpoint(endpoint_id)
        if endpoint_id is None or endpoint is None:
            return not_found(f"Endpoint {request.path_params['endpoint_id']} not found")
        return endpoint_id, endpoint

    async def _get_endpoint(self, request: Request) -> Response:
        found = self._current_endpoint(request)
        if isinstance(found, Response):
            return found
        return json_response(200, _dumps(found[1]))

    async def _json_object(self, request: Request) -> dict[str, Any] | Response:
        try:
            body = json.loads(await request.body())
        except ValueError:
            return validation_failed("request body is not valid JSON", status=400)
        if not isinstance(body, dict):
            return validation_failed("request body must be a JSON object")
        return body

    async def _endpoint_write(self, request: Request) -> tuple[int, dict[str, Any]] | Response:
        """The endpoint a write names (404 when there is none) and the write's JSON object."""
        found = self._current_endpoint(request)
        if isinstance(found, Response):
            return found
        body = await self._json_object(request)
        if isinstance(body, Response):
            return body
        return found[0], body

    def _location(self, request: Request, path: str) -> str:
        return str(request.base_url).rstrip("/") + path

    async def _create_endpoint(self, request: Request) -> Response:
        # as live: 201, no body, the new endpoint in Location
        body = await self._json_object(request)
        if isinstance(body, Response):
            return body
        if not isinstance(body.get("name"), str):
            return validation_failed("name is required")
        endpoint_id = self.changes.create(body)
        location = self._location(request, f"/api/v1/endpoint/{endpoint_id}")
        return Response(b"", status_code=201, headers={"Location": location})

    async def _update_endpoint(self, request: Request) -> Response:
        # as live: only the fields given change; {"sim": {"id": null}} detaches the SIM
        found = await self._endpoint_write(request)
        if isinstance(found, Response):
            return found
        endpoint_id, body = found
        self.changes.update(endpoint_id, body)
        return Response(b"", status_code=204)

    async def _send_endpoint_sms(self, request: Request) -> Response:
        # as live: 201, Content-Type text/html, no body, the SMS in Location
        found = await self._endpoint_write(request)
        if isinstance(found, Response):
            return found
        endpoint_id, body = found
        sms_id = self.changes.send_sms(endpoint_id, body)
        location = self._location(request, f"/api/v1/endpoint/{endpoint_id}/sms/{sms_id}")
        headers = {"Location": location, "Content-Type": "text/html"}
        return Response(b"", status_code=201, headers=headers)

    async def _list_endpoint_sms(self, request: Request) -> Response:
        found = self._current_endpoint(request)
        if isinstance(found, Response):
            return found
        endpoint_id, endpoint = found
        return json_response(200, _dumps(self.changes.sms_list(endpoint_id, endpoint.get("name"))))

    async def _endpoint_events(self, request: Request) -> Response:
        index = self._endpoint_index(request)
        if isinstance(index, Response):
            return index
        headers = {"X-Total-Count": "3", "X-Total-Pages": "1", "X-Current-Page": "1"}
        return json_response(200, _dumps(endpoint_events(self.fleet, index)), headers)

    def _stats_body(self, kind: str, index: int) -> bytes:
        now = self.now()
        minute = int(now.timestamp()) // 60
        if minute != self._stats_minute or len(self._stats_cache) > 20_000:
            self._stats_cache.clear()
            self._stats_minute = minute
        key = (kind, index)
        body = self._stats_cache.get(key)
        if body is None:
            body = self._stats_cache[key] = self.fleet.stats_json(index, now)
        return body

    async def _sim_stats(self, request: Request) -> Response:
        index = self._sim_index(request)
        if isinstance(index, Response):
            return index
        return json_response(200, self._stats_body("sim", index))

    async def _endpoint_stats(self, request: Request) -> Response:
        index = self._endpoint_index(request)
        if isinstance(index, Response):
            return index
        return json_response(200, self._stats_body("sim", index))

    def _date_range(self, request: Request) -> tuple[date, date] | Response:
        try:
            start = _date_param(request, "start_date")
            end = _date_param(request, "end_date")
        except _BadParameter as exc:
            return validation_failed(str(exc))
        today = self.now().date()
        if start is None and end is None:
            start, end = today.replace(day=1), today
        elif start is None:
            assert end is not None
            start = end.replace(day=1)
        elif end is None:
            end = start + timedelta(days=183)
        end = min(end, today)
        if start > end:
            return validation_failed("start_date must not be after end_date (or today)")
        if (end - start).days > 400:
            return validation_failed("date range must not exceed 400 days")
        return start, end

    async def _sim_daily(self, request: Request) -> Response:
        index = self._sim_index(request)
        if isinstance(index, Response):
            return index
        span = self._date_range(request)
        if isinstance(span, Response):
            return span
        body = self.fleet.daily_stats_for(self.fleet.sim_ids[index], *span)
        return json_response(200, _dumps(body))

    async def _endpoint_daily(self, request: Request) -> Response:
        index = self._endpoint_index(request)
        if isinstance(index, Response):
            return index
        span = self._date_range(request)
        if isinstance(span, Response):
            return span
        body = self.fleet.endpoint_daily_stats_for(self.fleet.endpoint_ids[index], *span)
        return json_response(200, _dumps(body))

    # -- admin ------------------------------------------------------------------------------------

    async def _admin_counters(self, request: Request) -> Response:
        return JSONResponse(self.counters.snapshot())

    async def _admin_reset(self, request: Request) -> Response:
        self.reset()
        return JSONResponse({"reset": True})

    async def _admin_health(self, request: Request) -> Response:
        return JSONResponse({"status": "ok", "sims": self.fleet.size})
