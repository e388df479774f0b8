"""Pagination: Link parsing, stop rules, the repeated-last-page trap, the max-pages guard."""

from __future__ import annotations

import base64
import json
import sys
import time
import types
from typing import Any

import httpx
import pytest

from emnify.client import EmnifyClient
from emnify.errors import ConfigurationError, PaginationError
from emnify.pagination import links_by_rel, page_info, parse_link_header

# ----------------------------------------------------------------------------- Link header


def test_link_header_basic() -> None:
    value = (
        '<https://cdn.emnify.net/api/v1/sim?page=1&per_page=2>; rel="first", '
        '<https://cdn.emnify.net/api/v1/sim?page=3&per_page=2>; rel="next", '
        "<https://cdn.emnify.net/api/v1/sim?page=9&per_page=2>; rel=last"
    )
    rels = links_by_rel(value)
    assert rels["next"].endswith("page=3&per_page=2")
    assert rels["last"].endswith("page=9&per_page=2")
    assert set(rels) == {"first", "next", "last"}


def test_link_header_robustness() -> None:
    value = (
        '<https://x/a?page=2,3>; title="a, b; c" ; REL="next prev"; rel="ignored",'
        " junk-without-brackets; rel=next,"
        " </relative?page=4>;rel=last;title*=UTF-8'de'n%c3%a4chstes,"
        ' <https://x/q>; title="esc\\"aped"; rel="up"'
    )
    links = parse_link_header(value)
    assert links[0] == ("https://x/a?page=2,3", {"title": "a, b; c", "rel": "next prev"})
    assert links[1][0] == "/relative?page=4"
    assert links[1][1]["rel"] == "last"
    assert links[2][1] == {"title": 'esc"aped', "rel": "up"}
    rels = links_by_rel(value)
    assert rels["next"] == rels["prev"] == "https://x/a?page=2,3"
    assert parse_link_header("") == []
    assert parse_link_header("<unterminated") == []
    assert parse_link_header("garbage") == []


def test_page_info_reads_headers() -> None:
    headers = httpx.Headers(
        {
            "X-Current-Page": "2",
            "X-Total-Pages": "5",
            "X-Total-Count": "41",
            "X-Count-Per-Page": "10",
            "Link": '</api/v1/sim?page=3&per_page=10>; rel="next"',
        }
    )
    info = page_info(headers)
    assert (info.current_page, info.total_pages, info.total_count, info.per_page) == (2, 5, 41, 10)
    assert info.next_page == 3
    assert page_info(httpx.Headers({"X-Total-Pages": "x"})).total_pages is None


# ----------------------------------------------------------------------------- fake API
def jwt() -> str:
    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'none'})}.{part({'exp': int(time.time() + 3600)})}.x"


class Collection:
    """A paginated emnify collection with the live API's behaviour (including the trap).

    `headers`: which metadata to send -- "total" (X-Total-Pages etc.), "link" (Link only),
    "none" (no metadata at all).
    """

    def __init__(self, total: int, *, headers: str = "total", default_per_page: int = 10) -> None:
        self.items = [{"id": i} for i in range(1, total + 1)]
        self.mode = headers
        self.default_per_page = default_per_page
        self.requested: list[tuple[int, int]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        params = request.url.params
        per_page = int(params.get("per_page", self.default_per_page))
        if per_page < 1:
            per_page = self.default_per_page
        pages = max(1, -(-len(self.items) // per_page))
        asked = int(params.get("page", 1))
        page = min(max(asked, 1), pages)  # past the end: the last page again
        self.requested.append((asked, per_page))
        chunk = self.items[(page - 1) * per_page : page * per_page]
        headers: dict[str, str] = {}
        base = f"{request.url.path}?per_page={per_page}"
        if self.mode == "total":
            headers = {
                "X-Current-Page": str(page),
                "X-Total-Pages": str(pages),
                "X-Total-Count": str(len(self.items)),
                "X-Count-Per-Page": str(per_page),
            }
        if self.mode in ("total", "link"):
            links = [f'<{base}&page=1>; rel="first"', f'<{base}&page={pages}>; rel="last"']
            if page < pages:
                links.append(f'<{base}&page={page + 1}>; rel="next"')
            if page > 1:
                links.append(f'<{base}&page={page - 1}>; rel="prev"')
            headers["Link"] = ", ".join(links)
        return httpx.Response(200, json=chunk, headers=headers)


def make_client(handler: Any) -> EmnifyClient:
    return EmnifyClient(auth_token=jwt(), transport=httpx.MockTransport(handler), rate_limits=None)


def fake_operation(name: str = "list_things", size_param: str = "per_page") -> types.ModuleType:
    """A module shaped like a generated list operation (`asyncio_detailed` + `asyncio`)."""
    module = types.ModuleType(f"emnify_generated.api.fake.{name}")

    async def asyncio_detailed(
        *, client: Any, page: int = 1, q: str | None = None, **size: Any
    ) -> Any:
        params: dict[str, Any] = {"page": page}
        if q is not None:
            params["q"] = q
        for key, value in size.items():
            params["per_page"] = value  # the fake server only knows per_page
            assert key == size_param
        response = await client.get_async_httpx_client().request(
            "GET", "/api/v1/things", params=params
        )
        return types.SimpleNamespace(
            status_code=response.status_code,
            content=response.content,
            headers=response.headers,
            parsed=[("model", item["id"]) for item in response.json()],
        )

    # Give it an explicit signature with the page-size keyword.
    import inspect

    parameters = [
        inspect.Parameter("client", inspect.Parameter.KEYWORD_ONLY),
        inspect.Parameter("page", inspect.Parameter.KEYWORD_ONLY, default=1),
        inspect.Parameter("q", inspect.Parameter.KEYWORD_ONLY, default=None),
        inspect.Parameter(size_param, inspect.Parameter.KEYWORD_ONLY, default=None),
    ]
    detailed: Any = asyncio_detailed

    async def wrapper(**kwargs: Any) -> Any:
        size = {k: kwargs.pop(k) for k in list(kwargs) if k == size_param and kwargs[k] is not None}
        return await detailed(**kwargs, **size)

    wrapper.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    wrapper.__module__ = module.__name__
    wrapper.__name__ = "asyncio_detailed"

    async def parsed_only(**kwargs: Any) -> Any:
        return (await wrapper(**kwargs)).parsed

    parsed_only.__name__ = "asyncio"
    parsed_only.__module__ = module.__name__
    module.asyncio_detailed = wrapper  # type: ignore[attr-defined]
    module.asyncio = parsed_only  # type: ignore[attr-defined]
    return module


# ----------------------------------------------------------------------------- stop rules
@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["total", "link", "none"])
async def test_paginate_raw_reads_every_item_once(mode: str) -> None:
    collection = Collection(25, headers=mode)
    async with make_client(collection) as client:
        items = [item async for item in client.paginate_raw("/api/v1/things", per_page=10)]
    assert [i["id"] for i in items] == list(range(1, 26))
    assert [page for page, _ in collection.requested] == [1, 2, 3]


@pytest.mark.anyio
@pytest.mark.parametrize("mode", ["total", "link", "none"])
async def test_exact_multiple_of_page_size_stops_on_the_last_page(mode: str) -> None:
    """20 items, 10 per page: page 3 would repeat page 2 (the trap)."""
    collection = Collection(20, headers=mode)
    async with make_client(collection) as client:
        items = [item async for item in client.paginate_raw("/api/v1/things", per_page=10)]
    assert [i["id"] for i in items] == list(range(1, 21))
    asked = [page for page, _ in collection.requested]
    # With metadata the walk stops after page 2; without, page 3 is asked, recognised as a
    # repeat of page 2 and dropped.
    assert asked == ([1, 2] if mode != "none" else [1, 2, 3])


@pytest.mark.anyio
async def test_server_default_page_size_without_metadata() -> None:
    """No per_page and no headers: the repeated page is the only signal, and it is enough."""
    collection = Collection(23, headers="none", default_per_page=10)
    async with make_client(collection) as client:
        items = [item async for item in client.paginate_raw("/api/v1/things")]
    assert [i["id"] for i in items] == list(range(1, 24))


@pytest.mark.anyio
async def test_empty_collection() -> None:
    collection = Collection(0, headers="total")
    async with make_client(collection) as client:
        items = [item async for item in client.paginate_raw("/api/v1/things", per_page=10)]
    assert items == []
    assert len(collection.requested) == 1


@pytest.mark.anyio
async def test_trap_with_lying_headers_is_caught_by_current_page() -> None:
    """A server announcing more pages than it has still ends: X-Current-Page gives it away."""
    collection = Collection(15, headers="total")

    def liar(request: httpx.Request) -> httpx.Response:
        response = collection(request)
        response.headers["X-Total-Pages"] = "50"
        return response

    async with make_client(liar) as client:
        items = [item async for item in client.paginate_raw("/api/v1/things", per_page=10)]
    assert [i["id"] for i in items] == list(range(1, 16))
    assert [page for page, _ in collection.requested] == [1, 2, 3]


@pytest.mark.anyio
async def test_max_pages_guard_raises_after_yielding() -> None:
    collection = Collection(100, headers="link")
    seen: list[int] = []
    async with make_client(collection) as client:
        with pytest.raises(PaginationError, match="max_pages=3"):
            async for item in client.paginate_raw("/api/v1/things", per_page=10, max_pages=3):
                seen.append(item["id"])
        # Exactly max_pages pages is fine.
        collection.requested.clear()
        items = [i async for i in client.paginate_raw("/api/v1/things", per_page=50, max_pages=2)]
    assert seen == list(range(1, 31))
    assert len(items) == 100


@pytest.mark.anyio
async def test_link_next_page_number_is_followed() -> None:
    """The next page number comes from the Link header when it has one."""

    def skipping(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        following = {1: 5, 5: None}[page]
        headers = (
            {"Link": f'</x?page={following}>; rel="next"'}
            if following
            else {"Link": '</x?page=1>; rel="first"'}
        )
        return httpx.Response(200, json=[page], headers=headers)

    async with make_client(skipping) as client:
        items = [i async for i in client.paginate_raw("/x")]
    assert items == [1, 5]


@pytest.mark.anyio
async def test_envelope_pagination_like_v2_tags() -> None:
    def tags(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        size = int(request.url.params["page_size"])
        data = [{"tag": page * 10 + i} for i in range(size if page < 3 else 1)]
        return httpx.Response(
            200,
            json={
                "total": 2 * size + 1,
                "page": page,
                "page_size": size,
                "last_page": 3,
                "data": data,
            },
        )

    async with make_client(tags) as client:
        items = [
            i
            async for i in client.paginate_raw(
                "/api/v2/tags", per_page=2, per_page_param="page_size"
            )
        ]
    assert [i["tag"] for i in items] == [10, 11, 20, 21, 30]


@pytest.mark.anyio
async def test_bad_arguments() -> None:
    async with make_client(Collection(1)) as client:
        with pytest.raises(ConfigurationError):
            client.paginate_raw("/x", per_page=0)
        with pytest.raises(ConfigurationError):
            client.paginate_raw("/x", max_pages=0)
        with pytest.raises(ConfigurationError, match="page"):
            client.paginate(fake_operation(), page=3)
        with pytest.raises(ConfigurationError):
            client.paginate(42)

        def not_paginated(*, client: Any, sim_id: int) -> Any:
            raise AssertionError

        with pytest.raises(ConfigurationError, match="not a paginated operation"):
            client.paginate(not_paginated)


@pytest.mark.anyio
async def test_non_list_body_is_a_pagination_error() -> None:
    async with make_client(lambda r: httpx.Response(200, json={"unexpected": 1})) as client:
        with pytest.raises(PaginationError, match="neither a list"):
            [i async for i in client.paginate_raw("/x")]


# ----------------------------------------------------------------------------- generated ops
@pytest.mark.anyio
@pytest.mark.parametrize("form", ["module", "detailed", "asyncio"])
async def test_paginate_generated_shapes(form: str, monkeypatch: pytest.MonkeyPatch) -> None:
    module = fake_operation()
    monkeypatch.setitem(sys.modules, module.__name__, module)  # importable, like the real ones
    op = {"module": module, "detailed": module.asyncio_detailed, "asyncio": module.asyncio}[form]
    collection = Collection(12, headers="total")
    async with make_client(collection) as client:
        items = [i async for i in client.paginate(op, per_page=5, q="status:1")]
    assert items == [("model", i) for i in range(1, 13)]
    assert collection.requested == [(1, 5), (2, 5), (3, 5)]


@pytest.mark.anyio
async def test_paginate_maps_per_page_to_page_size() -> None:
    module = fake_operation(size_param="page_size")
    collection = Collection(7, headers="link")
    async with make_client(collection) as client:
        items = [i async for i in client.paginate(module, per_page=3)]
    assert len(items) == 7
    assert collection.requested == [(1, 3), (2, 3), (3, 3)]


@pytest.mark.anyio
async def test_paginate_real_generated_list_sims() -> None:
    list_sims = pytest.importorskip("emnify_generated.api.sim.list_sims")
    collection = Collection(5, headers="total")

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/api/v1/sim"
        assert request.url.params["q"] == "status:1"
        return collection(request)

    async with make_client(handler) as client:
        items = [i async for i in client.paginate(list_sims, per_page=2, q="status:1")]
        assert [i.id for i in items] == [1, 2, 3, 4, 5]
        # The namespaced method works too (it is mapped to its operation module).
        collection.requested.clear()
        again = [
            i async for i in client.paginate(client.api.sim.list_sims, per_page=5, q="status:1")
        ]
    assert [i.id for i in again] == [1, 2, 3, 4, 5]
    assert collection.requested == [(1, 5)]
