"""Negotiation time for ``mailbot run``: the real clock, or one that runs faster.

Reminders and silent-supplier escalations count days; a compressed clock
(``schedule.clock_speed`` or ``mailbot run --clock-speed``) lets tests and staging watch
them happen on a real process, as the demo does: at 86400, one real second is one
negotiation day. Negotiation time starts at the real time when the process starts, so a
restart takes it back to the real time; that is for tests and staging only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class CompressedClock:
    """``speed`` negotiation seconds pass per real second, from the moment it is made."""

    def __init__(self, speed: float, real: Clock = utc_now) -> None:
        if speed <= 0:
            raise ValueError(f"clock speed must be positive, not {speed}")
        self.speed = speed
        self._real = real
        self._start = real()

    def __call__(self) -> datetime:
        elapsed = self._real() - self._start
        return self._start + elapsed * self.speed


def negotiation_clock(speed: float) -> Clock:
    """The real clock at speed 1, a compressed one otherwise."""
    return utc_now if speed == 1 else CompressedClock(speed)


__all__ = ["Clock", "CompressedClock", "negotiation_clock", "utc_now"]
