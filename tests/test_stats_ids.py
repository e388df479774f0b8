"""The stats id codec: documented examples, rejection of malformed ids, and round trips."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from emnify.stats import (
    StatsId,
    StatsIdError,
    StatsIdTypeError,
    decode_stats_id,
    encode_stats_id,
)

sim_ids = st.integers(min_value=1, max_value=10**30)
years = st.integers(min_value=1, max_value=9999)
months = st.integers(min_value=1, max_value=12)
types = st.integers(min_value=0, max_value=9)


def test_documented_examples() -> None:
    assert decode_stats_id(1234562024035) == StatsId(
        sim_id=123456, year=2024, month=3, traffic_type_id=5
    )
    assert decode_stats_id("1234562024026") == StatsId(123456, 2024, 2, 6)
    assert encode_stats_id(123456, 2024, 3, 5) == 1234562024035
    assert encode_stats_id(123456, 2024, 2, 6) == 1234562024026


def test_decodes_from_the_right_whatever_the_sim_id_width() -> None:
    assert decode_stats_id(12024015) == StatsId(1, 2024, 1, 5)
    assert decode_stats_id(98765432101999129) == StatsId(9876543210, 1999, 12, 9)
    assert decode_stats_id("12024010") == StatsId(1, 2024, 1, 0)


def test_stats_id_helpers() -> None:
    sid = decode_stats_id(1234562024035)
    assert sid.value == 1234562024035
    assert int(sid) == 1234562024035
    assert sid.month_start.isoformat() == "2024-03-01"


@pytest.mark.parametrize(
    "bad",
    [
        -1234562024035,
        "-1234562024035",
        "",
        " 1234562024035",
        "1234562024035 ",
        "12345620240x5",
        "1234562024.035",
        "+1234562024035",
        "1_234562024035",
        "\u0661\u0662\u0663\u0664\u0665\u0666\u0662\u0660\u0662\u0664\u0660\u0663\u0665",  # Arabic-Indic digits
        "2024035",  # no SIM id
        2024035,
        0,
        "12024005",  # month 00
        "12024135",  # month 13
        12024005,
        12024135,
        "10000035",  # year 0000
        "01234562024035",  # SIM id with a leading zero
        "00000002024035",
    ],
)
def test_rejects_malformed(bad: object) -> None:
    with pytest.raises(StatsIdError) as info:
        decode_stats_id(bad)  # type: ignore[arg-type]
    assert repr(bad) in str(info.value)
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("bad", [True, False, None, 1234562024035.0, b"1234562024035", [1], 1.5])
def test_rejects_wrong_types_as_value_and_type_error(bad: object) -> None:
    with pytest.raises(StatsIdTypeError) as info:
        decode_stats_id(bad)  # type: ignore[arg-type]
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, TypeError)
    assert repr(bad) in str(info.value)


def test_huge_int_does_not_crash_the_message() -> None:
    with pytest.raises(StatsIdError):
        decode_stats_id(10**5000)  # decodes to year 0000
    with pytest.raises(StatsIdError):
        decode_stats_id(-(10**5000))


@pytest.mark.parametrize(
    "args",
    [
        (0, 2024, 3, 5),
        (-5, 2024, 3, 5),
        (1, 0, 3, 5),
        (1, 10000, 3, 5),
        (1, 2024, 0, 5),
        (1, 2024, 13, 5),
        (1, 2024, 3, 10),
        (1, 2024, 3, -1),
    ],
)
def test_encode_rejects_out_of_range(args: tuple[int, int, int, int]) -> None:
    with pytest.raises(StatsIdError):
        encode_stats_id(*args)


@pytest.mark.parametrize(
    "args",
    [
        (True, 2024, 3, 5),
        ("1", 2024, 3, 5),
        (1, 2024.0, 3, 5),
        (1, 2024, None, 5),
        (1, 2024, 3, False),
    ],
)
def test_encode_rejects_wrong_types(args: tuple[object, ...]) -> None:
    with pytest.raises(StatsIdTypeError):
        encode_stats_id(*args)  # type: ignore[arg-type]


@given(sim_ids, years, months, types)
def test_round_trip_from_parts(sim_id: int, year: int, month: int, traffic: int) -> None:
    encoded = encode_stats_id(sim_id, year, month, traffic)
    # independent construction of the expected digits
    assert str(encoded) == str(sim_id) + str(year).zfill(4) + str(month).zfill(2) + str(traffic)
    assert decode_stats_id(encoded) == StatsId(sim_id, year, month, traffic)
    assert decode_stats_id(str(encoded)) == StatsId(sim_id, year, month, traffic)


@given(st.integers(min_value=0, max_value=10**25))
def test_round_trip_from_ints(value: int) -> None:
    try:
        sid = decode_stats_id(value)
    except StatsIdError:
        digits = str(value)
        month = int(digits[-3:-1]) if len(digits) >= 3 else 0
        year = int(digits[-7:-3]) if len(digits) >= 7 else 0
        assert len(digits) < 8 or not 1 <= month <= 12 or year == 0
    else:
        assert encode_stats_id(sid.sim_id, sid.year, sid.month, sid.traffic_type_id) == value


@given(st.text(alphabet="0123456789", min_size=0, max_size=30))
def test_digit_strings_decode_iff_well_formed(text: str) -> None:
    well_formed = (
        len(text) >= 8 and text[0] != "0" and 1 <= int(text[-3:-1]) <= 12 and int(text[-7:-3]) != 0
    )
    if well_formed:
        assert str(decode_stats_id(text).value) == text
    else:
        with pytest.raises(StatsIdError):
            decode_stats_id(text)
