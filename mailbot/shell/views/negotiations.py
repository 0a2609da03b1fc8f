"""The negotiations list, as ``mailbot status``, the demo's outcome table and the console's
Negotiations page show it: filtered, searched and paged in SQL, so a page of 50 out of
10,000 negotiations reads 50 rows and their offers, never the whole store."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from math import ceil

from sqlalchemy import func, or_
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col, select

from mailbot.core.terms import Lever, Terms
from mailbot.shell.store.models import AuditEvent, Negotiation, Supplier
from mailbot.shell.templates.context import lever_value
from mailbot.shell.views.labels import Labelled

EXCHANGE = "exchange"


@dataclass(frozen=True, slots=True)
class NegotiationQuery:
    """What to list; ``per_page=None`` lists everything (the terminal's table)."""

    state: str | None = None
    policy: str | None = None
    reason: str | None = None
    search: str | None = None  # part of the supplier's name or address, or of the item
    page: int = 1
    per_page: int | None = 50
    newest_first: bool = False


@dataclass(frozen=True, slots=True)
class Savings:
    pct: float  # price reduction agreed, positive is a saving
    annual: float | None  # in ``currency``, when the baseline price and volume are known
    currency: str

    def text(self) -> str:
        if self.annual is None:
            return f"{self.pct:g}%"
        currency = f"{self.currency} " if self.currency else ""
        return f"{self.pct:g}% ({currency}{self.annual:,.0f}/yr)"


@dataclass(frozen=True, slots=True)
class NegotiationRow(Labelled):
    id: int
    supplier: str
    supplier_email: str
    item: str
    state: str
    reason: str | None
    policy: str
    round: int
    our_last: Terms | None
    their_last: Terms | None
    savings: Savings | None
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class NegotiationPage:
    rows: Sequence[NegotiationRow]
    total: int  # matching the query, over all pages
    query: NegotiationQuery
    choices: FilterChoices | None = None

    @property
    def pages(self) -> int:
        per_page = self.query.per_page
        return max(1, ceil(self.total / per_page)) if per_page else 1


@dataclass(frozen=True, slots=True)
class FilterChoices:
    """The values the filters can take, from what the store holds."""

    states: tuple[str, ...] = ()
    policies: tuple[str, ...] = ()
    reasons: tuple[str, ...] = field(default_factory=tuple)


def negotiation_page(session: Session, query: NegotiationQuery) -> NegotiationPage:
    joined = col(Supplier.id) == col(Negotiation.supplier_id)
    conditions = _conditions(query)
    statement = select(Negotiation, Supplier).join(Supplier, joined).where(*conditions)
    count = select(func.count(col(Negotiation.id))).join(Supplier, joined).where(*conditions)
    total = int(session.exec(count).one())
    order = col(Negotiation.id).desc() if query.newest_first else col(Negotiation.id)
    statement = statement.order_by(order)
    if query.per_page:
        page = max(1, query.page)
        statement = statement.offset((page - 1) * query.per_page).limit(query.per_page)
    found = session.exec(statement).all()
    offers = last_offers(session, [n.id for n, _ in found if n.id is not None])
    rows = [_row(n, s, offers.get(n.id or 0, (None, None))) for n, s in found]
    return NegotiationPage(rows, total, query)


def filter_choices(session: Session) -> FilterChoices:
    def distinct(column: object) -> tuple[str, ...]:
        values = session.exec(select(column).distinct()).all()  # type: ignore[call-overload]
        return tuple(sorted(str(v) for v in values if v))

    return FilterChoices(
        states=distinct(Negotiation.state),
        policies=distinct(Negotiation.policy_name),
        reasons=distinct(Negotiation.state_reason),
    )


def _conditions(query: NegotiationQuery) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if query.state:
        conditions.append(col(Negotiation.state) == query.state)
    if query.policy:
        conditions.append(col(Negotiation.policy_name) == query.policy)
    if query.reason:
        conditions.append(col(Negotiation.state_reason) == query.reason)
    if query.search and query.search.strip():
        needle = f"%{query.search.strip().lower()}%"
        conditions.append(
            or_(
                func.lower(col(Supplier.name)).like(needle),
                func.lower(col(Supplier.email)).like(needle),
                func.lower(col(Negotiation.item)).like(needle),
            )
        )
    return conditions


def last_offers(
    session: Session, ids: Sequence[int]
) -> dict[int, tuple[Terms | None, Terms | None]]:
    """(our last offer, their last stated terms) per negotiation, from one query."""
    if not ids:
        return {}
    events = session.exec(
        select(AuditEvent.negotiation_id, AuditEvent.payload)
        .where(AuditEvent.kind == EXCHANGE, col(AuditEvent.negotiation_id).in_(ids))
        .order_by(col(AuditEvent.id))
    ).all()
    offers: dict[int, tuple[Terms | None, Terms | None]] = {}
    for negotiation_id, payload in events:
        if negotiation_id is None:
            continue
        ours, theirs = offers.get(negotiation_id, (None, None))
        raw = payload.get("terms")
        terms = Terms.from_json(raw if isinstance(raw, dict) else None)
        if payload.get("party") == "buyer":
            ours = terms
        elif not terms.is_empty():
            theirs = terms
        offers[negotiation_id] = (ours, theirs)
    return offers


def _row(
    n: Negotiation, s: Supplier, offers: tuple[Terms | None, Terms | None]
) -> NegotiationRow:
    assert n.id is not None
    return NegotiationRow(
        id=n.id,
        supplier=s.name,
        supplier_email=s.email,
        item=n.item,
        state=n.state,
        reason=n.state_reason,
        policy=n.policy_name,
        round=n.round,
        our_last=offers[0],
        their_last=offers[1],
        savings=savings_of(n),
        updated_at=n.updated_at,
    )


def savings_of(n: Negotiation) -> Savings | None:
    """Annual savings of an agreed price change against the baseline, when it can be known."""
    agreed = Terms.from_json(n.agreed_terms) if n.agreed_terms else None
    if agreed is None or agreed.price_change_pct is None:
        return None
    pct = -agreed.price_change_pct
    if n.baseline_unit_price is None or n.annual_volume is None:
        return Savings(pct, None, n.currency or "")
    return Savings(pct, n.baseline_unit_price * n.annual_volume * pct / 100, n.currency or "")


def compact_terms(terms: Terms | None) -> str:
    """Compact: "-4%, Net 60, 12 months"; "-" for none."""
    if terms is None or terms.is_empty():
        return "-"
    return ", ".join(
        lever_value(lever, value) for lever in Lever if (value := terms.get(lever)) is not None
    )
