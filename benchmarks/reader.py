"""Score the reply reader on a labelled corpus (format: ../shared/corpus/SCHEMA.md).

    python benchmarks/reader.py --corpus DIR [--show-misses] [--seconds S]

Prints per-field accuracy, intent accuracy, the exact-match rate, the dangerous errors
(a false accept; a counter carrying a number the supplier did not state), messages read
per second on one core and peak memory, then one JSON line with the figures.
Conventions from SCHEMA.md: terms are scored only where the expected intent is counter
or accept; a percent derived from a stated unit price and the baseline (or the reverse)
within 0.05 points counts as right; currency is compared as an exact code.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import resource
import sys
import time
import tracemalloc
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mailbot.core.reading import Reading, ReadingContext, ReplyForm, read_reply  # noqa: E402
from mailbot.core.terms import TERM_KEYS, Terms  # noqa: E402

TERM_INTENTS = ("counter", "accept")

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
NUMERIC_KEYS = tuple(k for k in TERM_KEYS if k != "currency")


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


def load_cases(corpus: Path, forms: tuple[ReplyForm, ...]) -> list[Case]:
    labels = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))
    cases = []
    for name, label in sorted(labels.items()):
        ctx = label.get("context") or {}
        context = ReadingContext(
            baseline_unit_price=ctx.get("baseline_unit_price"),
            currency=ctx.get("currency"),
            last_offer=Terms.from_json(ctx["last_offer"]) if ctx.get("last_offer") else None,
            forms=forms,
        )
        raw = (corpus / f"{name}.eml").read_bytes()
        cases.append(Case(name, raw, context, label["expected"]))
    return cases


def load_forms() -> tuple[ReplyForm, ...]:
    paths = sorted((ROOT / "templates").glob("*/reply_form.txt"))
    return tuple(ReplyForm.from_template(p.read_text(encoding="utf-8")) for p in paths)


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
    else:
        score.exact += 1
    danger = dangerous(case, reading)
    if danger:
        score.dangerous.append(f"{case.name}: {danger}")


def dangerous(case: Case, reading: Reading) -> str | None:
    expected = case.expected
    if reading.intent.value == "accept" and expected["intent"] != "accept":
        return f"false accept (expected {expected['intent']})"
    if reading.intent.value != "counter":
        return None
    terms_expected = expected.get("terms") or {}
    wrong = [
        f"{key}={getattr(reading.terms, key)} (expected {terms_expected.get(key)})"
        for key in NUMERIC_KEYS
        if getattr(reading.terms, key) is not None
        and not field_right(key, reading.terms, terms_expected, case.context.baseline_unit_price)
    ]
    return "wrong number in a counter: " + ", ".join(wrong) if wrong else None


def throughput(cases: list[Case], seconds: float) -> float:
    read, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        for case in cases:
            read_reply(case.raw, case.context)
        read += len(cases)
    return read / (time.perf_counter() - started)


def peak_memory_kib(cases: list[Case]) -> float:
    tracemalloc.start()
    for case in cases:
        read_reply(case.raw, case.context)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1024


def report(
    score: Score, rate: float, peak_kib: float, show_misses: bool, *, named: bool = True
) -> dict[str, Any]:
    n, fields_n = score.cases, max(score.field_total, 1)
    figures = {
        "cases": n,
        "exact_match": round(score.exact / n, 4),
        "intent_accuracy": round(score.intent_right / n, 4),
        "field_accuracy": {k: round(v / fields_n, 4) for k, v in score.field_right.items()},
        "dangerous_errors": len(score.dangerous),
        "messages_per_second": round(rate),
        "peak_traced_kib": round(peak_kib),
        "max_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    print(f"cases: {n}   exact match: {figures['exact_match']:.1%}   "
          f"intent accuracy: {figures['intent_accuracy']:.1%}")
    print(f"terms scored on {score.field_total} counter/accept cases:")
    for key, value in figures["field_accuracy"].items():
        print(f"  {key:<18} {value:.1%}")
    print(f"dangerous errors: {len(score.dangerous)}")
    for line in score.dangerous if named else ():
        print(f"  ! {line}")
    print(f"speed: {rate:,.0f} messages/s on one core; peak traced memory "
          f"{peak_kib:,.0f} KiB; max RSS {figures['max_rss_mib']} MiB")
    if show_misses:
        print(f"misses ({len(score.misses)}):")
        for line in score.misses:
            print(f"  - {line}")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--seconds", type=float, default=2.0, help="timing run length")
    args = parser.parse_args()
    cases = load_cases(args.corpus, load_forms())
    held = held_back_names([c.name for c in cases]) if args.corpus.resolve().name in \
        SPLIT_CORPORA else frozenset()
    parts = [("tuned", [c for c in cases if c.name not in held], args.show_misses)]
    if held:
        parts.append(("held-back (aggregate only)", [c for c in cases if c.name in held], False))
    rate = throughput(cases, args.seconds)
    for title, part, show in parts:
        score = Score()
        for case in part:
            score_case(case, read_reply(case.raw, case.context), score)
        print(f"== {args.corpus.name} {title}")
        if not show:
            score.dangerous = [line.split(": ", 1)[1] for line in score.dangerous] \
                if title == "tuned" else [""] * len(score.dangerous)
        figures = report(score, rate, peak_memory_kib(cases), show, named=title == "tuned")
        print(json.dumps({"part": title, **figures}))


if __name__ == "__main__":
    main()
