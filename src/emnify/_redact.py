"""Keeping credentials out of reprs, logs and exception messages.

Every credential the client holds (application token, SHA-1 of the password, JWTs, refresh
and MFA tokens) is wrapped in `Secret` as soon as it enters the library, so that an accidental
`repr()`, f-string or debugger view shows a mask instead of the value. Only the code that puts
the value on the wire calls `reveal()`.

What a *server* sends back is another matter: an error body, a header, a cookie or a status
line may quote the credentials it got. The pipeline masks those at the one place it raises
typed errors (`redact_answer`, `redact_error`, with `secret_values` of the credentials held at
that moment), and the CLI's log handler masks log records (`RedactingFilter`).
"""

from __future__ import annotations

import hmac
import logging
import re
from collections.abc import Callable, Iterable
from typing import Any, NoReturn

from ._wire import Answer
from .errors import APIError, TransportError

MASK = "***"


class Secret:
    """A string that never shows itself in `repr()`/`str()`; `reveal()` gives the value."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """The wrapped value, for the one place that sends it."""
        return self._value

    def __repr__(self) -> str:
        return f"Secret({MASK!r})"

    __str__ = __repr__

    def __format__(self, format_spec: str) -> str:
        return repr(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash(self._value)

    def __bool__(self) -> bool:
        return bool(self._value)

    def __reduce__(self) -> NoReturn:
        raise TypeError("emnify Secret objects cannot be pickled")


def scrub(text: str, secrets: Iterable[Secret | str | None]) -> str:
    """`text` with every occurrence of each (non-trivial) secret replaced by a mask."""
    for secret in secrets:
        if secret is None:
            continue
        value = secret.reveal() if isinstance(secret, Secret) else secret
        if len(value) >= 4 and value in text:
            text = text.replace(value, MASK)
    return text


def scrub_json(value: Any, secrets: Iterable[Secret | str | None]) -> Any:
    """A copy of a decoded JSON value with `scrub` applied to every string in it (keys too)."""
    secrets = list(secrets)
    if isinstance(value, str):
        return scrub(value, secrets)
    if isinstance(value, dict):
        return {scrub_json(k, secrets): scrub_json(v, secrets) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub_json(item, secrets) for item in value]
    return value


# --------------------------------------------------------------------------- server echoes
#: Values shorter than this are never masked (masking "1" everywhere would garble text and
#: protect nothing), as in `scrub`.
_MIN_SECRET = 4
#: A JWT's payload and signature segments are masked on their own as well: a server may quote
#: one part, and a message cut short may end inside a token. (Not the header: every HS256
#: token starts with the same one.)
_JWT_SEGMENT = 16
#: Anything shaped like a JWT (header, payload and signature in base64url; every header
#: starts with ``eyJ``, i.e. ``{"``): emnify's auth and refresh tokens are JWTs, and a server
#: may quote one the client no longer holds (the token before the last renewal), which no
#: list of current credentials can name. Nothing else in an error or a log line has that shape.
_JWT = re.compile(r"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*")
_JWT_BYTES = re.compile(_JWT.pattern.encode())
_MASK_BYTES = MASK.encode()


def secret_values(secrets: Iterable[Secret | str | None]) -> list[str]:
    """The strings to mask for `secrets`: each value (at least 4 characters) and, for a JWT,
    its payload and signature alone; longest first, so that a whole token is masked as one."""
    found: set[str] = set()
    for secret in secrets:
        if secret is None:
            continue
        value = secret.reveal() if isinstance(secret, Secret) else secret
        if len(value) < _MIN_SECRET:
            continue
        found.add(value)
        if value.count(".") == 2:
            found.update(part for part in value.split(".")[1:] if len(part) >= _JWT_SEGMENT)
    return sorted(found, key=len, reverse=True)


def reveals(text: str, values: Iterable[str]) -> bool:
    """Whether `text` shows any of `values` (from `secret_values`) or anything JWT-shaped."""
    return any(value in text for value in values) or _JWT.search(text) is not None


def mask(text: str, values: Iterable[str]) -> str:
    """`text` with anything JWT-shaped and each of `values` (from `secret_values`) masked.

    Whole tokens first: masking a held token's payload first would leave the rest of a token
    no longer JWT-shaped, and its signature showing."""
    if "eyJ" in text:
        text = _JWT.sub(MASK, text)
    return scrub(text, values)


def _mask_bytes(data: bytes, values: Iterable[str]) -> bytes:
    if b"eyJ" in data:
        data = _JWT_BYTES.sub(_MASK_BYTES, data)
    for value in values:
        encoded = value.encode("utf-8", "replace")
        if encoded in data:
            data = data.replace(encoded, _MASK_BYTES)
    return data


def _mask_json(value: Any, values: list[str]) -> Any:
    """`scrub_json` with `mask`."""
    if isinstance(value, str):
        return mask(value, values)
    if isinstance(value, dict):
        return {_mask_json(k, values): _mask_json(v, values) for k, v in value.items()}
    if isinstance(value, list):
        return [_mask_json(item, values) for item in value]
    return value


def redact_answer(answer: Answer, values: list[str]) -> Answer:
    """`answer` with `values` and JWT-shaped strings masked in its body, header values and
    reason phrase: a new `Answer` (headers as `httpx.Headers`) when anything was masked, else
    `answer` itself.

    Masking the body *before* an error is built from it matters: the error's message is a
    cut-down snippet of the body, and a cut can fall inside a token.
    """
    content = _mask_bytes(answer.content, values)
    reason = mask(answer.reason_phrase, values)
    headers: Any = answer.headers
    pairs = list(getattr(headers, "multi_items", headers.items)())  # (every Set-Cookie)
    if any(reveals(value, values) for _, value in pairs):
        import httpx

        headers = httpx.Headers([(name, mask(value, values)) for name, value in pairs])
    if content == answer.content and reason == answer.reason_phrase and headers is answer.headers:
        return answer
    return Answer(
        answer.status_code,
        headers,
        content,
        method=answer.method,
        path=answer.path,
        reason_phrase=reason,
    )


def _shows(exc: BaseException, values: list[str]) -> bool:
    try:
        return reveals(str(exc), values) or reveals(repr(exc), values)
    except Exception:  # a broken __str__: nothing can be shown of it either
        return False


def _chain(exc: BaseException) -> Iterable[BaseException]:
    """Every exception reachable from `exc` by ``__cause__`` and ``__context__``."""
    seen = {id(exc)}
    pending = [exc.__cause__, exc.__context__]
    while pending:
        link = pending.pop()
        if link is None or id(link) in seen:
            continue
        seen.add(id(link))
        yield link
        pending += [link.__cause__, link.__context__]


def _stand_in(exc: BaseException, values: list[str]) -> BaseException | None:
    """A copy of `exc` (same class) with its message masked and no chain, or None."""
    try:
        return type(exc)(mask(str(exc), values))
    except Exception:  # a class that takes other arguments
        return None


def redact_error(exc: BaseException, values: list[str]) -> None:
    """Mask `values` (from `secret_values`) and JWT-shaped strings everywhere `exc` (an
    `emnify.errors` exception) shows text, in place.

    An `APIError`'s message, error token, per-field errors and answer (`redact_answer`; an
    `httpx.Response` that shows a secret is dropped); a `TransportError`'s message; the
    exception's arguments. When any exception of the ``__cause__``/``__context__`` chain shows
    a secret (an HTTP library quoting a malformed header line, say), the chain is cut and the
    direct cause replaced by a masked copy of itself.
    """
    if isinstance(exc, APIError):
        exc.message = mask(exc.message, values)
        if exc.error_token is not None:
            exc.error_token = mask(exc.error_token, values)
        exc.errors = _mask_json(exc.errors, values)
        if isinstance(exc.response, Answer):
            exc.response = redact_answer(exc.response, values)
        elif exc.response is not None and _response_shows(exc.response, values):
            exc.response = None
        exc.args = (exc._summary(),)
    elif isinstance(exc, TransportError):
        exc.message = mask(exc.message, values)
        exc.args = (exc.message,)
    elif isinstance(getattr(exc, "excerpt", None), str):  # a ResponseDecodeError (2xx body)
        exc.excerpt = mask(exc.excerpt, values)  # type: ignore[attr-defined]
        exc.message = mask(exc.message, values)  # type: ignore[attr-defined]
        exc.args = tuple(mask(a, values) if isinstance(a, str) else a for a in exc.args)
    elif isinstance(getattr(exc, "reason", None), str):  # a StatsParseError (2xx body)
        exc.reason = mask(exc.reason, values)  # type: ignore[attr-defined]
        exc.args = tuple(mask(a, values) if isinstance(a, str) else a for a in exc.args)
    else:
        exc.args = tuple(mask(a, values) if isinstance(a, str) else a for a in exc.args)
    if any(_shows(link, values) for link in _chain(exc)):
        cause = exc.__cause__
        exc.__cause__ = None if cause is None else _stand_in(cause, values)
        exc.__context__ = None
        exc.__suppress_context__ = True


def _response_shows(response: Any, values: list[str]) -> bool:
    texts = [getattr(response, "text", ""), getattr(response, "reason_phrase", "")]
    texts += [value for _, value in getattr(response, "headers", {}).items()]
    return any(isinstance(text, str) and reveals(text, values) for text in texts)


# --------------------------------------------------------------------------- log records
class RedactingFilter(logging.Filter):
    """A log filter (for a handler) that masks credentials in every record it passes on:
    the values `secrets()` returns at that moment, and anything shaped like a JWT.

    The message is formatted here (``record.msg`` becomes the masked text, ``record.args``
    None) and an exception's text is rendered and masked here too (``record.exc_text``), so
    the handler's formatter has nothing unmasked left to render. Records are never dropped.
    """

    def __init__(self, secrets: Callable[[], Iterable[Secret | str | None]] = tuple) -> None:
        super().__init__()
        self._secrets = secrets
        self._formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        values = secret_values(self._secrets())
        try:
            message = record.getMessage()
        except Exception:  # a record whose arguments do not fit: let the handler report it
            return True
        record.msg, record.args = mask(message, values), None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask(record.exc_text, values)
        if record.stack_info:
            record.stack_info = mask(record.stack_info, values)
        return True
