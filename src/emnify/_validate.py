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
