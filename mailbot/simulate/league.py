"""The realistic tournament: mailbot's strategy settings and the baselines, each against
the same seeded population of market suppliers (``market/``).

Per entrant it reports the agreement rate on feasible pairs (pairs where some deal lay
inside both the policy and the supplier's limits), the mean buyer utility over all
pairs (no deal counts 0) and breaches: agreements outside the policy, which must be 0.
It also counts how negotiations ended without a deal: the supplier walked away, the
buyer escalated, or the buyer ran out of offers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from statistics import fmean
from typing import Any

from mailbot.core.engine import DealContext, seed_from, utility
from mailbot.core.policy import Escalation, OutsidePolicy, Pacing, Policy
from mailbot.core.terms import Intent
from mailbot.simulate.baselines import SplitDifferenceBuyer, TimeBasedBuyer
from mailbot.simulate.market import MarketSupplier, PopulationSpec, draw_profile, view_of
from mailbot.simulate.referee import breach, feasible
from mailbot.simulate.runner import Buyer, EngineBuyer, simulate


@dataclass(frozen=True)
class Entrant:
    name: str
    kind: str  # "mailbot" or "baseline"
    policy: Policy
    buyer: Callable[[Policy], Buyer]


@dataclass(frozen=True, slots=True)
class Result:
    feasible: bool
    agreed: bool
    utility: float
    breach: bool
    ending: str  # agreed | walked_away | escalated | ended
    rounds: int


@dataclass(frozen=True, slots=True)
class Row:
    entrant: str
    kind: str
    negotiations: int
    feasible: int
    agreement_feasible: float
    utility_all: float
    breaches: int
    walked_away: float
    escalated: float
    rounds: float

    def to_json(self) -> dict[str, Any]:
        return {name: round(value, 4) if isinstance(value, float) else value
                for name, value in (
                    ("entrant", self.entrant), ("kind", self.kind),
                    ("negotiations", self.negotiations), ("feasible", self.feasible),
                    ("agreement_feasible", self.agreement_feasible),
                    ("utility_all", self.utility_all), ("breaches", self.breaches),
                    ("walked_away", self.walked_away), ("escalated", self.escalated),
                    ("rounds", self.rounds))}


# The strategy settings: what ``with_default_strategy`` resets. Budget (max_rounds,
# reminders), levers, trade-offs, closing and safety rules are the policy's own.
STRATEGY_PACING = frozenset({"strategy", "exponent", "reciprocity", "meso", "opponent_model",
                             "variation", "plausible_after", "supplier_patience"})
STRATEGY_ESCALATION = frozenset({"on_outside_policy", "stalled_rounds"})

# mailbot's rows: each a change to the default strategy settings.
VARIANTS: tuple[tuple[str, dict[str, Any], dict[str, Any]], ...] = (
    ("defaults", {}, {}),
    ("boulware", {"strategy": "boulware"}, {}),
    ("linear", {"strategy": "linear"}, {}),
    ("conceder", {"strategy": "conceder"}, {}),
    ("without the opponent model", {"opponent_model": False}, {}),
    ("plausible after 1 offer", {"plausible_after": 1}, {}),
    ("plausible after 2 offers", {"plausible_after": 2}, {}),
    ("supplier patience 3", {"supplier_patience": 3}, {}),
    ("supplier patience 5", {"supplier_patience": 5}, {}),
    ("stalled after 2", {}, {"stalled_rounds": 2}),
    ("stalled after 8", {}, {"stalled_rounds": 8}),
    ("meso 3", {"meso": 3}, {}),
)


def with_default_strategy(policy: Policy) -> Policy:
    """The policy as if it said nothing about strategy: its levers, trade-offs, budget,
    closing and safety rules stay; every strategy setting takes its default."""
    pacing = Pacing().model_copy(update={
        key: getattr(policy.pacing, key) for key in Pacing.model_fields
        if key not in STRATEGY_PACING})
    escalation = Escalation().model_copy(update={
        key: getattr(policy.escalation, key) for key in Escalation.model_fields
        if key not in STRATEGY_ESCALATION})
    return policy.model_copy(update={"pacing": pacing, "escalation": escalation})


def varied(policy: Policy, pacing: dict[str, Any], escalation: dict[str, Any]) -> Policy:
    changes = dict(pacing)
    if "strategy" in changes:
        changes["exponent"] = None
    return policy.model_copy(update={
        "pacing": policy.pacing.model_copy(update=changes),
        "escalation": policy.escalation.model_copy(update=escalation)})


def engine(name: str, policy: Policy, kind: str = "mailbot") -> Entrant:
    return Entrant(name, kind, policy, lambda _: EngineBuyer())


def entrants(policy: Policy) -> list[Entrant]:
    """The policy as written (when it sets any strategy), mailbot's default settings and
    their variants, then the baselines, all with the policy's levers and budget."""
    base = with_default_strategy(policy)
    rows = [] if policy == base else [engine("policy as written", policy)]
    seen = [policy] if rows else []
    for name, pacing, escalation in VARIANTS:
        candidate = varied(base, pacing, escalation)
        if candidate not in seen:  # a variant equal to the defaults is played once
            rows.append(engine(name, candidate))
            seen.append(candidate)
    return [*rows, *baselines(base)]


def baselines(policy: Policy) -> list[Entrant]:
    seed_rule = varied(policy, {}, {"on_outside_policy": OutsidePolicy.ESCALATE})
    return [
        Entrant("time-based linear (NegMAS-style)", "baseline", policy, TimeBasedBuyer),
        Entrant("split the difference", "baseline", policy, SplitDifferenceBuyer),
        engine("escalate any out-of-policy counter", seed_rule, "baseline"),
    ]


def best_baseline(rows: Sequence[Row]) -> Row | None:
    return max((r for r in rows if r.kind == "baseline"), key=lambda r: r.utility_all,
               default=None)


def play(entrants: Sequence[Entrant], spec: PopulationSpec, seeds: Sequence[int],
         context: DealContext | None = None) -> list[Row]:
    """Every entrant against suppliers ``seeds`` of population ``spec``: deterministic."""
    base = context or DealContext()
    rows = []
    for entrant in entrants:
        buyer = entrant.buyer(entrant.policy)
        results = [_one(entrant.policy, buyer, spec, seed, base) for seed in seeds]
        rows.append(_row(entrant, results))
    return rows


def _one(policy: Policy, buyer: Buyer, spec: PopulationSpec, seed: int,
         base: DealContext) -> Result:
    view = view_of(policy)
    profile = draw_profile(view, spec, seed)
    supplier = MarketSupplier(profile, view, seed)
    context = DealContext(base.baseline_unit_price, base.annual_volume, base.currency,
                          seed=seed_from(f"{spec.name}:{seed}"))
    outcome = simulate(policy, supplier, context, buyer)
    possible = feasible(policy, profile)
    if outcome.outcome == "agreed":
        return Result(possible, True, utility(policy, outcome.terms),
                      breach(policy, outcome.terms), "agreed", outcome.rounds)
    walked = any(e.party == "supplier" and e.act == Intent.REJECT.value
                 for e in outcome.transcript)
    ending = "walked_away" if walked else outcome.outcome
    return Result(possible, False, 0.0, False, ending, outcome.rounds)


def _row(entrant: Entrant, results: list[Result]) -> Row:
    feasible_results = [r for r in results if r.feasible]
    agreed = [r for r in results if r.agreed]
    count = len(results) or 1
    return Row(
        entrant=entrant.name, kind=entrant.kind, negotiations=len(results),
        feasible=len(feasible_results),
        agreement_feasible=sum(r.agreed for r in feasible_results) / (
            len(feasible_results) or 1),
        utility_all=fmean(r.utility for r in results) if results else 0.0,
        breaches=sum(r.breach for r in results),
        walked_away=sum(r.ending == "walked_away" for r in results) / count,
        escalated=sum(r.ending == "escalated" for r in results) / count,
        rounds=fmean(float(r.rounds) for r in agreed) if agreed else 0.0,
    )
