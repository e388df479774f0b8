"""Collection routes: per_page rules, headers, Link relations, q/sort, and the last-page trap."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import httpx
import pytest

from emnify.testing import Simulator, SimulatorConfig

pytestmark = pytest.mark.anyio

SIMS = 2600


@pytest.fixture(scope="module")
def sim() -> Simulator:
    return Simulator(SimulatorConfig(sims=SIMS, seed=3, rate_limits="none"))


@pytest.fixture
async def client(sim: Simulator) -> AsyncIterator[httpx.AsyncClient]:
    headers = {"Authorization": f"Bearer {sim.issue_token()}"}
    transport = httpx.ASGITransport(app=sim.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sim", headers=headers) as c:
        yield c


def links(response: httpx.Response) -> dict[str, str]:
    found = re.findall(r'<([^>]+)>;\s*rel="(\w+)"', response.headers["Link"])
    return {rel: url for url, rel in found}


def meta(response: httpx.Response) -> tuple[int, int, int, int]:
    h = response.headers
    return (
        int(h["X-Count-Per-Page"]),
        int(h["X-Current-Page"]),
        int(h["X-Total-Count"]),
        int(h["X-Total-Pages"]),
    )


async def test_sim_default_and_cap(client: httpx.AsyncClient, sim: Simulator) -> None:
    default = await client.get("/api/v1/sim")
    assert len(default.json()) == 2000
    assert meta(default) == (2000, 1, SIMS, 2)
    for per_page in (0, -4):
        response = await client.get("/api/v1/sim", params={"per_page": per_page})
        assert meta(response)[0] == 2000
    clamped = await client.get("/api/v1/sim", params={"per_page": 10_000})
    assert meta(clamped) == (2500, 1, SIMS, 2)
    assert len(clamped.json()) == 2500
    assert [s["id"] for s in clamped.json()] == sim.fleet.sim_ids[:2500]


async def test_endpoint_default_page_size(client: httpx.AsyncClient, sim: Simulator) -> None:
    response = await client.get("/api/v1/endpoint")
    assert meta(response) == (1000, 1, SIMS, 3)
    assert [e["id"] for e in response.json()] == sim.fleet.endpoint_ids[:1000]


async def test_link_header_relations_are_full_urls(client: httpx.AsyncClient) -> None:
    first = await client.get("/api/v1/sim", params={"per_page": 1000})
    assert set(links(first)) == {"first", "next", "last"}
    assert links(first)["next"] == "http://sim/api/v1/sim?page=2&per_page=1000"
    middle = await client.get("/api/v1/sim", params={"per_page": 1000, "page": 2})
    assert set(links(middle)) == {"first", "prev", "next", "last"}
    last = await client.get(links(middle)["last"])
    assert set(links(last)) == {"first", "prev", "last"}
    assert meta(last) == (1000, 3, SIMS, 3)
    assert len(last.json()) == SIMS - 2000


async def test_following_next_visits_every_sim_once(
    client: httpx.AsyncClient, sim: Simulator
) -> None:
    url: str | None = "/api/v1/sim?per_page=700&sort=-id&q=status:1"
    seen: list[int] = []
    pages = 0
    while url is not None:
        response = await client.get(url)
        seen += [s["id"] for s in response.json()]
        pages += 1
        url = links(response).get("next")
    expected = [
        sim_id for i, sim_id in enumerate(sim.fleet.sim_ids) if sim.fleet.sim_status[i] == 1
    ][::-1]
    assert seen == expected
    assert pages == -(-len(expected) // 700)


async def test_the_trap_past_the_end_repeats_the_last_page(client: httpx.AsyncClient) -> None:
    last = await client.get("/api/v1/sim", params={"per_page": 1000, "page": 3})
    for page in (4, 99):
        beyond = await client.get("/api/v1/sim", params={"per_page": 1000, "page": page})
        assert beyond.status_code == 200
        assert beyond.json() == last.json() != []
        assert meta(beyond) == meta(last)
    first = await client.get("/api/v1/sim", params={"per_page": 1000, "page": 1})
    for page in (0, -2):
        before = await client.get("/api/v1/sim", params={"per_page": 1000, "page": page})
        assert before.json() == first.json()
        assert meta(before)[1] == 1


async def test_filter_and_sort(client: httpx.AsyncClient, sim: Simulator) -> None:
    response = await client.get("/api/v1/sim", params={"q": "status:2", "per_page": 2500})
    body = response.json()
    expected = sum(1 for s in sim.fleet.sim_status if s == 2)
    assert {s["status"]["id"] for s in body} == {2}
    assert len(body) == int(response.headers["X-Total-Count"]) == expected > 0

    descending = (await client.get("/api/v1/sim", params={"sort": "-id", "per_page": 5})).json()
    assert [s["id"] for s in descending] == sorted(sim.fleet.sim_ids, reverse=True)[:5]

    by_status = (
        await client.get("/api/v1/sim", params={"sort": "-status,id", "per_page": 2500})
    ).json()
    keys = [(-s["status"]["id"], s["id"]) for s in by_status]
    assert keys == sorted(keys)

    target = sim.fleet.sim_object(17)
    exact = await client.get("/api/v1/sim", params={"q": f"iccid:{target['iccid']}"})
    assert [s["id"] for s in exact.json()] == [target["id"]]

    endpoints = await client.get("/api/v1/endpoint", params={"q": "status:1", "per_page": 2500})
    assert endpoints.json() and {e["status"]["id"] for e in endpoints.json()} == {1}
    tagged = await client.get("/api/v1/endpoint", params={"q": "tags:cold-chain"})
    assert tagged.json() and all("cold-chain" in e["tags"] for e in tagged.json())


async def test_no_match_is_one_empty_page(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/sim", params={"q": "id:1"})
    assert response.json() == []
    assert meta(response) == (2000, 1, 0, 1)
    assert "next" not in links(response)


async def test_bad_parameters_are_422(client: httpx.AsyncClient) -> None:
    cases = {
        "q=colour:red": 1301,
        "q=status": 1301,
        "q=status:active": 1301,
        "sort=colour": 1302,
        "page=two": 1400,
        "per_page=1.5": 1400,
    }
    for query, code in cases.items():
        response = await client.get(f"/api/v1/sim?{query}")
        assert response.status_code == 422, query
        assert response.json()["error_code"] == code, query
