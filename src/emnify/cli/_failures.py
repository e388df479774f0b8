"""The last resort of `emnify.cli.main`: any exception the command did not expect is still
one line on stderr, never a traceback.

An extra that is not installed (``emnify demo`` with the ``cli`` extra only: no starlette)
is named with the command that installs it. For anything else the line names the exception;
its traceback goes to the log (``--log-level debug``).
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence

from emnify._extras import missing_extra_message

logger = logging.getLogger("emnify.cli")

#: the exit status of both: a failure, not bad usage
FAILURE = 1


def describe_failure(
    exc: Exception, args: Sequence[str], commands: Collection[str]
) -> tuple[str, int]:
    """The one line (without the ``emnify: error:`` prefix) and exit status for `exc`."""
    command = next((arg for arg in args if arg in commands), None)
    what = f"'emnify {command}'" if command else "this command"
    if isinstance(exc, ImportError):
        message = missing_extra_message(exc, what=what)
        if message is not None:
            return message, FAILURE
    logger.debug("unexpected failure of %s", what, exc_info=exc)
    return (
        f"{type(exc).__name__}: {exc} (unexpected: '--log-level debug' shows where it happened)",
        FAILURE,
    )
