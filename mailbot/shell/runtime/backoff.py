"""When to try a mail server again after it failed, and whether the failure is news.

A certificate that does not verify or a refused login fails the same way on every try
until someone changes something: it is reported once and retried every few minutes,
then every half hour, instead of every few seconds forever. The first such failure is
tried once more after a few seconds before the long wait starts, because a server that
is restarting can refuse a login or two while it comes up. A dropped connection or an
unreachable server usually comes back by itself: it is retried at once, then with a
backoff that stays short.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from mailbot.shell.mail.errors import PERMANENT_FAULTS, MailError

PERMANENT_FIRST_S, PERMANENT_MAX_S = 60.0, 1800.0
TRANSIENT_FIRST_S, TRANSIENT_MAX_S = 5.0, 300.0


def retry_delay(permanent: bool, failures: int) -> float:
    """Seconds to wait after the ``failures``-th failure in a row."""
    if permanent:
        if failures <= 1:
            return TRANSIENT_FIRST_S  # confirm it once: a restarting server refuses too
        return min(PERMANENT_FIRST_S * 2.0 ** (failures - 2), PERMANENT_MAX_S)
    if failures <= 1:
        return 0.0  # the next scheduled run tries again
    return min(TRANSIENT_FIRST_S * 2.0 ** (failures - 2), TRANSIENT_MAX_S)


@dataclass
class ConnectionHealth:
    """One server's run of failures, shared by every job that connects to it."""

    server: str  # "imap" or "smtp"
    clock: Callable[[], float] = time.monotonic
    failures: int = 0
    last_error: str = ""
    permanent: bool = False
    retry_at: float = field(default=0.0)

    def due(self) -> bool:
        return self.clock() >= self.retry_at

    def wait_s(self) -> float:
        return max(0.0, self.retry_at - self.clock())

    def failed(self, error: MailError) -> bool:
        """Count the failure and schedule the next try; True when it is worth reporting:
        the first failure, or one that reads differently from the last."""
        news = str(error) != self.last_error
        self.last_error = str(error)
        if not self.due():
            # Another job's attempt, started before the wait began (the IDLE watcher beside
            # the poll): the same outage, so it neither counts again nor moves the retry.
            return news
        self.failures += 1
        self.permanent = isinstance(error, PERMANENT_FAULTS)
        self.retry_at = self.clock() + retry_delay(self.permanent, self.failures)
        return news

    def succeeded(self) -> bool:
        """Clear the run of failures; True if there was one (worth a "recovered" line)."""
        had = self.failures > 0
        self.failures, self.last_error, self.permanent, self.retry_at = 0, "", False, 0.0
        return had
