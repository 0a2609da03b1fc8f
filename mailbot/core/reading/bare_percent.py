"""A number written without its unit, read as the percent of the buyer's offer.

Terse replies drop the unit the offer already gave: "Can do 4. Not 6." or "Three and
a half and you have a deal, the 60 days are fine". Elsewhere a number with no unit is a
date, an id or a count, so it is read as the price percent only when everything points
there: the reply is a few clauses long, the offer named a percent, no price was read
otherwise, and the number speaks of the price, because another bare number repeats the
offered percent or because every other offered term is restated with its unit. Its role
is read like any number's ("Not 6" refuses the 6); one proposed value, or none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from mailbot.core.reading.clauses import Clause
from mailbot.core.reading.numbers import parse_number
from mailbot.core.reading.roles import TERM_ROLES, Role, role_of
from mailbot.core.reading.terms_extract import Extraction, Finding
from mailbot.core.terms import Terms

# A number with no unit: then the end of the clause, a punctuation mark, "and" or "or".
_BARE = re.compile(
    r"(?<![\w.,$€£¥#/:+\-−])(?<!\d )(?P<n>\d{1,2}(?:[.,]\d)?)(?![\w%:/°'’-]|[.,]\d)"
    r"(?=\s*(?:$|[.!;,)–—-]|\s(?:and|und|et|y|e|en|och|i|oraz|or|oder|ou|o|of|eller|lub|to|bis)\b))"
)
# Words before a number that make it an id, an address, a time or a date, not a percent.
_NOT_A_PERCENT = re.compile(
    r"(?:\b(?:no|nr|nº|item|line|page|version|ref|option|point|step|at|um|vers|alle|"
    r"unit|suite|floor|room|box|plot|building|house|hall|gate|stand|tel|fax|ext|"
    r"the|le|la|el|il|den|der|die|das|de|del|of|on|am|op|w|em|till|until|bis|jusqu'au|"
    r"hasta|fino|tot|p[åa]|in|within|innerhalb|dans|en|entro|binnen|sous|x)|[#№])\s*$",
    re.IGNORECASE,
)
_MOST_CLAUSES = 4  # clauses with a digit in a terse reply
_MOST_PERCENT = 50.0
_OTHER_TERMS = ("payment_days", "contract_months", "volume_units", "rebate_pct")


def with_bare_percent(
    extraction: Extraction, top: list[Clause], offer: Terms | None, decimal_comma: bool
) -> Extraction:
    """``extraction`` with the price percent a terse reply gives without its unit."""
    if offer is None or offer.price_change_pct is None or _price_read(extraction):
        return extraction
    numbered = [c for c in top if any(ch.isdigit() for ch in c.text)]
    if not numbered or len(numbered) > _MOST_CLAUSES:
        return extraction
    read = {(id(m.clause), m.position) for m in extraction.mentions}
    bare = [found for clause in numbered for found in _bare_numbers(clause, decimal_comma)
            if (id(clause), found[1][0]) not in read]
    if not bare:
        return extraction
    offered = abs(offer.price_change_pct)
    echoed = any(abs(value - offered) < 0.05 for _, _, value in bare) or any(
        m.field == "price_change_pct" and m.role is Role.REFUSED
        and isinstance(m.value, int | float) and abs(abs(m.value) - offered) < 0.05
        for m in extraction.mentions)
    if not (echoed or _rest_restated(extraction, offer)):
        return extraction
    sign = -1.0 if offer.price_change_pct < 0 else 1.0
    mentions = [Finding("price_change_pct", sign * value, clause.text, role_of(clause, *span),
                        None, clause, span[0]) for clause, span, value in bare]
    terms = [m for m in mentions if m.role in TERM_ROLES]
    if len(terms) != 1:
        return extraction
    return replace(extraction, findings=(*extraction.findings, terms[0]),
                   mentions=(*extraction.mentions, *mentions))


def _price_read(extraction: Extraction) -> bool:
    """A price term read already (a bare offered value read as refused does not count:
    "We can't do 5, but 3 we could" still needs its 3)."""
    return any(m.field in ("price_change_pct", "unit_price") and m.role is not Role.REFUSED
               for m in extraction.mentions)


def _bare_numbers(
    clause: Clause, decimal_comma: bool
) -> list[tuple[Clause, tuple[int, int], float]]:
    found = []
    for match in _BARE.finditer(clause.text):
        if _NOT_A_PERCENT.search(clause.text[: match.start()]):
            continue
        value = parse_number(match.group("n"), decimal_comma=decimal_comma)
        if value is not None and 0 < value <= _MOST_PERCENT and not _taken(clause, match):
            found.append((clause, match.span("n"), value))
    return found


def _taken(clause: Clause, match: re.Match[str]) -> bool:
    """The number sits in a term already read ("Net 60", "the 12 months")."""
    before = clause.text[max(0, match.start() - 12) : match.start()].lower()
    return bool(re.search(r"\b(net|netto|n)\s*$", before))


def _rest_restated(extraction: Extraction, offer: Terms) -> bool:
    """Every other term of the offer is stated with its unit: the price is the one left."""
    offered = [key for key in _OTHER_TERMS if getattr(offer, key) is not None]
    stated = {f.field for f in extraction.findings}
    return bool(offered) and all(key in stated for key in offered)
