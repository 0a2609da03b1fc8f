"""A bounce is tied to the negotiation whose email it returns, over real servers: by the
returned Message-ID, else by the failed recipient; the buyer hears which address failed."""

from __future__ import annotations

import pytest
from bounce_mail import dsn, plain_ndr
from loop_fixtures import BOT_USER, SUPPLIER, Loop, negotiation, opened, step, text_of
from sqlmodel import Session, select

from mailbot.shell.store.models import AuditEvent, NegotiationState


def reasons(loop: Loop, kind: str) -> list[str]:
    with Session(loop.bot.db) as session:
        return [e.reason for e in session.exec(select(AuditEvent).where(AuditEvent.kind == kind))]


async def bounced(loop: Loop, report: bytes) -> bytes:
    """Append ``report``; the escalation the buyer receives."""
    await loop.mail.append(BOT_USER, report)
    await step(loop)
    (escalation,) = (await loop.mail.wait_for_deliveries(2))[1:]
    assert escalation.recipients == (loop.company.buyer_address,)
    return escalation.raw


@pytest.mark.parametrize("returned", ["headers", "message", "none"])
async def test_a_delivery_report_escalates_its_negotiation_naming_the_address(
    loop: Loop, returned: str
) -> None:
    offer = await opened(loop)
    escalation = await bounced(loop, dsn(offer, SUPPLIER.email, returned=returned))
    n = negotiation(loop)
    assert (n.state, n.state_reason) == (NegotiationState.WAITING_BUYER, "bounce")
    text = " ".join(text_of(escalation).split())
    assert f"could not be delivered to {SUPPLIER.email} (5.1.1" in text
    assert "unmatched" not in reasons(loop, "forward")


async def test_a_plain_text_notice_quoting_the_message_id_escalates(loop: Loop) -> None:
    offer = await opened(loop)
    await bounced(loop, plain_ndr(offer, SUPPLIER.email))
    assert negotiation(loop).state_reason == "bounce"


async def test_a_delay_warning_is_recorded_and_the_negotiation_stays_open(loop: Loop) -> None:
    offer = await opened(loop)
    await loop.mail.append(BOT_USER, dsn(offer, SUPPLIER.email, action="delayed",
                                         status="4.4.1"))
    await step(loop)
    assert len(loop.mail.delivered) == 1
    assert negotiation(loop).state == NegotiationState.OPEN
    assert "delivery_delayed" in reasons(loop, "note")


async def test_a_bounce_of_our_mail_to_the_buyer_is_recorded_never_forwarded(
    loop: Loop,
) -> None:
    offer = await opened(loop)
    escalation = await bounced(loop, dsn(offer, SUPPLIER.email))
    buyer = loop.company.buyer_address
    await loop.mail.append(BOT_USER, dsn(escalation, buyer, reporter="mx.buyer.example"))
    await step(loop)
    assert len(loop.mail.delivered) == 2, "no forward of the buyer's own bounce (a loop)"
    assert "buyer_mail_bounced" in reasons(loop, "note")
