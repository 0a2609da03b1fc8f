"""A policy tournament: each strategy setting against a seeded population of suppliers.

Every strategy meets the same suppliers (``opponents.py``: six kinds x ``seeds``), so
the rows differ by strategy only. Per strategy the tournament reports the agreement
rate, the buyer's and the supplier's mean utility over agreements, how far agreements
lie from the Pareto frontier and from the Nash point, rounds to agreement, and
walk-away breaches: every agreement is checked against the policy, and must be 0.

The frontier and the Nash point are computed over a grid of the levers in play (inside
the policy: a bargaining chip only where its trade-off allows it), with the supplier's
utility from its own private weights and reservation value.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator
from dataclasses import dataclass
from statistics import fmean
from typing import Any

from mailbot.core.engine import DealContext, breaches, seed_from, utility
from mailbot.core.engine.compliance import permitting_trade_off
from mailbot.core.policy import Pacing, Policy, Strategy
from mailbot.core.terms import INTEGER_LEVERS, Lever, Terms
from mailbot.simulate.opponents import KINDS, Profile, make_opponent
from mailbot.simulate.runner import simulate

_GRID_OUTCOMES = 4000  # the discretised outcome space holds about this many packages
_VARIATION = 0.05  # the setting with the opponent model also varies its curve this much


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    pacing: Pacing


@dataclass(frozen=True, slots=True)
class Result:
    agreed: bool
    buyer: float
    supplier: float
    pareto: float
    nash: float
    rounds: int
    breach: bool


@dataclass(frozen=True, slots=True)
class Row:
    setting: str
    negotiations: int
    agreement_rate: float
    buyer_utility: float
    supplier_utility: float
    buyer_utility_all: float  # a failed negotiation counts 0 for the buyer
    pareto_distance: float
    nash_distance: float
    rounds: float
    breaches: int

    def to_json(self) -> dict[str, Any]:
        return {key: round(value, 4) if isinstance(value, float) else value
                for key, value in (
                    ("setting", self.setting), ("negotiations", self.negotiations),
                    ("agreement_rate", self.agreement_rate), ("buyer_utility", self.buyer_utility),
                    ("supplier_utility", self.supplier_utility),
                    ("buyer_utility_all", self.buyer_utility_all),
                    ("pareto_distance", self.pareto_distance),
                    ("nash_distance", self.nash_distance), ("rounds", self.rounds),
                    ("breaches", self.breaches))}


def settings(policy: Policy) -> list[Setting]:
    """The policy as written, then every curve x MESO off/3 x opponent model off/on."""
    grid = [Setting("policy", policy.pacing)]
    for strategy, meso, model in itertools.product(Strategy, (1, 3), (False, True)):
        pacing = policy.pacing.model_copy(update={
            "strategy": strategy, "exponent": None, "meso": meso, "opponent_model": model,
            "variation": _VARIATION if model else 0.0})
        name = f"{strategy.value}{' meso3' if meso > 1 else ''}{' +model' if model else ''}"
        grid.append(Setting(name, pacing))
    return grid


def tournament(policy: Policy, seeds: int, context: DealContext | None = None) -> list[Row]:
    """Every setting against ``len(KINDS) x seeds`` suppliers; deterministic per ``seeds``."""
    base = context or DealContext()
    population = [(kind, seed) for kind in KINDS for seed in range(seeds)]
    spaces = {key: _space(policy, make_opponent(policy, *key).profile) for key in population}
    rows = []
    for setting in settings(policy):
        variant = policy.model_copy(update={"pacing": setting.pacing})
        results = [_play(variant, key, spaces[key], base) for key in population]
        rows.append(_row(setting.name, results))
    return rows


def recommend(rows: list[Row], min_agreement: float = 0.7) -> Row | None:
    """The setting with the best buyer utility at agreement rate >= ``min_agreement`` and
    no breach (ties go to the earlier row: the policy as written first)."""
    eligible = [r for r in rows if r.agreement_rate >= min_agreement and r.breaches == 0]
    return max(eligible, key=lambda r: r.buyer_utility, default=None)


def _play(policy: Policy, key: tuple[str, int], space: Space, base: DealContext) -> Result:
    opponent = make_opponent(policy, *key)
    context = DealContext(base.baseline_unit_price, base.annual_volume, base.currency,
                          seed=seed_from(f"{key[0]}:{key[1]}"))
    outcome = simulate(policy, opponent, context)
    if outcome.outcome != "agreed":
        return Result(False, 0.0, 0.0, 0.0, 0.0, outcome.rounds, False)
    point = (utility(policy, outcome.terms), opponent.profile.utility(policy, outcome.terms))
    return Result(True, *point, space.pareto_distance(point), math.dist(point, space.nash),
                  outcome.rounds, _breaches(policy, outcome.terms))


def _breaches(policy: Policy, terms: Terms) -> bool:
    """Outside a walk-away, or a chip moved without its trade-off: must never happen."""
    if breaches(policy, terms):
        return True
    for lever in policy.give_levers:
        spec, value = policy.levers[lever], terms.get(lever)
        conceded = value is not None and spec.prefers(spec.target, value)
        if conceded and permitting_trade_off(policy, terms, lever) is None:
            return True
    return False


def _row(name: str, results: list[Result]) -> Row:
    agreed = [r for r in results if r.agreed]

    def mean(values: Iterator[float]) -> float:
        return fmean(values) if agreed else 0.0

    return Row(
        setting=name, negotiations=len(results),
        agreement_rate=len(agreed) / len(results) if results else 0.0,
        buyer_utility=mean(r.buyer for r in agreed),
        supplier_utility=mean(r.supplier for r in agreed),
        buyer_utility_all=fmean(r.buyer for r in results) if results else 0.0,
        pareto_distance=mean(r.pareto for r in agreed),
        nash_distance=mean(r.nash for r in agreed),
        rounds=mean(float(r.rounds) for r in agreed),
        breaches=sum(r.breach for r in results),
    )


@dataclass(frozen=True, slots=True)
class Space:
    """The Pareto frontier and Nash point of the discretised outcome space."""

    frontier: tuple[tuple[float, float], ...]
    nash: tuple[float, float]

    def pareto_distance(self, point: tuple[float, float]) -> float:
        return min(math.dist(point, p) for p in self.frontier)


def _space(policy: Policy, profile: Profile) -> Space:
    points = [(utility(policy, t), profile.utility(policy, t)) for t in _outcomes(policy)]
    points.sort(key=lambda p: (-p[0], -p[1]))
    frontier, best_supplier = [], -1.0
    for point in points:
        if point[1] > best_supplier:
            frontier.append(point)
            best_supplier = point[1]
    feasible = [p for p in frontier if p[1] >= profile.reservation] or frontier
    nash = max(feasible, key=lambda p: p[0] * (p[1] - profile.reservation))
    return Space(tuple(frontier), nash)


def _outcomes(policy: Policy) -> Iterator[Terms]:
    levers = policy.in_play
    steps = max(2, int(_GRID_OUTCOMES ** (1 / len(levers))))
    axes = [_axis(policy, lever, steps) for lever in levers]
    for values in itertools.product(*axes):
        terms = Terms()
        for lever, value in zip(levers, values, strict=True):
            terms = terms.with_lever(lever, value)
        if not _breaches(policy, terms):
            yield terms


def _axis(policy: Policy, lever: Lever, steps: int) -> list[float]:
    spec = policy.levers[lever]
    values = {spec.walk_away + (spec.target - spec.walk_away) * i / (steps - 1)
              for i in range(steps)}
    values |= {t.give.value for t in policy.trade_offs if t.give.lever == lever}
    values |= {t.require.value for t in policy.trade_offs if t.require.lever == lever}
    return sorted(float(round(v)) if lever in INTEGER_LEVERS else v for v in values)
