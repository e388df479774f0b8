"""Sharding a bulk run (#17): N disjoint, stable parts that cover every id exactly once."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import AsyncIterator

import pytest

from emnify.bulk import shard as shard_from_bulk
from emnify.errors import ConfigurationError
from emnify.sharding import parse_shard, shard, shard_of


@pytest.mark.parametrize("n", [1, 2, 3, 4, 7, 16])
def test_the_parts_are_disjoint_and_cover_every_id_once(n: int) -> None:
    ids = list(range(1000, 6000, 3))
    parts = [list(shard(ids, k, n)) for k in range(1, n + 1)]
    assert sorted(x for part in parts for x in part) == ids
    # evenly spread: no part far from its share
    for part in parts:
        assert abs(len(part) - len(ids) / n) < 0.15 * len(ids) / n + 10


def test_a_part_depends_on_the_id_alone_not_on_the_process() -> None:
    """Pinned values: a BLAKE2b hash of the decimal digits, the same on any machine and in any
    process (Python's hash() of a string is salted per process)."""
    pinned = {sim_id: shard_of(sim_id, 4) for sim_id in (1, 1000, 123456, 98765432109)}
    code = (
        "from emnify.sharding import shard_of; "
        "print([shard_of(i, 4) for i in (1, 1000, 123456, 98765432109)])"
    )
    for seed in ("0", "12345"):
        out = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
        ).stdout
        assert out.strip() == str(list(pinned.values()))
    assert pinned == {1: 3, 1000: 3, 123456: 3, 98765432109: 2}


def test_strings_and_ints_name_the_same_sim() -> None:
    assert shard_of("1234", 5) == shard_of(1234, 5)
    assert list(shard(["1234", 1234], shard_of(1234, 5), 5)) == [1234, 1234]


def test_bulk_offers_the_same_helper() -> None:
    assert shard_from_bulk is shard


@pytest.mark.anyio
async def test_async_iterables_are_sharded_lazily() -> None:
    seen: list[int] = []

    async def ids() -> AsyncIterator[int]:
        for sim_id in range(1, 200):
            seen.append(sim_id)
            yield sim_id

    part = shard(ids(), 2, 3)
    first = await part.__anext__()
    assert shard_of(first, 3) == 2
    assert len(seen) < 199  # read lazily
    rest = [x async for x in part]
    assert [first, *rest] == [x for x in range(1, 200) if shard_of(x, 3) == 2]


@pytest.mark.parametrize(
    ("k", "n"), [(0, 4), (5, 4), (1, 0), (-1, 2), (1.0, 2), (True, 2), (1, "2")]
)
def test_bad_parts_are_configuration_errors(k: object, n: object) -> None:
    with pytest.raises(ConfigurationError):
        list(shard([1, 2], k, n))  # type: ignore[arg-type]


def test_bad_ids_are_configuration_errors() -> None:
    with pytest.raises(ConfigurationError):
        list(shard([1, "x"], 1, 1))
    with pytest.raises(ConfigurationError):
        shard("123", 1, 2)


@pytest.mark.parametrize("text", ["1/4", " 4/4 ", "1/1", "3 / 8"])
def test_parse_shard_accepts_k_of_n(text: str) -> None:
    k, n = parse_shard(text)
    assert 1 <= k <= n


@pytest.mark.parametrize("text", ["0/4", "5/4", "1/0", "1", "a/b", "1/4/2", "-1/4", "²/4", "", "/"])
def test_parse_shard_rejects_anything_else(text: str) -> None:
    with pytest.raises(ConfigurationError, match="K/N"):
        parse_shard(text)


@pytest.mark.parametrize("value", ["0/4", "5/4", "x", "1/0"])
def test_the_cli_rejects_a_bad_shard_in_one_line(value: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "emnify.cli", "stats", "1", "--shard", value],
        capture_output=True,
        text=True,
        env={"PATH": "", "EMNIFY_APPLICATION_TOKEN": "t"},
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "--shard must be K/N" in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr
