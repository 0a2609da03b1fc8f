"""A negotiation's dossier: its policy, history and template facts, rebuilt from the store.

The engine is pure, so everything it needs is read here from committed rows: the policy
text stored with the negotiation (not today's file), and the exchanges in the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any, Literal

from sqlmodel import Session

from mailbot.core.engine import Clarification, DealContext, Exchange, History, seed_from
from mailbot.core.engine.deal import as_percent_change, priced
from mailbot.core.policy import Policy, parse_policy
from mailbot.core.terms import Intent, Terms
from mailbot.shell.config import BotConfig
from mailbot.shell.store import repository
from mailbot.shell.store.models import Negotiation, Supplier
from mailbot.shell.templates.context import (
    BuyerInfo,
    HistoryItem,
    LeverBound,
    NegotiationInfo,
    SupplierInfo,
    describe_terms,
)

EXCHANGE = "exchange"
CLARIFICATION = "clarification"  # a clarification asked, with the reply that prompted it
SECONDS_PER_DAY = 86400.0


@lru_cache(maxsize=256)
def _policy(text: str, name: str) -> Policy:
    return parse_policy(text, f"policy {name!r} as stored with the negotiation")


@dataclass(frozen=True)
class Asked:
    """A clarification the bot sent, the unclear reply that prompted it (its new text and
    inbound row), and how many exchanges came before it."""

    clarification: Clarification
    reply: str
    message_id: int | None
    at: datetime
    after: int


@dataclass(frozen=True)
class Dossier:
    negotiation: Negotiation
    supplier: Supplier
    policy: Policy
    exchanges: tuple[tuple[Exchange, datetime], ...]
    asked: tuple[Asked, ...] = ()

    @classmethod
    def load(cls, session: Session, negotiation: Negotiation) -> Dossier:
        assert negotiation.id is not None
        exchanges: list[tuple[Exchange, datetime]] = []
        asked: list[Asked] = []
        for row in repository.events(session, negotiation.id, [EXCHANGE, CLARIFICATION]):
            if row.kind == EXCHANGE:
                exchanges.append((_exchange(row.payload), row.created_at))
            else:
                asked.append(_asked(row.payload, row.message_id, row.created_at, len(exchanges)))
        return cls(
            negotiation=negotiation,
            supplier=repository.supplier_of(session, negotiation),
            policy=_policy(negotiation.policy_text, negotiation.policy_name),
            exchanges=tuple(exchanges),
            asked=tuple(asked),
        )

    def history(self, now: datetime) -> History:
        elapsed = (now - self.negotiation.created_at).total_seconds() / SECONDS_PER_DAY
        return History(
            exchanges=tuple(exchange for exchange, _ in self.exchanges),
            elapsed_days=max(elapsed, 0.0),
            reminders_sent=self.negotiation.reminders_sent,
            clarifications=len(self.asked),
        )

    @property
    def open_clarification(self) -> Asked | None:
        """The clarification the supplier's next reply answers: the bot's latest move."""
        last = self.asked[-1] if self.asked else None
        return last if last is not None and last.after == len(self.exchanges) else None

    @property
    def deal(self) -> DealContext:
        n = self.negotiation
        return DealContext(
            baseline_unit_price=n.baseline_unit_price,
            annual_volume=n.annual_volume,
            currency=n.currency,
            seed=seed_from(n.key),  # per-negotiation variation, when the policy asks for it
        )

    def priced(self, terms: Terms) -> Terms:
        """``terms`` with the unit price recomputed from the baseline and the percent change
        (or the percent from a quoted price), so a stored package never carries the price
        of an earlier offer. Without a baseline there is nothing to recompute from."""
        if self.negotiation.baseline_unit_price is None:
            return terms
        return priced(as_percent_change(terms, self.deal), self.deal)

    @property
    def last_alternatives(self) -> tuple[Terms, ...]:
        offers = [e for e, _ in self.exchanges if e.party == "buyer"]
        return offers[-1].alternatives if offers else ()

    @property
    def last_buyer_offer(self) -> Terms | None:
        offers = [e.terms for e, _ in self.exchanges if e.party == "buyer"]
        return offers[-1] if offers else None

    # ---- template facts ---------------------------------------------------------------

    @property
    def supplier_info(self) -> SupplierInfo:
        n, s = self.negotiation, self.supplier
        return SupplierInfo(
            name=s.name,
            email=s.email,
            item=n.item,
            unit_price=n.baseline_unit_price,
            currency=n.currency,
            annual_volume=n.annual_volume,
            language=n.language,
        )

    def negotiation_info(self) -> NegotiationInfo:
        n = self.negotiation
        return NegotiationInfo(id=str(n.id), reference=n.key[:8], round=n.round)

    def history_items(self) -> list[HistoryItem]:
        """Every exchange, and every clarification where it was asked."""
        items, round_no = [], 0
        asked = {a.after: a for a in self.asked}
        for index, (exchange, at) in enumerate(self.exchanges):
            round_no += exchange.party == "buyer"
            items.append(HistoryItem(round_no, exchange.party, self._summary(exchange), at.date()))
            if index + 1 in asked:
                question = asked[index + 1]
                items.append(HistoryItem(round_no, "buyer", _asked_summary(question),
                                         question.at.date()))
        return items

    def bounds(self) -> list[LeverBound]:
        return [
            LeverBound(lever, spec.current, spec.target, spec.walk_away)
            for lever, spec in self.policy.levers.items()
        ]

    def _summary(self, exchange: Exchange) -> str:
        n = self.negotiation
        lines = describe_terms(
            exchange.terms, baseline_unit_price=n.baseline_unit_price, currency=n.currency
        )
        stated = "; ".join(lines) if lines else "no terms stated"
        return f"{exchange.intent.value}: {stated}" if exchange.intent else stated


def buyer_info(bot: BotConfig) -> BuyerInfo:
    return BuyerInfo(name=bot.name, email=bot.address, company=bot.company)


def exchange_payload(exchange: Exchange) -> dict[str, object]:
    return {
        "party": exchange.party,
        "terms": exchange.terms.to_json(),
        "intent": exchange.intent.value if exchange.intent else None,
        "alternatives": [terms.to_json() for terms in exchange.alternatives],
    }


def clarification_payload(clarification: Clarification, reply: str) -> dict[str, object]:
    return {"clarification": clarification.to_json(), "reply": reply}


def _asked(payload: dict[str, Any], message_id: int | None, at: datetime, after: int) -> Asked:
    return Asked(Clarification.from_json(payload["clarification"]), str(payload.get("reply", "")),
                 message_id, at, after)


def _asked_summary(asked: Asked) -> str:
    return f"asked to clarify: {asked.clarification.describe()}"


def _exchange(payload: dict[str, object]) -> Exchange:
    party: Literal["buyer", "supplier"] = "buyer" if payload["party"] == "buyer" else "supplier"
    terms = payload.get("terms")
    intent = payload.get("intent")
    alternatives = payload.get("alternatives")
    return Exchange(
        party=party,
        terms=Terms.from_json(terms if isinstance(terms, dict) else None),
        intent=Intent(intent) if isinstance(intent, str) else None,
        alternatives=tuple(
            Terms.from_json(t) for t in (alternatives if isinstance(alternatives, list) else [])
        ),
    )
