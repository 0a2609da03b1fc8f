"""Ask the supplier before asking the buyer: when a reply may be clarified, and how.

A reply that is partial or ambiguous but not dangerous is one the supplier can settle in
one more answer: a range, several packages it named itself, a hedged number, a form that
disagrees with the text, a unit price that disagrees with its percent, or terms read
with too little confidence. Whatever only a human may judge is never clarified: a price
increase, a refusal, a bank-detail change, another item, a pending sign-off, a condition
outside the negotiated terms, a question, and any reason the reader does not name as
clarifiable. The policy caps clarifications per negotiation (``escalation.clarifications``);
the next unclear reply escalates.
"""

from __future__ import annotations

from dataclasses import replace

from mailbot.core.engine import deal
from mailbot.core.engine.clarification import Clarification
from mailbot.core.engine.compliance import breaches
from mailbot.core.engine.situation import Situation, supplier_package
from mailbot.core.engine.wording import describe
from mailbot.core.reading.model import Unclear, UnclearKind
from mailbot.core.reading.reasons import CLARIFIABLE
from mailbot.core.terms import Intent, Terms

# Unclear points a clarification can ask about; any other (a condition outside the
# levers, a question about the unit) goes to a human.
ASKABLE = frozenset({UnclearKind.RANGE, UnclearKind.ALTERNATIVES, UnclearKind.UNCLEAR_NUMBER,
                     UnclearKind.FORM_CONFLICTS_TEXT, UnclearKind.PRICE_PERCENT_CONFLICT})
_CHOICES = frozenset({UnclearKind.FORM_CONFLICTS_TEXT, UnclearKind.PRICE_PERCENT_CONFLICT})
_ANSWERS = frozenset({Intent.COUNTER, Intent.ACCEPT, Intent.OTHER})


def applies(s: Situation) -> bool:
    """Whether to ask the supplier what its reply means instead of escalating it."""
    move = s.move
    if s.history.clarifications >= s.policy.escalation.clarifications:
        return False
    if move.intent not in _ANSWERS or s.price_increase or _names_increase(move.unclear):
        return False
    if move.reason is not None and move.reason not in CLARIFIABLE:
        return False
    if any(item.kind not in ASKABLE for item in move.unclear):
        return False
    if deal.currency_mismatch(move.understood, s.context):
        return False
    if move.intent is Intent.OTHER:
        return bool(move.unclear) or not move.understood.is_empty()
    return move.confidence < s.policy.escalation.min_confidence  # "is this your answer?"


def clarification(s: Situation) -> Clarification:
    """What to restate and what to ask; each listed package checked against the policy."""
    move = s.move
    understood = _understood(s)
    restated = _restated(understood, move.unclear)
    options = _options(restated, move.unclear)
    inside = tuple(
        not breaches(s.policy, supplier_package(s.policy, option, s.last_offer, s.context))
        for option in options
    )
    return Clarification(understood, restated, move.unclear, options, inside)


def explain(s: Situation) -> str:
    asked = clarification(s)
    return (f"Asked the supplier to clarify before deciding: {asked.describe()}. "
            f"Understood so far: {describe(asked.understood)}.")


def _understood(s: Situation) -> Terms:
    """What the reply states firmly; a bare acceptance accepts our last offer."""
    move = s.move
    if move.intent is Intent.OTHER:
        return move.understood
    if move.intent is Intent.ACCEPT and move.terms.is_empty():
        return replace(s.last_offer, unit_price=None, currency=None)
    return move.terms


def _names_increase(unclear: tuple[Unclear, ...]) -> bool:
    """An increase among the values in question is for a human, whichever is meant."""
    for item in unclear:
        if item.field == "price_change_pct" and any(c > 0 for c in item.candidates):
            return True
        if any((p.price_change_pct or 0.0) > 0 for p in item.packages):
            return True
    return False


def _restated(understood: Terms, unclear: tuple[Unclear, ...]) -> Terms:
    """The understood terms, with a hedged value ("maybe around 3%") read as meant."""
    restated = understood
    for item in unclear:
        if item.kind is UnclearKind.UNCLEAR_NUMBER and item.field and len(item.candidates) == 1:
            restated = Terms.from_json({**restated.to_json(), item.field: item.candidates[0]})
    return restated


def _options(restated: Terms, unclear: tuple[Unclear, ...]) -> tuple[Terms, ...]:
    """The packages to pick from: those the supplier named, or one per disagreeing value."""
    for item in unclear:
        if item.kind is UnclearKind.ALTERNATIVES and len(item.packages) > 1:
            return tuple(p.merged_over(restated) for p in item.packages[:3])
        if item.kind in _CHOICES and item.field and len(set(item.candidates)) > 1:
            return tuple(Terms.from_json({**restated.to_json(), item.field: value})
                         for value in dict.fromkeys(item.candidates))
    return ()
