"""OpenTelemetry spans for every attempt of every request, from the client's event hooks.

    pip install 'emnify-async[otel]'

    from emnify.otel import SpanHook

    async with EmnifyClient(application_token=..., event_hooks=[SpanHook()]) as client:
        ...

One ``CLIENT`` span per attempt (``GET /api/v1/sim/{id}/stats``, or the raw path), with the
semantic-convention attributes ``http.request.method``, ``url.path``,
``http.response.status_code`` and ``http.request.resend_count``, and an error status for
network failures and error answers. Retries, pauses and new tokens become events on the
caller's current span, if one is recording. Nothing about headers, bodies or credentials is
recorded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import ConfigurationError
from .hooks import Event

if TYPE_CHECKING:
    from opentelemetry.trace import Span, Tracer

__all__ = ["SpanHook"]


def _import_trace() -> Any:
    try:
        from opentelemetry import trace
    except ImportError:
        raise ConfigurationError(
            "OpenTelemetry is not installed: pip install 'emnify-async[otel]'"
        ) from None
    return trace


class SpanHook:
    """An event hook (`emnify.hooks`) that records OpenTelemetry spans.

    `tracer` defaults to ``trace.get_tracer("emnify")`` of the global tracer provider.
    Raises `ConfigurationError` naming the extra when OpenTelemetry is not installed.
    """

    def __init__(self, tracer: Tracer | None = None) -> None:
        trace = _import_trace()
        self._trace = trace
        self._tracer: Tracer = tracer or trace.get_tracer("emnify")
        # (request id, attempt) -> the open span of that attempt
        self._open: dict[tuple[int, int], Span] = {}

    def __call__(self, event: Event) -> None:
        kind = event.kind
        if kind == "request":
            span = self._tracer.start_span(
                f"{event.method} {event.path}",
                kind=self._trace.SpanKind.CLIENT,
                attributes={
                    "http.request.method": event.method,
                    "url.path": event.path,
                    "http.request.resend_count": event.attempt - 1,
                },
            )
            self._open[(event.request_id, event.attempt)] = span
        elif kind in ("response", "error"):
            key = (event.request_id, event.attempt)
            if key not in self._open:
                return
            span = self._open.pop(key)
            status_code = self._trace.StatusCode
            if kind == "response" and event.status_code is not None:
                span.set_attribute("http.response.status_code", event.status_code)
                if event.status_code >= 400:
                    span.set_status(status_code.ERROR, f"HTTP {event.status_code}")
            else:
                span.set_attribute("error.type", event.reason)
                span.set_status(status_code.ERROR, event.reason)
            span.end()
        else:  # retry, pause, token: events on the caller's span (the attempts' have ended)
            current = self._trace.get_current_span()
            if current.is_recording():
                current.add_event(
                    f"emnify.{kind}",
                    {"emnify.delay": event.delay or 0.0, "emnify.reason": event.reason},
                )
