"""Which negotiation a reply belongs to, and what the bot refuses to act on, over real servers."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage

from loop_fixtures import (
    BOT_USER,
    BUYER_USER,
    SUPPLIER,
    Loop,
    exchange,
    negotiation,
    opened,
    step,
    text_of,
)
from sqlmodel import Session, select

from mailbot.demo.supplier_mail import reply_to
from mailbot.shell.store.models import AuditEvent, Message, NegotiationState


def notes(loop: Loop, kind: str) -> list[str]:
    with Session(loop.bot.db) as session:
        return [e.reason for e in session.exec(select(AuditEvent).where(AuditEvent.kind == kind))]


async def test_offer_carries_threading_headers_and_a_signed_reply_token(loop: Loop) -> None:
    offer = message_from_bytes(await opened(loop), policy=policy.default)
    assert offer["Auto-Submitted"] == "auto-generated"
    assert offer["Message-ID"] == negotiation(loop).thread_root_id
    reply_address = offer["Reply-To"].addresses[0]
    assert reply_address.username.startswith("procurement+")
    assert loop.bot.processor.tokens.verify(reply_address.username.partition("+")[2])


async def test_reply_without_the_token_still_matches_by_references(loop: Loop) -> None:
    offer = await opened(loop)
    reply = message_from_bytes(
        reply_to(offer, "We can offer a 2% reduction and Net 45.", sender=SUPPLIER.email,
                 sender_name=SUPPLIER.name, now=loop.clock()),
        policy=policy.default,
    )
    reply.replace_header("To", loop.company.bot_address)  # the client dropped the plus-address
    await loop.mail.append(BOT_USER, reply.as_bytes())
    await step(loop)
    (counter,) = (await loop.mail.wait_for_deliveries(2))[1:]
    assert SUPPLIER.email in counter.recipients
    assert "4% below the current price" in text_of(counter.raw)


async def test_sender_only_match_is_escalated_not_acted_on(loop: Loop) -> None:
    await opened(loop)
    message = EmailMessage()
    message["From"] = f"{SUPPLIER.name} <{SUPPLIER.email}>"
    message["To"] = loop.company.bot_address
    message["Subject"] = "prices"
    message["Message-ID"] = "<fresh-thread@boxco.example>"
    message.set_content("We accept.")
    await loop.mail.append(BOT_USER, message.as_bytes())
    await step(loop)
    (escalation,) = (await loop.mail.wait_for_deliveries(2))[1:]
    assert escalation.recipients == (loop.company.buyer_address,)
    assert negotiation(loop).state == NegotiationState.WAITING_BUYER
    assert negotiation(loop).state_reason == "unverified_thread"


async def test_forged_acceptance_from_another_address_never_closes(loop: Loop) -> None:
    offer = await opened(loop)
    forged = reply_to(offer, "We accept your proposal.", sender="mallory@evil.example",
                      sender_name=SUPPLIER.name, now=loop.clock())
    await loop.mail.append(BOT_USER, forged)
    await step(loop)
    await loop.mail.wait_for_deliveries(2)
    assert negotiation(loop).state == NegotiationState.WAITING_BUYER
    assert negotiation(loop).state_reason == "suspicious_sender"
    assert negotiation(loop).agreed_terms is None


async def test_unmatched_mail_goes_to_the_buyer_never_into_a_negotiation(loop: Loop) -> None:
    await opened(loop)
    stranger = EmailMessage()
    stranger["From"] = "someone@unknown.example"
    stranger["To"] = loop.company.bot_address
    stranger["Subject"] = "Our new catalogue"
    stranger["Message-ID"] = "<catalogue@unknown.example>"
    stranger.set_content("Please find our new catalogue: 10% off everything.")
    await loop.mail.append(BOT_USER, stranger.as_bytes())
    await step(loop)
    (forward,) = (await loop.mail.wait_for_deliveries(2))[1:]
    assert forward.recipients == (loop.company.buyer_address,)
    assert negotiation(loop).state == NegotiationState.OPEN
    with Session(loop.bot.db) as session:
        inbound = session.exec(select(Message).where(Message.direction == "in")).one()
    assert inbound.negotiation_id is None
    assert "unmatched" in notes(loop, "forward")


async def test_auto_reply_is_recorded_and_never_answered(loop: Loop) -> None:
    offer = await opened(loop)
    auto = reply_to(offer, "I am out of the office until Monday.", sender=SUPPLIER.email,
                    sender_name=SUPPLIER.name, now=loop.clock(),
                    headers={"Auto-Submitted": "auto-replied"})
    await loop.mail.append(BOT_USER, auto)
    await step(loop)
    to_supplier = [d for d in loop.mail.delivered if d.recipients == (SUPPLIER.email,)]
    assert len(to_supplier) == 1  # the offer only: never answered
    assert "auto_reply" in notes(loop, "note")
    assert negotiation(loop).state == NegotiationState.OPEN


async def test_each_inbound_message_is_processed_once_across_polls(loop: Loop) -> None:
    await opened(loop)
    await exchange(loop, "We can offer a 2% reduction and Net 45.", 1)
    await step(loop)
    await step(loop)
    assert len(loop.mail.delivered) == 2
    with Session(loop.bot.db) as session:
        decisions = session.exec(select(AuditEvent).where(AuditEvent.kind == "decision")).all()
    assert [d.reason for d in decisions] == ["opening", "counter"]


async def test_uidvalidity_change_resyncs_without_reprocessing(loop: Loop) -> None:
    await opened(loop)
    await exchange(loop, "We can offer a 2% reduction and Net 45.", 1)
    await loop.mail.restart_imap()
    await step(loop)
    assert len(loop.mail.delivered) == 2
    with Session(loop.bot.db) as session:
        states = [m.state for m in session.exec(select(Message).where(Message.direction == "in"))]
    assert sorted(states) == ["duplicate", "processed"]


async def test_silent_supplier_is_reminded_then_escalated(loop: Loop) -> None:
    await opened(loop)
    for days, expected in ((3.1, 2), (3.1, 3), (4.0, 4)):
        loop.clock.advance(days)
        loop.bot.check_silence()
        await step(loop)
        await loop.mail.wait_for_deliveries(expected)
    kinds = [message_from_bytes(d.raw)["To"] for d in loop.mail.delivered]
    assert sum(SUPPLIER.email in str(to) for to in kinds) == 3  # offer + two reminders
    assert negotiation(loop).state_reason == "silent_supplier"
    assert len(await loop.mail.messages(BUYER_USER)) == 1
