"""Several offers of equal value in one email, and the supplier picking one by letter."""

from __future__ import annotations

from pathlib import Path

from loop_fixtures import SUPPLIER, WORKED_EXAMPLE, Loop, exchange, step, text_of
from sqlmodel import Session, select

from mailbot.core.terms import Terms
from mailbot.shell.store.models import AuditEvent, Negotiation, NegotiationState


def meso_policy(tmp_path: Path) -> Path:
    text = WORKED_EXAMPLE.read_text(encoding="utf-8")
    path = tmp_path / "meso.yaml"
    path.write_text(text.replace("  strategy: linear", "  strategy: linear\n  meso: 3"),
                    encoding="utf-8")
    return path


async def test_supplier_picks_option_b_and_the_bot_closes_on_it(loop: Loop, tmp_path: Path
                                                                ) -> None:
    loop.start([SUPPLIER], meso_policy(tmp_path))
    await step(loop)
    await loop.mail.wait_for_deliveries(1)
    (counter,) = await exchange(loop, "We can offer a 2% reduction and payment at Net 45.", 1)
    text = text_of(counter)
    assert "Option A:" in text and "Option B:" in text
    with Session(loop.bot.db) as session:
        offered = [e for e in session.exec(select(AuditEvent).where(AuditEvent.kind == "decision"))
                   if e.reason == "counter"][-1]
    alternatives = [Terms.from_json(t) for t in offered.payload["alternatives"]]
    assert len(alternatives) >= 2

    await exchange(loop, "Option B works for us.", 2)
    with Session(loop.bot.db) as session:
        negotiation = session.exec(select(Negotiation)).one()
    assert negotiation.state == NegotiationState.AGREED
    agreed = Terms.from_json(negotiation.agreed_terms)
    picked = alternatives[1]
    for lever in ("price_change_pct", "payment_days", "contract_months"):
        assert getattr(agreed, lever) == getattr(picked, lever) or getattr(picked, lever) is None
