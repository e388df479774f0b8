"""Splitting a bulk run among N processes: shard K of N gets the ids whose hash says K.

    from emnify.sharding import shard

    async with client.bulk_sim_stats(shard(ids, 2, 4)) as results:   # this process: part 2/4
        ...

The parts are disjoint and together hold every id exactly once; which part an id belongs to
depends on the id alone -- a BLAKE2b hash of its decimal digits, never Python's `hash()`
(salted per process for strings) -- so N processes on any machines, each given the same ids (or
``--all``) and its own K, cover the fleet exactly once. The ids are spread evenly, whatever
their order or gaps. With Redis (`emnify.coordination`) those processes also share the rate
limits and the token.
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from typing import overload

from ._validate import resource_id
from .errors import ConfigurationError

__all__ = ["parse_shard", "shard", "shard_of"]


def _check(k: object, n: object) -> tuple[int, int]:
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ConfigurationError(f"the number of shards must be an int >= 1, got {n!r}")
    if isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= n:
        raise ConfigurationError(f"the shard must be an int from 1 to {n}, got {k!r}")
    return k, n


def shard_of(sim_id: int | str, n: int) -> int:
    """The shard (1 to `n`) that `sim_id` belongs to; the same on every machine and run."""
    _check(1, n)
    number = resource_id(sim_id, "sim_id")
    digest = hashlib.blake2b(str(number).encode("ascii"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % n + 1


@overload
def shard(ids: AsyncIterable[int | str], k: int, n: int) -> AsyncIterator[int]: ...
@overload
def shard(ids: Iterable[int | str], k: int, n: int) -> Iterator[int]: ...
def shard(
    ids: Iterable[int | str] | AsyncIterable[int | str], k: int, n: int
) -> Iterator[int] | AsyncIterator[int]:
    """The ids of shard `k` of `n` (1-based), lazily, as ints, in their order.

    Works on plain and async iterables (an async one gives an async iterator). Raises
    `ConfigurationError` for `k`/`n` out of range and, as they are met, for invalid ids.
    """
    _check(k, n)
    if isinstance(ids, AsyncIterable):
        return _shard_async(ids, k, n)
    if isinstance(ids, (str, bytes)) or not isinstance(ids, Iterable):
        raise ConfigurationError("ids must be an iterable of SIM ids")
    return (number for number in map(_number, ids) if shard_of(number, n) == k)


def _number(sim_id: int | str) -> int:
    return resource_id(sim_id, "sim_id")


async def _shard_async(ids: AsyncIterable[int | str], k: int, n: int) -> AsyncIterator[int]:
    async for sim_id in ids:
        number = _number(sim_id)
        if shard_of(number, n) == k:
            yield number


def parse_shard(text: str) -> tuple[int, int]:
    """``"K/N"`` (e.g. ``"2/4"``) as (K, N); `ConfigurationError` with one line otherwise."""
    k_text, slash, n_text = (part.strip() for part in text.strip().partition("/"))
    if not (slash and _digits(k_text) and _digits(n_text)):
        raise ConfigurationError(
            f"--shard must be K/N with 1 <= K <= N (e.g. 1/4 ... 4/4), got {text!r}"
        )
    k, n = int(k_text), int(n_text)
    if not (n >= 1 and 1 <= k <= n):
        raise ConfigurationError(
            f"--shard must be K/N with 1 <= K <= N (e.g. 1/4 ... 4/4), got {text!r}"
        )
    return k, n


def _digits(text: str) -> bool:
    return text.isascii() and text.isdigit() and len(text) <= 18
