"""The library-neutral request and answer every emnify request is carried in.

The pipeline (`emnify._pipeline`), the backends (`emnify._backends`, `emnify._aiohttp`), the
token source and the error map all speak these two types; httpx objects exist only where a
caller wants them (`client.request`, the generated operations) and are converted at the
adapter (`emnify._transport`). Both are plain slotted classes: a bulk run makes thousands per
second, and neither should cost more than the HTTP it describes.
"""

from __future__ import annotations

import json as _json
from collections.abc import Mapping
from typing import Any

__all__ = ["Answer", "Request", "Timeouts"]

#: connect / read / write / pool seconds (None: no limit), as in ``httpx.Timeout.as_dict()``
Timeouts = Mapping[str, float | None]


class Request:
    """One request as the pipeline sends it.

    `url` is absolute; `path` (no query string) names the route for the limiter and for
    errors; `headers` is this request's own dict (the pipeline sets ``Authorization`` in it per
    attempt); `body` is the whole body, or None. `retry` overrides the retry rule for network
    failures and 502/503/504 (None: the method decides); `authenticated` False sends it
    without a token (the authenticate call itself).
    """

    __slots__ = ("authenticated", "body", "headers", "method", "path", "retry", "timeouts", "url")

    def __init__(
        self,
        method: str,
        url: str,
        path: str,
        headers: dict[str, str],
        *,
        body: bytes | None = None,
        timeouts: Timeouts,
        retry: bool | None = None,
        authenticated: bool = True,
    ) -> None:
        self.method = method
        self.url = url
        self.path = path
        self.headers = headers
        self.body = body
        self.timeouts = timeouts
        self.retry = retry
        self.authenticated = authenticated

    def __repr__(self) -> str:  # (never the headers or the body: they may hold credentials)
        return f"<Request {self.method} {self.path}>"


class Answer:
    """What the server answered: status, case-insensitive headers, the whole decoded body.

    `method` and `path` name the request it answers (for error messages).
    """

    __slots__ = ("content", "headers", "method", "path", "reason_phrase", "status_code")

    def __init__(
        self,
        status_code: int,
        headers: Mapping[str, str],
        content: bytes,
        *,
        method: str = "",
        path: str = "",
        reason_phrase: str = "",
    ) -> None:
        self.status_code = status_code
        #: case-insensitive (httpx's `Headers` or aiohttp's `CIMultiDictProxy`)
        self.headers = headers
        #: the body, decompressed
        self.content = content
        self.method = method
        self.path = path
        self.reason_phrase = reason_phrase

    @property
    def is_success(self) -> bool:
        """A 2xx status."""
        return 200 <= self.status_code < 300

    @property
    def text(self) -> str:
        """The body as text (UTF-8, undecodable bytes replaced)."""
        return self.content.decode("utf-8", "replace")

    def json(self) -> Any:
        """The body decoded as JSON (raises `ValueError` when it is not JSON)."""
        return _json.loads(self.content)

    def __repr__(self) -> str:
        return f"<Answer [{self.status_code}] {len(self.content)} bytes>"
