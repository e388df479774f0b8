"""The simulator's settings on a command line, declared once.

Every :class:`~emnify.testing.SimulatorConfig` field a command line can set (and every field of
its :class:`~emnify.testing.FaultConfig`) carries an :class:`Option` in its metadata: the flag,
the help text, the parser of the option's text and the formatter back to text. From those
declarations come

* the options of ``python -m emnify.testing`` (:func:`add_arguments`, argparse),
* the options of ``emnify simulate`` (``emnify.cli._simulate``, click),
* a config from the parsed options of either (:func:`from_args`), and
* the options that make a child process serve a given config (:func:`to_args`),

so a new setting is one field with one declaration, and the command lines cannot drift apart
from the config or from each other (tested).

The parsers are plain functions that raise ``ValueError``, not argparse or click types: both
command lines share them, and the simulator runs without click (the ``sim`` extra does not
install it). Only ``int``, ``float``, ``str`` and choices become each library's own type, so
that their familiar error messages stay as they were.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable, Mapping
from dataclasses import MISSING, Field, dataclass, fields, replace
from datetime import datetime
from typing import Any, TypeVar

from .clock import PinnedClock
from .ratelimit import BucketLimit

__all__ = [
    "Declared",
    "Option",
    "add_arguments",
    "declared",
    "from_args",
    "option",
    "to_args",
]

_T = TypeVar("_T")
#: the key of an `Option` in a dataclass field's metadata
_KEY = "emnify.option"


@dataclass(frozen=True)
class Option:
    """How one dataclass field appears on a command line.

    `parse` turns the option's text into the field's value (or, for a repeatable option, into
    one item) and raises ``ValueError`` with a message for the user; `format` is its inverse,
    used to hand a config to a child process, and raises ``ValueError`` for a value a command
    line cannot carry.
    """

    #: e.g. ``"--sims"``; the parsed value's name (its `dest`) follows from it
    flag: str
    help: str
    parse: Callable[[str], Any] = str
    format: Callable[[Any], str] = str
    metavar: str | None = None
    #: the accepted texts, when there are few (checked by argparse and click themselves)
    choices: tuple[str, ...] = ()
    #: a flag without a value that sets the field to ``True`` (its default is ``False``)
    switch: bool = False
    #: repeatable: each occurrence is one item, and ``tuple`` or ``dict`` collects them into the
    #: value (none given: the field's default)
    collect: Callable[[Iterable[Any]], Any] | None = None
    #: may also be given as ``KEY=NUMBER`` inside the ``--faults`` shorthand (KEY: field name)
    in_faults: bool = False
    #: the field holds this dataclass, whose own fields carry the options; the flag, if any, is
    #: then the ``KEY=NUMBER,...`` shorthand over the options marked `in_faults`
    nested: type[Any] | None = None

    @property
    def dest(self) -> str:
        """The name of the parsed value, e.g. ``"first_sim_id"`` for ``"--first-sim-id"``."""
        return self.flag.lstrip("-").replace("-", "_")


def option(flag: str, help: str, **details: Any) -> dict[str, Option]:
    """Field metadata declaring its command-line option: ``field(metadata=option(...))``."""
    return {_KEY: Option(flag, help, **details)}


@dataclass(frozen=True)
class Declared:
    """One declared option as found on a dataclass: its option, field name and default."""

    option: Option
    name: str
    default: Any
    #: the dataclass whose field it is
    owner: type[Any]


def declared(cls: type[Any]) -> tuple[Declared, ...]:
    """The options of dataclass `cls`, those of nested dataclasses included (after the nested
    field's own shorthand option, if it has one), in the order of the fields."""
    found = list(_walk(cls))
    shorthand_keys = {d.name: d for d in found if d.option.in_faults}
    for i, d in enumerate(found):
        if d.option.nested is not None:
            parse = _shorthand_parser(shorthand_keys)
            found[i] = replace(d, option=replace(d.option, parse=parse, metavar="KEY=NUMBER,..."))
    return tuple(found)


def _walk(cls: type[Any]) -> Iterable[Declared]:
    for f in fields(cls):
        opt: Option | None = f.metadata.get(_KEY)
        if opt is None:
            continue
        if opt.flag:
            yield Declared(opt, f.name, _default(f), cls)
        if opt.nested is not None:
            yield from _walk(opt.nested)


def _default(f: Field[Any]) -> Any:
    if f.default is not MISSING:
        return f.default
    if f.default_factory is not MISSING:
        return f.default_factory()
    raise TypeError(f"the option of {f.name} needs a default")


def _shorthand_parser(keys: Mapping[str, Declared]) -> Callable[[str], dict[str, Any]]:
    """The parser of ``--faults 'server_error=0.05,drop=0.01'``: field name -> value."""
    known = ", ".join(sorted(keys))

    def parse(text: str) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for part in filter(None, (p.strip() for p in text.split(","))):
            key, sep, value = part.partition("=")
            key = key.strip()
            if not sep or key not in keys:
                raise ValueError(f"expected KEY=NUMBER with KEY one of {known}; got {part!r}")
            try:
                values[key] = keys[key].option.parse(value.strip())
            except ValueError:
                raise ValueError(f"{key} needs a number, got {value!r}") from None
        return values

    return parse


def _help_text(d: Declared) -> str:
    """The option's help for argparse, with the default when there is one to show (click shows
    it itself)."""
    opt = d.option
    if opt.nested is not None:
        return opt.help
    if opt.switch or opt.collect is not None or d.default is None:
        return opt.help
    return f"{opt.help} (default: {opt.format(d.default)})"


# -- argparse ---------------------------------------------------------------------------------


def add_arguments(parser: argparse.ArgumentParser, cls: type[Any]) -> None:
    """Add the options declared on dataclass `cls` to `parser`."""
    for d in declared(cls):
        opt = d.option
        kwargs: dict[str, Any] = {"dest": opt.dest, "help": _help_text(d).replace("%", "%%")}
        if opt.switch:
            kwargs.update(action="store_true")
        else:
            if opt.collect is not None:
                kwargs.update(action="append", default=None)
            else:
                kwargs.update(default=None if opt.nested is not None else d.default)
            if opt.choices:
                kwargs.update(choices=list(opt.choices))
            elif opt.parse in (int, float, str):
                kwargs.update(type=opt.parse)
            else:
                kwargs.update(type=_argparse_type(opt.parse))
            if opt.metavar:
                kwargs.update(metavar=opt.metavar)
        parser.add_argument(opt.flag, **kwargs)


def _argparse_type(parse: Callable[[str], Any]) -> Callable[[str], Any]:
    def convert(text: str) -> Any:
        try:
            return parse(text)
        except ValueError as exc:  # argparse shows this message, not "invalid ... value"
            raise argparse.ArgumentTypeError(str(exc)) from None

    return convert


# -- parsed options -> config -> options ------------------------------------------------------


def from_args(cls: type[_T], args: argparse.Namespace | Mapping[str, Any]) -> _T:
    """The `cls` instance the parsed options describe (from argparse's namespace or click's
    parameters; options not given have their defaults there).

    An option given on its own is overridden by the same key in the ``--faults`` shorthand.
    Raises ``ValueError`` with the config's own message when the values do not make a valid
    config (a fault share above 1, ``storm_seconds`` without ``storm_every``, ...).
    """
    values = vars(args) if isinstance(args, argparse.Namespace) else args
    shorthand: dict[str, Any] = {}
    for d in declared(cls):
        if d.option.nested is not None:
            shorthand.update(values.get(d.option.dest) or {})
    try:
        return _build(cls, values, shorthand)
    except (TypeError, ValueError) as exc:
        raise ValueError(str(exc)) from None


def _build(cls: type[_T], values: Mapping[str, Any], shorthand: Mapping[str, Any]) -> _T:
    kwargs: dict[str, Any] = {}
    for f in fields(cls):  # type: ignore[arg-type]
        opt: Option | None = f.metadata.get(_KEY)
        if opt is None:
            continue
        if opt.nested is not None:
            kwargs[f.name] = _build(opt.nested, values, shorthand)
            continue
        value = shorthand[f.name] if opt.in_faults and f.name in shorthand else values[opt.dest]
        if opt.collect is not None:
            if not value:
                continue  # none given: the field's default
            value = opt.collect(value)
        kwargs[f.name] = value
    return cls(**kwargs)


def to_args(obj: Any) -> list[str]:
    """Command-line options that give back dataclass instance `obj` through :func:`from_args`:
    one ``--flag=value`` per setting that differs from its default.

    Raises ``ValueError`` for a setting no option can carry (a field without an option, such as
    a custom timer, or a value its option cannot express, such as a ready rate-limit policy).
    """
    args: list[str] = []
    for f in fields(obj):
        value = getattr(obj, f.name)
        opt: Option | None = f.metadata.get(_KEY)
        if opt is not None and opt.nested is not None:
            args += to_args(value)
            continue
        default = _default(f)
        if value == default:
            continue
        where = f"{type(obj).__name__}.{f.name}"
        if opt is None:
            raise ValueError(f"{where} cannot be passed to a process")
        if opt.switch:
            args.append(opt.flag)
        elif opt.collect is not None:
            items = list(value.items() if isinstance(value, Mapping) else value)
            if not items:
                raise ValueError(f"an empty {where} cannot be passed to a process")
            args += [f"{opt.flag}={opt.format(item)}" for item in items]
        else:
            args.append(f"{opt.flag}={opt.format(value)}")
    return args


# -- parsers and formatters shared by the declarations ------------------------------------------


def number_text(value: float) -> str:
    """A number as text that reads back as the same float."""
    return repr(float(value))


def parse_port(text: str) -> int:
    """A TCP port, 0 to 65535 (0: any free port)."""
    port = int(text)
    if not 0 <= port <= 65535:
        raise ValueError(f"{port} is not in the range 0<=x<=65535")
    return port


def parse_user(text: str) -> tuple[str, str]:
    """``NAME:PASSWORD`` (the password may contain colons)."""
    name, sep, password = text.partition(":")
    if not sep or not name:
        raise ValueError(f"expected NAME:PASSWORD, got {text!r}")
    return name, password


def format_user(item: tuple[str, str]) -> str:
    """The inverse of :func:`parse_user`."""
    name, password = item
    _check_name(name)
    return f"{name}:{password}"


def parse_mfa_user(text: str) -> tuple[str, tuple[str, str]]:
    """``NAME:PASSWORD:CODE`` (the password may contain colons)."""
    name, sep, rest = text.partition(":")
    password, sep2, code = rest.rpartition(":")
    if not (sep and sep2 and name):
        raise ValueError(f"expected NAME:PASSWORD:CODE, got {text!r}")
    return name, (password, code)


def format_mfa_user(item: tuple[str, tuple[str, str]]) -> str:
    """The inverse of :func:`parse_mfa_user`."""
    name, (password, code) = item
    _check_name(name)
    if ":" in code:
        raise ValueError(f"an MFA code with a colon cannot be passed to a process: {code!r}")
    return f"{name}:{password}:{code}"


def _check_name(name: str) -> None:
    if not name or ":" in name:
        raise ValueError(f"user name {name!r} cannot be passed to a process")


def parse_route_limit(text: str) -> tuple[str, tuple[float, float] | None]:
    """``ROUTE=RATE:BURST`` (burst defaults to the rate) or ``ROUTE=off``."""
    route, sep, spec = text.rpartition("=")
    if not sep or not route:
        raise ValueError(f"expected ROUTE=RATE:BURST or ROUTE=off, got {text!r}")
    if spec.strip().lower() == "off":
        return route, None
    rate, _, burst = spec.partition(":")
    try:
        return route, (float(rate), float(burst or rate))
    except ValueError:
        raise ValueError(f"bad limit {spec!r}") from None


def format_route_limit(item: tuple[str, Any]) -> str:
    """The inverse of :func:`parse_route_limit`, for a ``BucketLimit``, a ``(rate, burst)``
    pair or ``None``."""
    route, limit = item
    if limit is None:
        return f"{route}=off"
    rate, burst = (limit.rate, limit.burst) if isinstance(limit, BucketLimit) else limit
    return f"{route}={number_text(rate)}:{number_text(burst)}"


def parse_clock(text: str) -> PinnedClock:
    """An ISO 8601 timestamp with a timezone (``Z`` included) as a pinned clock."""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"expected an ISO 8601 timestamp, got {text!r}") from None
    if moment.utcoffset() is None:
        raise ValueError(f"needs a timezone, e.g. 2024-03-01T00:05:00Z; got {text!r}")
    return PinnedClock(moment)


def format_clock(clock: Any) -> str:
    """The inverse of :func:`parse_clock`; only a :class:`PinnedClock` has a text form."""
    if not isinstance(clock, PinnedClock):
        raise ValueError(
            "SimulatorConfig.clock cannot be passed to a process unless it is a PinnedClock "
            "(or pin it with now=)"
        )
    return clock.moment.isoformat()
