"""Supplier opponents for the tournament, each with private preferences drawn from a seed.

A supplier's utility mirrors the buyer's: linear and additive over the levers in play,
each lever 1 at the buyer's walk-away and 0 at the buyer's target (the supplier wants
the opposite of the buyer), weighted by the supplier's own random priorities. Below
its random reservation value it never agrees.

    kind          behaviour
    boulware      time-based, aspiration 1 - (1 - r) t**3: holds, then gives late
    linear        time-based, t**1
    conceder      time-based, t**0.4: gives early
    hard-headed   time-based, t**8 and a high reservation: barely moves
    tit-for-tat   gives, in its own utility, what the buyer's last step gave it
    random        random packages above its reservation; accepts half of what it can

Every supplier accepts the package best for it among those offered (an offer's MESO
alternatives included) once that package reaches its aspiration, stating the package
so the pick is unambiguous. Counters state the paced levers only, inside the policy's
ranges, conceding first on the levers it cares least about: a supplier does not know
the buyer's walk-aways, but it knows which way the buyer wants each lever to move and
a tournament of out-of-policy counters would only measure escalations.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from mailbot.core.engine import Action, SupplierMove
from mailbot.core.engine.utility import normalised
from mailbot.core.policy import Policy
from mailbot.core.terms import INTEGER_LEVERS, Intent, Lever, Terms
from mailbot.simulate.messages import BuyerMessage

CURVES: dict[str, float] = {"boulware": 3.0, "linear": 1.0, "conceder": 0.4, "hard-headed": 8.0}
KINDS: tuple[str, ...] = ("boulware", "linear", "conceder", "hard-headed", "tit-for-tat",
                          "random")


@dataclass(frozen=True, slots=True)
class Profile:
    """A supplier's private preferences: lever weights (sum 1) and reservation value."""

    weights: dict[Lever, float]
    reservation: float

    def utility(self, policy: Policy, terms: Terms) -> float:
        total = 0.0
        for lever, weight in self.weights.items():
            spec = policy.levers[lever]
            value = terms.get(lever)
            total += weight * (1.0 - normalised(spec, spec.current if value is None else value))
        return total


def draw_profile(policy: Policy, rng: random.Random, kind: str) -> Profile:
    raw = {lever: rng.expovariate(1.0) for lever in policy.in_play}
    total = sum(raw.values())
    low, high = (0.5, 0.75) if kind == "hard-headed" else (0.15, 0.55)
    return Profile({lever: w / total for lever, w in raw.items()}, rng.uniform(low, high))


@dataclass
class Opponent:
    """One supplier in the tournament; ``aspire`` says what it wants this round."""

    policy: Policy
    profile: Profile
    aspire: Callable[[Opponent, int], float]
    rng: random.Random
    patience: int  # the round by which a time-based supplier reaches its reservation
    accept_chance: float = 1.0
    offers: list[Terms] = field(default_factory=list)
    aspiration: float = 1.0

    def reply(self, message: BuyerMessage) -> SupplierMove | None:
        decision = message.decision
        offered = decision.alternatives or ((decision.terms,) if decision.terms else ())
        if decision.action is Action.OFFER and decision.terms is not None:
            self.offers.append(decision.terms)
        self.aspiration = max(self.profile.reservation, self.aspire(self, len(self.offers)))
        best = max(offered, key=lambda t: self.profile.utility(self.policy, t), default=None)
        if best is not None and self._takes(best):
            return SupplierMove(Intent.ACCEPT, False, _stated(self.policy, best))
        return SupplierMove(Intent.COUNTER, False, self._position(best or Terms()))

    def close(self, message: BuyerMessage) -> None:
        """Nothing to release."""

    def _takes(self, terms: Terms) -> bool:
        worth = self.profile.utility(self.policy, terms)
        return worth >= self.aspiration - 1e-9 and self.rng.random() < self.accept_chance

    def _position(self, offer: Terms) -> Terms:
        """A package worth its aspiration, giving first where it cares least."""
        budget = 1.0 - self.aspiration  # supplier utility it gives up
        terms = Terms()
        for lever in sorted(self.policy.paced_levers, key=lambda x: self.profile.weights[x]):
            weight = self.profile.weights[lever]
            spec = self.policy.levers[lever]
            share = min(1.0, budget / weight) if weight else 1.0
            offered = offer.get(lever)
            if offered is not None:  # never ask for less than the buyer already gives
                share = min(share, normalised(spec, offered))
            budget -= share * weight
            value = spec.walk_away + share * (spec.target - spec.walk_away)
            terms = terms.with_lever(lever, _on_grid(lever, value))
        return terms


def _on_grid(lever: Lever, value: float) -> float:
    return float(round(value)) if lever in INTEGER_LEVERS else round(value, 1)


def _stated(policy: Policy, terms: Terms) -> Terms:
    stated = Terms()
    for lever in policy.in_play:
        stated = stated.with_lever(lever, terms.get(lever))
    return stated


def _time_based(exponent: float) -> Callable[[Opponent, int], float]:
    def aspire(o: Opponent, round_no: int) -> float:
        t = min(1.0, round_no / o.patience)
        return 1.0 - (1.0 - o.profile.reservation) * float(t**exponent)
    return aspire


def _tit_for_tat(o: Opponent, round_no: int) -> float:
    if len(o.offers) < 2:
        return 1.0 - 0.1 * (1.0 - o.profile.reservation)
    gain = o.profile.utility(o.policy, o.offers[-1]) - o.profile.utility(o.policy, o.offers[-2])
    return o.aspiration - max(0.0, gain)


def _random(o: Opponent, round_no: int) -> float:
    return o.rng.uniform(o.profile.reservation, 1.0)


def make_opponent(policy: Policy, kind: str, seed: int) -> Opponent:
    """The ``seed``-th supplier of ``kind``: the same seed always gives the same supplier."""
    rng = random.Random(f"{kind}:{seed}")
    profile = draw_profile(policy, rng, kind)
    patience = rng.randint(max(1, policy.pacing.max_rounds - 1), policy.pacing.max_rounds + 1)
    if kind in CURVES:
        return Opponent(policy, profile, _time_based(CURVES[kind]), rng, patience)
    if kind == "tit-for-tat":
        return Opponent(policy, profile, _tit_for_tat, rng, patience)
    if kind == "random":
        return Opponent(policy, profile, _random, rng, patience, accept_chance=0.5)
    raise ValueError(f"unknown opponent kind {kind!r}; choose one of {', '.join(KINDS)}")
