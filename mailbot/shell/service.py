"""The bot's unit operations, each safe to repeat and to run after a crash.

``poll`` takes mail in (fetch, commit, act), ``flush`` sends what decisions queued, and
``check_silence`` reminds or escalates silent suppliers. The runner schedules them; the
tests and the demo call them directly.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.engine import Engine

from mailbot.shell.decisions.actions import Actions
from mailbot.shell.inbound.ingest import Fetched, cursor_position, ingest
from mailbot.shell.inbound.processing import InboundProcessor
from mailbot.shell.inbound.silence import check_silence
from mailbot.shell.mail.imap_inbox import ImapInbox
from mailbot.shell.mail.smtp_outbox import SmtpOutbox
from mailbot.shell.outbound.delivery import Delivery, DeliveryReport
from mailbot.shell.runtime.crashpoints import crash_point
from mailbot.shell.store import repository
from mailbot.shell.store.database import reading

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
PROGRESS_EVERY = 10  # messages processed between two "answers are ready to send" signals


@dataclass
class PollReport:
    fetched: int = 0
    processed: int = 0


@dataclass
class Mailbot:
    db: Engine
    actions: Actions
    processor: InboundProcessor
    delivery: Delivery
    clock: Clock
    mailbox: str = "INBOX"
    fetch_batch: int = 200
    processed_folder: str | None = None
    stopping: bool = field(default=False, init=False)

    async def poll(
        self, inbox: ImapInbox, on_progress: Callable[[], None] | None = None
    ) -> PollReport:
        """Fetch past the committed cursor, commit each batch, then act on what is new.

        ``on_progress`` is called (on the event loop) every few messages processed, so the
        caller can start sending their answers while the rest are still being read.
        """
        report = PollReport()
        state = await inbox.select()
        last_uid = cursor_position(self.db, self.mailbox, state.uidvalidity)
        async for batch in inbox.fetch_after(last_uid, batch=self.fetch_batch):
            crash_point("after_fetch")
            fetched = [Fetched(m.uid, m.raw) for m in batch]
            ingest(
                self.db,
                fetched,
                mailbox=self.mailbox,
                uidvalidity=state.uidvalidity,
                now=self.clock(),
            )
            report.fetched += len(fetched)
            report.processed += await self._process_off_loop(on_progress)
            if self.processed_folder and fetched:
                await inbox.move([m.uid for m in fetched], self.processed_folder)
            if self.stopping:
                break
        report.processed += await self._process_off_loop(on_progress)
        return report

    async def _process_off_loop(self, on_progress: Callable[[], None] | None) -> int:
        """Process in a worker thread: the event loop stays free to send and to listen."""
        loop = asyncio.get_running_loop()

        def progress() -> None:
            if on_progress is not None:
                loop.call_soon_threadsafe(on_progress)

        return await asyncio.to_thread(self.process_received, progress)

    def process_received(self, progress: Callable[[], None] | None = None) -> int:
        """Act on every committed, unprocessed message, oldest first (also after a crash)."""
        done = 0
        while not self.stopping:
            with reading(self.db) as session:
                waiting = repository.received_ids(session, 100)
            if not waiting:
                return done
            for message_id in waiting:
                self.processor.process(message_id, self.clock())
                done += 1
                if progress is not None and done % PROGRESS_EVERY == 0:
                    progress()
                if self.stopping:
                    break
        return done

    async def flush(self, outbox: SmtpOutbox) -> DeliveryReport:
        return await self.delivery.deliver_due(outbox, self.clock())

    def check_silence(self) -> int:
        return check_silence(self.db, self.actions, self.clock())
