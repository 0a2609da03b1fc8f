"""How many replies the bot now clarifies with the supplier instead of escalating.

    python benchmarks/clarify.py [--corpus DIR] [--policy FILE]

Each reply of the corpus (default ../shared/corpus/dev2) is read by the reader on this
branch, and the engine decides on it twice, as the first reply to the opening offer
(the label's ``last_offer``): with the policy as it is (``escalation.clarifications`` 1
in the worked example) and with clarifications off. It prints, for the whole corpus and
in aggregate for its tuned and held-back parts (reader_scoring.py), how many replies move
from an escalation to a clarification, by the label's intent and by the reader's reason;
and how many replies of each dangerous kind are clarified: a rejection, a price increase
(both from the label), and a bank-detail change, another item, a pending sign-off or a
legal matter (from the label's notes). That last count must be 0. No case is shown one
by one except, for the tuned part only, the names of dangerous replies clarified.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader import corpus_parts, hidden, load_forms  # noqa: E402
from reader_scoring import Case  # noqa: E402

from mailbot.core.engine import (  # noqa: E402
    Action,
    DealContext,
    Exchange,
    History,
    decide,
    move_from_reading,
    open_negotiation,
)
from mailbot.core.policy import Policy  # noqa: E402
from mailbot.core.reading import read_reply  # noqa: E402
from mailbot.shell.files.policies import load_policy  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev2"
DEFAULT_POLICY = ROOT / "policies" / "packaging_renewal.yaml"

# Dangerous kinds the labels' notes name (the label's intent and price_increase name the
# other two). Broad on purpose: a false tag costs a look, a missed one a wrong email.
_NOTES = {
    "bank-detail change": r"\bbank|\biban\b|\bswift\b|sort code|account (details|number)",
    "different item": r"\b(different|another|other|wrong) (item|article|product|sku|part)",
    "pending sign-off": r"sign[- ]?off|\bapprov\w*|\bpending\b|\bdirector|\bboard\b",
    "legal": r"\blegal|lawyer|liabilit|indemn|jurisdiction|governing law|"
             r"terms and conditions|\bt&c|\bgdpr\b|\bpenalt",
}
_UNSURE = ("low_confidence", "unclear_reply")  # the escalation rows clarify replaces
_NOTES_RE = {kind: re.compile(pattern, re.IGNORECASE) for kind, pattern in _NOTES.items()}


@dataclass(frozen=True)
class Outcome:
    intent: str  # the label's
    reason: str  # the reader's
    before: Action  # with clarifications off
    before_reason: str
    now: Action
    dangers: frozenset[str]


def dangers(case: Case) -> frozenset[str]:
    found = {kind for kind, pattern in _NOTES_RE.items() if pattern.search(case.notes)}
    if case.expected.get("intent") == "reject":
        found.add("rejection")
    if case.expected.get("price_increase"):
        found.add("price increase")
    return frozenset(found)


def outcome(case: Case, policy: Policy, never_ask: Policy) -> Outcome:
    reading = read_reply(case.raw, case.context)
    move = move_from_reading(reading)
    deal = DealContext(case.context.baseline_unit_price, None, case.context.currency)
    offer = case.context.last_offer or open_negotiation(policy, deal).terms
    assert offer is not None
    history = History((Exchange("buyer", offer),))
    before = decide(never_ask, history, move, deal)
    return Outcome(
        intent=str(case.expected.get("intent")),
        reason=reading.reason.value if reading.reason else "-",
        before=before.action,
        before_reason=before.reason,
        now=decide(policy, history, move, deal).action,
        dangers=dangers(case),
    )


def report(title: str, outcomes: list[Outcome]) -> int:
    """Print one part's figures; the number of dangerous replies clarified."""
    moved = [o for o in outcomes if o.before is Action.ESCALATE and o.now is Action.CLARIFY]
    escalated = sum(o.before is Action.ESCALATE for o in outcomes)
    clarified = [o for o in outcomes if o.now is Action.CLARIFY]
    print(f"== {title}: {len(outcomes)} replies; escalated without clarifying: {escalated}; "
          f"now clarified instead: {len(moved)}; still escalated: "
          f"{sum(o.now is Action.ESCALATE for o in outcomes)}")
    unsure = [o for o in outcomes if o.before_reason in _UNSURE]
    print(f"   escalated as unsure ({' / '.join(_UNSURE)}): {len(unsure)}, of which now "
          f"clarified {sum(o.now is Action.CLARIFY for o in unsure)}; still escalated by "
          "reader reason: " + ", ".join(
              f"{k} {v}" for k, v in sorted(Counter(
                  o.reason for o in unsure if o.now is Action.ESCALATE).items())))
    for label, key in (("by label intent", "intent"), ("by reader reason", "reason")):
        counts = Counter(getattr(o, key) for o in moved)
        print(f"   {label}: " + (", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
                                  or "none"))
    kinds = sorted({kind for o in outcomes for kind in o.dangers})
    danger = sum(bool(o.dangers) for o in clarified)
    cells = ", ".join(f"{kind} {sum(kind in o.dangers for o in clarified)}/"
                      f"{sum(kind in o.dangers for o in outcomes)}" for kind in kinds)
    print(f"   dangerous kinds clarified (clarified / in part): {cells or 'none in part'}")
    return danger


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--policy", type=Path, default=DEFAULT_POLICY)
    args = parser.parse_args()
    policy = load_policy(args.policy)
    never_ask = policy.model_copy(
        update={"escalation": policy.escalation.model_copy(update={"clarifications": 0})})
    parts = corpus_parts(args.corpus, load_forms())
    cases = [case for _, part in parts for case in part]
    outcomes = {case.name: outcome(case, policy, never_ask) for case in cases}
    print(f"policy {policy.name!r}: escalation.clarifications = "
          f"{policy.escalation.clarifications}")
    total = report(args.corpus.name, list(outcomes.values()))
    for title, part in parts:
        report(f"{title} (aggregate)", [outcomes[c.name] for c in part])
        if hidden(title):
            continue
        for case in part:
            o = outcomes[case.name]
            if o.now is Action.CLARIFY and o.dangers:
                print(f"   ! clarified, tagged {sorted(o.dangers)}: {case.name}")
    print(f"dangerous replies clarified: {total}")


if __name__ == "__main__":
    main()
