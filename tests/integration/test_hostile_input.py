"""Bad input never crashes the poller: each bad message is set aside or forwarded with a
reason, the buyer hears of it, and the reply queued behind it is still answered."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hostile_mail import HOSTILE, big_attachment, deeply_nested
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from loop_fixtures import BOT_USER, SUPPLIER, TEMPLATES, Loop, step
from sqlmodel import Session, select

from mailbot.demo.environment import local_settings
from mailbot.demo.supplier_mail import reply_to
from mailbot.shell.inbound.ingest import Fetched, ingest
from mailbot.shell.mail.local.servers import LocalMailSystem
from mailbot.shell.store.models import InboundState, Message
from mailbot.shell.wiring import build_mailbot

REPLY = "We can offer a 2% reduction and payment at Net 45."
TERMINAL = {InboundState.PROCESSED, InboundState.QUARANTINED, InboundState.DUPLICATE}


def inbound(loop: Loop) -> list[Message]:
    with Session(loop.bot.db) as session:
        return list(session.exec(select(Message).where(Message.direction == "in")
                                 .order_by(Message.id)))


@pytest.mark.timeout(240)
async def test_hostile_mail_ahead_of_a_real_reply(loop: Loop) -> None:
    loop.bot.processor = replace(loop.bot.processor, max_message_bytes=5_000_000)
    loop.start([SUPPLIER])
    await step(loop)
    (offer,) = await loop.mail.wait_for_deliveries(1)
    hostile = [make() for make in HOSTILE.values()] + [big_attachment(20_000_000)]
    await loop.mail.append_many(BOT_USER, hostile)
    await loop.mail.append(BOT_USER, reply_to(offer.raw, REPLY, sender=SUPPLIER.email,
                                              sender_name=SUPPLIER.name, now=loop.clock()))
    await step(loop)
    rows = inbound(loop)
    assert len(rows) == len(hostile) + 1
    assert {m.state for m in rows} <= TERMINAL
    assert rows[-1].state == InboundState.PROCESSED
    too_large = [m for m in rows if len(m.raw) > 5_000_000]
    assert [m.state for m in too_large] == [InboundState.QUARANTINED]
    delivered = loop.mail.delivered
    to_supplier = [d for d in delivered if d.recipients == (SUPPLIER.email,)]
    to_buyer = [d for d in delivered if d.recipients == (loop.company.buyer_address,)]
    assert len(to_supplier) == 2, "the real reply behind the bad mail is answered"
    assert len(to_buyer) == len(hostile), "the buyer hears of every bad message"


def mutate(seed: int, raw: bytes) -> bytes:
    """Flip, drop and duplicate random byte ranges of a real message."""
    rng = random.Random(seed)
    data = bytearray(raw)
    for _ in range(rng.randint(1, 8)):
        if not data:
            break
        at = rng.randrange(len(data))
        action = rng.choice(("flip", "cut", "dup", "nul"))
        if action == "flip":
            data[at] = rng.randrange(256)
        elif action == "cut":
            del data[at:at + rng.randint(1, 200)]
        elif action == "dup":
            data[at:at] = data[at:at + rng.randint(1, 200)]
        else:
            data[at:at] = b"\x00" * rng.randint(1, 5)
    return bytes(data)


@pytest.mark.timeout(300)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seeds=st.lists(st.integers(0, 2**32), min_size=1, max_size=4),
    junk=st.lists(st.binary(max_size=3000), max_size=2),
)
async def test_mutated_and_random_mail_never_stops_processing(
    seeds: list[int], junk: list[bytes], tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    async with LocalMailSystem({"procurement": "pw", "alex": "pw"}) as mail:
        bot_settings = local_settings(mail, database_url=f"sqlite:///{folder / 'f.sqlite3'}",
                                      templates_dir=TEMPLATES)
        bot = build_mailbot(bot_settings)
    base = HOSTILE["broken_mime"]()
    messages = [mutate(seed, base) for seed in seeds] + junk
    now = datetime.now(UTC)
    batch = [Fetched(uid, raw) for uid, raw in enumerate(messages, start=1)]
    ingest(bot.db, batch, mailbox="INBOX", uidvalidity=1, now=now)
    bot.process_received()
    with Session(bot.db) as session:
        states = [m.state for m in session.exec(select(Message).where(Message.direction == "in"))]
    assert len(states) == len(messages)
    assert set(states) <= TERMINAL
    bot.db.dispose()


async def test_nesting_deeper_than_the_parser_can_follow(tmp_path: Path) -> None:
    """Deep enough to exhaust Python's recursion in the email package (and in pymap, which
    is why this one skips the IMAP server): set aside, and the next message still handled."""
    async with LocalMailSystem({"procurement": "pw", "alex": "pw"}) as mail:
        bot_settings = local_settings(mail, database_url=f"sqlite:///{tmp_path / 'd.sqlite3'}",
                                      templates_dir=TEMPLATES)
        bot = build_mailbot(bot_settings)
    messages = [deeply_nested(2000), HOSTILE["nul_bytes"]()]
    batch = [Fetched(uid, raw) for uid, raw in enumerate(messages, start=1)]
    ingest(bot.db, batch, mailbox="INBOX", uidvalidity=1, now=datetime.now(UTC))
    bot.process_received()
    with Session(bot.db) as session:
        states = [m.state for m in session.exec(select(Message).where(Message.direction == "in")
                                                .order_by(Message.id))]
    assert states[0] in TERMINAL and states[1] in TERMINAL
    bot.db.dispose()


async def test_a_strangers_encoded_name_reaches_the_buyer_apart_from_the_address(
    loop: Loop,
) -> None:
    """The display name is the sender's own text: the buyer sees it decoded, quoted and
    apart from the address the email really came from, never as its sender."""
    from email import message_from_bytes
    from email import policy as email_policy

    loop.start([SUPPLIER])
    await step(loop)
    await loop.mail.wait_for_deliveries(1)
    stranger = (b"From: =?utf-8?q?evil=40x=2Eexample=7B=7B7*7=7D=7D?= <z@q.example>\r\n"
                b"To: procurement@buyer.example\r\nSubject: hello\r\n"
                b"Message-ID: <stranger-1@q.example>\r\n\r\nPlease call me.\r\n")
    await loop.mail.append(BOT_USER, stranger)
    await step(loop)
    (forward,) = (await loop.mail.wait_for_deliveries(2))[1:]
    email = message_from_bytes(forward.raw, policy=email_policy.default)
    assert "evil@x.example" not in str(email["Subject"])
    text = email.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "Sent from: z@q.example" in text
    assert 'Display name (set by the sender, not verified): "evil@x.example{{7*7}}"' in text
    assert "<evil@x.example" not in text
