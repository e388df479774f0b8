"""Fuzzing the parsers that read what the network sends: arbitrary input gives a result or a
documented exception, never another exception, and never hangs.

Targets: the stats id codec, the stats payload parser (plus the summary and exports of what it
accepts), the error-body parser and ``Retry-After``, the pagination headers (``Link``,
``X-Total-Pages``, ...) and the paginate loop itself, and the JWT claims reader.

The examples are derandomized (the same on every run, so CI is deterministic) and kept few
enough for the default run (about 10 s in total). Explore further with
``EMNIFY_FUZZ_EXAMPLES=20000 EMNIFY_FUZZ_RANDOM=1 pytest tests/test_fuzz.py``.
A SIGALRM watchdog turns a hang into a failure.
"""

from __future__ import annotations

import copy
import io
import json
import math
import os
import pickle
import signal
import string
from collections.abc import Iterator
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from emnify._jwt import decode_claims, numeric_claim
from emnify.errors import (
    APIError,
    PaginationError,
    RateLimitError,
    ResponseDecodeError,
    error_class_for,
    error_from_response,
    parse_retry_after,
)
from emnify.pagination import (
    Page,
    PageInfo,
    iterate_pages,
    links_by_rel,
    page_info,
    parse_link_header,
)
from emnify.stats import (
    SimStats,
    StatsId,
    StatsIdError,
    StatsIdTypeError,
    StatsParseError,
    decode_stats_id,
    encode_stats_id,
    parse_endpoint_stats,
    parse_endpoint_stats_json,
    parse_sim_stats,
    parse_sim_stats_json,
    summarize,
)
from emnify.stats.export import write_csv, write_jsonl
from emnify.testing.fleet import Fleet

EXAMPLES = int(os.environ.get("EMNIFY_FUZZ_EXAMPLES", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # a per-example deadline fails on a busy machine; hangs: HANG_SECONDS
    derandomize=not os.environ.get("EMNIFY_FUZZ_RANDOM"),
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
HANG_SECONDS = 60 + EXAMPLES // 10

UTC = timezone.utc
NOW = datetime(2024, 3, 15, 12, 0, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def watchdog() -> Iterator[None]:
    """Fail a test that runs far longer than it should (a hang) instead of blocking CI."""
    if not hasattr(signal, "SIGALRM"):  # pragma: no cover - Windows
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise TimeoutError(f"fuzz test still running after {HANG_SECONDS} s: a hang?")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(HANG_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# -- strategies ---------------------------------------------------------------------------------

#: numbers as ``json.loads(..., parse_float=Decimal)`` delivers them, extreme exponents included
json_decimals = st.from_regex(
    r"-?(0|[1-9][0-9]{0,25})(\.[0-9]{1,25})?([eE][+-]?[0-9]{1,10})?", fullmatch=True
).map(Decimal)
nasty_text = st.one_of(
    st.text(max_size=30),
    st.text(alphabet=st.characters(categories=["Nd", "No"]), max_size=12),  # unicode digits
    st.sampled_from(
        [
            "",
            " ",
            "1e400",
            "-1e400",
            "1e-400",
            "1e999999999",
            "nan",
            "inf",
            "Infinity",
            "9" * 4400,  # beyond the int-from-string digit limit
            "\u00b2",  # isdigit() but not a decimal digit
            "\u0661\u0662",  # Arabic-Indic digits
            "12:60",
            "24:00",
            "23:59:60",
            "2024-02-30",
            "2024-13-01T00:00:00Z",
            "0000-01-01",
            "9999-12-31T23:59:59-23:59",
            "10:1",
            "1_000",
        ]
    ),
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=10**20, max_value=10**60),
    st.floats(allow_nan=True, allow_infinity=True),
    json_decimals,
    st.sampled_from([Decimal("NaN"), Decimal("Infinity"), Decimal("-0E-999999999")]),
    nasty_text,
)
STATS_KEYS = [
    "current_month",
    "last_month",
    "last_hour",
    "data",
    "sms",
    "rx",
    "tx",
    "id",
    "sim_id",
    "endpoint_id",
    "month",
    "volume",
    "volume_rx",
    "volume_tx",
    "cost",
    "currency",
    "currency_id",
    "traffic_type",
    "traffic_type_id",
    "last_updated",
    "code",
    "symbol",
    "description",
    "unit",
]
json_like = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(max_size=6) | st.sampled_from(STATS_KEYS), children, max_size=4)
    ),
    max_leaves=25,
)


def _sample_payloads() -> list[Any]:
    fleet = Fleet(40, seed=7)
    return [json.loads(fleet.stats_json(i, NOW), parse_float=Decimal) for i in range(40)]


SAMPLES = _sample_payloads()


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if prefix:
        yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _paths(child, (*prefix, index))


def _replace(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        copy = dict(value)
        copy[head] = _replace(value[head], rest, new)
        return copy
    copy_list = list(value)
    copy_list[head] = _replace(value[head], rest, new)
    return copy_list


@st.composite
def corrupted_payloads(draw: st.DrawFn) -> Any:
    """A real simulator payload with one to three values replaced by nasty ones."""
    payload = draw(st.sampled_from(SAMPLES))
    for _ in range(draw(st.integers(1, 3))):
        paths = list(_paths(payload))
        path = draw(st.sampled_from(paths))
        payload = _replace(payload, path, draw(json_like))
    return payload


# -- stats ids ----------------------------------------------------------------------------------

stats_id_inputs = st.one_of(
    scalars,
    st.integers(min_value=-(10**30), max_value=10**30),
    st.text(alphabet="0123456789", max_size=40),
    st.builds(lambda n: 10**n + 1, st.integers(4000, 6000)),  # repr() beyond the digit limit
    st.binary(max_size=10),
    st.lists(st.integers(), max_size=2),
)


@FUZZ
@given(stats_id_inputs)
def test_decode_stats_id_gives_a_valid_id_or_stats_id_error(value: Any) -> None:
    try:
        decoded = decode_stats_id(value)
    except StatsIdTypeError:
        assert isinstance(value, bool) or not isinstance(value, (int, str))
        return
    except StatsIdError as exc:
        assert str(exc).startswith("not a stats id: ")
        return
    assert isinstance(decoded, StatsId)
    assert decoded.sim_id >= 1 and 1 <= decoded.year <= 9999 and 1 <= decoded.month <= 12
    assert 0 <= decoded.traffic_type_id <= 9
    assert decoded.value == int(value)  # the round trip


@FUZZ
@given(st.tuples(stats_id_inputs, stats_id_inputs, stats_id_inputs, stats_id_inputs))
def test_encode_stats_id_gives_a_decodable_id_or_stats_id_error(parts: tuple[Any, ...]) -> None:
    try:
        value = encode_stats_id(*parts)
    except StatsIdError as exc:
        assert str(exc)
        return
    assert decode_stats_id(value) == StatsId(*parts)


# -- stats payloads -----------------------------------------------------------------------------


def _check_parsed(stats: SimStats) -> None:
    for usage in stats.usages():
        for volume in (usage.volume, usage.volume_rx, usage.volume_tx):
            assert isinstance(volume, float) and math.isfinite(volume)
        if usage.cost is not None:
            assert usage.cost.is_finite()
    for series in (stats.last_hour.data, stats.last_hour.sms):
        if series is not None:
            assert all(math.isfinite(v) for _, v in series.rx + series.tx)
    # whatever the parser accepts, the summary and the exports handle (and quickly)
    summarize([stats])
    write_csv([stats], io.StringIO())
    write_jsonl([stats], io.StringIO(), layout="sims")


@FUZZ
@given(corrupted_payloads())
def test_corrupted_stats_payloads_parse_or_raise_stats_parse_error(payload: Any) -> None:
    try:
        stats = parse_sim_stats(payload, now=NOW)
    except StatsParseError as exc:
        assert str(exc) and isinstance(exc.path, str)
        return
    _check_parsed(stats)


def _same_verdict(body: bytes, endpoint: bool) -> None:
    """The raw-body parser (msgspec first) agrees with the tolerant one in result or error."""
    slow_parse, fast_parse = (
        (parse_endpoint_stats, parse_endpoint_stats_json)
        if endpoint
        else (parse_sim_stats, parse_sim_stats_json)
    )
    try:
        slow: Any = slow_parse(json.loads(body, parse_float=Decimal), NOW)
    except (ValueError, RecursionError) as exc:
        slow = exc
    try:
        fast: Any = fast_parse(body, NOW)
    except StatsParseError as exc:
        fast = exc
    if isinstance(slow, SimStats):
        assert fast == slow
    else:
        assert isinstance(fast, StatsParseError)
        if isinstance(slow, StatsParseError):
            assert (fast.path, fast.reason) == (slow.path, slow.reason)


@FUZZ
@given(corrupted_payloads(), st.booleans())
def test_corrupted_stats_bodies_same_verdict_from_the_fast_parser(
    payload: Any, endpoint: bool
) -> None:
    _same_verdict(json.dumps(payload, default=str).encode(), endpoint)


@FUZZ
@given(json_like)
def test_arbitrary_values_parse_or_raise_stats_parse_error(payload: Any) -> None:
    for parse in (parse_sim_stats, parse_endpoint_stats):
        try:
            stats = parse(payload, now=NOW)
        except StatsParseError:
            continue
        _check_parsed(stats)


@FUZZ
@given(st.binary(max_size=200) | json_like.map(lambda v: json.dumps(v, default=str).encode()))
def test_arbitrary_bodies_through_the_bulk_decoder(body: bytes) -> None:
    """What `bulk_sim_stats` does with a 200 body (`parse_sim_stats_json`, msgspec first):
    a `SimStats` or a `StatsParseError`, and always the tolerant parser's verdict."""
    try:
        slow: Any = parse_sim_stats(json.loads(body, parse_float=Decimal), now=NOW, sim_id=7)
    except (ValueError, RecursionError) as exc:  # not JSON, or not a stats payload
        slow = exc
    try:
        fast: Any = parse_sim_stats_json(body, now=NOW, sim_id=7)
    except StatsParseError as exc:
        fast = exc
    if isinstance(slow, SimStats):
        assert fast == slow
        _check_parsed(fast)
    else:
        assert isinstance(fast, StatsParseError)
        if isinstance(slow, StatsParseError):
            assert (fast.path, fast.reason) == (slow.path, slow.reason)


# -- error bodies and Retry-After ---------------------------------------------------------------

error_keys = st.sampled_from(["error_code", "error_token", "message", "errors", "error", "detail"])
error_bodies = st.one_of(
    st.binary(max_size=300),
    st.dictionaries(error_keys | st.text(max_size=5), json_like, max_size=5).map(
        lambda d: json.dumps(d, default=str).encode()
    ),
    st.sampled_from(
        [
            b"",
            b'{"error_code": "\xc2\xb2"}',
            b'{"error_code": "99999999999999999999999999999"}',
            b'{"error_code": 1e400}',
            b'{"errors": [1, null, "x", {"message": null}]}',
            "\ufeff{}".encode("utf-16"),
            b"\xff\xfe\x00",
        ]
    ),
)


@FUZZ
@given(
    st.integers(100, 999),
    error_bodies,
    st.none() | nasty_text | st.sampled_from(["Wed, 21 Oct 2015 07:28:00 GMT"]),
)
def test_error_from_response_always_builds_an_api_error(
    status: int, body: bytes, retry_after: str | None
) -> None:
    headers: dict[bytes, bytes] = {}
    if retry_after is not None:
        headers[b"retry-after"] = retry_after.encode("utf-8", "replace")
    request = httpx.Request("GET", "https://cdn.emnify.net/api/v1/sim/1/stats")
    response = httpx.Response(status, content=body, headers=headers, request=request)
    error = error_from_response(response)
    assert isinstance(error, error_class_for(status))
    assert isinstance(error, APIError) and error.status_code == status
    assert str(error).startswith(f"HTTP {status}")
    assert len(error.message) <= 200
    assert error.error_code is None or isinstance(error.error_code, int)
    if isinstance(error, RateLimitError) and error.retry_after is not None:
        assert math.isfinite(error.retry_after) and error.retry_after >= 0
    clone = pickle.loads(pickle.dumps(error))
    assert str(clone) == str(error)


http_dates = st.builds(
    "{}, {:02d} {} {:04d} {:02d}:{:02d}:{:02d} {}".format,
    st.sampled_from(["Mon", "Sun", "Xyz"]),
    st.integers(0, 40),
    st.sampled_from(["Jan", "Feb", "Dec", "Foo"]),
    st.integers(0, 99999),
    st.integers(0, 30),
    st.integers(0, 70),
    st.integers(0, 70),
    st.sampled_from(["GMT", "UTC", "+2359", "-2359", "", "EST"]),
)


@FUZZ
@given(st.none() | nasty_text | http_dates, st.floats(-1e12, 1e12))
def test_parse_retry_after_is_none_or_finite_seconds(value: str | None, now: float) -> None:
    seconds = parse_retry_after(value, now=now)
    assert seconds is None or (math.isfinite(seconds) and seconds >= 0)


# -- pagination ---------------------------------------------------------------------------------

link_chars = st.text(alphabet=string.printable + "äß\u2028", max_size=80)


@FUZZ
@given(link_chars | st.text(max_size=200))
def test_link_header_parser_never_raises(value: str) -> None:
    links = parse_link_header(value)
    assert all(isinstance(t, str) and isinstance(p, dict) for t, p in links)
    rels = links_by_rel(value)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in rels.items())


url_part = st.text(alphabet=string.ascii_letters + string.digits + "/?=&%.:-_[]@", max_size=30)
rels = st.sampled_from(["first", "prev", "next", "last", "self", "next last"])


@FUZZ
@given(st.lists(st.tuples(url_part, rels, st.booleans()), max_size=5))
def test_well_formed_link_headers_round_trip(links: list[tuple[str, str, bool]]) -> None:
    header = ", ".join(
        f'<{target}>; rel="{rel}"' if quoted else f"<{target}>; rel={rel.split()[0]}"
        for target, rel, quoted in links
    )
    parsed = parse_link_header(header)
    assert [t for t, _ in parsed] == [t.strip() for t, _, _ in links]
    for (_, params), (_, rel, quoted) in zip(parsed, links, strict=True):
        assert params["rel"] == (rel if quoted else rel.split()[0])


header_names = st.sampled_from(
    ["link", "Link", "x-current-page", "X-Total-Pages", "x-total-count", "x-count-per-page"]
)


@FUZZ
@given(
    st.dictionaries(
        header_names | st.text(alphabet=string.ascii_letters + "-", max_size=5),
        nasty_text | link_chars,
        max_size=6,
    )
)
def test_page_info_never_raises(headers: dict[str, str]) -> None:
    raw = {k.encode(): v.encode("utf-8", "replace") for k, v in headers.items()}
    info = page_info(httpx.Headers(raw))
    assert isinstance(info, PageInfo)
    for number in (info.current_page, info.total_pages, info.total_count, info.per_page):
        assert number is None or isinstance(number, int)
    assert info.next_page is None or isinstance(info.next_page, int)
    page_info(headers)  # a plain dict works too


@st.composite
def page_sequences(draw: st.DrawFn) -> list[Page]:
    pages = []
    for _ in range(draw(st.integers(1, 12))):
        headers: dict[str, str] = {}
        if draw(st.booleans()):
            headers["X-Total-Pages"] = draw(nasty_text | st.integers(-3, 30).map(str))
        if draw(st.booleans()):
            headers["X-Current-Page"] = draw(nasty_text | st.integers(-3, 30).map(str))
        if draw(st.booleans()):
            page = draw(st.integers(-3, 30))
            headers["Link"] = draw(
                st.sampled_from(
                    [
                        f'<https://x/api?page={page}>; rel="next"',
                        '<https://x/api?page=1>; rel="first"',
                        f'<https://[bad/api?page={page}>; rel="next"',
                        f"<?page={page}&page=2>; rel=next",
                    ]
                )
                | link_chars
            )
        items = draw(st.lists(st.integers(), max_size=4))
        content = draw(st.sampled_from([json.dumps(items).encode(), b"same"]))
        last_page = draw(st.none() | st.integers(-2, 20))
        pages.append(Page(headers, items, content, last_page))
    return pages


@FUZZ
@given(page_sequences(), st.none() | st.integers(1, 5), st.integers(1, 15))
def test_paginate_loop_ends_within_max_pages(
    pages: list[Page], page_size: int | None, max_pages: int
) -> None:
    import anyio

    fetched: list[int] = []

    async def fetch(page: int) -> Page:
        fetched.append(page)
        return pages[min(len(fetched), len(pages)) - 1]  # the server repeats its last answer

    async def walk() -> list[Any]:
        return [
            item async for item in iterate_pages(fetch, page_size=page_size, max_pages=max_pages)
        ]

    try:
        items = anyio.run(walk)
    except PaginationError as exc:
        assert "max_pages" in str(exc)
        assert len(fetched) == max_pages
    else:
        assert len(fetched) <= max_pages
        assert len(items) <= sum(len(p.items) for p in pages) + len(fetched) * 4


# -- JWT claims ---------------------------------------------------------------------------------

jwt_like = st.builds(
    lambda a, b, c: f"{a}.{b}.{c}", st.text(max_size=10), st.text(max_size=40), st.text(max_size=10)
)
payloads = st.one_of(json_like.map(lambda v: json.dumps(v, default=str)), st.text(max_size=40))


@FUZZ
@given(
    st.text(max_size=60)
    | jwt_like
    | payloads.map(
        lambda p: (
            "e30."
            + __import__("base64").urlsafe_b64encode(p.encode()).decode().rstrip("=")
            + ".sig"
        )
    )
)
def test_jwt_claims_reader_never_raises(token: str) -> None:
    claims = decode_claims(token)
    assert claims is None or isinstance(claims, dict)
    for name in ("exp", "iat"):
        value = numeric_claim(claims, name)
        assert value is None or math.isfinite(value)


# -- pathological inputs, one by one ------------------------------------------------------------
# Too big for hypothesis to draw (or to print), each once: nesting deeper than the recursion
# limit, digit strings beyond int()'s limit, numbers that overflow a float.

DEEP_JSON = b"[" * 100_000


def test_error_from_response_survives_deep_nesting_and_huge_codes() -> None:
    request = httpx.Request("GET", "https://cdn.emnify.net/api/v1/sim")
    for body in (DEEP_JSON, b'{"error_code": "' + b"9" * 5000 + b'"}'):
        error = error_from_response(httpx.Response(500, content=body, request=request))
        assert isinstance(error, APIError) and error.status_code == 500
        assert error.error_code is None
        assert len(error.message) <= 200


def test_jwt_claims_reader_survives_deep_nesting() -> None:
    import base64

    payload = base64.urlsafe_b64encode(DEEP_JSON).decode().rstrip("=")
    assert decode_claims(f"e30.{payload}.sig") is None


def test_bulk_reports_a_deeply_nested_body_as_a_parse_error() -> None:
    import anyio

    from emnify import EmnifyClient
    from emnify.bulk import bulk_sim_stats
    from tests.test_cancellation import FAKE_JWT

    async def deep(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=DEEP_JSON)

    async def run() -> list[Any]:
        async with EmnifyClient(
            auth_token=FAKE_JWT, transport=httpx.MockTransport(deep), rate_limits=None
        ) as client:
            async with bulk_sim_stats(client, [1]) as results:
                return [result async for result in results]

    [result] = anyio.run(run)
    assert isinstance(result.error, StatsParseError), repr(result.error)
    assert "not JSON" in str(result.error)


def test_paginate_reports_a_deeply_nested_page_as_a_pagination_error() -> None:
    import anyio

    from emnify.pagination import paginate_path

    async def request(method: str, path: str, **kw: Any) -> httpx.Response:
        return httpx.Response(200, content=DEEP_JSON, request=httpx.Request(method, path))

    async def run() -> list[Any]:
        return [item async for item in paginate_path(request, "/api/v1/sim")]

    with pytest.raises(PaginationError, match="not JSON"):
        anyio.run(run)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("volume", "1e400"),
        ("volume", 10**400),
        ("volume", Decimal("1e400")),
        ("volume_rx", Decimal("-1E+999999999")),
        ("cost", Decimal("1E+999999999")),
        ("cost", Decimal("1E-999999999")),
        ("cost", Decimal("0E-999999999")),
        ("cost", "1e999999999"),
    ],
)
def test_numbers_beyond_any_real_volume_or_cost_are_parse_errors(field: str, value: Any) -> None:
    """A float that overflows to infinity, or a decimal whose fixed-point form would be a
    billion digits long (the CSV export writes costs in fixed point), is rejected."""
    payload = copy.deepcopy(next(p for p in SAMPLES if p[0].get("last_month", {}).get("data")))
    payload[0]["last_month"]["data"][field] = value
    with pytest.raises(StatsParseError) as info:
        parse_sim_stats(payload, now=NOW)
    assert info.value.path == f"last_month.data.{field}"


def test_a_last_hour_value_beyond_float_range_is_a_parse_error() -> None:
    payload = copy.deepcopy(next(p for p in SAMPLES if p[0].get("last_hour", {}).get("data")))
    payload[0]["last_hour"]["data"]["rx"][3][1] = 10**400
    with pytest.raises(StatsParseError) as info:
        parse_sim_stats(payload, now=NOW)
    assert info.value.path == "last_hour.data.rx[3][1]"


@pytest.mark.parametrize("body", [b"", b"<html>502</html>", b'[{"id": 1', DEEP_JSON])
def test_a_200_that_is_not_json_is_a_documented_error_everywhere(body: bytes) -> None:
    """sim_stats/endpoint_stats raise StatsParseError, paginate ResponseDecodeError,
    paginate_raw PaginationError (not a bare JSONDecodeError or RecursionError)."""
    import anyio

    from emnify import EmnifyClient
    from emnify_generated.api.sim import list_sims

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    async def run() -> None:
        async with EmnifyClient(
            auth_token="eyJhbGciOiJub25lIn0.eyJzdWIiOiJ0In0.c2ln",
            transport=httpx.MockTransport(handler),
            rate_limits=None,
        ) as client:
            with pytest.raises(StatsParseError, match="not JSON"):
                await client.sim_stats(1)
            with pytest.raises(StatsParseError, match="not JSON"):
                await client.endpoint_stats(1)
            with pytest.raises(ResponseDecodeError, match="HTTP 200"):
                [item async for item in client.paginate(list_sims)]
            if body:
                with pytest.raises(PaginationError, match="not JSON"):
                    [item async for item in client.paginate_raw("/api/v1/sim")]
            else:  # paginate_raw reads an empty body as an empty page
                assert [item async for item in client.paginate_raw("/api/v1/sim")] == []

    anyio.run(run)
