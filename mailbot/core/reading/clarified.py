"""Reading the supplier's answer to a clarification, and what an unclear reply settled.

A clarification restated what the bot understood and asked what was unclear. The answer
is short and only means something beside it: "yes" confirms the restated package, "B"
or "the second" picks one of the listed packages, a corrected form gives its values, and
a single value ("3 %") answers the one term that was asked. Whatever else the supplier
writes keeps the reader's own reading, so a new counter, a refusal or a bank-detail
change is never bent into a confirmation; and an answer that leaves an asked term open
stays unclear, so the engine escalates instead of guessing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from mailbot.core.reading.choice import find_pick
from mailbot.core.reading.model import (
    Clarifying,
    Evidence,
    Reading,
    ReadingContext,
    Unclear,
    UnclearKind,
)
from mailbot.core.reading.numbers import NUMBER, parse_number, uses_decimal_comma
from mailbot.core.reading.reasons import CLARIFIABLE, Reason
from mailbot.core.reading.signals import same_as_offer
from mailbot.core.terms import TERM_KEYS, Intent, Terms

_ANSWERING = frozenset({Intent.COUNTER, Intent.ACCEPT, Intent.OTHER})
_TERM_INTENTS = frozenset({Intent.COUNTER, Intent.ACCEPT})
_FIRM_ROLES = frozenset({"", "proposed", "agreed"})  # "" is a form value or a derived one
_PAIRED = {"price_change_pct": "unit_price", "unit_price": "price_change_pct"}

# "Yes", "correct", "that's right" in the languages we write (en, de, fr, es) and a few
# more suppliers answer in.
_CONFIRMS = re.compile(
    r"\b(yes|yeah|yep|correct|right|exactly|confirmed?|indeed|that is our offer|"
    r"ja|genau|richtig|korrekt|stimmt|best[äa]tig\w*|jawohl|zutreffend|"
    r"oui|exact|exactement|tout [àa] fait|confirm(?:é|e|ons)|c'est (?:bien )?ça|"
    r"s[íì]|correcto|exacto|as[íi] es|confirmad[oa]|confirmamos|efectivamente|"
    r"esatto|corretto|confermo|confermiamo|klopt|sim|correto|exato)\b",
    re.IGNORECASE,
)
# Anything that turns a confirmation around or adds to it: then it is no plain "yes".
_QUALIFIES = re.compile(
    r"\b(no|not|nope|nein|nicht|kein\w*|non|pas|nee|niet|n[ãa]o|but|however|except|aber|"
    r"jedoch|au[sß]er|mais|sauf|pero|salvo|excepto|ma|tranne|maar|mas)\b|n't|\?",
    re.IGNORECASE,
)
_NUMBER = re.compile(NUMBER)


def answer_to_clarification(reading: Reading, context: ReadingContext) -> Reading:
    """``reading`` of a reply to ``context.clarifying``, settled by the clarification
    where the reply answers it; unchanged where it does not."""
    clarifying = context.clarifying
    if clarifying is None or not _may_answer(reading):
        return reading
    found = _settled(reading, clarifying)
    if found is None or not open_fields(clarifying) <= set(found[0].stated()):
        return _unsettled(reading, clarifying)
    package, how = found
    same = same_as_offer(package, context.last_offer)
    return replace(
        reading,
        intent=Intent.ACCEPT if same else Intent.COUNTER,
        price_increase=(package.price_change_pct or 0.0) > 0,
        terms=package,
        confidence=0.9,
        evidence=(*reading.evidence, Evidence("clarification", how, reading.new_text[:200])),
        reason=None,
        unclear=(),
    )


def _unsettled(reading: Reading, clarifying: Clarifying) -> Reading:
    """An answer that leaves the question open is no counter and no acceptance: "yes" to
    "which value within the range?" accepts nothing, and "Net 50 is fine" names no price
    (the engine would take the price of our last offer for it)."""
    if reading.intent not in _TERM_INTENTS:
        return reading
    missing = ", ".join(sorted(open_fields(clarifying) - set(reading.terms.stated())))
    note = Evidence("clarification", f"unsettled: {missing or 'no option picked'}",
                    reading.new_text[:200])
    return replace(reading, intent=Intent.OTHER, terms=Terms(), reason=Reason.UNCLEAR,
                   confidence=min(reading.confidence, 0.5), evidence=(*reading.evidence, note))


def open_fields(clarifying: Clarifying) -> frozenset[str]:
    """The term keys an answer must settle: every asked one a "yes" leaves open."""
    asked = {q.field for q in clarifying.questions if q.field}
    for key in TERM_KEYS:
        if len({getattr(option, key) for option in clarifying.options}) > 1:
            asked.add(key)
    return frozenset(key for key in asked if getattr(clarifying.restated, key) is None)


def understood_terms(reading: Reading) -> Terms:
    """The terms a reply states firmly, even where the reply as a whole is unsettled:
    its proposed and agreed values, but none named by an unclear point, none the reply
    gives two values for, and none that differs between its alternatives."""
    if reading.intent in _TERM_INTENTS:
        return reading.terms
    values: dict[str, set[object]] = {}
    for item in (*reading.evidence, *reading.numbers):
        if item.field in TERM_KEYS and item.role in _FIRM_ROLES:
            values.setdefault(item.field, set()).add(item.value)
    unsure = set(_unclear_fields(reading.unclear))
    firm = {key: next(iter(found)) for key, found in values.items()
            if len(found) == 1 and key not in unsure}
    if "unit_price" not in firm:
        firm.pop("currency", None)
    return Terms.from_json(firm)


def _unclear_fields(unclear: Iterable[Unclear]) -> Iterable[str]:
    for item in unclear:
        if item.field:
            yield item.field
            if item.kind is UnclearKind.PRICE_PERCENT_CONFLICT:
                yield _PAIRED[item.field]
        for key in TERM_KEYS:
            if len({getattr(package, key) for package in item.packages}) > 1:
                yield key


def _may_answer(reading: Reading) -> bool:
    """A reply that could be an answer: not automatic, no refusal, no increase, and
    nothing only a human may handle."""
    return (reading.intent in _ANSWERING and not reading.price_increase
            and (reading.reason is None or reading.reason in CLARIFIABLE))


def _settled(reading: Reading, clarifying: Clarifying) -> tuple[Terms, str] | None:
    """The package the answer settles on, and how it said so; None when it does not."""
    text = reading.new_text
    stated = reading.terms if reading.intent in _TERM_INTENTS else Terms()
    pick = find_pick(text, len(clarifying.options))
    if pick.ambiguous:
        return None
    if pick.index is not None:
        return stated.merged_over(clarifying.options[pick.index]), f"picked {'ABC'[pick.index]}"
    if not stated.is_empty():
        return stated.merged_over(clarifying.restated), "stated"
    if _CONFIRMS.search(text) and not _QUALIFIES.search(text):
        return clarifying.restated, "confirmed"
    return _single_value(text, clarifying)


def _single_value(text: str, clarifying: Clarifying) -> tuple[Terms, str] | None:
    """ "3 %" (or just "3") answering the one term the clarification asked for."""
    fields = open_fields(clarifying)
    numbers = _NUMBER.findall(text)
    if len(fields) != 1 or len(numbers) != 1:
        return None
    value = parse_number(numbers[0], decimal_comma=uses_decimal_comma(text))
    if value is None:
        return None
    (key,) = fields
    ends = [c for q in clarifying.questions if q.field == key for c in q.candidates]
    if key == "price_change_pct" and (not ends or max(ends) <= 0):
        value = -abs(value)  # the range was a reduction, so is the value within it
    answered = Terms.from_json({**clarifying.restated.to_json(), key: value})
    return answered, "answered"
