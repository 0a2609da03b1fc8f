"""The buyer acts on an escalation or a shadow-mode draft by replying with a command, over
real servers: only an allowed buyer, only through the buyer's own copy."""

from __future__ import annotations

from email import message_from_bytes
from email import policy as email_policy
from pathlib import Path

from loop_fixtures import (
    BOT_USER,
    SUPPLIER,
    WORKED_EXAMPLE,
    Loop,
    escalated,
    exchange,
    negotiation,
    step,
)
from sqlmodel import Session, select
from typer.testing import CliRunner

from mailbot.cli.app import app
from mailbot.demo.supplier_mail import reply_to
from mailbot.shell.store.models import AuditEvent, Message, NegotiationState, OutboundState


async def buyer_answers(loop: Loop, to: bytes, body: str, sender: str | None = None) -> bytes:
    """The buyer (or ``sender``) replies to ``to``; returns the next email the bot sends."""
    before = len(loop.mail.delivered)
    raw = reply_to(to, body, sender=sender or loop.company.buyer_address,
                   sender_name=loop.company.buyer_name, now=loop.clock())
    await loop.mail.append(BOT_USER, raw)
    await step(loop)
    delivered = await loop.mail.wait_for_deliveries(before + 1)
    return delivered[before].raw


def subject(raw: bytes) -> str:
    return str(message_from_bytes(raw, policy=email_policy.default)["Subject"])


async def test_counter_by_reply_sends_the_buyers_terms(loop: Loop) -> None:
    escalation = await escalated(loop)
    await buyer_answers(loop, escalation, "COUNTER 4% NET 50\n\nThey can live with that.")
    sent = loop.mail.delivered[-2:]
    to_supplier = [d for d in sent if d.recipients == (SUPPLIER.email,)]
    to_buyer = [d for d in sent if d.recipients == (loop.company.buyer_address,)]
    assert len(to_supplier) == 1 and len(to_buyer) == 1
    assert b"4% below the current price" in to_supplier[0].raw
    assert b"Net 50" in to_supplier[0].raw
    assert subject(to_buyer[0].raw).startswith("Counter-offer sent")
    assert negotiation(loop).state == NegotiationState.OPEN


async def test_counter_outside_the_policy_is_refused_with_the_reason_and_bounds(
    loop: Loop,
) -> None:
    escalation = await escalated(loop)
    before = len(loop.mail.delivered)
    notice = await buyer_answers(loop, escalation, "COUNTER 2% NET 30")
    assert message_from_bytes(notice)["To"] == loop.company.buyer_address
    assert subject(notice).startswith("Command not applied")
    text = message_from_bytes(notice, policy=email_policy.default).get_body(("plain",))
    body = " ".join(str(text.get_content()).split())  # type: ignore[union-attr]
    assert "payment_days = 30 is beyond the walk-away" in body
    assert "payment_days target 60, walk-away 45" in body
    assert "COUNTER OVERRIDE" in body
    assert len(loop.mail.delivered) == before + 1, "nothing went to the supplier"
    assert negotiation(loop).state == NegotiationState.WAITING_BUYER


async def test_counter_override_sends_the_terms_and_records_the_override(loop: Loop) -> None:
    escalation = await escalated(loop)
    await buyer_answers(loop, escalation, "COUNTER OVERRIDE 2% NET 30")
    sent = loop.mail.delivered[-2:]
    to_supplier = [d for d in sent if d.recipients == (SUPPLIER.email,)]
    assert len(to_supplier) == 1 and b"Net 30" in to_supplier[0].raw
    assert negotiation(loop).state == NegotiationState.OPEN
    with Session(loop.bot.db) as session:
        events = session.exec(select(AuditEvent).order_by(AuditEvent.id)).all()
    commands = [e for e in events if e.kind == "buyer_command"]
    assert [e.reason for e in commands] == ["counter_override"]
    assert "payment_days = 30 is beyond the walk-away" in commands[0].explanation
    assert [e.reason for e in events if e.kind == "decision"][-1] == "buyer_counter_override"


async def test_approve_accepts_the_suppliers_latest_terms(loop: Loop) -> None:
    escalation = await escalated(loop)
    await buyer_answers(loop, escalation, "APPROVE")
    await loop.mail.wait_for_deliveries(len(loop.mail.delivered))
    n = negotiation(loop)
    assert n.state == NegotiationState.AGREED and n.agreed_terms is not None
    assert n.agreed_terms["price_change_pct"] == 3.0
    assert n.agreed_terms["unit_price"] == 6.18  # recomputed from the 6.00 baseline


def stored_offers(loop: Loop) -> list[dict[str, object]]:
    """The terms of every buyer-side offer, as stored in the audit trail."""
    with Session(loop.bot.db) as session:
        rows = session.exec(select(AuditEvent).where(AuditEvent.kind == "exchange")
                            .order_by(AuditEvent.id)).all()
    return [r.payload["terms"] for r in rows if r.payload["party"] == "buyer"]


async def test_a_counter_is_stored_priced_from_the_baseline(loop: Loop) -> None:
    escalation = await escalated(loop)
    await buyer_answers(loop, escalation, "COUNTER 4% NET 50")
    opening, counter = stored_offers(loop)
    assert opening["unit_price"] == 5.64
    assert (counter["price_change_pct"], counter["unit_price"]) == (-4.0, 5.76)
    assert counter["payment_days"] == 50
    assert negotiation(loop).state_reason == "buyer_counter"


async def test_a_command_from_someone_else_is_refused(loop: Loop) -> None:
    escalation = await escalated(loop)
    notice = await buyer_answers(loop, escalation, "APPROVE", sender="intern@buyer.example")
    assert message_from_bytes(notice)["To"] == loop.company.buyer_address
    assert b"not an allowed buyer" in notice
    assert negotiation(loop).state == NegotiationState.WAITING_BUYER


async def test_the_supplier_cannot_command_through_its_own_thread(loop: Loop) -> None:
    await escalated(loop)
    await exchange(loop, "APPROVE", 1)  # on the supplier's thread: forwarded, not obeyed
    assert negotiation(loop).state == NegotiationState.WAITING_BUYER


async def test_take_over_stops_the_bot_and_forwards_later_replies(loop: Loop) -> None:
    escalation = await escalated(loop)
    await buyer_answers(loop, escalation, "take over")
    assert negotiation(loop).state_reason == "taken_over"
    (forwarded,) = await exchange(loop, "Any news on our proposal?", 1)
    assert message_from_bytes(forwarded)["To"] == loop.company.buyer_address


async def test_not_a_command_gets_the_usage_and_changes_nothing(loop: Loop) -> None:
    escalation = await escalated(loop)
    notice = await buyer_answers(loop, escalation, "Let me think about it.")
    assert subject(notice).startswith("Command not applied")
    assert b"APPROVE, DECLINE" in notice
    assert negotiation(loop).state == NegotiationState.WAITING_BUYER


async def test_shadow_mode_holds_every_offer_until_approved(loop: Loop, tmp_path: Path) -> None:
    policy = tmp_path / "shadow.yaml"
    policy.write_text(WORKED_EXAMPLE.read_text(encoding="utf-8") + "\nshadow: true\n",
                      encoding="utf-8")
    loop.start([SUPPLIER], policy)
    await step(loop)
    (review,) = await loop.mail.wait_for_deliveries(1)
    assert review.recipients == (loop.company.buyer_address,)
    assert b"6% below the current price" in review.raw  # the draft, quoted for review
    assert len(await loop.mail.messages("sales")) == 0
    await buyer_answers(loop, review.raw, "APPROVE")
    delivered = await loop.mail.wait_for_deliveries(3)
    offer = [d for d in delivered if d.recipients == (SUPPLIER.email,)]
    assert len(offer) == 1 and b"6% below the current price" in offer[0].raw
    with Session(loop.bot.db) as session:
        offers = session.exec(select(Message).where(Message.kind == "opening_offer"))
        states = [m.state for m in offers]
    assert states == [OutboundState.SENT]


async def test_a_counter_outside_the_policy_keeps_the_drafts(loop: Loop, tmp_path: Path) -> None:
    policy = tmp_path / "shadow.yaml"
    policy.write_text(WORKED_EXAMPLE.read_text(encoding="utf-8") + "\nshadow: true\n",
                      encoding="utf-8")
    loop.start([SUPPLIER], policy)
    await step(loop)
    (review,) = await loop.mail.wait_for_deliveries(1)
    notice = await buyer_answers(loop, review.raw, "COUNTER +2% NET 60")
    assert subject(notice).startswith("Command not applied")
    assert b"price_change_pct = 2 is beyond the walk-away" in notice
    with Session(loop.bot.db) as session:
        offers = session.exec(select(Message).where(Message.kind == "opening_offer"))
        assert [m.state for m in offers] == [OutboundState.DRAFT]


def test_resolve_from_the_command_line_needs_exactly_one_choice() -> None:
    result = CliRunner().invoke(app, ["resolve", "1", "--approve", "--decline"])
    assert result.exit_code == 2
    assert "exactly one" in result.output

