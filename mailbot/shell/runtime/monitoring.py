"""What ``/healthz``, ``/readyz`` and ``/metrics`` answer, from the runner's own record.

- ``/healthz`` (liveness): the inbox was polled within its interval (twice the interval
  plus a grace, counted from start-up until the first poll) and the database answers.
- ``/readyz`` (readiness): a first poll has completed, the database answers and the
  bot is not stopping.
- ``/metrics``: Prometheus text format (``metrics.Metrics``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from mailbot.shell.runtime.backoff import ConnectionHealth
from mailbot.shell.runtime.metrics import Metrics

GRACE_S = 30.0


@dataclass(frozen=True)
class Answer:
    status: int
    content_type: str
    body: bytes


@dataclass
class Monitor:
    db: Engine
    poll_interval_s: float
    connections: dict[str, ConnectionHealth] = field(default_factory=dict)
    clock: Callable[[], float] = time.monotonic
    stopping: bool = False
    metrics: Metrics = field(init=False)
    _started: float = field(init=False)
    _last_poll: float | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.metrics = Metrics(self.db)
        self._started = self.clock()

    def polled(self, seconds: float) -> None:
        self._last_poll = self.clock()
        self.metrics.poll_seconds.observe(seconds)
        self.metrics.last_poll.set_to_current_time()

    def connection_failed(self, server: str, kind: str) -> None:
        self.metrics.connection_failures.labels(server=server, kind=kind).inc()

    # ---- the answers (blocking: the database is asked; run them off the event loop) --

    def answer(self, path: str) -> Answer:
        if path == "/metrics":
            return Answer(200, CONTENT_TYPE_LATEST, generate_latest(self.metrics.registry))
        if path in ("/healthz", "/readyz"):
            ok, document = self.health() if path == "/healthz" else self.readiness()
            return Answer(200 if ok else 503, "application/json", _json(document))
        return Answer(404, "text/plain; charset=utf-8", b"try /healthz, /readyz or /metrics\n")

    def health(self) -> tuple[bool, dict[str, Any]]:
        since = self._last_poll if self._last_poll is not None else self._started
        age = self.clock() - since
        limit = 2 * self.poll_interval_s + GRACE_S
        database = self._database()
        checks = {
            "poll": "ok" if age <= limit else f"no completed poll for {age:.0f} s "
                                              f"(limit {limit:.0f} s)",
            "database": database,
        }
        document: dict[str, Any] = {"checks": checks, "last_poll_age_s": round(age, 1)}
        document["connections"] = {
            name: c.last_error or "ok" for name, c in self.connections.items()
        }
        ok = all(value == "ok" for value in checks.values())
        document["status"] = "ok" if ok else "failing"
        return ok, document

    def readiness(self) -> tuple[bool, dict[str, Any]]:
        database = self._database()
        reasons = [r for r, bad in (("stopping", self.stopping),
                                    ("no poll completed yet", self._last_poll is None),
                                    (f"database: {database}", database != "ok")) if bad]
        return not reasons, {"status": "ready" if not reasons else "not ready",
                             "reasons": reasons}

    def _database(self) -> str:
        try:
            with self.db.connect() as connection:
                connection.execute(text("SELECT 1"))
        except SQLAlchemyError as error:
            return f"unreachable ({type(error).__name__}: {str(error).splitlines()[0]})"
        return "ok"


def _json(document: dict[str, Any]) -> bytes:
    import json

    return (json.dumps(document, indent=1) + "\n").encode()
