"""Numbers the live API sends as strings (generated from emnify-async's template).

emnify sends some numeric fields as strings (an SMS's `retry_count`, an operator country's
`mcc` "412" and `latitude` "33.000000"). A model field typed as a number holds the number when
the string reads as one, and the value as it came otherwise: an answer never fails on it.
"""

from __future__ import annotations

import math


def number_as_int(data: object) -> object:
    """`data`, or the int a numeric string stands for ("412", "7.0")."""
    if isinstance(data, str):
        try:
            return int(data)
        except ValueError:
            value = number_as_float(data)
            if isinstance(value, float) and value.is_integer():
                return int(value)
    return data


def number_as_float(data: object) -> object:
    """`data`, or the float a numeric string stands for ("33.000000")."""
    if isinstance(data, str):
        try:
            value = float(data)
        except ValueError:
            return data
        if math.isfinite(value):
            return value
    return data
