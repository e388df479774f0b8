"""Argument checks shared by the facade's entry points (all raise `ConfigurationError`)."""

from __future__ import annotations

from .errors import ConfigurationError


def check_int(name: str, value: object, *, minimum: int, hint: str = "") -> None:
    """Raise `ConfigurationError` unless `value` is an int (not a bool) >= `minimum`.

    `hint` is appended to the message, e.g. "(or None for the API default)".
    """
    suffix = f" {hint}" if hint else ""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigurationError(f"{name} must be an int >= {minimum}{suffix}, not {value!r}")
    if value < minimum:
        raise ConfigurationError(f"{name} must be >= {minimum}{suffix}, got {value}")


def check_number(name: str, value: object, *, unit: str = "") -> float:
    """`value` if it is an int or float (not a bool); else raise `ConfigurationError`.

    `unit` names what the number counts, e.g. "seconds"; range checks are the caller's.
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        what = f"a number of {unit}" if unit else "a number"
        raise ConfigurationError(f"{name} must be {what}, not {value!r}")
    return value


#: The most digits an emnify id may have. Ids are 64-bit integers (at most 19 digits); one more
#: leaves room without letting a 4,300-digit int through to int()/str() conversions that raise.
MAX_ID_DIGITS = 20
_MAX_ID = 10**MAX_ID_DIGITS - 1


def resource_id(value: object, name: str = "sim_id") -> int:
    """`value` as an emnify resource id (SIM, endpoint, ...): a positive int, or a string of
    ASCII digits (surrounding whitespace ignored), of at most `MAX_ID_DIGITS` digits.

    The one id check of the client, bulk runs and the CLI; raises `ConfigurationError` saying
    what was wrong (the value is shown only when it is short).
    """
    if type(value) is int or (isinstance(value, int) and not isinstance(value, bool)):
        if 0 < value <= _MAX_ID:
            return int(value)
    elif isinstance(value, str):
        text = value.strip()
        if text.isascii() and text.isdigit() and len(text) <= MAX_ID_DIGITS:
            number = int(text)
            if number > 0:
                return number
    raise ConfigurationError(
        f"{name} must be a positive whole number of at most {MAX_ID_DIGITS} digits "
        f"(an int or a string of digits), not {_show(value)}"
    )


def _show(value: object) -> str:
    if isinstance(value, str):
        return repr(value) if len(value) <= 40 else f"a {len(value)}-character string"
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > _MAX_ID:
        return "an int that long"
    try:
        text = repr(value)
    except Exception:  # a hostile __repr__
        return f"a {type(value).__name__}"
    return text if len(text) <= 40 else f"a {type(value).__name__}"
