"""Observe the facts the intent table asks about, from headers and from the new text."""

from __future__ import annotations

import re

from mailbot.core.reading import cues
from mailbot.core.reading.clauses import Clause, Mood
from mailbot.core.reading.terms_extract import Extraction
from mailbot.core.terms import TERM_KEYS, Terms

_COMPARED_KEYS = tuple(key for key in TERM_KEYS if key not in ("currency", "unit_price"))
_OFFER_QUESTION = re.compile(
    r"\d|\b(apply|include|cover|mean|clarify|forecast|which|why|whether|does|is it|"
    r"gilt|gelten|bedeutet|s'applique|comprend|aplica|incluye|geldt)\b",
    re.IGNORECASE,
)
_CALL_REQUEST = re.compile(
    r"\b(could we|can we|shall we|should we|would you|let's|let us|please (call|ring|contact)|"
    r"(need|want|would like|have) to|müssen|m[öo]chten|devons|aimerions|necesitamos|"
    r"arrange|schedule|set up|available|reach me|call me|give me a call|"
    r"können wir|k[öo]nnten wir|pourrions-nous|pouvons-nous|podemos|podr[íi]amos|"
    r"kunnen we)\b",
    re.IGNORECASE,
)
def same_as_offer(terms: Terms, offer: Terms | None) -> bool:
    """Every stated value equals the buyer's last offer (price within 0.05 points)."""
    if offer is None or terms == Terms():
        return False
    for key in _COMPARED_KEYS:
        value, offered = getattr(terms, key), getattr(offer, key)
        if value is not None and (offered is None or abs(value - offered) > 0.05):
            return False
    return True


def accepts(top_level: list[Clause]) -> bool:
    """An acceptance said outright and not followed by a reservation ("but ...")."""
    for index, clause in enumerate(top_level):
        if clause.mood is Mood.STATES and cues.ACCEPT.search(clause.text):
            rest = top_level[index + 1 :]
            return not any(cues.RESERVATION.match(later.text) for later in rest)
    return False


def rejects(all_clauses: list[Clause]) -> bool:
    return any(cues.REJECT.search(c.text) for c in all_clauses)


def asks(all_clauses: list[Clause]) -> bool:
    """A question about the offer, or a request for a call."""
    for clause in all_clauses:
        if clause.mood is Mood.ASKS and _OFFER_QUESTION.search(clause.text):
            return True
        if cues.CALL.search(clause.text) and _CALL_REQUEST.search(clause.text):
            return True
    return False


def tentative(all_clauses: list[Clause], extraction: Extraction, text: str) -> bool:
    if extraction.ranged or cues.PENDING.search(text):
        return True
    return any(
        c.mood is Mood.STATES and re.search(r"\d", c.text) and cues.TENTATIVE.search(c.text)
        for c in all_clauses
    )


def announces_increase(all_clauses: list[Clause]) -> bool:
    return any(
        c.mood is not Mood.REFUSES and cues.PRICE_INCREASE.search(c.text) for c in all_clauses
    )
