"""Server faults while ``mailbot run``'s loop runs: it keeps running, resumes, and says what it
could not do (in the store, for ``mailbot status``)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from loop_fixtures import BOT_USER, SUPPLIER, TEMPLATES, Loop, step, text_of
from sqlmodel import Session, select

from mailbot.cli.views import problems_table
from mailbot.demo.environment import local_settings, mail_users
from mailbot.demo.supplier_mail import reply_to
from mailbot.shell.mail.errors import MailError
from mailbot.shell.mail.imap_inbox import FetchedMessage, ImapInbox, ImapSettings
from mailbot.shell.mail.local.servers import LocalMailSystem
from mailbot.shell.mail.smtp_outbox import SmtpOutbox
from mailbot.shell.runner import Intervals, Runner
from mailbot.shell.runtime.faults import recent_faults
from mailbot.shell.store.models import Message
from mailbot.shell.store.repository import undelivered
from mailbot.shell.wiring import build_mailbot, imap_settings, smtp_settings

FAST = Intervals(poll_s=0.5, flush_s=0.2, silence_s=3600, idle_timeout_s=30)
REPLY = "We can offer a 2% reduction and payment at Net 45."


@asynccontextmanager
async def running(loop: Loop, imap: ImapSettings | None = None) -> AsyncIterator[Runner]:
    runner = Runner(loop.bot, imap or imap_settings(loop.settings), smtp_settings(loop.settings),
                    FAST)
    task = asyncio.create_task(runner.run())
    try:
        yield runner
    finally:
        runner.stop()
        await asyncio.wait_for(task, 30)
        assert task.exception() is None, "the loop must survive server faults"


async def supplier_replies(loop: Loop) -> None:
    offer = loop.mail.delivered[0].raw
    await loop.mail.append(BOT_USER, reply_to(offer, REPLY, sender=SUPPLIER.email,
                                              sender_name=SUPPLIER.name, now=loop.clock()))


def fault_reasons(loop: Loop) -> list[str]:
    with Session(loop.bot.db) as session:
        return [f.reason for f in recent_faults(session, datetime(2000, 1, 1, tzinfo=UTC))]


async def test_connection_kicked_mid_idle_then_resumes(loop: Loop) -> None:
    loop.start([SUPPLIER])
    async with running(loop):
        await loop.mail.wait_for_deliveries(1, timeout=20)
        await asyncio.sleep(0.5)
        await loop.mail.kick(BOT_USER)
        await supplier_replies(loop)
        counter = (await loop.mail.wait_for_deliveries(2, timeout=30))[1]
    assert "4% below the current price" in text_of(counter.raw)


async def test_imap_server_restart_then_resumes_without_reprocessing(loop: Loop) -> None:
    loop.start([SUPPLIER])
    async with running(loop):
        await loop.mail.wait_for_deliveries(1, timeout=20)
        await loop.mail.restart_imap()
        await supplier_replies(loop)
        await loop.mail.wait_for_deliveries(2, timeout=30)
        await asyncio.sleep(1.5)  # more polls after the resync: nothing is answered twice
    assert len(loop.mail.delivered) == 2


async def test_login_failure_is_reported_and_the_loop_keeps_running(loop: Loop) -> None:
    loop.start([SUPPLIER])
    wrong = replace(imap_settings(loop.settings), password="not-the-password")
    async with running(loop, wrong):
        await loop.mail.wait_for_deliveries(1, timeout=20)  # the outbox still works
        await asyncio.sleep(1.5)
    assert "imap_login_failed" in fault_reasons(loop)
    table = problems_table(loop.bot.db, datetime.now(UTC))
    assert table is not None and table.row_count >= 1


async def test_smtp_outage_defers_then_sends_when_the_server_is_back(loop: Loop) -> None:
    loop.start([SUPPLIER])
    loop.mail.fail_next(421, "4.3.2 service shutting down")
    async with running(loop):
        for _ in range(100):
            if deferred(loop):
                break
            await asyncio.sleep(0.1)
        assert deferred(loop), "the 421 defers the offer"
        loop.clock.advance(1)  # past the backoff
        (offer,) = await loop.mail.wait_for_deliveries(1, timeout=20)
    assert b"6% below" in offer.raw


def deferred(loop: Loop) -> bool:
    with Session(loop.bot.db) as session:
        return any(m.attempts == 1 and m.state == "pending" for m in undelivered(session))


async def test_tls_certificate_failure_is_reported_clearly(tmp_path: Path) -> None:
    async with LocalMailSystem(mail_users([]), tls=True) as mail:
        settings = local_settings(mail, database_url=f"sqlite:///{tmp_path / 'bot.sqlite3'}",
                                  templates_dir=TEMPLATES)
        bot = build_mailbot(settings)
        untrusted = replace(mail.imap_settings(BOT_USER), ca_file=None)  # system CAs only
        runner = Runner(bot, untrusted, smtp_settings(settings), FAST)
        task = asyncio.create_task(runner.run())
        await asyncio.sleep(1.5)
        runner.stop()
        await asyncio.wait_for(task, 30)
    with Session(bot.db) as session:
        (fault,) = [f for f in recent_faults(session, datetime(2000, 1, 1, tzinfo=UTC))
                    if f.reason == "imap_tls_failed"]
    assert "certificate" in fault.last_explanation


async def test_smtp_timeout_defers_and_the_next_run_sends(loop: Loop) -> None:
    """A server that stops answering mid-DATA: the send times out, is deferred, and goes out
    on a later run over a fresh connection."""
    loop.start([SUPPLIER])
    stalled = asyncio.Event()

    async def stall_once(raw: bytes) -> None:
        if not stalled.is_set():
            stalled.set()
            await asyncio.sleep(3)  # longer than the client's timeout below

    loop.mail.smtp.on_data = stall_once
    smtp = replace(smtp_settings(loop.settings), timeout=1.0)
    async with SmtpOutbox(smtp) as outbox:
        report = await loop.bot.flush(outbox)
        assert report.deferred == 1 and deferred(loop)
        loop.clock.advance(1)
        report = await loop.bot.flush(outbox)
    assert report.sent == 1


async def test_connection_dropped_mid_fetch_resumes_without_loss(loop: Loop) -> None:
    """The IMAP connection dies while a large batch is being fetched: nothing committed is
    fetched again, nothing uncommitted is lost, and every reply is answered once."""
    loop.start([SUPPLIER])
    await step(loop)
    (offer,) = await loop.mail.wait_for_deliveries(1)
    replies = [reply_to(offer.raw, f"We can offer a {2 + i / 100:.2f}% reduction.",
                        sender=SUPPLIER.email, sender_name=SUPPLIER.name, now=loop.clock())
               for i in range(3)]
    filler = [reply_to(offer.raw, "auto", sender=SUPPLIER.email, sender_name=SUPPLIER.name,
                       now=loop.clock(), headers={"Auto-Submitted": "auto-replied"})
              for _ in range(300)]
    await loop.mail.append_many(BOT_USER, [*filler, *replies])
    loop.bot.fetch_batch = 20
    inbox = ImapInbox(loop.mail.imap_settings(BOT_USER))
    await inbox.connect()
    real_fetch = inbox.fetch_after

    async def drop_after_two_batches(last_uid: int, *, batch: int = 200
                                     ) -> AsyncIterator[list[FetchedMessage]]:
        count = 0
        async for chunk in real_fetch(last_uid, batch=batch):
            yield chunk
            count += 1
            if count == 2:
                await loop.mail.kick(BOT_USER)  # the server drops us mid-fetch

    inbox.fetch_after = drop_after_two_batches  # type: ignore[method-assign]
    with pytest.raises(MailError):
        await loop.bot.poll(inbox)
    await inbox.close()
    with Session(loop.bot.db) as session:
        committed = session.exec(select(Message).where(Message.direction == "in")).all()
    assert len(committed) == 40, "the two fetched batches were committed before the drop"
    await step(loop)  # a fresh connection resumes after the last committed UID
    with Session(loop.bot.db) as session:
        rows = session.exec(select(Message).where(Message.direction == "in")).all()
    assert len(rows) == len(filler) + len(replies)
    assert len({(m.uidvalidity, m.uid) for m in rows}) == len(rows)
