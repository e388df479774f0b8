"""`emnify stats --ids-file PATH`: SIM ids one per line, from a file or stdin (``-``).

Blank lines are skipped. A line that is not a SIM id does not stop the run: it becomes an
error row of the output (in the run's format, like a SIM that failed), naming its line
number, and the run ends with exit status 3 like any run with failures. The good ids are
fetched.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

import click

from emnify._validate import resource_id
from emnify.bulk import BulkResult, InvalidSimIdError
from emnify.errors import ConfigurationError

__all__ = ["InvalidIdLineError", "ids_file_error", "read_ids", "read_ids_file"]

#: the longest line text shown as a row's ``sim_id`` (a longer one is cut, with "...")
SHOWN = 40


class InvalidIdLineError(InvalidSimIdError):
    """A line of an ``--ids-file`` that is not a SIM id. :attr:`line` is its number (from 1),
    :attr:`source` the file's name (``<stdin>`` for ``-``), :attr:`value` the line's text."""

    def __init__(self, value: str, line: int, source: str, reason: str) -> None:
        # (not InvalidSimIdError's message, which names only the value: this one says where)
        ConfigurationError.__init__(self, f"line {line} of {source}: {reason}")
        self.value = value
        self.line = line
        self.source = source
        self.reason = reason

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.value, self.line, self.source, self.reason))


def read_ids(lines: Iterable[str], source: str) -> tuple[list[int], list[BulkResult]]:
    """The SIM ids of `lines`, and an error result for each line that is not one."""
    ids: list[int] = []
    rejected: list[BulkResult] = []
    for number, raw in enumerate(lines, 1):
        text = raw.strip()
        if not text:
            continue
        try:
            ids.append(resource_id(text, "SIM id"))
        except ConfigurationError as exc:
            shown = text if len(text) <= SHOWN else text[: SHOWN - 3] + "..."
            error = InvalidIdLineError(text, number, source, str(exc))
            rejected.append(BulkResult(shown, error=error))
    return ids, rejected


def ids_file_error(
    *, all_sims: bool, ids: list[int], rejected: list[BulkResult], source: str
) -> str | None:
    """Why an ``--ids-file`` cannot be used as given, if it cannot."""
    if all_sims:
        return "give --ids-file or --all, not both"
    if not ids and not rejected:
        return f"no SIM ids in --ids-file {source} (only blank lines)"
    return None


def read_ids_file(
    stream: TextIO | None, *, all_sims: bool, ids: list[int]
) -> tuple[list[int], list[BulkResult]]:
    """The ids of the command line followed by those of the ``--ids-file`` `stream` (click
    opened it, and closes it), and the file's rejected lines; `click.UsageError` when the
    file cannot be used. Without a file: `ids` and no rejected lines."""
    if stream is None:
        return ids, []
    name = str(getattr(stream, "name", "-"))
    source = "<stdin>" if name in ("<stdin>", "-") else name
    try:
        more, rejected = read_ids(stream, source)
    except UnicodeDecodeError as exc:
        raise click.BadParameter(
            f"{source} is not UTF-8 text ({exc.reason})", param_hint="--ids-file"
        ) from None
    problem = ids_file_error(all_sims=all_sims, ids=more, rejected=rejected, source=source)
    if problem:
        raise click.UsageError(problem)
    return ids + more, rejected
