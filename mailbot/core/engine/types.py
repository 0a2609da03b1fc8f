"""The engine's inputs and outputs: plain frozen values, serialisable for the audit log.

The engine is h11-style: the caller feeds a policy, the history so far and the
supplier's latest move, and gets a ``Decision`` back. Nothing here does I/O.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, Literal

from mailbot.core.engine.clarification import Clarification
from mailbot.core.reading.model import Unclear
from mailbot.core.reading.reasons import Reason
from mailbot.core.terms import Intent, Lever, Terms


class Action(StrEnum):
    """What the buyer side does next.

    ``WAIT`` means "send nothing, keep waiting" (an auto-reply is not an answer).
    ``END`` is in the vocabulary for a human or the shell closing a negotiation without
    a deal; the engine itself never ends on its own initiative, it escalates instead.
    """

    OFFER = "offer"
    ACCEPT = "accept"
    ESCALATE = "escalate"
    END = "end"
    REMIND = "remind"
    WAIT = "wait"
    CLARIFY = "clarify"  # ask the supplier what an unclear reply means, before the buyer


TERMINAL_ACTIONS = frozenset({Action.ACCEPT, Action.ESCALATE, Action.END})


@dataclass(frozen=True, slots=True)
class SupplierMove:
    """The supplier's latest reply as read: intent, terms stated, and how sure the reader is."""

    intent: Intent
    price_increase: bool
    terms: Terms
    confidence: float = 1.0
    # Why an ``other`` is other, what is unclear in it, and what it states firmly all the
    # same (see ``clarify``); a structured move from a program leaves them empty.
    reason: Reason | None = None
    unclear: tuple[Unclear, ...] = ()
    understood: Terms = field(default_factory=Terms)


@dataclass(frozen=True, slots=True)
class Exchange:
    """One message of the negotiation: a buyer offer or a supplier move, as stated."""

    party: Literal["buyer", "supplier"]
    terms: Terms
    intent: Intent | None = None
    alternatives: tuple[Terms, ...] = ()  # a buyer offer's packages of equal value (MESO)


@dataclass(frozen=True, slots=True)
class History:
    """Everything before the move being decided; the round number derives from it."""

    exchanges: tuple[Exchange, ...] = ()
    elapsed_days: float = 0.0
    reminders_sent: int = 0
    clarifications: int = 0  # clarifications asked so far in this negotiation

    def with_exchange(self, exchange: Exchange) -> History:
        return replace(self, exchanges=(*self.exchanges, exchange))

    @property
    def buyer_offers(self) -> tuple[Terms, ...]:
        return tuple(e.terms for e in self.exchanges if e.party == "buyer")

    @property
    def last_alternatives(self) -> tuple[Terms, ...]:
        """The packages of the bot's last offer the supplier may pick from (MESO)."""
        offers = [e for e in self.exchanges if e.party == "buyer"]
        return offers[-1].alternatives if offers else ()


@dataclass(frozen=True, slots=True)
class DealContext:
    """Facts about the deal that are not negotiated: they price and value a package."""

    baseline_unit_price: float | None = None
    annual_volume: int | None = None
    currency: str | None = None
    # Varies the concession curve per negotiation (``pacing.variation``), so a supplier
    # cannot read it off; derive it from the negotiation, e.g. ``seed_from(reference)``.
    seed: int = 0


def seed_from(key: str) -> int:
    """A stable seed from a negotiation key: the same key always varies the same way."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big")


@dataclass(frozen=True, slots=True)
class ConditionalConcession:
    """A trade-off offered: ``give`` is granted only if ``require`` is met."""

    give: Lever
    give_value: float
    require: Lever
    require_value: float
    text: str  # plain words for the email, e.g. "we can commit to a 12-month term if ..."

    def to_json(self) -> dict[str, Any]:
        return {
            "give": self.give.value,
            "give_value": self.give_value,
            "require": self.require.value,
            "require_value": self.require_value,
            "text": self.text,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ConditionalConcession:
        return cls(
            give=Lever(data["give"]),
            give_value=float(data["give_value"]),
            require=Lever(data["require"]),
            require_value=float(data["require_value"]),
            text=str(data["text"]),
        )


@dataclass(frozen=True, slots=True)
class Decision:
    """What to do, why (a machine ``reason`` code) and a one-line human explanation.

    ``terms`` is the offer package for OFFER/REMIND and the agreed package for ACCEPT.
    ``alternatives`` are the packages of equal value an offer lets the supplier pick from
    (MESO); when there are any, the first one is ``terms``.
    """

    action: Action
    reason: str
    explanation: str
    terms: Terms | None = None
    conditional: ConditionalConcession | None = None
    alternatives: tuple[Terms, ...] = ()
    clarification: Clarification | None = None  # what a CLARIFY asks

    def to_json(self) -> dict[str, Any]:
        return {
            "action": self.action.value,
            "reason": self.reason,
            "explanation": self.explanation,
            "terms": self.terms.to_json() if self.terms is not None else None,
            "conditional": self.conditional.to_json() if self.conditional else None,
            "alternatives": [terms.to_json() for terms in self.alternatives],
            "clarification": self.clarification.to_json() if self.clarification else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Decision:
        terms, conditional = data.get("terms"), data.get("conditional")
        clarification = data.get("clarification")
        return cls(
            action=Action(data["action"]),
            reason=str(data["reason"]),
            explanation=str(data["explanation"]),
            terms=Terms.from_json(terms) if terms is not None else None,
            conditional=ConditionalConcession.from_json(conditional) if conditional else None,
            alternatives=tuple(Terms.from_json(t) for t in data.get("alternatives") or ()),
            clarification=Clarification.from_json(clarification) if clarification else None,
        )
