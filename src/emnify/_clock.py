"""The server's idea of "now", from a response's `Date` header.

The last-hour series of a stats answer is stamped "HH:MM" without a date; resolving it against
the server's clock (rather than this machine's) keeps the dates right when the two disagree
near midnight, and when the server is a simulator with a pinned clock.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Protocol


class _HasHeaders(Protocol):
    @property
    def headers(self) -> Mapping[str, str]: ...


# The Date header changes once a second; bulk runs read thousands of them.
_last: tuple[str, datetime | None] = ("", None)


def server_now(response: _HasHeaders) -> datetime | None:
    """The aware UTC time in `response`'s `Date` header, or None if it is missing or invalid."""
    global _last
    text = response.headers.get("date")
    if not text:
        return None
    cached_text, cached = _last
    if text == cached_text:
        return cached
    try:
        moment: datetime | None = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        moment = None
    if moment is not None:
        moment = (
            moment.replace(tzinfo=timezone.utc)
            if moment.tzinfo is None
            else moment.astimezone(timezone.utc)
        )
    _last = (text, moment)
    return moment
