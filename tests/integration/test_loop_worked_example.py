"""The worked example end to end over email: real IMAP and SMTP servers, the real store.

The supplier's replies are real emails appended to the bot's IMAP inbox; assertions read
what reached the SMTP server and what is in the store.
"""

from __future__ import annotations

from email import message_from_bytes, policy

from loop_fixtures import BUYER_USER, SUPPLIER, Loop, exchange, negotiation, step, text_of
from sqlmodel import Session, select

from mailbot.shell.store.models import Escalation, NegotiationState


async def test_worked_example_closes_at_4pct_net50_12_months(loop: Loop) -> None:
    loop.start([SUPPLIER])
    await step(loop)
    opening = await loop.mail.wait_for_deliveries(1)
    assert opening[0].recipients == (SUPPLIER.email,)
    assert "6% below the current price" in text_of(opening[0].raw)
    assert "Net 60" in text_of(opening[0].raw)

    (counter,) = await exchange(loop, "We can offer a 2% reduction and payment at Net 45.", 1)
    counter_text = text_of(counter)
    assert "4% below the current price" in counter_text
    assert "12-month" in counter_text and "Net 60" in counter_text

    confirmation, summary = sorted(
        await exchange(loop, "We accept a 4% reduction with payment at Net 50.", 2),
        key=lambda raw: BUYER_USER in str(message_from_bytes(raw)["To"]),
    )
    assert SUPPLIER.email in str(message_from_bytes(confirmation)["To"])
    assert "Deal closed" in str(message_from_bytes(summary)["Subject"])
    closed = negotiation(loop)
    assert closed.state == NegotiationState.AGREED
    assert closed.agreed_terms is not None
    agreed = {k: v for k, v in closed.agreed_terms.items() if v is not None}
    assert agreed["price_change_pct"] == -4.0
    assert agreed["payment_days"] == 50
    assert agreed["contract_months"] == 12
    # The confirmation the supplier receives restates what the bot agreed.
    confirmed = text_of(confirmation)
    assert "4% below the current price" in confirmed
    assert "Net 50" in confirmed and "12 months" in confirmed


async def test_price_increase_escalates_to_the_buyer_mailbox(loop: Loop) -> None:
    loop.start([SUPPLIER])
    await step(loop)
    await loop.mail.wait_for_deliveries(1)
    (escalation,) = await exchange(
        loop, "Due to rising resin costs we must increase our price by 3% from next month.", 1
    )
    message = message_from_bytes(escalation, policy=policy.default)
    assert loop.company.buyer_address in str(message["To"])
    assert "price_increase" in text_of(escalation)
    attached = [part for part in message.walk() if part.get_content_type() == "message/rfc822"]
    assert len(attached) == 1, "the supplier's original email is attached"
    assert negotiation(loop).state == NegotiationState.WAITING_BUYER
    with Session(loop.bot.db) as session:
        assert session.exec(select(Escalation)).one().reason == "price_increase"
    buyer_mailbox = await loop.mail.messages(BUYER_USER)
    assert len(buyer_mailbox) == 1

