"""Keeping credentials out of reprs, logs and exception messages.

Every credential the client holds (application token, SHA-1 of the password, JWTs, refresh
and MFA tokens) is wrapped in `Secret` as soon as it enters the library, so that an accidental
`repr()`, f-string or debugger view shows a mask instead of the value. Only the code that puts
the value on the wire calls `reveal()`.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterable
from typing import Any, NoReturn

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
