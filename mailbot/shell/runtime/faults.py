"""What the bot could not do: mail-server faults recorded for ``mailbot status``.

A fault never stops the bot (it retries on the next run of the job); recording it in the
store, besides the log, lets an admin see at a glance that the inbox has been refusing
the password since this morning.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from mailbot.shell.mail.errors import (
    ImapConnectionError,
    ImapLoginError,
    ImapTlsError,
    MailError,
    SmtpLoginError,
    SmtpTlsError,
    TokenError,
    TransientSendError,
)
from mailbot.shell.store import repository
from mailbot.shell.store.database import transaction
from mailbot.shell.store.models import AuditEvent

FAULT = "fault"

# Most specific first: the first matching class names the fault.
KINDS: tuple[tuple[type[MailError], str], ...] = (
    (ImapTlsError, "tls_failed"),
    (SmtpTlsError, "tls_failed"),
    (ImapLoginError, "login_failed"),
    (SmtpLoginError, "login_failed"),
    (TokenError, "token_failed"),
    (ImapConnectionError, "connection_failed"),
    (TransientSendError, "server_unavailable"),
)


@dataclass(frozen=True)
class FaultSummary:
    reason: str
    count: int
    last_at: datetime
    last_explanation: str


def fault_code(component: str, error: MailError) -> str:
    kind = next((name for cls, name in KINDS if isinstance(error, cls)), "error")
    return f"{component}_{kind}"


def record_fault(db: Engine, component: str, error: MailError, now: datetime) -> None:
    with transaction(db) as session:
        repository.record(
            session,
            kind=FAULT,
            now=now,
            reason=fault_code(component, error),
            explanation=str(error),
        )


def recent_faults(session: Session, since: datetime) -> Sequence[FaultSummary]:
    rows = session.exec(
        select(AuditEvent)
        .where(AuditEvent.kind == FAULT, col(AuditEvent.created_at) >= since)
        .order_by(col(AuditEvent.id))
    ).all()
    summaries: dict[str, FaultSummary] = {}
    for row in rows:
        previous = summaries.get(row.reason)
        count = previous.count + 1 if previous else 1
        summaries[row.reason] = FaultSummary(row.reason, count, row.created_at, row.explanation)
    return sorted(summaries.values(), key=lambda s: s.last_at, reverse=True)
