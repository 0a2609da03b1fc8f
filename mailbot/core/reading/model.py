"""The reader's inputs and outputs as plain values."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mailbot.core.reading.form import ReplyForm
from mailbot.core.reading.reasons import Reason
from mailbot.core.terms import Intent, Terms


@dataclass(frozen=True)
class ReadingContext:
    """What the bot knows about the negotiation the reply belongs to."""

    baseline_unit_price: float | None = None
    currency: str | None = None
    last_offer: Terms | None = None
    forms: tuple[ReplyForm, ...] = ()
    # The packages the last offer let the supplier pick from, as lettered (A, B, C).
    alternatives: tuple[Terms, ...] = ()


@dataclass(frozen=True)
class Evidence:
    """The text a value was read from, so a human can check the reading."""

    field: str
    value: object
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field, "value": self.value, "text": self.text}


@dataclass(frozen=True)
class Reading:
    """What one email means: intent, the supplier's terms, and how sure the reader is."""

    intent: Intent
    price_increase: bool
    terms: Terms
    confidence: float
    evidence: tuple[Evidence, ...]
    new_text: str
    defects: tuple[str, ...]
    # Which kind of its intent the message is (a delivery delay, a ticket acknowledgement,
    # a bank-detail change...), or None where the intent says it all.
    reason: Reason | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "intent": self.intent.value,
            "price_increase": self.price_increase,
            "terms": self.terms.to_json(),
            "reason": self.reason.value if self.reason else None,
            "confidence": self.confidence,
            "evidence": [item.to_json() for item in self.evidence],
            "defects": list(self.defects),
        }
