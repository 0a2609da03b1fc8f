"""The outbox against a real SMTP server that refuses: retry later on 4xx, escalate on 5xx."""

from __future__ import annotations

from loop_fixtures import SUPPLIER, Loop, step
from sqlmodel import Session, select

from mailbot.shell.store.models import Message, Negotiation, NegotiationState, OutboundState


def outbound(loop: Loop) -> list[Message]:
    with Session(loop.bot.db) as session:
        return list(session.exec(select(Message).where(Message.direction == "out")))


async def test_transient_refusal_is_retried_later_with_the_same_message_id(loop: Loop) -> None:
    loop.start([SUPPLIER])
    loop.mail.fail_next(451, "4.3.0 try again later")
    await step(loop)
    (deferred,) = outbound(loop)
    assert deferred.state == OutboundState.PENDING and deferred.attempts == 1
    assert deferred.next_attempt_at is not None
    await step(loop)  # not due yet: nothing is sent
    assert loop.mail.delivered == []
    loop.clock.advance(1)
    await step(loop)
    (sent,) = outbound(loop)
    assert sent.state == OutboundState.SENT
    assert sent.message_id == deferred.message_id
    (delivered,) = await loop.mail.wait_for_deliveries(1)
    assert sent.message_id.encode() in delivered.raw


async def test_permanent_refusal_fails_the_message_and_escalates(loop: Loop) -> None:
    loop.start([SUPPLIER])
    loop.mail.fail_next(550, "5.1.1 no such user")
    await step(loop)
    messages = outbound(loop)
    assert messages[0].state == OutboundState.FAILED
    assert "550" in (messages[0].last_error or "")
    with Session(loop.bot.db) as session:
        negotiation = session.exec(select(Negotiation)).one()
    assert negotiation.state == NegotiationState.WAITING_BUYER
    assert negotiation.state_reason == "send_failed"
    (escalation,) = await loop.mail.wait_for_deliveries(1)
    assert escalation.recipients == (loop.company.buyer_address,)


async def test_gives_up_after_the_configured_attempts(loop: Loop) -> None:
    loop.start([SUPPLIER])
    attempts = loop.bot.delivery.retry.attempts
    loop.mail.fail_next(421, "4.7.0 too busy", count=attempts)
    for _ in range(attempts):
        await step(loop)
        loop.clock.advance(1)
    assert outbound(loop)[0].state == OutboundState.FAILED
    assert outbound(loop)[0].attempts == attempts
