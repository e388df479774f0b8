"""A hand-driven clock for deterministic tests of expiry, lockouts, limits and statistics."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime, timezone

__all__ = ["ManualClock", "PinnedClock"]


class ManualClock:
    """Time that only moves when told to.

    Pass the instance as ``SimulatorConfig(timer=clock)`` (it is callable, returning seconds
    since the epoch): token expiry, lockouts, rate limits, storms and, unless a separate
    ``clock`` is configured, statistics then all follow it.
    """

    def __init__(self, start: datetime | float = 1_700_000_000.0) -> None:
        self._lock = threading.Lock()
        self._now = start.timestamp() if isinstance(start, datetime) else float(start)

    def __call__(self) -> float:
        """Seconds since the epoch."""
        return self._now

    def now(self) -> datetime:
        """The current moment as an aware UTC datetime."""
        return datetime.fromtimestamp(self._now, timezone.utc)

    def advance(self, seconds: float) -> None:
        """Move forward by ``seconds``."""
        with self._lock:
            self._now += seconds

    def set(self, moment: datetime | float) -> None:
        """Jump to ``moment``."""
        with self._lock:
            self._now = moment.timestamp() if isinstance(moment, datetime) else float(moment)


@dataclass(frozen=True)
class PinnedClock:
    """A statistics clock that always answers `moment`: ``SimulatorConfig(clock=
    PinnedClock(moment))``, or ``--now`` on the command line (a plain function would do as
    well, but this one can be handed to a child process and compares equal by its moment).

    Raises ``ValueError`` for a `moment` without a timezone.
    """

    moment: datetime

    def __post_init__(self) -> None:
        if not isinstance(self.moment, datetime) or self.moment.utcoffset() is None:
            raise ValueError(f"the pinned clock needs an aware datetime, not {self.moment!r}")

    def __call__(self) -> datetime:
        """The pinned moment."""
        return self.moment
