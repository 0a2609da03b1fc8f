"""The reader's inputs and outputs as plain values."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
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
    # The clarification the reply answers, when the bot's latest email asked one (see
    # ``clarified``); its lettered packages are ``alternatives`` too.
    clarifying: Clarifying | None = None


@dataclass(frozen=True)
class Evidence:
    """The text a value was read from, so a human can check the reading; ``role`` says
    why a number was or was not taken (see ``roles.Role``), empty for a form value."""

    field: str
    value: object
    text: str
    role: str = ""

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"field": self.field, "value": self.value, "text": self.text}
        if self.role:
            data["role"] = self.role
        return data


class UnclearKind(StrEnum):
    """What is unclear in a reply the supplier could settle with one more answer."""

    RANGE = "range"  # "between 2 and 3%": candidates are the two ends
    ALTERNATIVES = "alternatives"  # several packages named by the supplier: see packages
    UNCLEAR_NUMBER = "unclear_number"  # a number whose role could not be settled
    CONDITIONAL = "conditional"  # offered on a condition outside the negotiated terms
    FORM_CONFLICTS_TEXT = "form_conflicts_text"  # form and free text give other values
    PRICE_PERCENT_CONFLICT = "price_percent_conflict"  # a unit price and a percent disagree


@dataclass(frozen=True)
class Unclear:
    """One thing a clarification would have to ask, as plain values.

    ``field`` is the term key concerned (or None), ``candidates`` the values in question
    (a range's two ends, the two disagreeing values), ``packages`` the terms of each
    alternative the supplier named, in its order."""

    kind: UnclearKind
    text: str
    field: str | None = None
    candidates: tuple[float, ...] = ()
    packages: tuple[Terms, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "text": self.text, "field": self.field,
                "candidates": list(self.candidates),
                "packages": [package.to_json() for package in self.packages]}


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
    # What a clarification would ask (issue 12): ranges, alternatives, unsettled numbers.
    unclear: tuple[Unclear, ...] = ()
    # Every number read with its role: proposed, agreed, refused, referred, fact,
    # conditional, asked, range, tentative. Only proposed and agreed ones are terms.
    numbers: tuple[Evidence, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "intent": self.intent.value,
            "price_increase": self.price_increase,
            "terms": self.terms.to_json(),
            "reason": self.reason.value if self.reason else None,
            "confidence": self.confidence,
            "evidence": [item.to_json() for item in self.evidence],
            "unclear": [item.to_json() for item in self.unclear],
            "numbers": [item.to_json() for item in self.numbers],
            "defects": list(self.defects),
        }


@dataclass(frozen=True)
class Clarifying:
    """A clarification the bot sent: the package a plain "yes" confirms, what it asked
    (the supplier's unclear points) and the packages it listed as A, B, C."""

    restated: Terms
    questions: tuple[Unclear, ...] = ()
    options: tuple[Terms, ...] = ()
