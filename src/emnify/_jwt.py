"""Reading the claims of a JWT without verifying it.

The client only needs `exp` (and `iat` when present) to refresh a token before the API starts
rejecting it; the signature is the server's business. Anything that is not a well-formed
three-part token with a JSON object payload yields `None` instead of an exception, so a token
in an unexpected format simply falls back to refresh-on-401.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any


def decode_claims(token: str) -> dict[str, Any] | None:
    """The JSON payload of `token` (a JWT), or `None` when it cannot be decoded."""
    parts = token.split(".")
    if len(parts) != 3 or not parts[1]:
        return None
    payload = parts[1]
    payload += "=" * (-len(payload) % 4)
    try:
        raw = base64.urlsafe_b64decode(payload.encode("ascii"))
        claims = json.loads(raw)
    except (UnicodeError, binascii.Error, ValueError, RecursionError):
        return None
    return claims if isinstance(claims, dict) else None


def numeric_claim(claims: dict[str, Any] | None, name: str) -> float | None:
    """A NumericDate claim (`exp`, `iat`, ...) as a float, or `None` if absent or invalid."""
    if claims is None:
        return None
    value = claims.get(name)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if value != value or value in (float("inf"), float("-inf")):
        return None
    return float(value)
