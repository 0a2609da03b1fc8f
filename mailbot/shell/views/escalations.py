"""What waits for the buyer, oldest first: escalated negotiations and shadow-mode drafts,
each with what the buyer needs to decide (the reason, the supplier's own words, both
sides' last terms, the draft). The console's Escalations inbox reads this; the buyer
acts through ``mailbot.shell.buyer.resolve``, as a reply or ``mailbot resolve`` would."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from mailbot.core.terms import Terms
from mailbot.shell.outbound.compose import plain_text
from mailbot.shell.store.models import (
    Escalation,
    Message,
    Negotiation,
    NegotiationState,
    OutboundState,
    Supplier,
)
from mailbot.shell.views.labels import reason_label
from mailbot.shell.views.negotiations import last_offers
from mailbot.shell.views.thread import latest_supplier_text


@dataclass(frozen=True, slots=True)
class Waiting:
    negotiation_id: int
    supplier: str
    supplier_email: str
    item: str
    policy: str
    kind: str  # "escalation" or "draft"
    reason: str
    explanation: str
    since: datetime
    latest_reply: str  # the supplier's new text in their latest email
    our_last: Terms | None
    their_last: Terms | None
    drafts: tuple[str, ...]  # the text of each draft waiting for approval

    @property
    def reason_label(self) -> str:
        return reason_label(self.reason)


@dataclass(frozen=True, slots=True)
class WaitingPage:
    items: Sequence[Waiting]
    total: int


def waiting_for_buyer(session: Session, *, limit: int = 50, offset: int = 0) -> WaitingPage:
    has_draft = (
        select(Message.negotiation_id).where(Message.state == OutboundState.DRAFT).distinct()
    )
    waiting = or_(
        col(Negotiation.state) == NegotiationState.WAITING_BUYER,
        col(Negotiation.id).in_(has_draft),
    )
    total = int(session.exec(select(func.count(col(Negotiation.id))).where(waiting)).one())
    latest = (
        select(col(Escalation.negotiation_id), func.max(Escalation.id).label("escalation_id"))
        .group_by(col(Escalation.negotiation_id))
        .subquery()
    )
    rows = session.exec(
        select(Negotiation, Supplier, Escalation)
        .join(Supplier, col(Supplier.id) == col(Negotiation.supplier_id))
        .outerjoin(latest, latest.c.negotiation_id == col(Negotiation.id))
        .outerjoin(Escalation, col(Escalation.id) == latest.c.escalation_id)
        .where(waiting)
        .order_by(
            func.coalesce(Escalation.created_at, Negotiation.updated_at), col(Negotiation.id)
        )
        .offset(offset)
        .limit(limit)
    ).all()
    offers = last_offers(session, [n.id for n, _, _ in rows if n.id is not None])
    items = [_item(session, n, s, e, offers.get(n.id or 0, (None, None))) for n, s, e in rows]
    return WaitingPage(items, total)


def _item(
    session: Session,
    n: Negotiation,
    s: Supplier,
    e: Escalation | None,
    offers: tuple[Terms | None, Terms | None],
) -> Waiting:
    assert n.id is not None
    drafts = session.exec(
        select(Message)
        .where(Message.negotiation_id == n.id, Message.state == OutboundState.DRAFT)
        .order_by(col(Message.id))
    ).all()
    if drafts:
        kind, reason = "draft", "shadow_mode"
        explanation = "Shadow mode: this email goes to the supplier only when you approve it."
        since = drafts[0].created_at
    else:
        kind, reason = "escalation", (e.reason if e else n.state_reason or "")
        explanation = e.explanation if e else ""
        since = e.created_at if e else n.updated_at
    return Waiting(
        negotiation_id=n.id,
        supplier=s.name,
        supplier_email=s.email,
        item=n.item,
        policy=n.policy_name,
        kind=kind,
        reason=reason,
        explanation=explanation,
        since=since,
        latest_reply=latest_supplier_text(session, n.id),
        our_last=offers[0],
        their_last=offers[1],
        drafts=tuple(plain_text(d.raw) or "" for d in drafts),
    )
