"""Resuming into a CSV file of stats: the ids it already holds, and the trim of a write that
was cut short.

``emnify stats -f csv -o FILE`` writes the header first and then each result's rows with one
``write`` (flushed at once), so a SIM's rows are one contiguous run of rows with the same id.
A run stopped by a signal leaves complete runs only; a process killed in the middle of a
write can leave a last line without its newline. :func:`trim_partial_csv` cuts such a file
back to its last whole run, and :func:`read_csv_done_ids` gives the ids a resumed run can
skip. Both parse the file with :mod:`csv` (an error message may be quoted and span lines)
and read it as a stream, so a file of a whole fleet is never held in memory.

The header decides which file this is: the monthly export's :data:`~emnify.stats.export.COLUMNS`
(the default), or the daily columns (:data:`~emnify.stats.table.DAILY_COLUMNS`, with
``endpoint_id`` first for endpoints). A file that starts with any other header raises
:class:`~emnify.stats.sinks.SinkError`, as the Parquet and SQLite writers do when resuming
into the output of another command.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO

from emnify.stats.export import COLUMNS
from emnify.stats.sinks import SinkError

__all__ = ["read_csv_done_ids", "resume_csv", "trim_partial_csv"]

_SAME_COMMAND = "resume only into the output of the same command"


@dataclass
class _Scan:
    """What one pass over a CSV file found."""

    #: ids with a row without an error
    done: set[int] = field(default_factory=set)
    #: ids with a run of rows, failed or not
    seen: set[int] = field(default_factory=set)
    #: the bytes worth keeping: up to the end of the last run that is surely whole
    keep: int = 0
    size: int = 0


class _Lines:
    """The lines of a binary file, decoded, counting the bytes handed out.

    `csv.reader` asks for exactly the lines of the row it is parsing and no more, so after a
    row `offset` is where the row ends and `whole` tells whether its last line has its newline.
    """

    def __init__(self, fh: IO[bytes], path: str) -> None:
        self._fh = fh
        self._path = path
        self.offset = 0
        self.whole = True
        #: the reader asked past the last line
        self.eof = False

    def __iter__(self) -> Iterator[str]:
        for number, raw in enumerate(self._fh, 1):
            self.offset += len(raw)
            self.whole = raw.endswith(b"\n")
            try:
                # (a line cut short may end inside a UTF-8 sequence; it is dropped anyway)
                yield raw.decode("utf-8", errors="strict" if self.whole else "replace")
            except UnicodeDecodeError:
                raise SinkError(f"{self._path}:{number}: not UTF-8 text: {_SAME_COMMAND}") from None
        self.eof = True


def _header_line(columns: Sequence[str]) -> bytes:
    # as csv.writer writes it: the column names need no quoting, the line ends in \r\n
    return (",".join(columns) + "\r\n").encode()


def _scan(fh: IO[bytes], path: str, columns: Sequence[str]) -> _Scan:
    """Parse the whole file once: its done ids and where a cut-short write starts."""
    header = list(columns)
    error = header.index("error")
    scan = _Scan(size=os.fstat(fh.fileno()).st_size)
    if scan.size == 0:
        return scan
    lines = _Lines(fh, path)
    # strict: a file ending inside a quoted field is an error (at EOF: a cut-short write)
    rows = csv.reader(lines, strict=True)
    cut = False

    def next_row() -> list[str] | None:
        """The next complete row; None at the end of the file or of its whole rows."""
        nonlocal cut
        try:
            row = next(rows, None)
        except csv.Error as exc:
            if not lines.eof:
                raise SinkError(
                    f"{path}:{rows.line_num}: not CSV ({exc}): {_SAME_COMMAND}"
                ) from None
            row = None  # the file ends inside a quoted field
            cut = True
        if row is not None and not lines.whole:  # (our rows always end with a newline)
            row = None
            cut = True
        return row

    first = next_row()
    if first is None:  # only a partial header: nothing worth keeping, if it is ours
        fh.seek(0)
        start = fh.read(len(_header_line(header)) + 1)
        if not _header_line(header).startswith(start):
            raise SinkError(
                f"{path} does not start with the CSV header of this command: {_SAME_COMMAND}"
            )
        return scan
    if first != header:
        raise SinkError(
            f"{path} holds other columns ({', '.join(first[:3])}, ...): {_SAME_COMMAND}"
        )
    scan.keep = row_start = lines.offset
    # the current run of rows with one id, and whether one of them has no error
    run_id: str | None = None
    run_ok = False
    while (row := next_row()) is not None:
        if len(row) != len(header):
            raise SinkError(
                f"{path}:{rows.line_num}: {len(row)} fields, not {len(header)}: {_SAME_COMMAND}"
            )
        if row[0] != run_id:
            _finish(scan, run_id, run_ok)
            scan.keep = row_start  # everything before this run is whole
            run_id, run_ok = row[0], False
        run_ok = run_ok or row[error] == ""
        row_start = lines.offset
    if not cut:  # every row ended: the last run is whole too
        _finish(scan, run_id, run_ok)
        scan.keep = scan.size
    # Otherwise the last write was cut short, and the rows it did finish may belong to the
    # last run's SIM: that run is not counted, and the trim drops it (it is fetched again).
    return scan


def _finish(scan: _Scan, run_id: str | None, ok: bool) -> None:
    # (an input that was no id, e.g. a bad line of --ids-file, keeps it as given: not done)
    if run_id is None or not (run_id.isascii() and run_id.isdigit()):
        return
    scan.seen.add(int(run_id))
    if ok:
        scan.done.add(int(run_id))


def read_csv_done_ids(
    path: str | os.PathLike[str],
    columns: Sequence[str] = COLUMNS,
    *,
    include_failed: bool = False,
) -> set[int]:
    """The integer ids of a CSV file written by ``emnify stats -f csv``, for resuming a run.

    `columns` is the header the file must start with: :data:`~emnify.stats.export.COLUMNS`
    (monthly statistics, the default) or the daily columns; its first column is the id
    (``sim_id``, or ``endpoint_id``). An id is done when it has a row without ``error``: a
    result is either rows without one or a single row with the error, and a failed id that a
    resumed run fetched again may follow its error row directly, in the same run of rows.
    Failed ids are left out unless ``include_failed`` is true, so a resumed run retries them.
    A run cut short at the end of the file (see :func:`trim_partial_csv`) is left out too.
    A missing or empty file gives an empty set; another header raises
    :class:`~emnify.stats.sinks.SinkError`.
    """
    try:
        fh = open(path, "rb")
    except FileNotFoundError:
        return set()
    with fh:
        scan = _scan(fh, os.fspath(path), columns)
    return scan.seen if include_failed else scan.done


def trim_partial_csv(path: str | os.PathLike[str], columns: Sequence[str] = COLUMNS) -> int:
    """Cut a write that was cut short off a CSV file written by ``emnify stats -f csv``, so
    that rows appended afterwards start on a line of their own; returns how many bytes were
    removed.

    A file that does not end with a complete row (a partial last line, or one ending inside a
    quoted field) is truncated to the start of its last run of rows -- the rows of the id of
    the last complete row -- as the write that was cut may have belonged to that id: it is
    then fetched again, and nothing is duplicated or lost. A file holding only part of the
    header is emptied. A missing, empty or whole file is left alone (0); another header
    raises :class:`~emnify.stats.sinks.SinkError`.
    """
    scan = _scan_and_trim(path, columns)
    return 0 if scan is None else scan.size - scan.keep


def resume_csv(path: str | os.PathLike[str], columns: Sequence[str] = COLUMNS) -> set[int]:
    """:func:`trim_partial_csv`, then :func:`read_csv_done_ids`, in one pass over the file
    (a fleet's file is read once, not twice): the ids a resumed run can skip, with the file cut
    back to its whole runs of rows so the rest can be appended. Raises like both."""
    scan = _scan_and_trim(path, columns)
    return set() if scan is None else scan.done


def _scan_and_trim(path: str | os.PathLike[str], columns: Sequence[str]) -> _Scan | None:
    """Scan the file and cut off what is not whole; None for a missing file."""
    try:
        fh = open(path, "r+b")
    except FileNotFoundError:
        return None
    with fh:
        scan = _scan(fh, os.fspath(path), columns)
        if scan.keep < scan.size:
            fh.truncate(scan.keep)
    return scan
