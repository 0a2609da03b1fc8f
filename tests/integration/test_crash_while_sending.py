"""Kill a real ``mailbot run`` (SIGKILL) again and again during a burst of sends: an SMTP
send cannot be exactly-once, but each crash repeats at most the one message that was in
flight, with the Message-ID it was first sent with."""

from __future__ import annotations

import asyncio
import os
import signal
from collections import Counter
from dataclasses import replace
from email import message_from_bytes
from pathlib import Path

import pytest
from bot_process import start_bot, stop_bot, write_config
from loop_fixtures import SUPPLIER, Loop
from sqlmodel import Session, select

from mailbot.shell.store.models import Message, OutboundState

SUPPLIERS = 40
KILL_AFTER = (7, 16, 25)  # accepted messages (in all) at which the bot is killed
pytestmark = pytest.mark.timeout(240)


async def kill_when_delivered(loop: Loop, process: asyncio.subprocess.Process, count: int) -> bool:
    """SIGKILL ``process`` as soon as the server has accepted ``count`` messages; False if
    the process ended first."""
    while len(loop.mail.delivered) < count:
        if process.returncode is not None:
            return False
        await asyncio.sleep(0.0005)
    os.kill(process.pid, signal.SIGKILL)
    await process.wait()
    return True


async def test_each_kill_during_a_burst_repeats_at_most_one_message(
    loop: Loop, tmp_path: Path
) -> None:
    suppliers = [replace(SUPPLIER, name=f"Supplier {i}", email=f"s{i}@suppliers.example")
                 for i in range(SUPPLIERS)]
    for i in range(SUPPLIERS):
        await loop.mail.add_user(f"s{i}", "pw")
    loop.start(suppliers)  # 40 opening offers committed, none sent yet
    env = write_config(loop.settings, tmp_path / "mailbot.toml")
    log = tmp_path / "bot.log"
    kills = 0
    for count in KILL_AFTER:
        process = await start_bot(env, log)
        kills += await kill_when_delivered(loop, process, count)
    assert kills == len(KILL_AFTER), "each run was killed mid-burst"
    last = await start_bot(env, log)
    try:
        while len({d.recipients for d in loop.mail.delivered}) < SUPPLIERS:
            await loop.mail.wait_for_deliveries(len(loop.mail.delivered) + 1, timeout=60)
        await asyncio.sleep(1.0)  # let it mark the last send
    finally:
        await stop_bot(last)

    copies = Counter(d.recipients[0] for d in loop.mail.delivered)
    duplicates = sum(n - 1 for n in copies.values())
    assert set(copies) == {s.email for s in suppliers}, "every supplier got its offer"
    assert duplicates <= kills, f"{duplicates} duplicates after {kills} kills: {copies}"
    ids = Counter(str(message_from_bytes(d.raw)["Message-ID"]) for d in loop.mail.delivered)
    assert len(ids) == SUPPLIERS, "a repeated message keeps its Message-ID"
    with Session(loop.bot.db) as session:
        states = [m.state for m in session.exec(select(Message).where(Message.direction == "out"))]
    assert states == [OutboundState.SENT] * SUPPLIERS
