"""What the supplier's own positions show, lever by lever, measured without clamping.

A position is the supplier's full package: what it stated, the rest as in the offer it
answered. Every measure is a *share* of the lever's range: 0 at the walk-away, 1 at the
target, negative beyond the walk-away, above 1 beyond the target. Nothing is clamped, so
a supplier moving Net 30 -> 35 -> 40 against a Net 45 walk-away is moving.

    measure       meaning
    best          the most it has given on the lever: its limit is at least this
    best_with     the same over positions made with bargaining chips no more generous to
                  it than ours: a price quoted with a 12-month term says little about the
                  price with a monthly one (a longer contract lets a supplier give more)
    step          its latest move toward the buyer
    held          it stopped on the lever (moved less than HOLD since its last position)
                  after moving on it, or while moving on another: most likely its limit
    stalled       consecutive replies without a move of MOVE on any lever
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

from mailbot.core.policy import LeverPolicy, Policy
from mailbot.core.terms import Lever, Terms

MOVE = 0.05  # a move smaller than this share of a lever's range is noise, not a concession
HOLD = 0.1   # a lever that moved less than this since the last position is being held


def share(spec: LeverPolicy, value: float) -> float:
    """0 at the walk-away, 1 at the target, unclamped."""
    return (value - spec.walk_away) / (spec.target - spec.walk_away)


def from_share(spec: LeverPolicy, portion: float) -> float:
    return spec.walk_away + portion * (spec.target - spec.walk_away)


@dataclass(frozen=True)
class Positions:
    """The supplier's full packages, oldest first (at least one), each with the buyer
    offer it answered."""

    policy: Policy
    packages: tuple[Terms, ...]
    answered: tuple[Terms, ...]

    def shares(self, lever: Lever) -> list[float]:
        spec = self.policy.levers[lever]
        return [share(spec, _value(spec, p, lever)) for p in self.packages]

    @property
    def replies(self) -> int:
        return len(self.packages)

    @property
    def latest(self) -> Terms:
        return self.packages[-1]

    def best(self, lever: Lever) -> float:
        return max(self.shares(lever))

    def best_with(self, lever: Lever, chips: Mapping[Lever, float]) -> float:
        """The best on ``lever`` among positions whose chips were no more generous to the
        supplier than ``chips``; without any, the least it has given (the safe guess)."""
        spec = self.policy.levers[lever]
        relevant = [share(spec, _value(spec, p, lever)) for p in self.packages
                    if self._no_more_generous(p, chips)]
        return max(relevant) if relevant else min(self.shares(lever))

    def step(self, lever: Lever) -> float:
        shares = self.shares(lever)
        return max(0.0, shares[-1] - shares[-2]) if len(shares) > 1 else 0.0

    def moved_on(self, lever: Lever) -> bool:
        shares = self.shares(lever)
        return max(shares) - shares[0] >= HOLD

    def held(self, lever: Lever) -> bool:
        shares = self.shares(lever)
        if len(shares) < 2 or abs(shares[-1] - shares[-2]) >= HOLD:
            return False
        return self.moved_on(lever) or any(
            self.step(other) >= HOLD for other in self.policy.in_play if other != lever)

    def moved(self) -> bool:
        """Whether it has come toward the buyer on any lever, from the worse of today's
        terms and its own opening."""
        for lever in self.policy.in_play:
            spec = self.policy.levers[lever]
            shares = self.shares(lever)
            if max(shares) - min(share(spec, spec.current), shares[0]) >= HOLD:
                return True
        return False

    def movement(self, lever: Lever) -> float:
        """How far it has come on ``lever`` (share of the range), from the worse of today's
        terms and its opening: the measure reciprocity answers."""
        spec = self.policy.levers[lever]
        shares = self.shares(lever)
        return max(0.0, max(shares) - min(share(spec, spec.current), shares[0]))

    @cached_property
    def stalled(self) -> int:
        """Replies in a row, up to the latest, that moved no lever toward the buyer."""
        tracks = [self.shares(lever) for lever in self.policy.in_play]
        count = 0
        for reply in range(1, self.replies):
            moved = any(track[reply] - track[reply - 1] >= MOVE for track in tracks)
            count = 0 if moved else count + 1
        return count

    def _no_more_generous(self, package: Terms, chips: Mapping[Lever, float]) -> bool:
        for lever, value in chips.items():
            spec = self.policy.levers[lever]
            if share(spec, _value(spec, package, lever)) < share(spec, value) - 1e-9:
                return False
        return True


def positions(policy: Policy, packages: Sequence[Terms],
              answered: Sequence[Terms]) -> Positions:
    return Positions(policy, tuple(packages), tuple(answered))


def _value(spec: LeverPolicy, terms: Terms, lever: Lever) -> float:
    value = terms.get(lever)
    return spec.current if value is None else value
