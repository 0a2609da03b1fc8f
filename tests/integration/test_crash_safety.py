"""Kill the bot (SIGKILL) at every step of handling a reply, restart it, and check that the
reply was processed exactly once, decided once, answered, and never lost.

The bot runs as its own process (``mailbot run``) against real servers in this process.
"""

from __future__ import annotations

import asyncio
import os
import signal
from email import message_from_bytes
from pathlib import Path

import pytest
from bot_process import start_bot, stop_bot, write_config
from loop_fixtures import BOT_USER, SUPPLIER, Loop, step
from sqlmodel import Session, select

from mailbot.demo.supplier_mail import reply_to
from mailbot.shell.store.models import AuditEvent, Message

REPLY = "We can offer a 2% reduction and payment at Net 45."
pytestmark = pytest.mark.timeout(120)


async def reply_waiting(loop: Loop) -> None:
    """The offer is out (sent in this process) and the supplier's reply sits in the inbox."""
    loop.start([SUPPLIER])
    await step(loop)
    (offer,) = await loop.mail.wait_for_deliveries(1)
    await loop.mail.append(BOT_USER, reply_to(offer.raw, REPLY, sender=SUPPLIER.email,
                                              sender_name=SUPPLIER.name, now=loop.clock()))


async def crash_then_recover(
    loop: Loop, tmp_path: Path, crash_at: str | None, deliveries: int = 2
) -> int | None:
    """Run the bot until it dies at ``crash_at`` (or is killed mid-send), then run it again
    until ``deliveries`` emails reached the server and every outgoing email is marked sent.
    Returns the first run's exit code."""
    env = write_config(loop.settings, tmp_path / "mailbot.toml")
    log = tmp_path / "bot.log"
    first = await start_bot(env, log, crash_at)
    code = await asyncio.wait_for(first.wait(), 60)
    second = await start_bot(env, log)
    try:
        await loop.mail.wait_for_deliveries(deliveries, timeout=60)
        await settled(loop)
    finally:
        await stop_bot(second)
    return code


async def settled(loop: Loop, timeout: float = 30.0) -> None:
    """Wait until the restarted bot has marked every outgoing email sent (or given up):
    on a loaded machine that takes longer than any fixed pause."""
    deadline = asyncio.get_running_loop().time() + timeout
    while asyncio.get_running_loop().time() < deadline:
        with Session(loop.bot.db) as session:
            outbound = session.exec(select(Message).where(Message.direction == "out")).all()
        if len(outbound) >= 2 and all(m.state == "sent" for m in outbound):
            return
        await asyncio.sleep(0.1)


def assert_exactly_once(loop: Loop) -> list[str]:
    """One inbound row, processed; one counter decision; one outbound counter, sent."""
    with Session(loop.bot.db) as session:
        inbound = session.exec(select(Message).where(Message.direction == "in")).all()
        decisions = session.exec(select(AuditEvent).where(AuditEvent.kind == "decision")).all()
        outbound = session.exec(select(Message).where(Message.direction == "out")).all()
    assert [m.state for m in inbound] == ["processed"]
    assert [d.reason for d in decisions] == ["opening", "counter"]
    assert [(m.kind, m.state) for m in outbound] == [("opening_offer", "sent"),
                                                     ("counter_offer", "sent")]
    counters = [d.raw for d in loop.mail.delivered if b"4% below" in d.raw]
    ids = {str(message_from_bytes(raw)["Message-ID"]) for raw in counters}
    assert ids == {outbound[1].message_id}, "a re-sent message keeps its Message-ID"
    return [str(message_from_bytes(d.raw)["Message-ID"]) for d in loop.mail.delivered]


@pytest.mark.parametrize("crash_at", ["after_fetch", "after_reading", "after_decision_commit"])
async def test_crash_before_the_send_answers_exactly_once(
    loop: Loop, tmp_path: Path, crash_at: str
) -> None:
    await reply_waiting(loop)
    assert await crash_then_recover(loop, tmp_path, crash_at) == -signal.SIGKILL
    delivered = assert_exactly_once(loop)
    assert len(delivered) == 2  # the offer and one counter: nothing sent twice


async def test_crash_after_the_send_resends_with_the_same_message_id(
    loop: Loop, tmp_path: Path
) -> None:
    await reply_waiting(loop)
    code = await crash_then_recover(loop, tmp_path, "after_send", deliveries=3)
    assert code == -signal.SIGKILL
    delivered = assert_exactly_once(loop)
    assert len(delivered) == 3 and delivered[1] == delivered[2]


async def test_crash_during_the_smtp_send(loop: Loop, tmp_path: Path) -> None:
    await reply_waiting(loop)
    env = write_config(loop.settings, tmp_path / "mailbot.toml")
    log = tmp_path / "bot.log"
    first = await start_bot(env, log)
    killed = asyncio.Event()

    async def kill_the_sender(raw: bytes) -> None:
        if not killed.is_set():
            os.kill(first.pid, signal.SIGKILL)
            killed.set()
            await asyncio.wait_for(first.wait(), 30)

    loop.mail.smtp.on_data = kill_the_sender
    await asyncio.wait_for(first.wait(), 60)
    loop.mail.smtp.on_data = None
    assert killed.is_set() and first.returncode == -signal.SIGKILL
    second = await start_bot(env, log)
    try:
        await loop.mail.wait_for_deliveries(2, timeout=60)
        await settled(loop)
    finally:
        await stop_bot(second)
    # The server dropped the half-sent message with its connection; the re-send is the
    # first (and only) copy, with the Message-ID committed before the crash.
    assert len(assert_exactly_once(loop)) == 2
