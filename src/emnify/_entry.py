"""The ``emnify`` console script and ``python -m emnify``: the CLI, guarded against a missing
``cli`` extra.

`emnify.cli` imports click and rich when it is imported; they come with the ``cli`` extra,
which a plain ``pip install emnify-async`` does not install. This entry point imports the
CLI only inside a guard, so that without the extra every invocation (``emnify --help``
included) prints one line naming the extra and exits with status 1, instead of a
``ModuleNotFoundError`` traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import NoReturn

from emnify._extras import missing_extra_message

#: exit status when an extra the command needs is not installed (a failure, not bad usage)
MISSING_EXTRA = 1


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """Run the ``emnify`` command, or say which extra it needs."""
    try:
        from emnify.cli import main as cli_main
    except ImportError as exc:
        exit_for_missing_extra(exc)
        raise
    cli_main(argv)


def exit_for_missing_extra(exc: ImportError) -> None:
    """If `exc` is the import of an extra's package failing, print one line naming the extra
    and exit with `MISSING_EXTRA`; otherwise return (the caller re-raises)."""
    message = missing_extra_message(exc, what="the emnify command")
    if message is None:
        return
    print(f"emnify: error: {message}", file=sys.stderr)
    raise SystemExit(MISSING_EXTRA) from None
