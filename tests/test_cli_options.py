"""Every option of every `emnify` command, given a value it cannot use, is one line on stderr
and a non-zero exit; a value it can use reaches the command (which is stubbed here, so
nothing is served or fetched).

The options are read from the commands themselves, so an option added later is covered too.
"""

from __future__ import annotations

import click
import pytest

import emnify.cli
import emnify.cli._report
import emnify.testing
import emnify.testing.server
from emnify.cli import app

#: values that are wrong for most options, and a few that are right for some
JUNK = ["x", "", "nan", "inf", "-inf", "1e999", "-1", "0", "1.5", "99999999999999999999999"]

#: what each command needs besides the option under test (no network: the work is stubbed)
BASE = {
    "stats": ["stats", "1000", "--application-token", "t", "--base-url", "http://127.0.0.1:9"],
    "simulate": ["simulate"],
    "demo": ["demo"],
    "report": [
        *("report", "1000", "--out", "report.html", "--application-token", "t"),
        *("--base-url", "http://127.0.0.1:9"),
    ],
}


class Reached(SystemExit):
    """Raised by the stubs: the command accepted its options and started its work."""

    def __init__(self) -> None:
        super().__init__(0)


def _reached(*args: object, **kwargs: object) -> int:
    raise Reached


async def _reached_async(*args: object, **kwargs: object) -> int:
    raise Reached


@pytest.fixture(autouse=True)
def _stub_the_work(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(emnify.cli, "run_stats", _reached_async)
    monkeypatch.setattr(emnify.testing.server, "main", _reached)
    monkeypatch.setattr(emnify.testing.server, "run", _reached)  # (emnify simulate serves here)
    monkeypatch.setattr(emnify.cli._report, "fetch_rows", _reached_async)
    monkeypatch.setattr(emnify.cli._report, "rows_from_file", _reached)
    monkeypatch.setattr(emnify.testing, "serve_simulator", _reached)


def _options(name: str) -> list[str]:
    command = app.commands[name]
    params = command.get_params(click.Context(command))
    return [
        max(param.opts, key=len)
        for param in params
        if isinstance(param, click.Option)
        and not param.is_flag
        and not param.hidden
        and "--help" not in param.opts
    ]


CASES = [(name, option, value) for name in BASE for option in _options(name) for value in JUNK]


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as stopped:
        emnify.cli.main(args)
    code = stopped.value.code
    return (code if isinstance(code, int) else 1), capsys.readouterr().err


def test_every_command_is_covered() -> None:
    assert set(BASE) == set(app.commands)
    assert all(_options(name) for name in BASE)


@pytest.mark.parametrize(("command", "option", "value"), CASES)
def test_option_value_is_used_or_one_line(
    command: str, option: str, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, stderr = run([*BASE[command], option, value], capsys)
    if status == 0:
        return  # accepted: the command got as far as its work
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert lines[0].startswith("emnify: error: "), stderr
    assert "Traceback" not in stderr


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["demo", "--scale", "nan"], "--scale"),
        (["demo", "--scale", "inf"], "--scale"),
        (["simulate", "--scale", "nan"], "scale"),
        (["simulate", "--faults", "server_error=2"], "add up to at most 1"),
        (["simulate", "--faults", "latency=inf"], "finite"),
        (["stats", "1", "--application-token", "t", "--rate-scale", "nan"], "scale"),
        (["stats", "1", "--application-token", "t", "--ids-file", "/no/such/file"], "--ids-file"),
        (["--log-level", "loud", "stats", "1"], "--log-level"),
    ],
)
def test_known_bad_values(args: list[str], needle: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, stderr = run(args, capsys)
    assert status != 0
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert needle in lines[0]
