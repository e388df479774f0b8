"""The exceptions emnify-async raises, and the mapping from emnify's error JSON to them.

Hierarchy::

    EmnifyError
    ├── ConfigurationError (also a ValueError)  bad constructor/argument input
    ├── TransportError                          the network failed, after all retries
    │   └── ResponseTooLargeError               an answer beyond `max_response_bytes`
    ├── PaginationError                         a listing did not end within `max_pages`
    ├── ResponseDecodeError                     a 2xx answer whose body does not fit its model
    └── APIError                                the API answered with a non-2xx status
        ├── AuthenticationError   401 (also: authentication could not be performed)
        ├── PermissionDeniedError 403
        ├── NotFoundError         404
        ├── ConflictError         409
        ├── ValidationError       400, 422
        ├── RateLimitError        429 (`retry_after`)
        └── ServerError           5xx

emnify's 4xx bodies look like ``{"error_code": 1400, "error_token": "InputValidationFailed",
"message": "...", "errors": [...]}``; the gateway in front of the API answers some 401s with
just ``{"message": "..."}``, and some 401s of the authenticate call have an empty body. All of
these shapes are accepted. Messages are built from the *response* only: request bodies (which
may carry credentials) are never part of an exception.
"""

from __future__ import annotations

import email.utils
import json
import math
import time
from typing import TYPE_CHECKING, Any

import httpx

from emnify_generated import errors as _generated_errors

if TYPE_CHECKING:
    from ._wire import Answer

__all__ = [
    "APIError",
    "AuthenticationError",
    "ConfigurationError",
    "ConflictError",
    "EmnifyError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseDecodeError",
    "ResponseTooLargeError",
    "ServerError",
    "TransportError",
    "ValidationError",
    "error_from_answer",
    "error_from_response",
    "parse_retry_after",
]

# A body snippet longer than this is cut in messages (HTML error pages can be large).
_MAX_SNIPPET = 200
# The wall clock used for HTTP-date Retry-After values (replaceable in tests).
_wall_clock = time.time


class EmnifyError(Exception):
    """Base class of every exception raised by emnify-async."""


class ConfigurationError(EmnifyError, ValueError):
    """An argument given to the client (constructor, `from_env`, a method) is invalid.

    The message says which argument and how to fix it. Also a `ValueError`, so code that
    already catches bad-input errors keeps working.
    """


class TransportError(EmnifyError):
    """The request could not be completed on the network (connect/read failure, timeout,
    an attempt that outlived the client's `attempt_timeout`).

    Raised after the client's retries are used up (or at once for a non-idempotent request
    that was not opted into retries). The underlying httpx exception (what every backend maps
    its failures to) is chained as `__cause__`, replaced by a masked copy when its text would
    show a credential. `method` and `path` name the request (never its headers or body); `sent`
    is False when the request provably never reached the server (no connection could be
    made), True when it may have.
    """

    def __init__(
        self, message: str, *, method: str = "", path: str = "", sent: bool = True
    ) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.path = path
        self.sent = sent

    def __reduce__(self) -> tuple[Any, ...]:
        state = {"method": self.method, "path": self.path, "sent": self.sent}
        return (_rebuild, (type(self), (self.message,), state))


class ResponseTooLargeError(TransportError):
    """An answer's body, decoded (decompressed), is larger than the client's
    `max_response_bytes`; reading stopped as soon as the limit was passed.

    A `TransportError` because the exchange could not be completed: the answer was never read
    whole, so it has no body to build an `APIError` from. Never retried: the same request
    would fetch the same body again (a decompression bomb, a runaway listing). `limit` is the
    limit in bytes, `status_code` the status of the oversized answer; `method` and `path` name
    the request.
    """

    def __init__(
        self, message: str, *, limit: int, status_code: int, method: str = "", path: str = ""
    ) -> None:
        super().__init__(message, method=method, path=path)
        self.limit = limit
        self.status_code = status_code

    def __reduce__(self) -> tuple[Any, ...]:
        state = {"limit": self.limit, "status_code": self.status_code}
        return (
            _rebuild,
            (type(self), (self.message,), {**state, "method": self.method, "path": self.path}),
        )


class PaginationError(EmnifyError):
    """A paginated listing was still announcing further pages after `max_pages` pages.

    Raised by `EmnifyClient.paginate`/`paginate_raw` as a guard against a server (or a filter)
    that never ends; pass a larger `max_pages` if the listing is really that long.
    """


class ResponseDecodeError(EmnifyError, _generated_errors.ResponseDecodeError):
    """The API answered with success, but the body does not fit the operation's model (not
    JSON, or a shape the model cannot hold even read tolerantly).

    Raised by every generated operation (through `client.api`, or `client.generated` passed to
    an `asyncio()`/`asyncio_detailed()` function) and by `paginate`, in place of the parser's
    own exception (chained as `__cause__`). Also an `emnify_generated.errors.ResponseDecodeError`.

    Attributes: `status_code`, `content_type`, `method`, `path` (without the query string)
    and `excerpt`, the start of the body (the request is never quoted).
    """

    def __reduce__(self) -> tuple[Any, ...]:
        fields = ("status_code", "content_type", "method", "path", "excerpt")
        kwargs = {name: getattr(self, name) for name in fields}
        return (_rebuild, (type(self), (self.message,), kwargs))


class APIError(EmnifyError):
    """The API answered with an error status.

    Attributes:
        status_code: the HTTP status.
        error_code: emnify's numeric code (e.g. 1103 TokenExpired), or None.
        error_token: emnify's symbolic code (e.g. "InputValidationFailed"), or None.
        message: the human-readable message of the body (or a short summary of it).
        errors: the nested per-field errors of a validation failure, as dicts; may be empty.
        method, path: the request that failed (path without the query string).
        response: the answer (``status_code``, ``headers``, ``content``; an
            `httpx.Response` for errors built by `error_from_response`), when there was one.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        error_code: int | None = None,
        error_token: str | None = None,
        errors: list[dict[str, Any]] | None = None,
        method: str = "",
        path: str = "",
        response: Answer | httpx.Response | None = None,
    ) -> None:
        self.message = message
        self.status_code = status_code
        self.error_code = error_code
        self.error_token = error_token
        self.errors: list[dict[str, Any]] = list(errors or [])
        self.method = method
        self.path = path
        self.response = response
        super().__init__(self._summary())

    def _summary(self) -> str:
        head = f"HTTP {self.status_code}"
        if self.error_code is not None or self.error_token:
            codes = " ".join(
                part for part in (str(self.error_code or ""), self.error_token or "") if part
            )
            head += f" ({codes})"
        text = f"{head}: {self.message}" if self.message else head
        if self.errors:
            details = "; ".join(_describe_detail(item) for item in self.errors[:5])
            more = f" (+{len(self.errors) - 5} more)" if len(self.errors) > 5 else ""
            text += f" [{details}{more}]"
        where = " ".join(part for part in (self.method, self.path) if part)
        if where:
            text += f" ({where})"
        return text

    def _state(self) -> dict[str, Any]:
        return {
            "status_code": self.status_code,
            "error_code": self.error_code,
            "error_token": self.error_token,
            "errors": self.errors,
            "method": self.method,
            "path": self.path,
        }

    def __reduce__(self) -> tuple[Any, ...]:
        # The response is not picklable (it holds streams); everything else travels.
        return (_rebuild, (type(self), (self.message,), self._state()))


class AuthenticationError(APIError):
    """401, or authentication could not be obtained (bad credentials, MFA, expired fixed JWT).

    When the client holds credentials it re-authenticates once on expiry or on a 401; this
    error means that did not help (or the credentials themselves were rejected, after which
    the client does not try them again).
    """

    def __init__(self, message: str, *, status_code: int = 401, **kwargs: Any) -> None:
        super().__init__(message, status_code=status_code, **kwargs)


class PermissionDeniedError(APIError):
    """403: the credentials are valid but not allowed to do this."""


class NotFoundError(APIError):
    """404: the resource does not exist (or is not visible to this organisation)."""


class ConflictError(APIError):
    """409: the resource is in a state that does not allow the operation."""


class ValidationError(APIError):
    """400 or 422: the request was malformed or failed validation (see `errors`)."""


class RateLimitError(APIError):
    """429 after all retries. `retry_after` is the server's last `Retry-After`, in seconds.

    `retry_after` is None when the server did not send that header.
    """

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        kwargs.setdefault("status_code", 429)
        super().__init__(message, **kwargs)

    def _state(self) -> dict[str, Any]:
        return {**super()._state(), "retry_after": self.retry_after}


class ServerError(APIError):
    """5xx: the API failed (after retries, for idempotent requests)."""


def _rebuild(cls: type[Exception], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Exception:
    return cls(*args, **kwargs)


def _describe_detail(item: dict[str, Any]) -> str:
    token = item.get("error_token") or item.get("error_code") or ""
    message = item.get("message") or ""
    field_name = item.get("field") or item.get("property") or ""
    parts = [str(p) for p in (field_name, token, message) if p]
    return ": ".join(parts) if parts else json.dumps(item, default=str)[:_MAX_SNIPPET]


_BY_STATUS: dict[int, type[APIError]] = {
    400: ValidationError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: ValidationError,
    429: RateLimitError,
}


def error_class_for(status_code: int) -> type[APIError]:
    """The `APIError` subclass used for `status_code`."""
    cls = _BY_STATUS.get(status_code)
    if cls is not None:
        return cls
    if status_code >= 500:
        return ServerError
    return APIError


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a `Retry-After` header: delta-seconds or an HTTP date.

    Returns None for a missing or unparsable header, a negative number and a date in the past:
    none of those says how long to wait, so the caller falls back to its own back-off (taking
    them as "retry now" let a server drive six tries in 60 ms). `now` is the current
    wall-clock time (defaults to `time.time()`), used for the date form.
    """
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        if math.isnan(seconds) or math.isinf(seconds) or seconds < 0:
            return None
        return seconds
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # RFC 9110 dates are GMT; a naive result means "assume UTC"
        from datetime import timezone

        when = when.replace(tzinfo=timezone.utc)
    current = _wall_clock() if now is None else now
    remaining = when.timestamp() - current
    return remaining if remaining >= 0 else None


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > _MAX_SNIPPET:
        text = text[: _MAX_SNIPPET - 3] + "..."
    return text


def error_from_response(response: httpx.Response) -> APIError:
    """The `APIError` (subclass) describing an error `httpx.Response` whose body has been read."""
    try:
        request = response.request
    except RuntimeError:
        method, path = "", ""
    else:
        method, path = request.method, request.url.path
    return error_from_answer(response, method=method, path=path)


def error_from_answer(
    answer: Answer | httpx.Response, *, method: str | None = None, path: str | None = None
) -> APIError:
    """The `APIError` (subclass) describing an error answer: built from its status, headers,
    body and the request's method and path (an `emnify._wire.Answer`, or anything with
    ``status_code``, ``headers``, ``content`` and ``reason_phrase``; `method` and `path`
    default to the answer's own)."""
    status = answer.status_code
    if method is None:
        method = getattr(answer, "method", "")
    if path is None:
        path = getattr(answer, "path", "")
    error_code: int | None = None
    error_token: str | None = None
    message = ""
    errors: list[dict[str, Any]] = []
    content = answer.content
    body: Any = None
    if content:
        try:
            body = json.loads(content)
        except (ValueError, RecursionError):  # also JSONDecodeError, UnicodeDecodeError
            body = None
            message = _snippet(content.decode("utf-8", "replace"))
    if isinstance(body, dict):
        raw_code = body.get("error_code")
        if isinstance(raw_code, int) and not isinstance(raw_code, bool):
            error_code = raw_code
        elif (
            isinstance(raw_code, str)
            and raw_code.isascii()
            and raw_code.isdigit()
            and len(raw_code) <= 18
        ):
            error_code = int(raw_code)
        raw_token = body.get("error_token")
        if isinstance(raw_token, str) and raw_token:
            error_token = raw_token
        raw_message = body.get("message")
        if raw_message is None:
            raw_message = body.get("error") or body.get("detail")
        if isinstance(raw_message, str):
            message = _snippet(raw_message)
        raw_errors = body.get("errors")
        if isinstance(raw_errors, list):
            errors = [e if isinstance(e, dict) else {"message": str(e)} for e in raw_errors]
    elif body is not None and not message:
        message = _snippet(json.dumps(body, default=str))
    if not message:
        message = answer.reason_phrase or "error"

    cls = error_class_for(status)
    common: dict[str, Any] = {
        "status_code": status,
        "error_code": error_code,
        "error_token": error_token,
        "errors": errors,
        "method": method,
        "path": path,
        "response": answer,
    }
    if cls is RateLimitError:
        retry_after = parse_retry_after(answer.headers.get("retry-after"))
        return RateLimitError(message, retry_after=retry_after, **common)
    return cls(message, **common)
