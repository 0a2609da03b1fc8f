"""Named points where the fault-injection tests kill the bot (SIGKILL), to prove that a crash
anywhere in handling a message loses nothing and repeats nothing.

Inert unless ``MAILBOT_CRASH_AT`` names a point; read once at import, so the cost in
production is one string comparison. The points, in the order a message meets them:
``after_fetch`` (fetched, not committed), ``after_reading`` (read and decided, inside the
uncommitted transaction), ``after_decision_commit`` (decision and reply committed, not
sent), ``after_send`` (accepted by the SMTP server, not yet marked sent).
"""

from __future__ import annotations

import os
import signal

POINTS = frozenset({"after_fetch", "after_reading", "after_decision_commit", "after_send"})
_ARMED = os.environ.get("MAILBOT_CRASH_AT", "")


def crash_point(name: str) -> None:
    """Die here, at once and without clean-up, if the environment armed this point."""
    if name == _ARMED:
        os.kill(os.getpid(), signal.SIGKILL)
