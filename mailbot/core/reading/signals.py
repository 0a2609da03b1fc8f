"""Observe the facts the intent table asks about, from headers and from the new text."""

from __future__ import annotations

import re

from mailbot.core.reading import cues
from mailbot.core.reading.clauses import Clause, Mood
from mailbot.core.reading.quotes import Segment
from mailbot.core.reading.roles import HISTORY
from mailbot.core.reading.terms_extract import Extraction
from mailbot.core.terms import TERM_KEYS, Terms

_COMPARED_KEYS = tuple(key for key in TERM_KEYS if key not in ("currency", "unit_price"))
_OFFER_QUESTION = re.compile(
    r"\d|\b(apply|include|cover|mean|clarify|forecast|which|why|whether|does|is it|"
    r"gilt|gelten|bedeutet|welche[nrs]?|s'applique|comprend|quel\w*|est-ce|aplica|incluye|"
    r"cu[áa]l|qu[ée]|geldt|welke|vale|include|quale|che cosa|dotyczy|kt[óo]r\w*|czy|"
    r"inclui|qual|g[äa]ller|vilke[nt]|inkluderar)\b",
    re.IGNORECASE,
)
_CALL_REQUEST = re.compile(
    r"\b(could we|can we|shall we|should we|would you|let's|let us|please (call|ring|contact)|"
    r"(need|want|would like|have) to|müssen|m[öo]chten|devons|aimerions|necesitamos|"
    r"arrange|schedule|set up|available|reach me|call me|give me a call|"
    r"können wir|k[öo]nnten wir|pourrions-nous|pouvons-nous|podemos|podr[íi]amos|"
    r"kunnen we|je vous (ai envoy[ée]|propose)|invitation|einladung|invito|uitnodiging|"
    r"possiamo|potremmo|mo[żz]emy|czy mo[żz]emy|podemos|poder[íi]amos|kan vi|kunde vi|"
    r"erreichbar|joignable|disponible|disponibile|bereikbaar|dost[ęe]pn\w*|dispon[íi]vel|"
    r"n[åa]s)\b",
    re.IGNORECASE,
)
_ACK_ONLY = re.compile(r"^\W*(\w+\W*){1,4}$")


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
    """A question about the offer."""
    return any(c.mood is Mood.ASKS and _OFFER_QUESTION.search(c.text) for c in all_clauses)


def requests_call(all_clauses: list[Clause]) -> bool:
    """A request for a call or a meeting."""
    return any(cues.CALL.search(c.text) and _CALL_REQUEST.search(c.text) for c in all_clauses)


def tentative(all_clauses: list[Clause], extraction: Extraction) -> bool:
    """Hedged wording in a clause that states a number ("we might consider 3%")."""
    return any(
        c.mood is Mood.STATES and cues.TENTATIVE.search(c.text)
        and any(m.clause is c for m in extraction.findings)
        for c in all_clauses
    )


def acknowledges_every_line(inline: tuple[Segment, ...]) -> bool:
    """"OK" typed under each quoted term of the offer, and nothing else inline: the
    supplier went through the offer line by line and agreed to all of it."""
    answered = [s for s in inline if s.answers and re.search(r"\d", s.answers)]
    return len(answered) >= 2 and len(answered) == len(inline) and all(
        _ACK_ONLY.match(s.text) and cues.ACCEPT.search(s.text)
        and not cues.REJECT.search(s.text) for s in answered
    )


def announces_increase(all_clauses: list[Clause]) -> bool:
    """An increase announced in the supplier's own words (not one that happened before)."""
    return any(
        c.mood is not Mood.REFUSES and cues.PRICE_INCREASE.search(c.text)
        and not HISTORY.search(c.text) for c in all_clauses
    )
