"""A fault that will not pass by itself (a refused login or token) is reported once and
retried with a long backoff, while the rest of the bot goes on; queued mail is not failed."""

from __future__ import annotations

import asyncio
import logging
import shlex
import sys
from dataclasses import replace

import pytest
from loop_fixtures import SUPPLIER, Loop
from sqlmodel import Session, select

from mailbot.shell.mail.auth.command import CommandTokens
from mailbot.shell.mail.auth.tokens import CachedToken
from mailbot.shell.runner import Intervals, Runner
from mailbot.shell.runtime.faults import recent_faults
from mailbot.shell.store.models import Message
from mailbot.shell.wiring import imap_settings, smtp_settings

FAST = Intervals(poll_s=0.2, flush_s=0.2, silence_s=3600, idle_timeout_s=30)


async def run_for(runner: Runner, seconds: float) -> None:
    task = asyncio.create_task(runner.run())
    await asyncio.sleep(seconds)
    runner.stop()
    await asyncio.wait_for(task, 30)


def faults(loop: Loop) -> dict[str, int]:
    from datetime import UTC, datetime

    with Session(loop.bot.db) as session:
        return {f.reason: f.count for f in recent_faults(session, datetime(2000, 1, 1, tzinfo=UTC))}


@pytest.mark.parametrize("loop", ["pymap"], indirect=True)
async def test_refused_imap_login_is_reported_once_not_every_poll(
        loop: Loop, caplog: pytest.LogCaptureFixture) -> None:
    loop.start([SUPPLIER])
    wrong = replace(imap_settings(loop.settings), password="not-the-password")
    runner = Runner(loop.bot, wrong, smtp_settings(loop.settings), FAST)
    with caplog.at_level(logging.INFO, logger="mailbot.shell.runner"):
        await run_for(runner, 2.5)  # a dozen poll intervals
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1, [r.getMessage() for r in errors]
    assert "will not pass by itself" in errors[0].getMessage()
    assert faults(loop) == {"imap_login_failed": 1}
    attempts = runner.monitor.metrics.connection_failures.labels(
        server="imap", kind="imap_login_failed")._value.get()
    assert attempts <= 2  # the poll and the IDLE watcher, then the 60 s backoff
    assert len(loop.mail.delivered) == 1  # the outbox went on meanwhile


@pytest.mark.parametrize("loop", ["pymap"], indirect=True)
async def test_smtp_without_xoauth2_fails_no_queued_message(
        loop: Loop, caplog: pytest.LogCaptureFixture) -> None:
    """As when Exchange Online has SMTP AUTH off for the mailbox: nothing can be sent, and
    that is no single message's fault, so every message waits instead of failing."""
    loop.start([SUPPLIER])
    command = f"{shlex.quote(sys.executable)} -c \"import sys; sys.exit('expired session')\""
    tokens = CachedToken("command", CommandTokens(command, "procurement"), refusal_hint="")
    smtp = replace(smtp_settings(loop.settings), username="procurement", token=tokens)
    runner = Runner(loop.bot, imap_settings(loop.settings), smtp, FAST)
    await run_for(runner, 1.5)
    assert faults(loop) == {"smtp_login_failed": 1}
    assert "does not offer AUTH XOAUTH2" in caplog.text
    with Session(loop.bot.db) as session:
        outbound = session.exec(select(Message).where(Message.direction == "out")).all()
    assert [(m.kind, m.state, m.attempts, m.last_error) for m in outbound] == [
        ("opening_offer", "pending", 0, None)]
    assert tokens.fetches == 0  # no token was ever had
