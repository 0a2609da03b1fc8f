"""Baseline buyers for the tournament: simple, well-known rules the engine must beat.

    baseline        what it does
    time-based      NegMAS-style aspiration agent: its aspiration falls as ``1 - t**e``
                    over its offers; it offers the in-policy package whose utility is
                    nearest above its aspiration, and accepts an in-policy counter worth
                    at least its own next offer (any in-policy counter after its last)
    split           opens at every target, then offers the midpoint of its last offer and
                    the supplier's counter on every lever, kept inside the policy; it
                    accepts the first in-policy counter

Neither escalates: a supplier that walks away, or a budget spent, ends the negotiation.
They share the engine's notion of the policy (``breaches``, ``utility``): what is inside
it and what it is worth to the buyer, which any buyer knows.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Iterator
from dataclasses import dataclass

from mailbot.core.engine import (
    Action,
    DealContext,
    Decision,
    History,
    SupplierMove,
    breaches,
    utility,
)
from mailbot.core.policy import Better, LeverPolicy, Policy
from mailbot.core.terms import INTEGER_LEVERS, Intent, Lever, Terms

_GRID_OUTCOMES = 20_000  # the time-based agent's discretised outcome space, at most
_PERCENT_STEP = 0.1


def targets(policy: Policy) -> Terms:
    terms = Terms()
    for lever in policy.in_play:
        terms = terms.with_lever(lever, policy.levers[lever].target)
    return terms


def package_of(move: SupplierMove, history: History, policy: Policy) -> Terms:
    """What the supplier stated, the rest as in the buyer's last offer."""
    offers = history.buyer_offers
    last = offers[-1] if offers else targets(policy)
    return move.terms.merged_over(last)


def _end(reason: str, why: str) -> Decision:
    return Decision(Action.END, reason, why)


def _not_a_position(move: SupplierMove) -> Decision | None:
    if move.intent is Intent.AUTO_REPLY:
        return Decision(Action.WAIT, "auto_reply_ignored", "An automatic reply.")
    if move.intent not in (Intent.COUNTER, Intent.ACCEPT):
        return _end("supplier_left", f"The supplier's reply is {move.intent.value}.")
    return None


def _accept(package: Terms, why: str) -> Decision:
    return Decision(Action.ACCEPT, "baseline_accept", why, package)


@dataclass
class TimeBasedBuyer:
    """A time-based aspiration agent in the NegMAS vocabulary (``exponent`` 1: linear)."""

    policy: Policy
    exponent: float = 1.0

    def __post_init__(self) -> None:
        scored = sorted((utility(self.policy, t), i, t)
                        for i, t in enumerate(outcomes(self.policy)))
        self._worth = [w for w, _, _ in scored]
        self._packages = [t for _, _, t in scored]

    def open(self, policy: Policy, context: DealContext) -> Decision:
        return Decision(Action.OFFER, "baseline_offer", "Aspiration 1.", self._offer(0))

    def decide(self, policy: Policy, history: History, move: SupplierMove,
               context: DealContext) -> Decision:
        other = _not_a_position(move)
        if other is not None:
            return other
        package, made = package_of(move, history, policy), len(history.buyer_offers)
        inside = not breaches(policy, package)
        if made >= policy.pacing.max_rounds:
            return _accept(package, "Last offer made.") if inside else _end(
                "max_rounds", "Every offer made.")
        offer = self._offer(made)
        if inside and utility(policy, package) >= utility(policy, offer) - 1e-9:
            return _accept(package, "Worth at least our next offer.")
        return Decision(Action.OFFER, "baseline_offer", "Time-based offer.", offer)

    def _offer(self, made: int) -> Terms:
        t = min(1.0, made / max(1, self.policy.pacing.max_rounds - 1))
        aspiration = 1.0 - t**self.exponent
        index = bisect.bisect_left(self._worth, aspiration - 1e-9)
        return self._packages[min(index, len(self._packages) - 1)]


@dataclass
class SplitDifferenceBuyer:
    """Meets the supplier halfway on every lever and takes the first in-policy counter."""

    policy: Policy

    def open(self, policy: Policy, context: DealContext) -> Decision:
        return Decision(Action.OFFER, "baseline_offer", "Every target.", targets(policy))

    def decide(self, policy: Policy, history: History, move: SupplierMove,
               context: DealContext) -> Decision:
        other = _not_a_position(move)
        if other is not None:
            return other
        package = package_of(move, history, policy)
        if not breaches(policy, package):
            return _accept(package, "The counter is inside the policy.")
        if len(history.buyer_offers) >= policy.pacing.max_rounds:
            return _end("max_rounds", "Every offer made.")
        last = history.buyer_offers[-1] if history.buyer_offers else targets(policy)
        return Decision(Action.OFFER, "baseline_offer", "Split the difference.",
                        _midpoint(policy, last, package))


def _midpoint(policy: Policy, last: Terms, theirs: Terms) -> Terms:
    offer = last
    for lever in policy.in_play:
        spec, mine, asked = policy.levers[lever], last.get(lever), theirs.get(lever)
        if mine is None or asked is None:
            continue
        offer = offer.with_lever(lever, _inside(spec, lever, (mine + asked) / 2))
    for lever in policy.give_levers:  # a chip only where a trade-off allows it
        if any(b.lever is lever for b in breaches(policy, offer)):
            offer = offer.with_lever(lever, policy.levers[lever].target)
    return offer


def _inside(spec: LeverPolicy, lever: Lever, value: float) -> float:
    """On the grid, rounded toward the buyer, no further than the walk-away."""
    step = 1.0 if lever in INTEGER_LEVERS else _PERCENT_STEP
    steps = value / step
    if abs(steps - round(steps)) < 1e-6:
        steps = round(steps)
    toward_buyer = math.floor if spec.better is Better.LOWER else math.ceil
    rounded = round(toward_buyer(steps) * step, 4)
    return spec.walk_away if spec.prefers(spec.walk_away, rounded) else rounded


def outcomes(policy: Policy) -> Iterator[Terms]:
    """In-policy packages on a grid: each paced lever from target to walk-away, each
    bargaining chip at its target or a trade-off's value."""
    levers = policy.in_play
    paced = [lever for lever in levers if lever not in policy.give_levers]
    chips = {lever: sorted({policy.levers[lever].target, *(
        t.give.value for t in policy.trade_offs if t.give.lever is lever)})
        for lever in policy.give_levers}
    room = _GRID_OUTCOMES / max(1, math.prod(len(v) for v in chips.values()))
    per = max(2, int(room ** (1 / max(1, len(paced)))))
    axes = [_axis(policy.levers[lever], lever, per) if lever in paced else chips[lever]
            for lever in levers]
    for values in itertools.product(*axes):
        terms = Terms()
        for lever, value in zip(levers, values, strict=True):
            terms = terms.with_lever(lever, value)
        if not breaches(policy, terms):
            yield terms


def _axis(spec: LeverPolicy, lever: Lever, most: int) -> list[float]:
    step = 1.0 if lever in INTEGER_LEVERS else _PERCENT_STEP
    count = min(most, round(abs(spec.walk_away - spec.target) / step) + 1)
    values = (spec.target + (spec.walk_away - spec.target) * i / (count - 1)
              for i in range(count))
    return sorted({float(round(v)) if lever in INTEGER_LEVERS else round(v, 4)
                   for v in values})
