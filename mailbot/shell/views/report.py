"""``mailbot report``: what the bot achieved, computed from the store.

One function reads the store (``read_snapshot``); the rest is pure arithmetic over plain
rows, tested with hand-made ones. The definitions:

- concluded: agreed or ended (a negotiation waiting for the buyer is not concluded yet);
- engaged: the supplier sent at least one reply read as counter, accept or reject;
- success rate: agreements over concluded negotiations where the supplier engaged;
- spend: baseline unit price x annual volume, over agreements where both are known;
- savings: minus the agreed price change (percent) of that spend; savings rate: over spend;
- vs target: savings over what the policy's price target would have saved;
- payment days gained: agreed payment days minus the policy's current, on average;
- rounds and days to close: over agreements, from opening to the accept decision.

Money is summed per currency: a total across currencies would mean nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import lru_cache
from statistics import fmean
from typing import Any

from sqlmodel import Session, col, select

from mailbot.core.policy import PolicyError, parse_policy
from mailbot.core.terms import Intent, Lever, Terms
from mailbot.shell.store.models import AuditEvent, Escalation, Negotiation, Supplier

STATES = ("open", "waiting_buyer", "agreed", "ended")
CONCLUDED = frozenset({"agreed", "ended"})
ENGAGED = frozenset({Intent.COUNTER.value, Intent.ACCEPT.value, Intent.REJECT.value})
SECONDS_PER_DAY = 86400.0


class Grouping(StrEnum):
    TOTAL = "total"
    POLICY = "policy"
    SUPPLIER = "supplier"


# ---- reading the store ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StoredNegotiation:
    id: int
    supplier: str
    policy_name: str
    policy_text: str
    state: str
    round: int
    created_at: datetime
    baseline_unit_price: float | None
    annual_volume: int | None
    currency: str | None
    agreed_terms: dict[str, Any] | None
    supplier_email: str = ""
    item: str = ""
    reference: str = ""


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The store's facts a report needs, as plain values (four queries, no per-row SQL)."""

    negotiations: Sequence[StoredNegotiation]
    supplier_intents: Sequence[tuple[int, str | None]]  # (negotiation id, intent)
    accepted_at: Mapping[int, datetime]  # negotiation id -> time of the accept decision
    escalations: Sequence[tuple[int | None, str]]  # (negotiation id, reason)


def _stored(n: Negotiation, supplier: str, email: str = "") -> StoredNegotiation:
    assert n.id is not None
    return StoredNegotiation(
        id=n.id,
        supplier=supplier,
        policy_name=n.policy_name,
        policy_text=n.policy_text,
        state=n.state,
        round=n.round,
        created_at=n.created_at,
        baseline_unit_price=n.baseline_unit_price,
        annual_volume=n.annual_volume,
        currency=n.currency,
        agreed_terms=n.agreed_terms,
        supplier_email=email,
        item=n.item,
        reference=n.key[:8],
    )


def read_snapshot(session: Session) -> Snapshot:
    """The only SQL of a report: negotiations with supplier names, events, escalations."""
    negotiations = session.exec(
        select(Negotiation, Supplier.name, Supplier.email)
        .join(Supplier, col(Supplier.id) == col(Negotiation.supplier_id))
        .order_by(col(Negotiation.id))
    )
    events = session.exec(
        select(
            AuditEvent.negotiation_id, AuditEvent.kind, AuditEvent.payload, AuditEvent.created_at
        )
        .where(col(AuditEvent.kind).in_(["exchange", "decision"]))
        .order_by(col(AuditEvent.id))
    )
    intents, accepted_at = _split_events(events)
    return Snapshot(
        negotiations=[_stored(n, name, email) for n, name, email in negotiations],
        supplier_intents=intents,
        accepted_at=accepted_at,
        escalations=list(session.exec(select(Escalation.negotiation_id, Escalation.reason))),
    )


Event = tuple[int | None, str, Mapping[str, Any], datetime]


def _split_events(
    events: Iterable[Event],
) -> tuple[list[tuple[int, str | None]], dict[int, datetime]]:
    """Supplier exchanges (with their intent) and the time of each accept decision."""
    intents: list[tuple[int, str | None]] = []
    accepted_at: dict[int, datetime] = {}
    for negotiation_id, kind, payload, at in events:
        if negotiation_id is None:
            continue
        if kind == "exchange" and payload.get("party") == "supplier":
            intents.append((negotiation_id, payload.get("intent")))
        elif kind == "decision" and payload.get("action") == "accept":
            accepted_at[negotiation_id] = at
    return intents, accepted_at


# ---- one plain row per negotiation ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class DealRow:
    """What a report needs of one negotiation; ``None`` means unknown."""

    supplier: str
    policy: str
    state: str
    engaged: bool = False
    round: int = 0
    days_to_close: float | None = None
    currency: str = ""
    spend: float | None = None  # baseline unit price x annual volume
    price_change_pct: float | None = None  # agreed
    target_pct: float | None = None  # the policy's price target
    payment_days_gained: float | None = None
    escalations: tuple[str, ...] = ()


def deal_rows(
    snapshot: Snapshot, progress: Callable[[int], None] = lambda _: None
) -> list[DealRow]:
    engaged = {nid for nid, intent in snapshot.supplier_intents if intent in ENGAGED}
    escalations: dict[int | None, list[str]] = {}
    for nid, reason in snapshot.escalations:
        escalations.setdefault(nid, []).append(reason)
    rows = []
    for stored in snapshot.negotiations:
        accepted = snapshot.accepted_at.get(stored.id)
        rows.append(
            _row(stored, stored.id in engaged, accepted, tuple(escalations.get(stored.id, ())))
        )
        progress(1)
    return rows


def _row(
    n: StoredNegotiation, engaged: bool, accepted_at: datetime | None, escalations: tuple[str, ...]
) -> DealRow:
    agreed = Terms.from_json(n.agreed_terms) if n.agreed_terms else None
    target_pct, current_days = _policy_facts(n.policy_text, n.policy_name)
    spend = (
        n.baseline_unit_price * n.annual_volume
        if n.baseline_unit_price is not None and n.annual_volume is not None
        else None
    )
    days = (accepted_at - n.created_at).total_seconds() / SECONDS_PER_DAY if accepted_at else None
    return DealRow(
        supplier=n.supplier,
        policy=n.policy_name,
        state=n.state,
        engaged=engaged,
        round=n.round,
        days_to_close=days if agreed else None,
        currency=n.currency or "",
        spend=spend,
        price_change_pct=agreed.price_change_pct if agreed else None,
        target_pct=target_pct,
        payment_days_gained=_gain(agreed.payment_days if agreed else None, current_days),
        escalations=escalations,
    )


def _gain(agreed: float | None, current: float | None) -> float | None:
    return agreed - current if agreed is not None and current is not None else None


@lru_cache(maxsize=64)
def _policy_facts(text: str, name: str) -> tuple[float | None, float | None]:
    """(price target, current payment days) of a stored policy; unknown if unparseable."""
    try:
        levers = parse_policy(text, f"policy {name!r} as stored").levers
    except PolicyError:
        return None, None
    price, days = levers.get(Lever.PRICE_CHANGE_PCT), levers.get(Lever.PAYMENT_DAYS)
    return (price.target if price else None), (days.current if days else None)


# ---- the arithmetic ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Money:
    """Sums in one currency, over agreements with a known spend and price change."""

    spend: float = 0.0
    savings: float = 0.0
    target_savings: float = 0.0  # what the policy targets would have saved
    savings_with_target: float = 0.0  # savings where a target is known, to compare

    @property
    def savings_rate(self) -> float | None:
        return self.savings / self.spend if self.spend else None

    @property
    def vs_target(self) -> float | None:
        return self.savings_with_target / self.target_savings if self.target_savings else None

    def add(self, row: DealRow) -> Money:
        assert row.spend is not None and row.price_change_pct is not None
        saved = -row.price_change_pct / 100 * row.spend
        target = -row.target_pct / 100 * row.spend if row.target_pct is not None else None
        return Money(
            spend=self.spend + row.spend,
            savings=self.savings + saved,
            target_savings=self.target_savings + (target or 0.0),
            savings_with_target=self.savings_with_target + (saved if target else 0.0),
        )


@dataclass(frozen=True, slots=True)
class Summary:
    negotiations: int
    by_state: dict[str, int]
    concluded_engaged: int
    agreements: int
    unpriced_agreements: int  # agreements whose savings cannot be known
    money: dict[str, Money] = field(default_factory=dict)  # by currency
    price_change_pct: float | None = None  # mean agreed price change vs baseline
    payment_days_gained: float | None = None
    rounds_to_close: float | None = None
    days_to_close: float | None = None
    escalations: dict[str, int] = field(default_factory=dict)  # by reason

    @property
    def success_rate(self) -> float | None:
        return self.agreements / self.concluded_engaged if self.concluded_engaged else None


def summarise(rows: Sequence[DealRow]) -> Summary:
    agreed = [r for r in rows if r.state == "agreed"]
    priced = [r for r in agreed if r.spend is not None and r.price_change_pct is not None]
    return Summary(
        negotiations=len(rows),
        by_state={state: sum(r.state == state for r in rows) for state in STATES},
        concluded_engaged=sum(r.state in CONCLUDED and r.engaged for r in rows),
        agreements=sum(r.engaged for r in agreed),
        unpriced_agreements=len(agreed) - len(priced),
        money=_money(priced),
        price_change_pct=_mean(r.price_change_pct for r in agreed),
        payment_days_gained=_mean(r.payment_days_gained for r in agreed),
        rounds_to_close=_mean(r.round for r in agreed),
        days_to_close=_mean(r.days_to_close for r in agreed),
        escalations=dict(Counter(reason for r in rows for reason in r.escalations).most_common()),
    )


def _money(priced: Iterable[DealRow]) -> dict[str, Money]:
    money: dict[str, Money] = {}
    for row in priced:
        money[row.currency] = money.get(row.currency, Money()).add(row)
    return dict(sorted(money.items()))


def _mean(values: Iterable[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return fmean(known) if known else None


def grouped(rows: Sequence[DealRow], by: Grouping) -> dict[str, Summary]:
    """One summary per policy or per supplier, sorted by name; ``total`` gives one."""
    if by is Grouping.TOTAL:
        return {"total": summarise(rows)}
    groups: dict[str, list[DealRow]] = {}
    for row in rows:
        groups.setdefault(row.policy if by is Grouping.POLICY else row.supplier, []).append(row)
    return {name: summarise(groups[name]) for name in sorted(groups)}


# ---- export --------------------------------------------------------------------------


def summary_json(s: Summary) -> dict[str, Any]:
    return {
        "negotiations": s.negotiations,
        "by_state": s.by_state,
        "concluded_engaged": s.concluded_engaged,
        "agreements": s.agreements,
        "success_rate": s.success_rate,
        "unpriced_agreements": s.unpriced_agreements,
        "money": {currency: _money_json(m) for currency, m in s.money.items()},
        "price_change_pct": s.price_change_pct,
        "payment_days_gained": s.payment_days_gained,
        "rounds_to_close": s.rounds_to_close,
        "days_to_close": s.days_to_close,
        "escalations": s.escalations,
    }


def _money_json(m: Money) -> dict[str, float | None]:
    return {
        "spend": m.spend,
        "savings": m.savings,
        "savings_rate": m.savings_rate,
        "target_savings": m.target_savings,
        "vs_target": m.vs_target,
    }


CSV_COLUMNS = (
    "group", "negotiations", *STATES, "concluded_engaged", "agreements", "success_rate",
    "currency", "spend", "savings", "savings_rate", "target_savings", "vs_target",
    "price_change_pct", "payment_days_gained", "rounds_to_close", "days_to_close", "escalations",
)  # fmt: skip


def csv_rows(groups: Mapping[str, Summary]) -> list[dict[str, Any]]:
    """One row per group and currency (a group without agreements has one, currency "")."""
    rows = []
    for name, s in groups.items():
        flat = summary_json(s)
        common = {key: flat[key] for key in CSV_COLUMNS if key in flat}
        common |= {"group": name, **s.by_state}
        common["escalations"] = "; ".join(f"{k}={v}" for k, v in s.escalations.items())
        for currency, money in (s.money or {"": Money()}).items():
            rows.append({**common, "currency": currency, **_money_json(money)})
    return rows


# ---- over time -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SavingsPoint:
    day: datetime  # the day of the agreement (midnight UTC)
    currency: str
    savings: float  # saved by that day's agreements
    cumulative: float  # saved by every agreement up to that day, in that currency


def savings_over_time(snapshot: Snapshot) -> list[SavingsPoint]:
    """Annual savings agreed, day by day and per currency, for a chart of progress."""
    by_day: dict[tuple[str, datetime], float] = {}
    for n in snapshot.negotiations:
        accepted = snapshot.accepted_at.get(n.id)
        agreed = Terms.from_json(n.agreed_terms) if n.agreed_terms else None
        if accepted is None or agreed is None or agreed.price_change_pct is None:
            continue
        if n.baseline_unit_price is None or n.annual_volume is None:
            continue
        day = accepted.replace(hour=0, minute=0, second=0, microsecond=0)
        saved = -agreed.price_change_pct / 100 * n.baseline_unit_price * n.annual_volume
        key = (n.currency or "", day)
        by_day[key] = by_day.get(key, 0.0) + saved
    points, running = [], dict[str, float]()
    for (currency, day), saved in sorted(by_day.items(), key=lambda item: item[0][1]):
        running[currency] = running.get(currency, 0.0) + saved
        points.append(SavingsPoint(day, currency, saved, running[currency]))
    return points
