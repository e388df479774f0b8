"""Exception groups of anyio task groups, for callers that want the one real error."""

from __future__ import annotations

import builtins
import sys
from collections.abc import Sequence

import anyio

if sys.version_info >= (3, 11):
    ExceptionGroupType = builtins.BaseExceptionGroup
else:  # pragma: no cover - anyio depends on the backport before 3.11
    from exceptiongroup import BaseExceptionGroup as ExceptionGroupType  # type: ignore[import-not-found,unused-ignore]

__all__ = ["ExceptionGroupType", "only_error"]


def only_error(exceptions: Sequence[BaseException]) -> BaseException | None:
    """The one exception of a task group's error group (nested groups included) that is not a
    cancellation, if there is exactly one: a worker's ``KeyboardInterrupt``, an input that
    failed, the ``CliError`` of a command. Callers raise it rather than a group of one."""
    cancelled = anyio.get_cancelled_exc_class()
    errors: list[BaseException] = []
    pending = list(exceptions)
    while pending:
        exc = pending.pop()
        if isinstance(exc, ExceptionGroupType):
            pending.extend(exc.exceptions)
        elif not isinstance(exc, cancelled):
            errors.append(exc)
    return errors[0] if len(errors) == 1 else None
