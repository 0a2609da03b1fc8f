"""Reading the supplier: which levers it gives on and which it holds (a frequency model).

The supplier's utility is unknown, but its counters show it. A lever on which it has
moved far toward the buyer (a share of the lever's range, measured without clamping from
the worse of today's terms and its own opening) is cheap for it; a lever it holds is
dear. The estimated weight of a lever is therefore ``1 - moved + PRIOR`` (normalised),
the HardHeaded/frequency idea in one line: the ``PRIOR`` keeps a lever the supplier
moved fully on from counting as worthless.

The same movement, weighted by the buyer's own weights, is how far the supplier has
come in the buyer's utility: the amount a tit-for-tat concession answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from mailbot.core.engine.positions import share
from mailbot.core.policy import Policy
from mailbot.core.terms import Lever, Terms

PRIOR = 0.1


@dataclass(frozen=True, slots=True)
class SupplierModel:
    """Estimated supplier weights per paced lever (summing to 1) and its movement."""

    weights: dict[Lever, float]
    moved: dict[Lever, float]  # share of the lever's range the supplier has come, 0..1

    def value_of(self, concessions: dict[Lever, float]) -> float:
        """The supplier's estimated gain from the buyer's concessions (0..1 per lever)."""
        return sum(self.weights[lever] * share for lever, share in concessions.items()
                   if lever in self.weights)

    def order(self, policy: Policy) -> tuple[Lever, ...]:
        """Levers to give on first: most worth to the supplier per unit of buyer utility."""
        levers = policy.paced_levers
        return tuple(sorted(levers, key=lambda lever: -self.weights[lever] / policy.weight(lever)))


def read_supplier(policy: Policy, positions: Sequence[Terms]) -> SupplierModel:
    """The model from the supplier's full packages so far, oldest first."""
    moved = {lever: _moved(policy, lever, positions) for lever in policy.paced_levers}
    raw = {lever: 1.0 - share + PRIOR for lever, share in moved.items()}
    total = sum(raw.values()) or 1.0
    return SupplierModel({lever: value / total for lever, value in raw.items()}, moved)


def movement(policy: Policy, positions: Sequence[Terms]) -> float:
    """How far the supplier has come, in buyer utility over the paced levers, as a share
    of what those levers can be worth (0..1)."""
    paced = policy.paced_levers
    weight = sum(policy.weight(lever) for lever in paced)
    if not weight:
        return 0.0
    moved = sum(policy.weight(lever) * _moved(policy, lever, positions) for lever in paced)
    return moved / weight


def _moved(policy: Policy, lever: Lever, positions: Sequence[Terms]) -> float:
    spec = policy.levers[lever]
    shares = [share(spec, value) for p in positions if (value := p.get(lever)) is not None]
    if not shares:
        return 0.0
    return min(1.0, max(0.0, max(shares) - min(share(spec, spec.current), shares[0])))
