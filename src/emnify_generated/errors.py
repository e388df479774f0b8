"""The exceptions generated operations raise themselves (generated from emnify-async's template).

Errors the API answers with (4xx/5xx) are raised below the generated code, by the httpx client
it is given (emnify-async maps them to `emnify.errors`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

#: how much of a body a ResponseDecodeError quotes
EXCERPT_CHARS = 120


class UnexpectedStatus(Exception):
    """The answer's status is not one the spec lists for the operation (raised only when the
    client's `raise_on_unexpected_status` is set)."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content
        super().__init__(f"unexpected status {status_code} ({len(content)} bytes of body)")


class ResponseDecodeError(Exception):
    """A successful answer whose body does not fit the operation's model (not JSON, or a
    shape the model cannot hold). The cause is chained as `__cause__`.

    Attributes: `status_code`, `content_type`, `method`, `path` (without the query) and
    `excerpt`, the start of the body.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        content_type: str = "",
        method: str = "",
        path: str = "",
        excerpt: str = "",
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.content_type = content_type
        self.method = method
        self.path = path
        self.excerpt = excerpt

    @classmethod
    def from_response(cls, response: httpx.Response, cause: BaseException) -> ResponseDecodeError:
        """The error for `response`, whose body failed to parse with `cause`."""
        try:
            request = response.request
        except RuntimeError:  # a response built without a request
            method = path = ""
        else:
            method, path = request.method, request.url.path
        text = " ".join(response.content[: EXCERPT_CHARS * 4].decode("utf-8", "replace").split())
        excerpt = text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 3] + "..."
        content_type = response.headers.get("content-type", "")
        what = (
            "an empty body"
            if not response.content
            else f"a body that does not parse ({type(cause).__name__})"
        )
        return cls(
            f"{method} {path}: HTTP {response.status_code} with {what}".strip(),
            status_code=response.status_code,
            content_type=content_type,
            method=method,
            path=path,
            excerpt=excerpt,
        )


__all__ = ["ResponseDecodeError", "UnexpectedStatus"]
