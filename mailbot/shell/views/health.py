"""The loop's health, as ``mailbot status`` (its problems table) and the console's Status page
show it: the jobs' last signs of life, the IDLE connection, the outbox backlog, the faults
of the last day and the mail that could not be sent."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func
from sqlmodel import Session, col, select

from mailbot.core.engine.wording import duration
from mailbot.shell.runtime.faults import FaultSummary, recent_faults
from mailbot.shell.runtime.heartbeat import IDLE, POLL, beats
from mailbot.shell.store import repository
from mailbot.shell.store.models import Direction, Message, Negotiation, NegotiationState
from mailbot.shell.views.thread import OutboxView, outbox_state

FAULT_WINDOW = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class JobBeat:
    name: str
    at: datetime
    detail: str
    holder: str

    def ago(self, now: datetime) -> str:
        return duration(max((now - self.at).total_seconds(), 0.0) / 86400) + " ago"


@dataclass(frozen=True, slots=True)
class Undelivered:
    """Mail that failed at least once: deferred (a retry is due) or failed for good."""

    message_id: int
    negotiation_id: int | None
    recipients: str
    subject: str
    created_at: datetime
    outbox: OutboxView


@dataclass(frozen=True, slots=True)
class Backlog:
    queued: int  # committed, not sent yet, never failed
    deferred: int  # failed at least once, a retry is due
    failed: int  # refused for good
    drafts: int  # shadow mode: waiting for the buyer's approval


@dataclass(frozen=True, slots=True)
class Health:
    now: datetime
    jobs: Sequence[JobBeat]
    backlog: Backlog
    faults: Sequence[FaultSummary]
    undelivered: Sequence[Undelivered]
    waiting_for_buyer: int

    def job(self, name: str) -> JobBeat | None:
        return next((j for j in self.jobs if j.name == name), None)

    @property
    def last_poll(self) -> JobBeat | None:
        return self.job(POLL)

    @property
    def idle(self) -> JobBeat | None:
        return self.job(IDLE)

    @property
    def problems(self) -> bool:
        return bool(self.faults or self.undelivered)


def loop_health(session: Session, now: datetime) -> Health:
    jobs = [JobBeat(b.name, b.at, b.detail, b.holder) for b in beats(session)]
    undelivered = [
        Undelivered(m.id or 0, m.negotiation_id, m.recipients, m.subject, m.created_at,
                    outbox_state(m))
        for m in repository.undelivered(session)
    ]
    waiting = session.exec(
        select(func.count(col(Negotiation.id))).where(
            Negotiation.state == NegotiationState.WAITING_BUYER
        )
    ).one()
    return Health(
        now=now,
        jobs=jobs,
        backlog=_backlog(session),
        faults=recent_faults(session, now - FAULT_WINDOW),
        undelivered=undelivered,
        waiting_for_buyer=int(waiting),
    )


def _backlog(session: Session) -> Backlog:
    counts: dict[str, int] = {"queued": 0, "deferred": 0, "failed": 0, "draft": 0}
    rows = session.exec(
        select(Message.state, col(Message.last_error).is_not(None), func.count())
        .where(Message.direction == Direction.OUTBOUND)
        .where(col(Message.state).in_(["pending", "failed", "draft"]))
        .group_by(Message.state, col(Message.last_error).is_not(None))
    ).all()
    for state, errored, count in rows:
        key = {"failed": "failed", "draft": "draft"}.get(state)
        key = key or ("deferred" if errored else "queued")
        counts[key] += int(count)
    return Backlog(counts["queued"], counts["deferred"], counts["failed"], counts["draft"])
