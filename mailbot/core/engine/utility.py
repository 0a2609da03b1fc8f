"""The buyer's utility: linear and additive over the levers in play.

Each lever is normalised to 0 at its walk-away and 1 at its target (clamped), so a
weight means the same thing whatever the lever's unit. A lever not stated counts at
its current value: silence about it means the status quo continues.
"""

from __future__ import annotations

from mailbot.core.policy import LeverPolicy, Policy
from mailbot.core.terms import Terms


def normalised(spec: LeverPolicy, value: float) -> float:
    """0 at the walk-away, 1 at the target, clamped to that range."""
    share = (value - spec.walk_away) / (spec.target - spec.walk_away)
    return min(1.0, max(0.0, share))


def value_at(spec: LeverPolicy, concession: float) -> float:
    """The lever value after conceding ``concession`` (0..1) of the target-to-walk-away range."""
    return spec.target + (spec.walk_away - spec.target) * concession


def concession_of(spec: LeverPolicy, value: float) -> float:
    return 1.0 - normalised(spec, value)


def better_of(spec: LeverPolicy, a: float, b: float) -> float:
    return a if spec.prefers(a, b) else b


def worse_of(spec: LeverPolicy, a: float, b: float) -> float:
    return b if spec.prefers(a, b) else a


def utility(policy: Policy, terms: Terms) -> float:
    """The package's worth to the buyer, from 0 (every walk-away) to 1 (every target)."""
    total = 0.0
    for lever in policy.in_play:
        spec = policy.levers[lever]
        value = terms.get(lever)
        total += policy.weight(lever) * normalised(spec, spec.current if value is None else value)
    return total
