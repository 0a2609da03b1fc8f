"""Score the reply reader on labelled corpora (format: ../shared/corpus/SCHEMA.md).

    python benchmarks/reader.py [--corpus DIR ...] [--show-misses] [--seconds S]
        [--save FILE] [--before FILE] [--show NAME]

Without ``--corpus`` it scores ../shared/corpus/dev and ../shared/corpus/dev2. A corpus
named in ``SPLIT_CORPORA`` (dev2) is scored in two parts: the tuned part, and the
held-back part (a fixed random 30 %, seed ``HELD_BACK_SEED``) that is reported only in
aggregate: never a case name, a miss or a text. The held-back score is the honest one.

For each part it prints exact match, intent accuracy, field accuracy, dangerous errors
(defined in reader_scoring.py: a false accept, or a wrong number in a counter or an
accept), then one table of misses per phenomenon (the kind of mistake, and the language
of the missed replies) across the parts; ``--before FILE`` adds the figures saved earlier
with ``--save FILE`` beside each. Then speed on one core (the process pinned to one CPU;
the load average is printed because other work on the machine slows it) and peak memory.
``--show NAME`` prints one tuned case: its text, label and reading (held-back names are
refused). The last line is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader_scoring import (  # noqa: E402
    SPLIT_CORPORA,
    Case,
    Score,
    held_back_names,
    score_case,
)

from mailbot.core.reading import ReadingContext, ReplyForm, read_reply  # noqa: E402
from mailbot.core.terms import Terms  # noqa: E402

DEFAULT_CORPORA = (ROOT.parent / "shared" / "corpus" / "dev",
                   ROOT.parent / "shared" / "corpus" / "dev2")
HELD = "held-back"


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


def parts_of(corpus: Path, cases: list[Case]) -> list[tuple[str, list[Case]]]:
    """The corpus as one part, or as its tuned and held-back parts."""
    if corpus.resolve().name not in SPLIT_CORPORA:
        return [(corpus.name, cases)]
    held = held_back_names([case.name for case in cases])
    return [(f"{corpus.name} tuned", [c for c in cases if c.name not in held]),
            (f"{corpus.name} {HELD}", [c for c in cases if c.name in held])]


def score_part(cases: list[Case]) -> Score:
    score = Score()
    for case in cases:
        score_case(case, read_reply(case.raw, case.context), score)
    return score


def print_part(title: str, score: Score, show_misses: bool) -> None:
    figures = score.figures()
    named = HELD not in title
    print(f"== {title}{'' if named else ' (aggregate only)'}: {score.cases} cases   "
          f"exact {figures['exact_match']:.1%}   intent {figures['intent_accuracy']:.1%}   "
          f"dangerous {len(score.dangerous)}")
    fields = "  ".join(f"{k} {v:.0%}" for k, v in figures["field_accuracy"].items())
    print(f"   fields on {score.field_total} counter/accept cases: {fields}")
    if named:
        for line in score.dangerous:
            print(f"   ! {line}")
        if show_misses:
            for line in score.misses:
                print(f"   - {line}")


def print_phenomena(scores: dict[str, Score], before: dict[str, Any]) -> None:
    """Misses per kind and per language, one column per part (before -> now)."""
    titles = list(scores)
    for table, attribute in (("miss kind", "kinds"), ("language of missed replies",
                                                      "languages")):
        rows = sorted({k for s in scores.values() for k in getattr(s, attribute)}
                      | {k for part in before.get("parts", {}).values()
                         for k in part.get(_JSON_KEY[attribute], {})})
        print(f"\n{table:<44}" + "".join(f"{t:>22}" for t in titles))
        for row in rows:
            cells = []
            for title in titles:
                now = getattr(scores[title], attribute).get(row, 0)
                old = before.get("parts", {}).get(title, {}).get(_JSON_KEY[attribute], {})
                cells.append(f"{old.get(row, 0)} -> {now}" if before else str(now))
            print(f"{row:<44}" + "".join(f"{c:>22}" for c in cells))


_JSON_KEY = {"kinds": "miss_kinds", "languages": "misses_by_language"}


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


def show_case(name: str, corpora: list[Path], forms: tuple[ReplyForm, ...]) -> None:
    """One tuned case in full, for working on a miss; a held-back case is refused."""
    for corpus in corpora:
        cases = load_cases(corpus, forms)
        for title, part in parts_of(corpus, cases):
            for case in part:
                if case.name != name:
                    continue
                if HELD in title:
                    sys.exit(f"{name} is in the held-back part of {corpus.name}: not shown")
                from mailbot.core.reading import parse_message

                labels = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))
                print(parse_message(case.raw).text)
                print("---- label:", json.dumps(labels[name], ensure_ascii=False))
                print("---- reading:", json.dumps(read_reply(case.raw, case.context)
                                                   .to_json(), ensure_ascii=False))
                return
    sys.exit(f"no case {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--seconds", type=float, default=3.0, help="timing run length")
    parser.add_argument("--save", type=Path, help="write the figures as JSON")
    parser.add_argument("--before", type=Path, help="figures saved earlier, to compare")
    parser.add_argument("--show", metavar="NAME", help="print one tuned case and its reading")
    args = parser.parse_args()
    corpora = args.corpus or list(DEFAULT_CORPORA)
    forms = load_forms()
    if args.show:
        show_case(args.show, corpora, forms)
        return
    every: list[Case] = []
    scores: dict[str, Score] = {}
    for corpus in corpora:
        cases = load_cases(corpus, forms)
        every += cases
        for title, part in parts_of(corpus, cases):
            scores[title] = score_part(part)
            print_part(title, scores[title], args.show_misses)
    before = json.loads(args.before.read_text()) if args.before else {}
    print_phenomena(scores, before)
    figures = {"parts": {t: s.figures() for t, s in scores.items()}, **measure(every, args)}
    if args.save:
        args.save.write_text(json.dumps(figures, indent=1) + "\n")
    print(json.dumps(figures))


def measure(cases: list[Case], args: argparse.Namespace) -> dict[str, Any]:
    """Speed on one core and memory, with the machine's load average beside them."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    load = os.getloadavg()[0]
    rate = throughput(cases, args.seconds)
    peak = peak_memory_kib(cases)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nspeed: {rate:,.0f} messages/s on one core over {len(cases)} messages "
          f"(load average {load:.2f} on {os.cpu_count()} cores); peak traced memory "
          f"{peak:,.0f} KiB; max RSS {rss:.1f} MiB")
    return {"messages_per_second": round(rate), "load_average": round(load, 2),
            "peak_traced_kib": round(peak), "max_rss_mib": round(rss, 1)}


if __name__ == "__main__":
    main()
