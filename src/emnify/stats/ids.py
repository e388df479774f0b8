"""Codec for the composite ``id`` emnify puts on every monthly usage record.

The id is the decimal concatenation ``<sim id><yyyy><mm><t>``: the SIM (or endpoint) id with no
fixed width, a four-digit year, a two-digit month and a one-digit traffic type id. Because only
the SIM id varies in width, decoding works from the right.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

__all__ = ["StatsId", "StatsIdError", "StatsIdTypeError", "decode_stats_id", "encode_stats_id"]

#: the fixed-width tail: 4 (year) + 2 (month) + 1 (traffic type) digits
_TAIL = 7


class StatsIdError(ValueError):
    """Raised when a value is not a well-formed stats id (or not valid id components).

    Every rejection is a ``ValueError``, including a value of the wrong type, so one
    ``except ValueError`` covers all of them; the message names the offending input by ``repr``.
    """


class StatsIdTypeError(StatsIdError, TypeError):
    """A :class:`StatsIdError` for inputs of the wrong type (for example ``None``, ``True`` or
    ``1.5``). It is also a ``TypeError`` so code that expects the usual Python convention for
    type mistakes still catches it."""


@dataclass(frozen=True, slots=True)
class StatsId:
    """The four parts of a decoded stats id.

    ``int(stats_id)`` (or :attr:`value`) gives back the encoded integer.
    """

    sim_id: int
    year: int
    month: int
    traffic_type_id: int

    @property
    def value(self) -> int:
        """The encoded integer form, e.g. ``1234562024035``."""
        return encode_stats_id(self.sim_id, self.year, self.month, self.traffic_type_id)

    @property
    def month_start(self) -> date:
        """The first day of the month the record covers."""
        return date(self.year, self.month, 1)

    def __int__(self) -> int:
        return self.value


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def decode_stats_id(value: int | str) -> StatsId:
    """Split a stats id into SIM id, year, month and traffic type id.

    Accepts a non-negative ``int`` or a string of ASCII digits (no sign, no whitespace). The last
    digit is the traffic type id (any digit, 5 = data and 6 = SMS in practice), the two before it
    the month (01-12), the four before those the year (0001-9999), and everything left of that
    is the SIM id, which must be at least one digit, positive and written without leading zeros.

    Raises :class:`StatsIdError` (a ``ValueError``) for anything else; for a value of the wrong
    type (including ``bool``) the exception is :class:`StatsIdTypeError`, which is both a
    ``ValueError`` and a ``TypeError``.
    """
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise StatsIdTypeError(
            f"not a stats id: {_show(value)} is a {type(value).__name__}, expected int or digit string"
        )
    if isinstance(value, int):
        if value < 0:
            raise StatsIdError(f"not a stats id: {_show(value)} is negative")
        if value < 10**_TAIL:
            raise _too_short(value)
        rest, traffic_type_id = divmod(value, 10)
        rest, month = divmod(rest, 100)
        sim_id, year = divmod(rest, 10_000)
        return _checked(value, sim_id, year, month, traffic_type_id)
    if not (value.isascii() and value.isdigit()):
        raise StatsIdError(f"not a stats id: {_show(value)} is not a string of decimal digits")
    if len(value) <= _TAIL:
        raise _too_short(value)
    if value[0] == "0":
        raise StatsIdError(f"not a stats id: {_show(value)} has a SIM id part with a leading zero")
    try:
        sim_id = int(value[:-_TAIL])
    except ValueError:  # beyond the interpreter's int-from-string digit limit
        raise StatsIdError(f"not a stats id: {_show(value[:20])}... is far too long") from None
    return _checked(value, sim_id, int(value[-7:-3]), int(value[-3:-1]), int(value[-1]))


def _show(value: object) -> str:
    """``repr`` that survives ints beyond the interpreter's int-to-string digit limit."""
    try:
        return repr(value)
    except ValueError:
        return f"<int of {value.bit_length()} bits>" if isinstance(value, int) else "<unprintable>"


def _too_short(value: object) -> StatsIdError:
    return StatsIdError(
        f"not a stats id: {_show(value)} is too short (needs more than {_TAIL} digits: "
        "SIM id, 4-digit year, 2-digit month, 1-digit traffic type)"
    )


def _checked(value: object, sim_id: int, year: int, month: int, traffic_type_id: int) -> StatsId:
    if year == 0:
        raise StatsIdError(f"not a stats id: {_show(value)} has year 0000")
    if not 1 <= month <= 12:
        raise StatsIdError(f"not a stats id: {_show(value)} has month {month:02d}")
    return StatsId(sim_id, year, month, traffic_type_id)


def encode_stats_id(sim_id: int, year: int, month: int, traffic_type_id: int) -> int:
    """Build the stats id for a SIM, month and traffic type; the inverse of
    :func:`decode_stats_id`.

    ``sim_id`` must be a positive int, ``year`` 1-9999, ``month`` 1-12 and ``traffic_type_id``
    a single digit 0-9 (wider values could not be decoded back). Violations raise
    :class:`StatsIdError`; non-int arguments (``bool`` included) raise :class:`StatsIdTypeError`.
    """
    args = (
        ("sim_id", sim_id),
        ("year", year),
        ("month", month),
        ("traffic_type_id", traffic_type_id),
    )
    for name, arg in args:
        if not _is_int(arg):
            raise StatsIdTypeError(f"{name} must be an int, got {_show(arg)}")
    if sim_id < 1:
        raise StatsIdError(f"sim_id must be positive, got {_show(sim_id)}")
    if not 1 <= year <= 9999:
        raise StatsIdError(f"year must be within 1-9999, got {_show(year)}")
    if not 1 <= month <= 12:
        raise StatsIdError(f"month must be within 1-12, got {_show(month)}")
    if not 0 <= traffic_type_id <= 9:
        raise StatsIdError(
            f"traffic_type_id must be a single digit 0-9, got {_show(traffic_type_id)}"
        )
    return ((sim_id * 10_000 + year) * 100 + month) * 10 + traffic_type_id
