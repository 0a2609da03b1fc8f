"""Score the reply reader on labelled corpora (format: ../shared/corpus/SCHEMA.md).

    python benchmarks/reader.py [--corpus DIR ...] [--show-misses] [--seconds S]
        [--save FILE] [--before FILE] [--show NAME]

Without ``--corpus`` it scores ../shared/corpus/dev, ../shared/corpus/dev2 and the
fresh corpora in ``DEFAULT_CORPORA``. A corpus named in ``SPLIT_CORPORA`` (dev2) is
scored in two parts: the tuned part, and the held-back part (a fixed random 30 %, seed
``HELD_BACK_SEED``) that is reported only in aggregate: never a case name, a miss or a
text. Each fresh corpus (by an author who never saw the reader; its README states the
rule) comes as its ``probe`` half, whose misses are shown, and its ``sealed`` half,
reported only in aggregate like the held-back part. The held-back and sealed scores are
the honest ones; a sealed half once opened for study (``OPENED``) is titled "opened"
and is honest no longer.

For each part it prints exact match, intent accuracy, field accuracy, dangerous errors
(defined in reader_scoring.py: a false accept, or a wrong number in a counter or an
accept), then one table of misses per phenomenon (the kind of mistake, and the language
of the missed replies) across the parts; ``--before FILE`` adds the figures saved earlier
with ``--save FILE`` beside each. Then speed on one core over dev and dev2 (the process
pinned to one CPU; the load average is printed because other work on the machine slows
it) and peak memory. ``--show NAME`` prints one visible case: its text, label and reading
(held-back and sealed names are refused). The last line is one JSON object with every
figure.
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
                   ROOT.parent / "shared" / "corpus" / "dev2",
                   ROOT / "benchmarks" / "fresh_corpus",
                   ROOT / "benchmarks" / "fresh_corpus2",
                   ROOT / "benchmarks" / "fresh_corpus3",
                   ROOT / "benchmarks" / "fresh_corpus4",
                   ROOT / "benchmarks" / "fresh_corpus5",
                   ROOT / "benchmarks" / "fresh_corpus6")
SPEED_CORPORA = frozenset({"dev", "dev2"})  # the speed figure stays comparable over time
HELD = "held-back"
SEALED = "sealed"  # the fresh corpus's half nobody reads case by case
HALVES = ("probe", SEALED)  # a corpus in two folders (benchmarks/fresh_corpus/README.md)
# Sealed halves opened for study once a newer sealed corpus took over the honest check
# (2026-12-02: fresh_corpus3). Their scores are no longer honest and are titled so.
OPENED = frozenset({"fresh_corpus", "fresh_corpus2"})


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
        cases.append(Case(name, raw, context, label["expected"], label.get("notes", "")))
    return cases


def load_forms() -> tuple[ReplyForm, ...]:
    paths = sorted((ROOT / "templates").glob("*/reply_form.txt"))
    return tuple(ReplyForm.from_template(p.read_text(encoding="utf-8")) for p in paths)


def corpus_parts(corpus: Path, forms: tuple[ReplyForm, ...]) -> list[tuple[str, list[Case]]]:
    """The corpus as one part; as its tuned and held-back parts; or, kept in a probe and a
    sealed folder, as those two halves."""
    if all((corpus / half / "labels.json").exists() for half in HALVES):
        name = corpus.resolve().name.removesuffix("_corpus")
        opened = corpus.resolve().name in OPENED
        return [(f"{name} {'opened' if opened and half == SEALED else half}",
                 load_cases(corpus / half, forms)) for half in HALVES]
    cases = load_cases(corpus, forms)
    if corpus.resolve().name not in SPLIT_CORPORA:
        return [(corpus.name, cases)]
    held = held_back_names([case.name for case in cases])
    return [(f"{corpus.name} tuned", [c for c in cases if c.name not in held]),
            (f"{corpus.name} {HELD}", [c for c in cases if c.name in held])]


def hidden(title: str) -> bool:
    """A part shown only in aggregate: no case name, miss or text."""
    return HELD in title or SEALED in title


def score_part(cases: list[Case]) -> Score:
    score = Score()
    for case in cases:
        score_case(case, read_reply(case.raw, case.context), score)
    return score


def print_part(title: str, score: Score, show_misses: bool) -> None:
    figures = score.figures()
    named = not hidden(title)
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


def print_tagged(scores: dict[str, Score]) -> None:
    """Cases and misses per phenomenon named in the labels' notes (counts only)."""
    titles = list(scores)
    tags = sorted({tag for score in scores.values() for tag in score.tagged})
    print(f"\n{'phenomenon (missed / cases)':<44}" + "".join(f"{t:>22}" for t in titles))
    for tag in tags:
        cells = [f"{scores[t].tag_misses[tag]} / {scores[t].tagged[tag]}" for t in titles]
        print(f"{tag:<44}" + "".join(f"{c:>22}" for c in cells))


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


def throughput(cases: list[Case], seconds: float) -> tuple[float, float]:
    """Messages per second of wall time and per second of this process's CPU time (the
    second is what one core does when the machine is shared)."""
    read, started, cpu_started = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - started < seconds:
        for case in cases:
            read_reply(case.raw, case.context)
        read += len(cases)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    return read / wall, read / max(cpu, 1e-9)


def peak_memory_kib(cases: list[Case]) -> float:
    tracemalloc.start()
    for case in cases:
        read_reply(case.raw, case.context)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1024


def show_case(name: str, corpora: list[Path], forms: tuple[ReplyForm, ...]) -> None:
    """One visible case in full, for working on a miss; a held-back or sealed case is
    refused."""
    for corpus in corpora:
        for title, part in corpus_parts(corpus, forms):
            for case in part:
                if case.name != name:
                    continue
                if hidden(title):
                    sys.exit(f"{name} is in the {title} part: not shown")
                from mailbot.core.reading import parse_message

                half = title.rsplit(" ", 1)[-1].replace("opened", SEALED)
                folder = corpus / half if half in HALVES else corpus
                labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
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
    others: list[Case] = []
    for corpus in corpora:
        for title, part in corpus_parts(corpus, forms):
            (every if corpus.resolve().name in SPEED_CORPORA else others).extend(part)
            scores[title] = score_part(part)
            print_part(title, scores[title], args.show_misses)
    before = json.loads(args.before.read_text()) if args.before else {}
    print_phenomena(scores, before)
    print_tagged(scores)
    figures = {"parts": {t: s.figures() for t, s in scores.items()},
               **measure(every or others, args)}
    if args.save:
        args.save.write_text(json.dumps(figures, indent=1) + "\n")
    print(json.dumps(figures))


def measure(cases: list[Case], args: argparse.Namespace) -> dict[str, Any]:
    """Speed on one core and memory, with the machine's load average beside them."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    load = os.getloadavg()[0]
    rate, cpu_rate = throughput(cases, args.seconds)
    peak = peak_memory_kib(cases)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nspeed: {rate:,.0f} messages/s of wall time on one core, {cpu_rate:,.0f} per "
          f"second of CPU time, over {len(cases)} messages (dev and dev2 unless --corpus "
          f"says other; load average {load:.2f} on "
          f"{os.cpu_count()} cores: other work slows the wall-time figure); peak traced "
          f"memory {peak:,.0f} KiB; max RSS {rss:.1f} MiB")
    return {"messages_per_second": round(rate), "messages_per_cpu_second": round(cpu_rate),
            "load_average": round(load, 2), "peak_traced_kib": round(peak),
            "max_rss_mib": round(rss, 1)}



if __name__ == "__main__":
    main()
