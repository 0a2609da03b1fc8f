"""Packages worth a given buyer utility: a concession budget spread over the paced levers.

A *budget* is the share (0..1) of the paced levers' combined worth the bot gives up,
so under the linear additive utility every package built from the same budget is worth
the same to the buyer (up to grid rounding, which always favours the buyer). How the
budget is spread is the strategy: by lever order (give on the first lever until it
reaches its cap, then the next...) or evenly.

Two bounds hold for every lever, whatever the spread:

- the *floor* is the previous offer's concession, so an offer never steps back;
- the *cap* is what the supplier itself asks (or the floor, if that is more), so the
  bot never offers more than it was asked for; on a lever a kept bargaining chip
  requires (``chips.py``), the cap is also that requirement.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from mailbot.core.engine import utility as u
from mailbot.core.engine.offers import on_grid
from mailbot.core.policy import Policy, TradeOff
from mailbot.core.terms import Lever, Terms

_BISECTIONS = 40


@dataclass(frozen=True, slots=True)
class Bounds:
    floors: dict[Lever, float]
    caps: dict[Lever, float]


def bounds(policy: Policy, previous: Terms, supplier: Terms,
           kept: Sequence[TradeOff] = ()) -> Bounds:
    floors, caps = {}, {}
    for lever in policy.paced_levers:
        floors[lever] = concession(policy, lever, previous)
        caps[lever] = max(floors[lever], concession(policy, lever, supplier))
    for trade in kept:
        lever = trade.require.lever
        if lever in caps:
            required = u.concession_of(policy.levers[lever], trade.require.value)
            caps[lever] = max(floors[lever], min(caps[lever], required))
    return Bounds(floors, caps)


def concession(policy: Policy, lever: Lever, terms: Terms) -> float:
    """The share of the lever's range conceded in ``terms`` (0 when not stated)."""
    spec, value = policy.levers[lever], terms.get(lever)
    return 0.0 if value is None else u.concession_of(spec, value)


def paced_concession(policy: Policy, terms: Terms) -> float:
    """The package's concession over the paced levers, as a share of their worth."""
    weights = {lever: policy.weight(lever) for lever in policy.paced_levers}
    total = sum(weights.values())
    given = sum(w * concession(policy, lever, terms) for lever, w in weights.items())
    return given / total if total else 0.0


def by_order(
    policy: Policy, order: Sequence[Lever], budget: float, b: Bounds
) -> dict[Lever, float]:
    """Give on levers in ``order``, each up to its cap, until the budget is spent."""
    total = sum(policy.weight(lever) for lever in policy.paced_levers)
    shares = dict(b.floors)
    left = budget * total - sum(policy.weight(lever) * s for lever, s in shares.items())
    for lever in order:
        weight = policy.weight(lever)
        add = min(max(0.0, left / weight), b.caps[lever] - shares[lever])
        shares[lever] += add
        left -= add * weight
    return shares


def evenly(policy: Policy, budget: float, b: Bounds) -> dict[Lever, float]:
    """The same share on every lever (within its bounds): split the difference."""
    low, high = 0.0, 1.0
    for _ in range(_BISECTIONS):
        level = (low + high) / 2
        if _spent(policy, _levelled(b, level)) > budget:
            high = level
        else:
            low = level
    return _levelled(b, low)


def _levelled(b: Bounds, level: float) -> dict[Lever, float]:
    return {lever: min(b.caps[lever], max(floor, level)) for lever, floor in b.floors.items()}


def _spent(policy: Policy, shares: dict[Lever, float]) -> float:
    total = sum(policy.weight(lever) for lever in shares)
    return sum(policy.weight(lever) * s for lever, s in shares.items()) / total if total else 0.0


def as_terms(policy: Policy, shares: dict[Lever, float], previous: Terms) -> Terms:
    """Lever values on the human grid, rounded toward the buyer, never behind ``previous``."""
    terms = Terms()
    for lever, share in shares.items():
        spec = policy.levers[lever]
        before = previous.get(lever)
        value = on_grid(spec, lever, u.value_at(spec, share))
        value = value if before is None else u.worse_of(spec, value, before)
        terms = terms.with_lever(lever, value)
    return terms
