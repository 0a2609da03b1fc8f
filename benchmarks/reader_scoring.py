"""How the reader benchmark scores one reading against its label, and names each miss.

Conventions from ../shared/corpus/SCHEMA.md: terms are scored only where the expected
intent is counter or accept; a percent derived from a stated unit price and the baseline
(or the reverse) within 0.05 points counts as right; currency is an exact code.

A DANGEROUS error is one the engine would act on wrongly:
- a false accept: the reading is ``accept`` and the label is not; or
- a wrong number in a counter or an accept: the reading is ``counter`` or ``accept`` and
  carries a numeric term that the label does not have, or has with another value, or a
  unit price in another currency than the label's.
A term the reading misses (null where the label has a value) is a miss, not dangerous:
the engine acts only on what was read.
"""

from __future__ import annotations

import math
import random
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from mailbot.core.reading import Reading, ReadingContext
from mailbot.core.terms import TERM_KEYS, Terms

TERM_INTENTS = ("counter", "accept")
NUMERIC_KEYS = tuple(k for k in TERM_KEYS if k != "currency")

# The held-back part of a corpus: a fixed random 30 % of its cases, set aside before any
# tuning. Its cases are never shown one by one (no names, no misses): only aggregate
# figures, so its score stays an honest estimate of mail nobody tuned on.
HELD_BACK_SEED = 20_251_111
HELD_BACK_SHARE = 0.30
SPLIT_CORPORA = frozenset({"dev2"})


def held_back_names(names: list[str], seed: int = HELD_BACK_SEED) -> frozenset[str]:
    """A fixed 30 % of ``names``: sorted, shuffled with ``random.Random(seed)``."""
    shuffled = sorted(names)
    random.Random(seed).shuffle(shuffled)
    return frozenset(shuffled[: round(len(shuffled) * HELD_BACK_SHARE)])


@dataclass
class Case:
    name: str
    raw: bytes
    context: ReadingContext
    expected: dict[str, Any]


@dataclass
class Score:
    cases: int = 0
    intent_right: int = 0
    exact: int = 0
    field_right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TERM_KEYS, 0))
    field_total: int = 0
    misses: list[str] = field(default_factory=list)
    dangerous: list[str] = field(default_factory=list)
    kinds: Counter[str] = field(default_factory=Counter)  # miss kind -> cases
    languages: Counter[str] = field(default_factory=Counter)  # language -> missed cases

    def figures(self) -> dict[str, Any]:
        n, fields_n = max(self.cases, 1), max(self.field_total, 1)
        return {
            "cases": self.cases,
            "exact_match": round(self.exact / n, 4),
            "intent_accuracy": round(self.intent_right / n, 4),
            "field_accuracy": {k: round(v / fields_n, 4) for k, v in self.field_right.items()},
            "dangerous_errors": len(self.dangerous),
            "miss_kinds": dict(sorted(self.kinds.items())),
            "misses_by_language": dict(sorted(self.languages.items())),
        }


def field_right(key: str, got: Terms, expected: dict[str, Any], baseline: float | None) -> bool:
    want, have = expected.get(key), getattr(got, key)
    if _same(want, have):
        return True
    if baseline and have is not None and want is None:
        return _derived_matches(key, have, got, expected, baseline)
    return False


def _same(want: Any, have: Any) -> bool:
    if want is None or have is None:
        return want is None and have is None
    if isinstance(want, str) or isinstance(have, str):
        return str(want) == str(have)
    return math.isclose(float(want), float(have), abs_tol=1e-6)


def _derived_matches(key: str, have: Any, got: Terms, expected: dict[str, Any],
                     baseline: float) -> bool:
    """A value derived from a stated one: percent from unit price, or the reverse."""
    if key == "price_change_pct" and expected.get("unit_price") is not None:
        return abs((expected["unit_price"] / baseline - 1) * 100 - have) <= 0.05
    if key == "unit_price" and expected.get("price_change_pct") is not None:
        return abs((have / baseline - 1) * 100 - expected["price_change_pct"]) <= 0.05
    if key == "currency" and got.unit_price is not None:
        return _derived_matches("unit_price", got.unit_price, got, expected, baseline)
    return False


def score_case(case: Case, reading: Reading, score: Score) -> None:
    expected, terms_expected = case.expected, case.expected.get("terms") or {}
    baseline = case.context.baseline_unit_price
    score.cases += 1
    problems = []
    if reading.intent.value == expected["intent"]:
        score.intent_right += 1
    else:
        problems.append(f"intent {expected['intent']} -> {reading.intent.value}")
    if reading.price_increase != expected["price_increase"]:
        problems.append(f"price_increase {expected['price_increase']} -> "
                        f"{reading.price_increase}")
    if expected["intent"] in TERM_INTENTS:
        score.field_total += 1
        for key in TERM_KEYS:
            if field_right(key, reading.terms, terms_expected, baseline):
                score.field_right[key] += 1
            else:
                problems.append(f"{key} {terms_expected.get(key)} -> "
                                f"{getattr(reading.terms, key)}")
    if problems:
        score.misses.append(f"{case.name}: " + "; ".join(problems))
        score.kinds.update(miss_kinds(case, reading))
        score.languages[guess_language(reading.new_text)] += 1
    else:
        score.exact += 1
    danger = dangerous(case, reading)
    if danger:
        score.dangerous.append(f"{case.name}: {danger}")


def dangerous(case: Case, reading: Reading) -> str | None:
    expected = case.expected
    if reading.intent.value == "accept" and expected["intent"] != "accept":
        return f"false accept (expected {expected['intent']})"
    if reading.intent.value not in TERM_INTENTS:
        return None
    terms_expected = expected.get("terms") or {}
    baseline = case.context.baseline_unit_price
    wrong = [
        f"{key}={getattr(reading.terms, key)} (expected {terms_expected.get(key)})"
        for key in (*NUMERIC_KEYS, "currency")
        if getattr(reading.terms, key) is not None
        and (key != "currency" or reading.terms.unit_price is not None)
        and not field_right(key, reading.terms, terms_expected, baseline)
    ]
    return f"wrong number in a {reading.intent.value}: " + ", ".join(wrong) if wrong else None


_INTENT_KINDS = {
    ("accept", "*"): "acceptance missed",
    ("*", "accept"): "false accept",
    ("reject", "*"): "rejection missed",
    ("counter", "other"): "counter read as other",
    ("counter", "reject"): "counter read as reject",
    ("other", "counter"): "other read as counter",
    ("other", "reject"): "other read as reject",
    ("auto_reply", "*"): "auto-reply missed",
    ("bounce", "*"): "bounce missed",
    ("*", "auto_reply"): "reply read as auto-reply",
    ("*", "bounce"): "reply read as bounce",
}


def miss_kinds(case: Case, reading: Reading) -> set[str]:
    """The kinds of mistake in one missed case (a case can have several)."""
    want, got = case.expected["intent"], reading.intent.value
    kinds: set[str] = set()
    if want != got:
        kinds.add(_INTENT_KINDS.get((want, got)) or _INTENT_KINDS.get((want, "*"))
                  or _INTENT_KINDS.get(("*", got)) or f"{want} read as {got}")
    if reading.price_increase != case.expected["price_increase"]:
        kinds.add("price-increase flag " + ("invented" if reading.price_increase else "lost"))
    if got in TERM_INTENTS:
        kinds.update(_term_kinds(case, reading))
    return kinds


def _term_kinds(case: Case, reading: Reading) -> set[str]:
    expected = case.expected.get("terms") or {} if case.expected["intent"] in TERM_INTENTS \
        else {}
    baseline = case.context.baseline_unit_price
    kinds = set()
    for key in TERM_KEYS:
        if field_right(key, reading.terms, expected, baseline):
            continue
        want, have = expected.get(key), getattr(reading.terms, key)
        if key == "currency":
            kinds.add("currency")
        elif have is None:
            kinds.add(f"term dropped: {key}")
        elif want is None:
            invented = key == "price_change_pct" and expected.get("unit_price") is not None
            kinds.add("percent invented beside a unit price" if invented
                      else f"number read as term: {key}")
        elif isinstance(have, float | int) and math.isclose(-float(want), float(have)):
            kinds.add("sign lost")
        else:
            kinds.add(f"wrong value: {key}")
    return kinds


_STOPWORDS = {
    "en": "the and we you our for with this that can are will be",
    "de": "und wir sie ihnen der die das nicht mit für ist können",
    "fr": "nous vous les des pour avec est pas une sur que",
    "es": "los las para con por una nuestro podemos que del es",
    "it": "il per con non una siamo possiamo che della vostra è",
    "nl": "het een wij we voor met niet zijn kunnen onze van",
    "pt": "os para com não uma podemos nosso que do da é",
    "pl": "nie jest się na dla oraz możemy jak że do z",
    "sv": "och vi för med inte är kan att det som på",
}
_WORDS = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}


def guess_language(text: str) -> str:
    """A rough language of the supplier's own words, by stop-word counts."""
    words = re.findall(r"[^\W\d_]+", text.lower())[:200]
    if not words:
        return "none"
    counts = {lang: sum(w in vocab for w in words) for lang, vocab in _WORDS.items()}
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] else "unknown"
