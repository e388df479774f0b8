"""Which credentials `emnify stats` uses: an application token (``--application-token`` or
``EMNIFY_APPLICATION_TOKEN``), or user credentials from ``EMNIFY_USERNAME`` and
``EMNIFY_PASSWORD`` (environment only: a password on the command line would show in the
process list and the shell's history).

An account with multi-factor authentication is asked for its 6-digit code on the terminal
(click's prompt, on stderr, so stdout keeps only results). Without a terminal on stdin (a
pipe, ``--ids-file -``, cron) there is nobody to ask: the run stops with one line saying so.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import Any

import anyio.to_thread
import click

from ._stats import CliError

__all__ = ["client_credentials", "prompt_mfa_code"]

USERNAME = "EMNIFY_USERNAME"
PASSWORD = "EMNIFY_PASSWORD"


def client_credentials(
    application_token: str | None, env: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """The credential arguments of `EmnifyClient`; `click.UsageError` when there are none,
    half of a pair, or two kinds at once."""
    source = os.environ if env is None else env
    username = source.get(USERNAME) or None
    password = source.get(PASSWORD) or None
    if application_token and (username or password):
        raise click.UsageError(
            f"two kinds of credentials: use an application token or {USERNAME} and "
            f"{PASSWORD}, not both"
        )
    if application_token:
        return {"application_token": application_token}
    if username and password:
        return {"username": username, "password": password, "mfa_callback": prompt_mfa_code}
    if username or password:
        missing = PASSWORD if username else USERNAME
        raise click.UsageError(
            f"user credentials need both {USERNAME} and {PASSWORD}: {missing} is not set"
        )
    raise click.UsageError(
        "no credentials: pass --application-token or set EMNIFY_APPLICATION_TOKEN "
        f"(or {USERNAME} and {PASSWORD})"
    )


async def prompt_mfa_code() -> str:
    """Ask the terminal for the account's multi-factor code (the client calls this when the
    API asks for one). The prompt waits in a worker thread that a Ctrl-C abandons."""
    if not sys.stdin.isatty():
        raise CliError(
            "this account asks for a multi-factor code and stdin is not a terminal to type it "
            "on: run emnify on a terminal, or use an application token"
        )
    return await anyio.to_thread.run_sync(_ask, abandon_on_cancel=True)


def _ask() -> str:
    code: str = click.prompt("emnify: multi-factor code", err=True, type=str)
    return code.strip()
