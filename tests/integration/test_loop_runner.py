"""``mailbot run``'s loop: the scheduler, IDLE wake-ups and a clean stop, over real servers."""

from __future__ import annotations

import asyncio

from loop_fixtures import BOT_USER, SUPPLIER, Loop, text_of

from mailbot.demo.supplier_mail import reply_to
from mailbot.shell.runner import Intervals, Runner
from mailbot.shell.wiring import imap_settings, smtp_settings


async def test_runner_answers_a_reply_announced_by_idle(loop: Loop) -> None:
    loop.start([SUPPLIER])
    # Polling is slow on purpose: only IDLE can make the answer come back in time.
    runner = Runner(loop.bot, imap_settings(loop.settings), smtp_settings(loop.settings),
                    Intervals(poll_s=3600, flush_s=0.2, silence_s=3600, idle_timeout_s=30))
    task = asyncio.create_task(runner.run())
    try:
        (offer,) = await loop.mail.wait_for_deliveries(1, timeout=20)
        await asyncio.sleep(0.5)  # the IDLE watcher is connected by now
        reply = reply_to(offer.raw, "We can offer a 2% reduction and Net 45.",
                         sender=SUPPLIER.email, sender_name=SUPPLIER.name, now=loop.clock())
        await loop.mail.append(BOT_USER, reply)
        counter = (await loop.mail.wait_for_deliveries(2, timeout=20))[1]
        assert "4% below the current price" in text_of(counter.raw)
    finally:
        runner.stop()
        await asyncio.wait_for(task, 30)
    assert task.exception() is None
