"""The progress bar of long CLI runs: rate, ETA and errors so far, on stderr."""

from __future__ import annotations

from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text


class _RateColumn(ProgressColumn):
    """SIMs per second, from rich's own speed estimate."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("  -- SIM/s" if speed is None else f"{speed:6.1f} SIM/s", style="cyan")


class _ErrorsColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        errors = int(task.fields.get("errors", 0))
        return Text(f"errors: {errors}", style="red" if errors else "green")


class StatsProgress:
    """A context manager showing how far a bulk run is; `update(done, failed)` moves it."""

    def __init__(self, console: Console, total: int | None, *, enabled: bool = True) -> None:
        self._progress = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            _RateColumn(),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            _ErrorsColumn(),
            console=console,
            disable=not enabled,
            transient=False,
        )
        self._task = self._progress.add_task("stats", total=total, errors=0)

    def set_total(self, total: int | None) -> None:
        self._progress.update(self._task, total=total)

    def update(self, done: int, failed: int) -> None:
        self._progress.update(self._task, completed=done, errors=failed)

    def __enter__(self) -> StatsProgress:
        self._progress.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._progress.stop()
