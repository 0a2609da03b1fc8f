"""``mailbot demo`` as a new user runs it: embedded servers, simulated suppliers, the real bot."""

from __future__ import annotations

from email import message_from_bytes, policy
from pathlib import Path

from loop_fixtures import TEMPLATES, WORKED_EXAMPLE
from sqlmodel import Session, select

from mailbot.demo.scenario import CAST, run_demo
from mailbot.shell.store.database import open_engine
from mailbot.shell.store.models import Escalation, Message, Negotiation, Supplier


async def test_demo_closes_the_worked_example_and_escalates_to_the_buyer(tmp_path: Path) -> None:
    result = await run_demo(WORKED_EXAMPLE, TEMPLATES, tmp_path, on_start=lambda _: None)
    assert result.finished
    with Session(open_engine(result.database_url)) as session:
        outcomes = {
            session.get(Supplier, n.supplier_id).name: n  # type: ignore[union-attr]
            for n in session.exec(select(Negotiation))
        }
        # Quickseal first names a price range: it is asked which value, not escalated.
        ranged = outcomes["Quickseal Tapes"].id
        sent = [m.kind for m in session.exec(
            select(Message).where(Message.negotiation_id == ranged))]
        escalated = [e.reason for e in session.exec(
            select(Escalation).where(Escalation.negotiation_id == ranged))]
    assert "clarification" in sent
    assert not {"low_confidence", "unclear_reply"} & set(escalated)
    boxco = outcomes["Boxco Packaging"]
    assert boxco.state == "agreed"
    assert boxco.agreed_terms is not None
    assert (boxco.agreed_terms["price_change_pct"], boxco.agreed_terms["payment_days"],
            boxco.agreed_terms["contract_months"]) == (-4.0, 50, 12)
    assert outcomes["Polyfilm Ltd"].state_reason == "price_increase"
    assert outcomes["Labelworks"].state_reason == "silent_supplier"
    assert len(outcomes) == len(CAST)
    subjects = [str(message_from_bytes(raw, policy=policy.default)["Subject"])
                for raw in result.buyer_mailbox]
    assert any(s.startswith("Your decision needed: Polyfilm Ltd") for s in subjects)
    assert any(s.startswith("Deal closed: Boxco Packaging") for s in subjects)
