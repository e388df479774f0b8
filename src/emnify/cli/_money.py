"""Costs as people read them: at least the cents, and every significant digit after them.

emnify prices data by the kilobyte, so a SIM's monthly cost is often a fraction of a cent
(0.00186 EUR); rounding it to the cent would show 0.00. Tables and summaries show
``format_cost(Decimal("0.00186")) == "0.00186"`` and ``format_cost(Decimal("12.5")) ==
"12.50"``; CSV and JSONL keep the exact decimal as it is (`emnify.stats.export`).
"""

from __future__ import annotations

from decimal import Decimal

__all__ = ["format_cost"]

#: decimals always shown (the cents), even when they are zeros
MIN_DECIMALS = 2


def format_cost(value: Decimal) -> str:
    """`value` with thousands separators, at least two decimals, and no significant digit
    dropped (trailing zeros beyond the cents are)."""
    if not value.is_finite():
        return str(value)
    exponent = value.normalize().as_tuple().exponent
    assert isinstance(exponent, int)  # finite
    decimals = max(MIN_DECIMALS, -exponent)
    return f"{value:,.{decimals}f}"
