"""Mail out: send queued messages, mark each sent, and schedule or escalate failures.

A message is marked sent only after the SMTP server accepted it, and before the next send
starts; a crash in between means that one message is sent again, with the same bytes and
Message-ID, so the receiver can drop the duplicate. Transient failures wait (with
exponential backoff kept in the database, so a restart does not forget it); permanent
ones fail the message and escalate the negotiation.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col

from mailbot.shell.mail.errors import PermanentSendError, TransientSendError
from mailbot.shell.mail.smtp_outbox import SmtpOutbox
from mailbot.shell.runtime.crashpoints import crash_point
from mailbot.shell.store import repository
from mailbot.shell.store.database import reading, transaction
from mailbot.shell.store.models import Message, OutboundState

log = logging.getLogger(__name__)

@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    first_delay_s: float = 30.0
    max_delay_s: float = 3600.0

    def delay(self, attempt: int) -> timedelta:
        return timedelta(seconds=min(self.first_delay_s * 2 ** (attempt - 1), self.max_delay_s))


@dataclass
class DeliveryReport:
    sent: int = 0
    deferred: int = 0
    failed: int = 0


# What happens to the negotiation when one of its emails cannot be sent: a decision, so it
# is the caller's (``Actions.send_failed``); mail out never reaches back into deciding.
OnFailed = Callable[[Session, Message, str, datetime], None]


@dataclass
class Delivery:
    db: Engine
    on_failed: OnFailed
    retry: RetryPolicy = RetryPolicy()
    batch: int = 100

    async def deliver_due(self, outbox: SmtpOutbox, now: datetime) -> DeliveryReport:
        """Send everything due, including what a failure queued meanwhile (an escalation).

        Each message is marked sent, committed, before the next send starts: a crash
        repeats at most the one message in flight, with the Message-ID it was first sent
        with. The mark runs in a worker thread, so the event loop stays free meanwhile.
        """
        report = DeliveryReport()
        tried: set[int | None] = set()
        while True:
            with reading(self.db) as session:
                due = [m for m in repository.due_outbound(session, now, self.batch)
                       if m.id not in tried]
            if not due:
                return report
            for message in due:
                tried.add(message.id)
                if await self._deliver(outbox, message, now, report) and message.id is not None:
                    await asyncio.to_thread(self._mark_sent, [message.id], now, report)

    async def _deliver(
        self, outbox: SmtpOutbox, message: Message, now: datetime, report: DeliveryReport
    ) -> bool:
        """Send one message; True if the server took it (to be marked sent)."""
        recipients = [r for r in message.recipients.split(",") if r]
        try:
            await outbox.send(message.raw, sender=message.sender, recipients=recipients)
        except TransientSendError as error:
            self._transient(message, str(error), now, report)
            return False
        except PermanentSendError as error:
            self._permanent(message, str(error), now, report)
            return False
        crash_point("after_send")
        return True

    def _mark_sent(self, ids: list[int], now: datetime, report: DeliveryReport) -> None:
        if not ids:
            return
        with transaction(self.db) as session:
            result = session.execute(
                update(Message)
                .where(col(Message.id).in_(ids), col(Message.state) == OutboundState.PENDING)
                .values(state=OutboundState.SENT, sent_at=now, attempts=Message.attempts + 1)
            )
            report.sent += int(result.rowcount)  # type: ignore[attr-defined]

    def _transient(
        self, message: Message, error: str, now: datetime, report: DeliveryReport
    ) -> None:
        def defer(session: Session, row: Message) -> None:
            row.attempts += 1
            row.last_error = error
            if row.attempts >= self.retry.attempts:
                self._fail(session, row, f"gave up after {row.attempts} attempts: {error}", now)
                report.failed += 1
                return
            row.next_attempt_at = now + self.retry.delay(row.attempts)
            log.warning("send of %s deferred: %s", message.message_id, error)
            report.deferred += 1

        self._if_still_pending(message, defer)

    def _permanent(
        self, message: Message, error: str, now: datetime, report: DeliveryReport
    ) -> None:
        def fail(session: Session, row: Message) -> None:
            row.attempts += 1
            self._fail(session, row, error, now)
            report.failed += 1

        self._if_still_pending(message, fail)

    def _if_still_pending(
        self, message: Message, change: Callable[[Session, Message], None]
    ) -> None:
        """Apply ``change`` to the message's row in one transaction, unless another worker
        settled the message meanwhile."""
        with transaction(self.db) as session:
            row = session.get(Message, message.id, with_for_update=True)
            if row is None or row.state != OutboundState.PENDING:
                return
            change(session, row)
            session.add(row)

    def _fail(self, session: Session, row: Message, error: str, now: datetime) -> None:
        row.state, row.last_error = OutboundState.FAILED, error
        session.add(row)
        log.error("send of %s to %s failed: %s", row.message_id, row.recipients, error)
        self.on_failed(session, row, error, now)
