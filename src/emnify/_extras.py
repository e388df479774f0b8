"""The optional extras of emnify-async, and the one line that names the one missing.

The core (`emnify`, `emnify_generated`) needs none of them. ``cli`` brings click and rich for
the ``emnify`` command, ``sim`` starlette and uvicorn for the simulator (`emnify.testing`, and
so ``emnify simulate`` and ``emnify demo``), ``otel`` the OpenTelemetry API for
`emnify.otel`. This module imports nothing beyond the standard library, so the console
script can use it before it knows whether click is there.
"""

from __future__ import annotations

__all__ = ["EXTRAS", "extra_of", "install_command", "missing_extra_message"]

#: extra -> the top-level modules it installs (those whose absence means the extra is missing)
EXTRAS: dict[str, tuple[str, ...]] = {
    "cli": ("click", "rich"),
    "sim": ("starlette", "uvicorn"),
    "otel": ("opentelemetry",),
}

DISTRIBUTION = "emnify-async"


def extra_of(module: str | None) -> str | None:
    """The extra that installs `module` (a dotted name is taken by its top level), or None."""
    if not module:
        return None
    top = module.partition(".")[0]
    for extra, modules in EXTRAS.items():
        if top in modules:
            return extra
    return None


def install_command(*extras: str) -> str:
    """``pip install 'emnify-async[cli,sim]'`` for the given extras (in the order given)."""
    return f"pip install '{DISTRIBUTION}[{','.join(extras)}]'"


def missing_extra_message(exc: ImportError, *, what: str, with_cli: bool = True) -> str | None:
    """The one line for an import that failed because an extra is not installed, or None
    when the missing module belongs to no extra (a real bug, not an install problem).

    `what` names what needed it ("the emnify command", "emnify demo"); `with_cli` adds the
    ``cli`` extra to the install command (a CLI user needs both).
    """
    if not isinstance(exc, ModuleNotFoundError):
        return None
    extra = extra_of(exc.name)
    if extra is None:
        return None
    extras = (extra,) if extra == "cli" or not with_cli else ("cli", extra)
    return (
        f"{what} needs the '{extra}' extra (module {exc.name!r} is not installed): "
        f"{install_command(*extras)}"
    )
