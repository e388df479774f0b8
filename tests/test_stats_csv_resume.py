"""Resuming into CSV: the done ids of a file `emnify stats -f csv` wrote, and the trim of a
write cut short (`emnify.stats.csv_resume`)."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from emnify.bulk import BulkResult, InvalidSimIdError
from emnify.errors import NotFoundError
from emnify.stats import SimStats, parse_sim_stats
from emnify.stats.csv_resume import read_csv_done_ids, resume_csv, trim_partial_csv
from emnify.stats.export import COLUMNS, write_csv
from emnify.stats.sinks import SinkError
from emnify.stats.table import _columns

SAME_COMMAND = "resume only into the output of the same command"

# one SIM with two records: two rows per SIM
BODY = """[{
  "current_month": {
    "data": {"month": "2024-03-01", "volume": 12.5, "volume_tx": 2.25, "volume_rx": 10.25,
             "traffic_type_id": 5, "traffic_type": {"id": 5, "unit": "MB"},
             "cost": 6.1048, "currency": {"code": "EUR"}, "id": 1234562024035}
  },
  "last_month": {
    "sms": {"month": "2024-02-01", "volume": 3, "volume_tx": 2, "volume_rx": 1,
            "traffic_type_id": 6, "traffic_type": {"id": 6, "unit": "SMS"},
            "currency": {"code": "EUR"}, "id": 1234562024026}
  }
}]"""


def stats() -> SimStats:
    return parse_sim_stats(json.loads(BODY, parse_float=Decimal), sim_id=1)


def csv_of(results: list[Any], *, header: bool = True) -> bytes:
    """What `emnify stats -f csv` writes for these results (one write per result)."""
    text = io.StringIO(newline="")
    write_csv(results, text, header=header)
    return text.getvalue().encode()


def header() -> bytes:
    return csv_of([])


def test_done_and_failed_ids(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(
        csv_of(
            [
                BulkResult(1, stats()),
                BulkResult(7, parse_sim_stats([], sim_id=7)),  # no records: one bare row
                BulkResult(8, error=NotFoundError("SIM not found", status_code=404)),
                BulkResult("abc", error=InvalidSimIdError("abc")),  # no id: never done
                BulkResult(2, stats()),
            ]
        )
    )
    assert read_csv_done_ids(target) == {1, 2, 7}
    assert read_csv_done_ids(target, include_failed=True) == {1, 2, 7, 8}
    assert trim_partial_csv(target) == 0  # a whole file is left alone


def test_a_failed_id_fetched_again_later_in_the_file_is_done(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(
        csv_of([BulkResult(8, error=NotFoundError("gone", status_code=404))])
        + csv_of([BulkResult(8, stats())], header=False)
    )
    assert read_csv_done_ids(target) == {8}


def test_a_quoted_error_over_several_lines(tmp_path: Path) -> None:
    error = NotFoundError('line one,\r\nline "two"\nand three', status_code=404)
    content = csv_of([BulkResult(1, stats()), BulkResult(9, error=error), BulkResult(2, stats())])
    assert content.count(b"\n") > 6  # (the error field spans lines)
    target = tmp_path / "out.csv"
    target.write_bytes(content)
    assert read_csv_done_ids(target) == {1, 2}
    assert read_csv_done_ids(target, include_failed=True) == {1, 2, 9}
    assert trim_partial_csv(target) == 0


def test_a_write_cut_in_the_middle_of_a_run_drops_the_whole_run(tmp_path: Path) -> None:
    whole = csv_of([BulkResult(1, stats()), BulkResult(2, stats())])
    sim_3 = csv_of([BulkResult(3, stats())], header=False)
    first_row = sim_3.index(b"\n") + 1
    target = tmp_path / "out.csv"
    # SIM 3's first row made it, its second one only in part: all of SIM 3 goes
    target.write_bytes(whole + sim_3[: first_row + 10])
    assert read_csv_done_ids(target) == {1, 2}
    assert trim_partial_csv(target) == first_row + 10
    assert target.read_bytes() == whole
    assert trim_partial_csv(target) == 0
    assert read_csv_done_ids(target) == {1, 2}


def test_resume_csv_trims_and_reads_in_one_call(tmp_path: Path) -> None:
    """What the CLI calls: the trim and the done ids of the trimmed file, as the two
    functions give them one after the other."""
    whole = csv_of([BulkResult(1, stats()), BulkResult(2, stats())])
    sim_3 = csv_of([BulkResult(3, stats())], header=False)
    target = tmp_path / "out.csv"
    target.write_bytes(whole + sim_3[: sim_3.index(b"\n") + 10])
    assert resume_csv(target) == {1, 2}
    assert target.read_bytes() == whole
    assert resume_csv(target) == {1, 2}
    assert resume_csv(tmp_path / "missing.csv") == set()
    (tmp_path / "other.csv").write_bytes(b"a,b\r\n1,2\r\n")
    with pytest.raises(SinkError, match=SAME_COMMAND):
        resume_csv(tmp_path / "other.csv")


def test_a_write_cut_in_its_first_line_drops_the_last_whole_run_too(tmp_path: Path) -> None:
    # the cut write may have been the rest of SIM 2's rows: SIM 2 is fetched again
    kept = csv_of([BulkResult(1, stats())])
    sim_2 = csv_of([BulkResult(2, stats())], header=False)
    target = tmp_path / "out.csv"
    target.write_bytes(kept + sim_2 + b"3,current_mo")
    assert read_csv_done_ids(target) == {1}
    assert trim_partial_csv(target) == len(sim_2) + len(b"3,current_mo")
    assert target.read_bytes() == kept


@pytest.mark.parametrize(
    "tail",
    [
        b'4,,,,,,,,,,,,,"NotFoundError: one\n',  # ends inside a quoted field, with a newline
        b'4,,,,,,,,,,,,,"NotFoundError: \xc3',  # inside a UTF-8 sequence
        b"4,,,,,,,,,,,,,\r",  # all but the newline
    ],
)
def test_other_cuts_are_cut_short_too(tmp_path: Path, tail: bytes) -> None:
    kept = csv_of([BulkResult(1, stats()), BulkResult(2, stats())])
    target = tmp_path / "out.csv"
    target.write_bytes(kept + tail)
    sim_2 = csv_of([BulkResult(2, stats())], header=False)
    assert read_csv_done_ids(target) == {1}
    assert trim_partial_csv(target) == len(sim_2) + len(tail)
    assert target.read_bytes() == kept[: len(kept) - len(sim_2)]


def test_a_partial_header_empties_the_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(b"sim_id,period,traf")
    assert read_csv_done_ids(target) == set()
    assert trim_partial_csv(target) == len(b"sim_id,period,traf")
    assert target.read_bytes() == b""
    # the header without its newline is still only part of it
    target.write_bytes(header()[:-1])
    assert trim_partial_csv(target) == len(header()) - 1
    # a header and a partial first row: the header stays
    target.write_bytes(header() + b"1,curr")
    assert trim_partial_csv(target) == len(b"1,curr")
    assert target.read_bytes() == header()


def test_an_empty_or_missing_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    assert read_csv_done_ids(target) == set()
    assert trim_partial_csv(target) == 0
    assert not target.exists()
    target.write_bytes(b"")
    assert read_csv_done_ids(target) == set()
    assert trim_partial_csv(target) == 0
    target.write_bytes(header())
    assert read_csv_done_ids(target) == set()
    assert trim_partial_csv(target) == 0


@pytest.mark.parametrize(
    "content",
    [
        b'{"sim_id": 1, "error": null}\n',  # JSONL
        b"sim_id,date,traffic_type,traffic_type_id,volume\r\n1,2024-03-01,data,5,1.0\r\n",
        b"no header at all",  # (without a newline: not a partial header of ours either)
        b"\xff\xfe\x00s\x00i\x00m\x00\n",  # not UTF-8
    ],
)
def test_a_file_of_another_command_is_refused_and_left_alone(
    tmp_path: Path, content: bytes
) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(content)
    for read in (read_csv_done_ids, trim_partial_csv):
        with pytest.raises(SinkError, match=SAME_COMMAND) as caught:
            read(target)
        assert str(target) in str(caught.value)
        assert "\n" not in str(caught.value)
    assert target.read_bytes() == content


def test_rows_of_another_width_are_refused(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(header() + b"1,current_month\r\n" + csv_of([stats()], header=False))
    with pytest.raises(SinkError, match=f":2: 2 fields, not 14: {SAME_COMMAND}"):
        read_csv_done_ids(target)


def test_daily_files_by_sim_and_by_endpoint(tmp_path: Path) -> None:
    def daily(key: str, rows: list[list[Any]]) -> bytes:
        text = io.StringIO(newline="")
        writer = csv.writer(text)
        writer.writerow(_columns("daily", key))
        writer.writerows(rows)
        return text.getvalue().encode()

    day = ["2024-03-01", "data", 5, 1.5, 1.0, 0.5, "MB", "0.25", "EUR", ""]
    endpoints = tmp_path / "endpoints.csv"
    endpoints.write_bytes(
        daily(
            "endpoint_id",
            [[11, *day], [11, *day], [12, *[""] * 9, "NotFoundError: no"], [13, *day]],
        )
        + b"14,2024-03"
    )
    columns = _columns("daily", "endpoint_id")
    assert read_csv_done_ids(endpoints, columns) == {11}  # (13 was the last run before a cut)
    assert trim_partial_csv(endpoints, columns) > 0
    assert read_csv_done_ids(endpoints, columns, include_failed=True) == {11, 12}
    # the same file is no monthly output, nor the daily output of SIMs
    for other in (COLUMNS, _columns("daily", "sim_id")):
        with pytest.raises(SinkError, match=r"holds other columns \(endpoint_id, date, "):
            read_csv_done_ids(endpoints, other)

    sims = tmp_path / "sims.csv"
    sims.write_bytes(daily("sim_id", [[1, *day], [2, *day]]))
    assert read_csv_done_ids(sims, _columns("daily", "sim_id")) == {1, 2}
    with pytest.raises(SinkError, match=SAME_COMMAND):
        read_csv_done_ids(sims)  # (the monthly header)


def test_resume_flow_append_after_trim(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(csv_of([BulkResult(1, stats()), BulkResult(2, stats())]) + b"3,cu")
    trim_partial_csv(target)
    done = read_csv_done_ids(target)
    with target.open("a", encoding="utf-8", newline="") as fh:
        write_csv([BulkResult(i, stats()) for i in (2, 3) if i not in done], fh, header=False)
    assert done == {1}
    rows = list(csv.reader(io.StringIO(target.read_text("utf-8"), newline="")))
    assert rows[0] == list(COLUMNS)
    assert [row[0] for row in rows[1:]] == ["1", "1", "2", "2", "3", "3"]


def test_the_cli_writer_writes_the_header_only_into_an_empty_file(tmp_path: Path) -> None:
    from rich.console import Console

    from emnify.cli._stats import OutputFormat, StatsRun, _Writer

    target = tmp_path / "out.csv"
    target.write_bytes(b"sim_id,per")  # only part of a header
    run = StatsRun(
        sim_ids=[1, 2, 3],
        all_sims=False,
        output_format=OutputFormat.csv,
        out=target,
        resume=True,
        quiet=True,
        top=0,
    )
    writer = _Writer(run, Console(file=io.StringIO()))
    trim_partial_csv(target)  # (after the writer opened the file: the header is still due)
    writer.write(BulkResult(1, stats()))
    writer.write(BulkResult(2, stats()))
    writer.close()
    assert target.read_bytes() == csv_of([BulkResult(1, stats()), BulkResult(2, stats())])

    writer = _Writer(run, Console(file=io.StringIO()))  # appending: never a second header
    writer.write(BulkResult(3, stats()))
    writer.close()
    assert target.read_bytes() == csv_of([BulkResult(i, stats()) for i in (1, 2, 3)])
