"""Walking emnify's paginated collections.

emnify pages collections with ``page`` (1-based) and ``per_page`` query parameters
(``page_size`` on ``/api/v2/tags``) and describes them in headers: ``Link`` (RFC 8288, with
``rel="next"`` etc.), ``X-Current-Page``, ``X-Total-Pages``, ``X-Total-Count``,
``X-Count-Per-Page``. A page number past the end does **not** give an empty list: the API
returns the last page again. So the loop here never waits for an empty page. After each page
it stops when

* ``X-Total-Pages`` says this was the last page, else
* the answer has a ``Link`` header without ``rel="next"``, else
* the body's envelope says so (``last_page`` of ``/api/v2/tags``), else
* the page was empty or shorter than the page size;

and, as a last line of defence, when the server answers a page with another page number
(``X-Current-Page``) or with exactly the same body as the page before, that repeated page is
dropped and the walk ends. `max_pages` bounds the walk: if more pages are announced after
that many, `PaginationError` is raised (after the items of those pages were yielded).
"""

from __future__ import annotations

import hashlib
import importlib
import inspect
import json
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx

from ._validate import check_int
from .errors import ConfigurationError, PaginationError

__all__ = [
    "DEFAULT_MAX_PAGES",
    "Page",
    "PageInfo",
    "PageIterator",
    "iterate_pages",
    "page_info",
    "paginate_operation",
    "paginate_path",
    "parse_link_header",
]

DEFAULT_MAX_PAGES = 10_000
_SIZE_PARAMS = ("per_page", "page_size")


# --------------------------------------------------------------------------- Link header
def parse_link_header(value: str) -> list[tuple[str, dict[str, str]]]:
    """Parse an RFC 8288 ``Link`` header into ``(target, params)`` pairs.

    Parameter names are lower-cased; quoted values are unquoted (with backslash escapes);
    commas and semicolons inside quotes or inside ``<...>`` do not split. Malformed parts are
    skipped rather than raising.
    """
    links: list[tuple[str, dict[str, str]]] = []
    i, n = 0, len(value)
    while i < n:
        # Find the next "<uri>".
        while i < n and value[i] in " \t,":
            i += 1
        if i >= n:
            break
        if value[i] != "<":
            # Garbage: skip to the next top-level comma.
            i = _skip_to_comma(value, i)
            continue
        end = value.find(">", i + 1)
        if end < 0:
            break
        target = value[i + 1 : end].strip()
        i = end + 1
        params: dict[str, str] = {}
        while i < n:
            while i < n and value[i] in " \t":
                i += 1
            if i >= n or value[i] == ",":
                break
            if value[i] != ";":
                i = _skip_to_comma(value, i)
                break
            i += 1
            while i < n and value[i] in " \t":
                i += 1
            start = i
            while i < n and value[i] not in "=;, \t":
                i += 1
            name = value[start:i].lower()
            while i < n and value[i] in " \t":
                i += 1
            param_value = ""
            if i < n and value[i] == "=":
                i += 1
                while i < n and value[i] in " \t":
                    i += 1
                if i < n and value[i] == '"':
                    i += 1
                    chars: list[str] = []
                    while i < n and value[i] != '"':
                        if value[i] == "\\" and i + 1 < n:
                            i += 1
                        chars.append(value[i])
                        i += 1
                    i += 1  # closing quote
                    param_value = "".join(chars)
                else:
                    start = i
                    while i < n and value[i] not in ";,":
                        i += 1
                    param_value = value[start:i].strip()
            if name and name not in params:  # RFC 8288: the first occurrence wins
                params[name] = param_value
        links.append((target, params))
    return links


def _skip_to_comma(value: str, i: int) -> int:
    quoted = False
    angle = False
    while i < len(value):
        char = value[i]
        if quoted:
            if char == "\\":
                i += 1
            elif char == '"':
                quoted = False
        elif char == '"':
            quoted = True
        elif char == "<":
            angle = True
        elif char == ">":
            angle = False
        elif char == "," and not angle:
            return i + 1
        i += 1
    return i


def links_by_rel(value: str) -> dict[str, str]:
    """``{rel: target}`` of a ``Link`` header (each of a link's space-separated rels)."""
    result: dict[str, str] = {}
    for target, params in parse_link_header(value):
        for rel in params.get("rel", "").lower().split():
            result.setdefault(rel, target)
    return result


# --------------------------------------------------------------------------- headers
@dataclass(frozen=True)
class PageInfo:
    """What a page's headers say about the collection."""

    current_page: int | None = None
    total_pages: int | None = None
    total_count: int | None = None
    per_page: int | None = None
    has_link: bool = False
    next_url: str | None = None

    @property
    def next_page(self) -> int | None:
        """The ``page`` number of the ``rel="next"`` link, when it has one."""
        if self.next_url is None:
            return None
        try:
            query = parse_qs(urlsplit(self.next_url).query)
        except ValueError:  # e.g. "Invalid IPv6 URL" for a stray "[" in the host
            return None
        values = query.get("page")
        if not values:
            return None
        return _as_int(values[0])


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return None
    return None


def page_info(headers: Mapping[str, str]) -> PageInfo:
    """Read the pagination headers (names case-insensitive when `headers` is httpx's)."""
    link = headers.get("link") or headers.get("Link")
    next_url: str | None = None
    if link:
        next_url = links_by_rel(link).get("next")

    def number(name: str) -> int | None:
        raw = headers.get(name) or headers.get(name.title())
        return _as_int(raw) if raw is not None else None

    return PageInfo(
        current_page=number("x-current-page"),
        total_pages=number("x-total-pages"),
        total_count=number("x-total-count"),
        per_page=number("x-count-per-page"),
        has_link=bool(link),
        next_url=next_url,
    )


# --------------------------------------------------------------------------- the loop
@dataclass(frozen=True)
class Page:
    """One fetched page: its headers, items, raw body and envelope's ``last_page``."""

    headers: Mapping[str, str]
    items: list[Any]
    content: bytes
    last_page: int | None = None


def _next_page(page: int, info: PageInfo, result: Page, page_size: int | None) -> int | None:
    current = info.current_page if info.current_page is not None else page
    if info.total_pages is not None:
        return current + 1 if current < info.total_pages else None
    if info.has_link:
        if info.next_url is None:
            return None
        following = info.next_page
        if following is None:
            return current + 1
        return following if following > current else None
    if result.last_page is not None:
        return current + 1 if current < result.last_page else None
    if not result.items:
        return None
    size = page_size if page_size is not None else info.per_page
    if size is not None and len(result.items) < size:
        return None
    return current + 1


class PageIterator(AsyncIterator[Any]):
    """The items of pages ``fetch(1)``, ``fetch(2)``, ... (see the module docstring).

    A plain async iterator rather than an async generator: nothing runs between two
    ``__anext__`` calls, so leaving a loop early (``break``, an exception, a cancellation) needs
    no ``aclose()`` and leaves no half-run generator for the event loop to finalize (trio warns
    about those, asyncio finalizes them in a task of its own). A cancelled ``__anext__`` leaves
    the position unchanged: carrying on fetches the same page again. `aclose()` exists for
    code written for generators; it ends the iteration.
    """

    def __init__(
        self,
        fetch: Callable[[int], Awaitable[Page]],
        *,
        page_size: int | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
        what: str = "listing",
    ) -> None:
        _check_max_pages(max_pages)
        self._fetch = fetch
        self._page_size = page_size
        self._max_pages = max_pages
        self._what = what
        self._page = 1
        self._fetched = 0
        self._previous_digest: bytes | None = None
        self._items: deque[Any] = deque()
        self._done = False
        self._error: PaginationError | None = None

    def __aiter__(self) -> PageIterator:
        return self

    async def __anext__(self) -> Any:
        while not self._items:
            if self._error is not None:
                error, self._error = self._error, None
                self._done = True
                raise error
            if self._done:
                raise StopAsyncIteration
            await self._load()
        return self._items.popleft()

    async def aclose(self) -> None:
        """End the iteration (nothing to release: no request runs between items)."""
        self._done = True
        self._items.clear()
        self._error = None

    async def _load(self) -> None:
        page = self._page
        result = await self._fetch(page)
        self._fetched += 1
        info = page_info(result.headers)
        digest = hashlib.blake2b(result.content, digest_size=16).digest()
        if self._fetched > 1 and (
            (info.current_page is not None and info.current_page != page)
            or digest == self._previous_digest
        ):
            self._done = True  # the server repeated a page: we are past the end
            return
        self._previous_digest = digest
        self._items.extend(result.items)
        following = _next_page(page, info, result, self._page_size)
        if following is None:
            self._done = True
        elif self._fetched >= self._max_pages:
            # raised once this page's items have been handed out
            self._error = PaginationError(
                f"{self._what}: more pages announced after max_pages={self._max_pages} pages; "
                "pass a larger max_pages to read further"
            )
        else:
            self._page = following


def iterate_pages(
    fetch: Callable[[int], Awaitable[Page]],
    *,
    page_size: int | None = None,
    max_pages: int = DEFAULT_MAX_PAGES,
    what: str = "listing",
) -> PageIterator:
    """The items of pages ``fetch(1)``, ``fetch(2)``, ... (see the module docstring and
    `PageIterator`). Raises `ConfigurationError` at once for a bad `max_pages`."""
    return PageIterator(fetch, page_size=page_size, max_pages=max_pages, what=what)


def _items_of(parsed: Any, content: bytes, page: int) -> tuple[list[Any], int | None]:
    if isinstance(parsed, list):
        return parsed, None
    if parsed is not None:
        data = getattr(parsed, "data", None)
        if isinstance(data, list):
            return data, _as_int(getattr(parsed, "last_page", None))
    try:
        body = json.loads(content) if content else []
    except (ValueError, RecursionError) as exc:
        raise PaginationError(f"page {page}: the answer is not JSON") from exc
    if isinstance(body, list):
        return body, None
    if isinstance(body, dict) and isinstance(body.get("data"), list):
        return body["data"], _as_int(body.get("last_page"))
    raise PaginationError(f"page {page}: the answer is neither a list nor a data envelope")


def _resolve_operation(op: Any) -> Callable[..., Awaitable[Any]]:
    if isinstance(op, ModuleType):
        function = getattr(op, "asyncio_detailed", None)
        if function is None:
            raise ConfigurationError(
                f"{op.__name__} has no asyncio_detailed(): pass a generated operation module"
            )
        return function  # type: ignore[no-any-return]
    if inspect.ismethod(op):
        # A namespaced method (`client.api.sim.list_sims`) returns parsed values only; use
        # the operation module it wraps, which lives beside its namespace class.
        owner_module = type(op.__self__).__module__
        try:
            module = importlib.import_module(f"{owner_module}.{op.__name__}")
        except ImportError:
            module = None
        detailed = getattr(module, "asyncio_detailed", None)
        if detailed is not None:
            return detailed  # type: ignore[no-any-return]
    if callable(op):
        if getattr(op, "__name__", "") == "asyncio":
            # The parsed-only variant loses the headers; use its detailed sibling.
            module = inspect.getmodule(op)
            detailed = getattr(module, "asyncio_detailed", None)
            if detailed is not None:
                return detailed  # type: ignore[no-any-return]
        return op  # type: ignore[no-any-return]
    raise ConfigurationError("paginate() needs a generated operation module or function")


def _size_param(function: Callable[..., Any]) -> tuple[bool, str | None]:
    try:
        parameters = inspect.signature(function).parameters
    except (TypeError, ValueError):  # pragma: no cover - builtins
        return True, "per_page"
    has_page = "page" in parameters or any(
        p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values()
    )
    for name in _SIZE_PARAMS:
        if name in parameters:
            return has_page, name
    return has_page, None


def paginate_operation(
    op: Any,
    client: Any,
    *,
    per_page: int | None = None,
    max_pages: int = DEFAULT_MAX_PAGES,
    **params: Any,
) -> AsyncIterator[Any]:
    """Items of a generated list operation, over all pages.

    `op` is the generated module (``emnify_generated.api.sim.list_sims``), its
    ``asyncio_detailed`` (``asyncio`` is accepted and swapped for its detailed sibling), or
    the namespaced method (``client.api.sim.list_sims``);
    `client` the generated client; `params` further keyword arguments of the operation
    (``q=``, ``sort=``, path parameters, ...). Items are the parsed models, or the decoded
    JSON values when the operation has no parsed type.
    """
    function = _resolve_operation(op)
    _check_max_pages(max_pages)
    has_page, size_name = _size_param(function)
    if not has_page:
        raise ConfigurationError(
            f"{getattr(function, '__module__', function)} takes no `page` parameter: "
            "it is not a paginated operation"
        )
    _check_page_size(per_page)
    for reserved in ("page", "client", *_SIZE_PARAMS):
        if reserved in params:
            raise ConfigurationError(
                f"do not pass {reserved}= to paginate(); use per_page= for the page size"
            )
    kwargs = dict(params)
    if per_page is not None:
        kwargs[size_name or "per_page"] = per_page
    name = getattr(function, "__module__", "operation").rsplit(".", 1)[-1]

    async def fetch(page: int) -> Page:
        # (a page that does not parse raises ResponseDecodeError from the generated client)
        response = await function(client=client, page=page, **kwargs)
        content: bytes = response.content
        items, last_page = _items_of(response.parsed, content, page)
        return Page(response.headers, items, content, last_page)

    return iterate_pages(fetch, page_size=per_page, max_pages=max_pages, what=name)


def paginate_path(
    request: Callable[..., Awaitable[httpx.Response]],
    path: str,
    *,
    per_page: int | None = None,
    per_page_param: str = "per_page",
    max_pages: int = DEFAULT_MAX_PAGES,
    **params: Any,
) -> AsyncIterator[Any]:
    """Items (decoded JSON) of ``GET path`` over all pages, via `request` (`client.request`)."""
    _check_page_size(per_page)
    _check_max_pages(max_pages)
    base: dict[str, Any] = {k: v for k, v in params.items() if v is not None}
    if per_page is not None:
        base[per_page_param] = per_page

    async def fetch(page: int) -> Page:
        response = await request("GET", path, params={**base, "page": page})
        items, last_page = _items_of(None, response.content, page)
        return Page(response.headers, items, response.content, last_page)

    return iterate_pages(fetch, page_size=per_page, max_pages=max_pages, what=f"GET {path}")


def _check_page_size(per_page: int | None) -> None:
    if per_page is not None:
        check_int("per_page", per_page, minimum=1, hint="(or None for the API default)")


def _check_max_pages(max_pages: int) -> None:
    check_int("max_pages", max_pages, minimum=1)
