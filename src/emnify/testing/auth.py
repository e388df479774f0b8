"""Credentials, JSON Web Tokens and account lockout for the simulator.

Tokens are real JWTs (``base64url(header).base64url(payload).base64url(signature)``, HS256
with a per-simulator secret), so a client can decode ``exp`` the way it would for the live API.
Time comes from an injectable ``timer`` returning seconds since the epoch.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

__all__ = [
    "AuthOutcome",
    "AuthResult",
    "Authenticator",
    "TokenCheck",
    "TokenStatus",
    "b64url_decode",
    "b64url_encode",
    "sha1_hex",
]


def b64url_encode(raw: bytes) -> str:
    """Unpadded base64url, as used in JWTs."""
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    """Decode unpadded base64url; raises ``ValueError`` on bad input."""
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise ValueError("invalid base64url") from exc


def sha1_hex(password: str) -> str:
    """The SHA-1 hex digest emnify expects in place of a user's password."""
    return hashlib.sha1(password.encode("utf-8")).hexdigest()


_HEADER = b64url_encode(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())


class TokenStatus(Enum):
    """Why a bearer token was accepted or rejected."""

    VALID = "valid"
    MALFORMED = "malformed"
    """Not a JWT at all: rejected by the gateway with a ``{"message": ...}`` body."""
    INVALID = "invalid"
    """A well-formed JWT with a bad signature or of the wrong kind: 401 error 1102."""
    EXPIRED = "expired"
    """Correctly signed but past ``exp``: 401 error 1103."""


@dataclass(frozen=True)
class TokenCheck:
    """The result of checking a bearer token."""

    status: TokenStatus
    claims: Mapping[str, Any] | None = None


class AuthOutcome(Enum):
    """What ``POST /api/v1/authenticate`` answered."""

    TOKENS = "tokens"
    MFA_REQUIRED = "mfa_required"
    BAD_REQUEST = "bad_request"
    INVALID_CREDENTIALS = "invalid_credentials"
    INVALID_TOKEN = "invalid_token"
    EXPIRED_TOKEN = "expired_token"
    LOCKED = "locked"


@dataclass(frozen=True)
class AuthResult:
    """Outcome plus the response body fields (or an error message) for an authenticate call."""

    outcome: AuthOutcome
    body: Mapping[str, str]
    message: str = ""

    @property
    def failed(self) -> bool:
        """True for every answer that is not a token or an MFA challenge."""
        return self.outcome not in (AuthOutcome.TOKENS, AuthOutcome.MFA_REQUIRED)


@dataclass
class _Lock:
    failures: int = 0
    locked_until: float = 0.0


@dataclass(frozen=True)
class _Challenge:
    username: str
    expires: float


class Authenticator:
    """Issues and checks tokens, and tracks failed logins per account.

    An *account* is a username (plain or MFA user). Three failed attempts in a row (wrong
    password, wrong MFA code) lock it for ``lockout_seconds``; while locked even the right
    password is refused. A success resets the count. Application tokens have no account, so an
    unknown application token is simply refused.
    """

    MFA_TOKEN_TTL = 300.0
    TRUSTED_DEVICE_TTL = 90 * 24 * 3600.0

    def __init__(
        self,
        *,
        application_tokens: tuple[str, ...],
        users: Mapping[str, str],
        mfa_users: Mapping[str, tuple[str, str]],
        token_ttl: float,
        refresh_token_ttl: float,
        lockout_threshold: int,
        lockout_seconds: float,
        organisation_id: int,
        timer: Callable[[], float],
        secret: bytes | None = None,
    ) -> None:
        self._app_tokens = {token: index for index, token in enumerate(application_tokens, 1)}
        self._passwords = {name: sha1_hex(pw) for name, pw in users.items()}
        self._mfa: dict[str, tuple[str, str]] = {
            name: (sha1_hex(pw), code) for name, (pw, code) in mfa_users.items()
        }
        self.token_ttl = token_ttl
        self.refresh_token_ttl = refresh_token_ttl
        self.lockout_threshold = lockout_threshold
        self.lockout_seconds = lockout_seconds
        self.organisation_id = organisation_id
        self._timer = timer
        self._secret = secret if secret is not None else secrets.token_bytes(32)
        self._locks: dict[str, _Lock] = {}
        self._challenges: dict[str, _Challenge] = {}
        self._trusted: dict[tuple[str, str], float] = {}
        self._verified: dict[str, Mapping[str, Any]] = {}

    # -- tokens ---------------------------------------------------------------------------------

    def _sign(self, signing_input: str) -> str:
        digest = hmac.new(self._secret, signing_input.encode("ascii"), hashlib.sha256).digest()
        return b64url_encode(digest)

    def _encode(self, claims: Mapping[str, Any]) -> str:
        payload = b64url_encode(json.dumps(claims, separators=(",", ":")).encode())
        signing_input = f"{_HEADER}.{payload}"
        return f"{signing_input}.{self._sign(signing_input)}"

    def issue(
        self,
        subject: str,
        *,
        kind: str = "auth",
        ttl: float | None = None,
        organisation_id: int | None = None,
    ) -> str:
        """Mint a signed token for ``subject``; ``kind`` is ``"auth"`` or ``"refresh"``."""
        now = self._timer()
        lifetime = (
            ttl if ttl is not None else self.token_ttl if kind == "auth" else self.refresh_token_ttl
        )
        exp: float = round(now + lifetime, 3)
        claims: dict[str, Any] = {
            "sub": subject,
            "iat": int(now),
            "exp": int(exp) if float(exp).is_integer() else exp,
            "jti": secrets.token_hex(8),
            "esc.org": self.organisation_id if organisation_id is None else organisation_id,
            "typ": kind,
        }
        return self._encode(claims)

    def decode(self, token: str) -> TokenCheck:
        """Check signature, structure and expiry of a token without caring about its kind."""
        claims = self._verified.get(token)
        if claims is None:
            parts = token.split(".")
            if len(parts) != 3 or not all(parts):
                return TokenCheck(TokenStatus.MALFORMED)
            try:
                header = json.loads(b64url_decode(parts[0]))
                payload = json.loads(b64url_decode(parts[1]))
                b64url_decode(parts[2])
            except ValueError:
                return TokenCheck(TokenStatus.MALFORMED)
            if not isinstance(header, dict) or not isinstance(payload, dict):
                return TokenCheck(TokenStatus.MALFORMED)
            expected = self._sign(f"{parts[0]}.{parts[1]}")
            if header.get("alg") != "HS256" or not hmac.compare_digest(expected, parts[2]):
                return TokenCheck(TokenStatus.INVALID, payload)
            exp = payload.get("exp")
            if not isinstance(exp, (int, float)):
                return TokenCheck(TokenStatus.INVALID, payload)
            claims = payload
            if len(self._verified) > 50_000:
                self._verified.clear()
            self._verified[token] = claims
        if claims["exp"] <= self._timer():
            return TokenCheck(TokenStatus.EXPIRED, claims)
        return TokenCheck(TokenStatus.VALID, claims)

    def check_bearer(self, authorization: str | None) -> TokenCheck:
        """Check an ``Authorization`` header value as the API does before any route."""
        if not authorization:
            return TokenCheck(TokenStatus.MALFORMED)
        scheme, _, token = authorization.strip().partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return TokenCheck(TokenStatus.MALFORMED)
        check = self.decode(token.strip())
        if check.status is TokenStatus.VALID and check.claims is not None:
            if check.claims.get("typ") != "auth":
                return TokenCheck(TokenStatus.INVALID, check.claims)
        return check

    # -- authenticate ---------------------------------------------------------------------------

    def authenticate(self, body: object) -> AuthResult:
        """Answer one ``POST /api/v1/authenticate`` body."""
        if not isinstance(body, dict):
            return AuthResult(AuthOutcome.BAD_REQUEST, {}, "request body must be a JSON object")
        if "application_token" in body:
            return self._by_application_token(body["application_token"])
        if "refresh_token" in body:
            return self._by_refresh_token(body["refresh_token"])
        if "mfa_token" in body:
            return self._by_mfa(body)
        if "username" in body and "password" in body:
            return self._by_password(body)
        return AuthResult(
            AuthOutcome.BAD_REQUEST,
            {},
            "expected application_token, username and password, refresh_token or mfa_token",
        )

    def _tokens_for_user(self, username: str) -> AuthResult:
        return AuthResult(
            AuthOutcome.TOKENS,
            {
                "auth_token": self.issue(username),
                "refresh_token": self.issue(username, kind="refresh"),
            },
        )

    def _by_application_token(self, token: object) -> AuthResult:
        index = self._app_tokens.get(token) if isinstance(token, str) else None
        if index is None:
            return AuthResult(AuthOutcome.INVALID_CREDENTIALS, {}, "Invalid application token")
        return AuthResult(AuthOutcome.TOKENS, {"auth_token": self.issue(f"application:{index}")})

    def _by_refresh_token(self, token: object) -> AuthResult:
        if not isinstance(token, str):
            return AuthResult(AuthOutcome.BAD_REQUEST, {}, "refresh_token must be a string")
        check = self.decode(token)
        if check.status is TokenStatus.EXPIRED:
            return AuthResult(AuthOutcome.EXPIRED_TOKEN, {}, "Refresh token has expired")
        claims = check.claims
        if check.status is not TokenStatus.VALID or claims is None or claims["typ"] != "refresh":
            return AuthResult(AuthOutcome.INVALID_TOKEN, {}, "Invalid refresh token")
        return AuthResult(AuthOutcome.TOKENS, {"auth_token": self.issue(str(claims["sub"]))})

    def _is_locked(self, username: str) -> bool:
        lock = self._locks.get(username)
        if lock is None:
            return False
        if lock.locked_until and lock.locked_until <= self._timer():
            del self._locks[username]
            return False
        return lock.locked_until > 0

    def _fail(self, username: str, message: str) -> AuthResult:
        lock = self._locks.setdefault(username, _Lock())
        lock.failures += 1
        if lock.failures >= self.lockout_threshold:
            lock.locked_until = self._timer() + self.lockout_seconds
        return AuthResult(AuthOutcome.INVALID_CREDENTIALS, {}, message)

    def _locked(self) -> AuthResult:
        return AuthResult(
            AuthOutcome.LOCKED,
            {},
            "Too many failed login attempts; the account is locked for a while",
        )

    def is_locked(self, username: str) -> bool:
        """Whether an account is currently locked out."""
        return self._is_locked(username)

    def _by_password(self, body: Mapping[str, object]) -> AuthResult:
        username, password = body["username"], body["password"]
        if not isinstance(username, str) or not isinstance(password, str):
            return AuthResult(AuthOutcome.BAD_REQUEST, {}, "username and password must be strings")
        if self._is_locked(username):
            return self._locked()
        digest = password.lower()
        if username in self._passwords:
            if not hmac.compare_digest(self._passwords[username], digest):
                return self._fail(username, "Invalid username or password")
            self._locks.pop(username, None)
            return self._tokens_for_user(username)
        if username in self._mfa:
            expected, _code = self._mfa[username]
            if not hmac.compare_digest(expected, digest):
                return self._fail(username, "Invalid username or password")
            self._locks.pop(username, None)
            fingerprint = body.get("fingerprint")
            if isinstance(fingerprint, str):
                until = self._trusted.get((username, fingerprint), 0.0)
                if until > self._timer():
                    return self._tokens_for_user(username)
            mfa_token = secrets.token_urlsafe(24)
            self._challenges[mfa_token] = _Challenge(username, self._timer() + self.MFA_TOKEN_TTL)
            return AuthResult(AuthOutcome.MFA_REQUIRED, {"mfa_token": mfa_token})
        # Unknown users are not locked (there is no account), but the call still failed.
        return AuthResult(AuthOutcome.INVALID_CREDENTIALS, {}, "Invalid username or password")

    def _by_mfa(self, body: Mapping[str, object]) -> AuthResult:
        mfa_token, code = body.get("mfa_token"), body.get("code")
        if not isinstance(mfa_token, str) or not isinstance(code, str):
            return AuthResult(AuthOutcome.BAD_REQUEST, {}, "mfa_token and code must be strings")
        challenge = self._challenges.get(mfa_token)
        if challenge is None or challenge.expires <= self._timer():
            self._challenges.pop(mfa_token, None)
            return AuthResult(AuthOutcome.INVALID_TOKEN, {}, "Invalid or expired mfa_token")
        username = challenge.username
        if self._is_locked(username):
            return self._locked()
        _digest, expected_code = self._mfa[username]
        if not hmac.compare_digest(expected_code, code):
            return self._fail(username, "Invalid one-time password")
        del self._challenges[mfa_token]
        self._locks.pop(username, None)
        device = body.get("trusted_device")
        if isinstance(device, dict) and isinstance(device.get("fingerprint"), str):
            expires = self._timer() + self.TRUSTED_DEVICE_TTL
            self._trusted[(username, device["fingerprint"])] = expires
        return self._tokens_for_user(username)

    def reset(self) -> None:
        """Forget lockouts, pending MFA challenges and trusted devices."""
        self._locks.clear()
        self._challenges.clear()
        self._trusted.clear()
