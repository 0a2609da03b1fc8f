"""Asking the supplier before asking the buyer, end to end over real IMAP and SMTP servers.

An unclear but harmless reply gets a clarification email; the answer is read with that
clarification as its context and the engine decides on it. A second unclear answer goes
to the buyer with both messages. An acceptance read from free text asks the supplier to
say if anything is wrong, and a reply that does reopens the deal for the buyer.
"""

from __future__ import annotations

import re
from email import message_from_bytes, policy

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
from rich.console import Console
from sqlmodel import Session, col, select

from mailbot.cli.views import thread
from mailbot.core.terms import Terms
from mailbot.demo.supplier_mail import reply_to
from mailbot.shell.store.models import AuditEvent, Escalation, NegotiationState

RANGE_REPLY = "Thanks for the proposal. We can do between 2 and 3% off, with payment at Net 45."


def events(loop: Loop, kind: str) -> list[AuditEvent]:
    with Session(loop.bot.db) as session:
        rows = session.exec(select(AuditEvent).where(AuditEvent.kind == kind)
                            .order_by(col(AuditEvent.id)))
        return list(rows)


def supplier_terms(loop: Loop) -> Terms:
    """The supplier's latest position as the engine received it."""
    latest = [e for e in events(loop, "exchange") if e.payload["party"] == "supplier"][-1]
    return Terms.from_json(latest.payload["terms"])


def last_decision(loop: Loop) -> AuditEvent:
    return events(loop, "decision")[-1]


def filled_form(clarification: str, **values: str) -> str:
    """The reply form of ``clarification`` as the supplier sends it back, with the lines
    whose label starts with a key of ``values`` (spaces as underscores) filled in."""
    block = re.search(r"^--- Your reply.*?^--- end ---$", clarification, re.M | re.S)
    assert block, "the clarification carries the reply form"
    lines = []
    for line in block.group(0).splitlines():
        label = line.partition(":")[0].lower().replace(" ", "_")
        fill = next((v for k, v in values.items() if label.startswith(k)), None)
        lines.append(f"{line.partition(':')[0]}: {fill}" if fill is not None else line)
    return "\n".join(lines)


async def clarified(loop: Loop, reply: str = RANGE_REPLY) -> str:
    """Open, answer with ``reply``, and return the clarification the bot sends back."""
    await opened(loop)
    (clarification,) = await exchange(loop, reply, 1)
    assert SUPPLIER.email in str(message_from_bytes(clarification)["To"])
    return text_of(clarification).replace("\r\n", "\n")


async def test_a_range_is_clarified_and_the_value_given_decides(loop: Loop) -> None:
    text = await clarified(loop)
    assert "Which single value within that range" in text
    assert "Net 45" in text
    form = filled_form(text)
    assert re.search(r"^Unit price change.*:\s*$", form, re.M), "the asked term is left blank"
    assert re.search(r"^Payment terms \(days\): 45$", form, re.M), "the understood one is filled"
    n = negotiation(loop)
    assert (n.state, n.state_reason, n.round) == (NegotiationState.OPEN, "clarify", 1)
    assert not await loop.mail.messages(BUYER_USER), "nothing went to the buyer"
    asked = last_decision(loop)
    assert asked.payload["action"] == "clarify"
    assert "range for price_change_pct" in asked.explanation  # the audit trail says what
    shown = Console(record=True, width=240)
    shown.print(thread(loop.bot.db, n.id or 0))
    trail = shown.export_text()
    assert "→ clarification" in trail and "range for price_change_pct" in trail  # mailbot show

    (answer,) = await exchange(loop, "3 %", 1)
    assert supplier_terms(loop) == Terms(price_change_pct=-3.0, payment_days=45)
    assert events(loop, "reading")[-1].explanation.endswith("the answer to our clarification")
    decided = last_decision(loop)
    assert decided.payload["action"] == "offer", decided.explanation
    assert SUPPLIER.email in str(message_from_bytes(answer)["To"])
    assert negotiation(loop).round == 2


async def test_packages_named_by_the_supplier_are_listed_and_a_letter_picks_one(
    loop: Loop,
) -> None:
    text = await clarified(
        loop, "We could offer 2% with payment at Net 45, or 4% with payment at Net 50.")
    assert "Option A" in text and "Option B" in text
    assert "outside what we can agree to" not in text  # both lie inside the policy

    await exchange(loop, "B", 1)
    assert supplier_terms(loop) == Terms(price_change_pct=-4.0, payment_days=50)
    assert last_decision(loop).payload["action"] in ("accept", "offer")


async def test_a_corrected_form_answers_the_clarification(loop: Loop) -> None:
    text = await clarified(loop)
    await exchange(loop, filled_form(text, unit_price_change="-2.5"), 1)
    decided = supplier_terms(loop)
    assert (decided.price_change_pct, decided.payment_days) == (-2.5, 45)
    assert last_decision(loop).payload["action"] == "offer"


async def test_a_second_unclear_answer_escalates_with_both_messages(loop: Loop) -> None:
    await clarified(loop)
    second = "Hard to say, somewhere between 2 and 3 %, it depends on the volume."
    (escalation,) = await exchange(loop, second, 1)
    message = message_from_bytes(escalation, policy=policy.default)
    assert loop.company.buyer_address in str(message["To"])
    body = text_of(escalation)
    assert "we asked the supplier to clarify an earlier one" in body
    assert "> Thanks for the proposal. We can do between 2 and 3% off" in body
    assert "> Hard to say, somewhere between 2 and 3 %" in body
    attached = [part for part in message.walk() if part.get_content_type() == "message/rfc822"]
    assert len(attached) == 2, "both supplier emails are attached"
    assert negotiation(loop).state == NegotiationState.WAITING_BUYER
    assert len(events(loop, "clarification")) == 1, "never a second clarification"


async def test_an_acceptance_read_from_free_text_is_checked_and_a_dispute_reopens_it(
    loop: Loop,
) -> None:
    await opened(loop)
    await exchange(loop, "We can offer a 2% reduction and payment at Net 45.", 1)
    confirmation, _summary = sorted(
        await exchange(loop, "We accept a 4% reduction with payment at Net 50.", 2),
        key=lambda raw: BUYER_USER in str(message_from_bytes(raw)["To"]),
    )
    # The 12-month term was not restated by the supplier: the confirmation asks.
    assert "Please reply only if something above is not what you agreed" in text_of(
        confirmation)
    assert negotiation(loop).state == NegotiationState.AGREED

    (escalation,) = await exchange(
        loop, "Sorry, there is a mistake: we offered 4% at Net 50 on a 6-month contract.", 1)
    assert loop.company.buyer_address in str(message_from_bytes(escalation)["To"])
    n = negotiation(loop)
    assert (n.state, n.state_reason) == (NegotiationState.WAITING_BUYER, "acceptance_disputed")
    assert n.agreed_terms is None
    with Session(loop.bot.db) as session:
        assert session.exec(select(Escalation)).one().reason == "acceptance_disputed"


async def test_a_thank_you_after_the_confirmation_disputes_nothing(loop: Loop) -> None:
    await opened(loop)
    await exchange(loop, "We can offer a 2% reduction and payment at Net 45.", 1)
    await exchange(loop, "We accept a 4% reduction with payment at Net 50.", 2)
    await exchange(loop, "Thank you, we accept the terms as confirmed.", 1)
    assert negotiation(loop).state == NegotiationState.AGREED


async def test_an_automatic_reply_to_the_clarification_is_not_answered(loop: Loop) -> None:
    await clarified(loop)

    def to_supplier() -> int:
        return sum(SUPPLIER.email in d.recipients for d in loop.mail.delivered)

    before = to_supplier()
    latest = loop.mail.delivered[-1]
    out_of_office = reply_to(latest.raw, "I am away until Monday and read no email.",
                             sender=SUPPLIER.email, sender_name=SUPPLIER.name, now=loop.clock(),
                             headers={"Auto-Submitted": "auto-replied"})
    await loop.mail.append(BOT_USER, out_of_office)
    await step(loop)
    assert to_supplier() == before, "nothing is sent to an automatic reply"
    # The clarification still stands: the real answer is read against it.
    await exchange(loop, "3 %", 1)
    assert supplier_terms(loop) == Terms(price_change_pct=-3.0, payment_days=45)


async def test_a_clarification_counts_toward_the_daily_cap(loop: Loop) -> None:
    loop.bot.actions.daily_cap = 1  # the opening offer used it up
    await opened(loop)
    (escalation,) = await exchange(loop, RANGE_REPLY, 1)
    assert loop.company.buyer_address in str(message_from_bytes(escalation)["To"])
    assert negotiation(loop).state_reason == "send_cap_reached"


async def test_an_acceptance_on_the_form_is_not_asked_again(loop: Loop) -> None:
    offer = text_of(await opened(loop)).replace("\r\n", "\n")
    confirmation, _summary = sorted(
        await exchange(loop, filled_form(offer), 2),
        key=lambda raw: BUYER_USER in str(message_from_bytes(raw)["To"]),
    )
    assert negotiation(loop).state == NegotiationState.AGREED
    text = text_of(confirmation)
    assert "If anything above does not match your understanding" in text
    assert "Please reply only if" not in text


async def test_a_silent_supplier_is_reminded_of_the_question_not_of_the_offer(
        loop: Loop) -> None:
    await clarified(loop)
    before = len(loop.mail.delivered)
    loop.clock.advance(3.1)  # past reminder_after_days, counted from the clarification
    loop.bot.check_silence()
    await step(loop)
    (reminder,) = [d.raw for d in (await loop.mail.wait_for_deliveries(before + 1))[before:]]
    text = text_of(reminder).replace("\r\n", "\n")
    assert SUPPLIER.email in str(message_from_bytes(reminder)["To"])
    assert "A friendly reminder" in text and "still waiting for your answer" in text
    assert "Which single value within that range" in text, "the question is asked again"
    assert negotiation(loop).reminders_sent == 1

    (answer,) = await exchange(loop, "3 %", 1)  # still read as the clarification's answer
    assert supplier_terms(loop) == Terms(price_change_pct=-3.0, payment_days=45)
    assert last_decision(loop).payload["action"] == "offer"
    assert SUPPLIER.email in str(message_from_bytes(answer)["To"])
