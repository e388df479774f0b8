"""`emnify simulate` (and the demo's fleet options): click options derived from the settings
declared on `SimulatorConfig` and `ServeOptions`, the same ones `python -m emnify.testing`
takes (see `emnify.testing.options`).

The options are built when a command first needs them (to parse or to show help), not when
`emnify` starts: building them imports the simulator package, and with it starlette and
uvicorn, which `emnify stats` has no use for and the `cli` extra does not install.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from emnify.testing.options import Declared, Option

#: `emnify simulate` serves on a port one can type (`python -m emnify.testing` picks a free one)
CLICK_DEFAULTS = {"port": 8080}


class LazyOptionsCommand(click.Command):
    """A command whose options `options_factory` builds on first use.

    click reaches a command's parameters through `get_params` (to parse, for `--help` and for
    completion), so the command can be registered without importing what its options are
    derived from.
    """

    def __init__(
        self, *args: Any, options_factory: Callable[[], list[click.Parameter]], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._options_factory: Callable[[], list[click.Parameter]] | None = options_factory

    def get_params(self, ctx: click.Context) -> list[click.Parameter]:
        """The command's parameters, the derived options first."""
        if self._options_factory is not None:
            factory, self._options_factory = self._options_factory, None
            try:
                self.params[:0] = factory()
            except ImportError as exc:
                raise click.ClickException(
                    f"the simulator is not installed ({exc}): pip install 'emnify-async[sim]'"
                ) from None
        return super().get_params(ctx)


class _Parsed(click.ParamType):  # type: ignore[type-arg]
    """A declared option's own parser as a click type (its `ValueError` as click's error)."""

    def __init__(self, option: Option) -> None:
        self.name = option.metavar or option.dest
        self._parse = option.parse

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):  # a default, or parsed already
            return value
        try:
            return self._parse(value)
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


def click_option(declared: Declared, **overrides: Any) -> click.Option:
    """The click option of one declared setting; `overrides` replace what click is given (a
    command's own default, bounds or help)."""
    opt = declared.option
    default = overrides.pop("default", declared.default)
    kwargs: dict[str, Any] = {"help": opt.help}
    if opt.switch:
        kwargs.update(is_flag=True, default=False)
    elif opt.collect is not None or opt.nested is not None:
        kwargs.update(multiple=opt.collect is not None, type=_click_type(opt))
    else:
        if default is not None:
            # (a choice's default as its text, which click checks like a given one)
            kwargs.update(
                show_default=True, default=opt.format(default) if opt.choices else default
            )
        kwargs.update(type=_click_type(opt))
    if opt.metavar:
        kwargs.update(metavar=opt.metavar)
    kwargs.update(overrides)
    return click.Option([opt.flag, opt.dest], **kwargs)


def _click_type(opt: Option) -> click.ParamType[Any, Any]:
    # click's own types where they exist, so that their messages stay what users know
    if opt.choices:
        return click.Choice(opt.choices)
    native: Mapping[Any, click.ParamType[Any, Any]] = {
        int: click.INT,
        float: click.FLOAT,
        str: click.STRING,
    }
    return native.get(opt.parse) or _Parsed(opt)


def simulate_options() -> list[click.Parameter]:
    """Every option of `python -m emnify.testing`, in its order, with `emnify simulate`'s
    own defaults (`CLICK_DEFAULTS`)."""
    from emnify.testing.config import SimulatorConfig
    from emnify.testing.options import declared
    from emnify.testing.server import ServeOptions

    return [
        click_option(d, **({"default": CLICK_DEFAULTS[d.name]} if d.name in CLICK_DEFAULTS else {}))
        for cls in (ServeOptions, SimulatorConfig)
        for d in declared(cls)
    ]


def config_option(name: str, **overrides: Any) -> click.Option:
    """The click option of `SimulatorConfig` field `name`, with `overrides`."""
    from emnify.testing.config import SimulatorConfig
    from emnify.testing.options import declared

    (found,) = (d for d in declared(SimulatorConfig) if d.name == name)
    return click_option(found, **overrides)


def run_simulate(params: Mapping[str, Any]) -> int:
    """Serve the simulator the parsed options describe, in the foreground."""
    from rich.console import Console

    from emnify.testing.config import SimulatorConfig
    from emnify.testing.options import from_args
    from emnify.testing.ratelimit import RateLimitMode
    from emnify.testing.server import ServeOptions, run

    try:
        config = from_args(SimulatorConfig, params)
    except ValueError as exc:  # the config's own checks, e.g. fault shares above 1
        raise click.UsageError(str(exc), ctx=click.get_current_context(silent=True)) from None
    Console(stderr=True).print(
        f"emnify simulator: {config.sims:,} SIMs, limits "
        f"{RateLimitMode(config.rate_limits).value} x{config.scale:g}, token "
        f"{config.application_tokens[0] if config.application_tokens else None!r}; "
        "Ctrl-C to stop"
    )
    return run(config, from_args(ServeOptions, params))
