"""A reply that answers an offer we have since replaced, over real IMAP and SMTP servers.

"We accept" under our first offer, after we sent a second one, does not say which offer
it accepts: the buyer decides, and nothing goes to the supplier. A counter states its
own terms and goes on as usual; an acceptance of the latest offer closes the deal."""

from __future__ import annotations

from email import message_from_bytes

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

from mailbot.demo.supplier_mail import reply_to
from mailbot.shell.store.models import NegotiationState

COUNTER = "We can offer a 2% reduction and payment at Net 45."


async def answer(loop: Loop, offer: bytes, body: str, expected: int) -> list[bytes]:
    """The supplier answers ``offer`` (not necessarily our latest email)."""
    before = len(loop.mail.delivered)
    await loop.mail.append(BOT_USER, reply_to(offer, body, sender=SUPPLIER.email,
                                              sender_name=SUPPLIER.name, now=loop.clock()))
    await step(loop)
    return [d.raw for d in (await loop.mail.wait_for_deliveries(before + expected))[before:]]


async def test_accepting_a_replaced_offer_goes_to_the_buyer(loop: Loop) -> None:
    first = await opened(loop)
    await exchange(loop, COUNTER, 1)  # our second offer goes out
    (escalation,) = await answer(loop, first, "Thanks, we accept your offer.", 1)
    assert BUYER_USER in str(message_from_bytes(escalation)["To"])
    assert "earlier offer" in text_of(escalation)
    n = negotiation(loop)
    assert (n.state, n.state_reason) == (NegotiationState.WAITING_BUYER,
                                         "accepts_superseded_offer")
    assert n.agreed_terms is None


async def test_a_counter_under_a_replaced_offer_is_answered(loop: Loop) -> None:
    first = await opened(loop)
    await exchange(loop, COUNTER, 1)
    replies = await answer(loop, first, "We could do 2.5% at Net 45.", 1)
    assert any(SUPPLIER.email in str(message_from_bytes(r)["To"]) for r in replies)
    assert negotiation(loop).state_reason != "accepts_superseded_offer"


async def test_accepting_the_latest_offer_closes_the_deal(loop: Loop) -> None:
    await opened(loop)
    await exchange(loop, COUNTER, 1)
    await exchange(loop, "Thanks, we accept your offer.", 2)  # confirmation and summary
    assert negotiation(loop).state == NegotiationState.AGREED
