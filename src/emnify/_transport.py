"""`PipelineTransport`: how httpx requests reach the one pipeline.

The generated client and `client.request` speak httpx: they build `httpx.Request`s (query
strings, JSON and form bodies, cookies) and read `httpx.Response`s. This adapter is the
`transport` of the client's `httpx.AsyncClient`: it turns each request into the pipeline's
neutral `Request`, sends it through `Pipeline.send` (limits, token, slot, retries, typed
errors) and turns the 2xx answer back into an `httpx.Response`. Error answers never come back
as responses: the pipeline raises their `APIError`, which httpx passes through unchanged.

The only per-request option it reads is the request extension ``"emnify.retry"``
(`RETRY_EXTENSION`): True retries network failures and 502/503/504 even for a POST, False
never; ``client.request(retry=...)`` sets it.
"""

from __future__ import annotations

import httpx

from ._backends import DECODED_HEADERS
from ._pipeline import Pipeline
from ._wire import Request

__all__ = ["RETRY_EXTENSION", "PipelineTransport"]

#: Request extension: True forces retries of failures for this request, False forbids them.
RETRY_EXTENSION = "emnify.retry"
# Set by the backend: Host from the URL, Content-Length from the body, and the encodings it can
# decode (aiohttp's and httpx's differ; each backend decodes what it asked for).
_BACKEND_HEADERS = frozenset({"host", "content-length", "accept-encoding", "transfer-encoding"})


class PipelineTransport(httpx.AsyncBaseTransport):
    """An httpx transport that sends through `pipeline` (see the module docstring)."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline

    def __repr__(self) -> str:
        return f"<PipelineTransport {self.pipeline!r}>"

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        url = request.url
        headers = {
            key: value
            for key, value in request.headers.items()
            if key.lower() not in _BACKEND_HEADERS
        }
        retry = request.extensions.get(RETRY_EXTENSION)
        answer = await self.pipeline.send(
            Request(
                request.method,
                str(url),
                url.path,
                headers,
                body=body or None,
                timeouts=request.extensions.get("timeout") or {},
                retry=None if retry is None else bool(retry),
            )
        )
        response_headers = [
            (key, value)
            for key, value in answer.headers.items()
            if key.lower() not in DECODED_HEADERS
        ]
        extensions = {"http_version": b"HTTP/1.1"}
        if answer.reason_phrase:
            extensions["reason_phrase"] = answer.reason_phrase.encode("latin-1", "replace")
        return httpx.Response(
            answer.status_code,
            headers=response_headers,
            content=answer.content,
            request=request,
            extensions=extensions,
        )

    async def aclose(self) -> None:
        await self.pipeline.aclose()
