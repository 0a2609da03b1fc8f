"""A message that cannot be processed is quarantined with its reason, reaches the buyer, and
does not block the messages behind it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from loop_fixtures import BOT_USER, SUPPLIER, Loop, step
from sqlmodel import Session, select

from mailbot.core import reading
from mailbot.demo.supplier_mail import reply_to
from mailbot.shell.inbound import processing
from mailbot.shell.store.models import AuditEvent, Message


def inbound_states(loop: Loop) -> list[str]:
    with Session(loop.bot.db) as session:
        rows = session.exec(select(Message).where(Message.direction == "in").order_by(Message.id))
        return [m.state for m in rows]


async def test_a_crash_while_reading_quarantines_only_that_message(
    loop: Loop, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fragile_reader(parsed: reading.ParsedMessage, context: reading.ReadingContext
                       ) -> reading.Reading:
        if "poison" in parsed.text:
            raise RuntimeError("reader fault injected by the test")
        return reading.read_parsed(parsed, context)

    monkeypatch.setattr(processing, "read_parsed", fragile_reader)
    loop.start([SUPPLIER])
    await step(loop)
    (offer,) = await loop.mail.wait_for_deliveries(1)
    for body in ("poison pill", "We can offer a 2% reduction and Net 45."):
        raw = reply_to(offer.raw, body, sender=SUPPLIER.email, sender_name=SUPPLIER.name,
                       now=loop.clock())
        await loop.mail.append(BOT_USER, raw)
    await step(loop)
    assert inbound_states(loop) == ["quarantined", "processed"]
    delivered = await loop.mail.wait_for_deliveries(3)
    recipients = sorted(d.recipients[0] for d in delivered[1:])
    assert recipients == sorted([loop.company.buyer_address, SUPPLIER.email])
    with Session(loop.bot.db) as session:
        event = session.exec(select(AuditEvent).where(AuditEvent.kind == "quarantine")).one()
    assert "reader fault injected" in event.explanation


async def test_oversized_message_is_quarantined_and_the_buyer_told(loop: Loop) -> None:
    loop.bot.processor = replace(loop.bot.processor, max_message_bytes=2_000)
    loop.start([SUPPLIER])
    await step(loop)
    (offer,) = await loop.mail.wait_for_deliveries(1)
    big = reply_to(offer.raw, "x" * 5_000, sender=SUPPLIER.email, sender_name=SUPPLIER.name,
                   now=loop.clock())
    await loop.mail.append(BOT_USER, big)
    await step(loop)
    assert inbound_states(loop) == ["quarantined"]
    (notice,) = (await loop.mail.wait_for_deliveries(2))[1:]
    assert notice.recipients == (loop.company.buyer_address,)
    assert b"too_large" in notice.raw
