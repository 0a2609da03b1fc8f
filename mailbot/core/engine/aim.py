"""Offers the supplier can plausibly accept: aimed at its limits as its counters show them.

Per paced lever, the supplier's limit is estimated from its own positions
(``positions.py``): the most it has given, under bargaining chips no more generous than
the offer's, plus its latest step (it may well move as far again); exactly what it gives
where it holds the lever; halfway to the target where it has not moved at all (a
hard-headed supplier's opening says nothing about its limit). The next offer asks that
estimate plus ``margin`` (``pacing.risk_margin``) of the room left up to the target, so
the approach to the supplier's limits is paced by its patience, not the bot's budget.

Shares of the lever's range throughout: 0 at the walk-away, 1 at the target.
"""

from __future__ import annotations

from collections.abc import Mapping

from mailbot.core.engine.positions import Positions
from mailbot.core.terms import Lever

# Where the supplier has not moved at all, its limit is anywhere between its position and
# the target as far as the bot knows: the ask that does best against a limit spread
# evenly over that room is halfway.
UNMOVED = 0.5


def aimed_share(track: Positions, lever: Lever, chips: Mapping[Lever, float],
                margin: float) -> float:
    """The share of ``lever``'s range the next offer asks for, within 0..1."""
    floor, held = estimated_limit(track, lever, chips)
    return floor if held else floor + margin * (1.0 - floor)


def estimated_limit(track: Positions, lever: Lever,
                    chips: Mapping[Lever, float]) -> tuple[float, bool]:
    """The supplier's limit on ``lever`` as its positions show it, and whether it holds
    the lever there."""
    best = _unit(track.best_with(lever, chips))
    if track.held(lever):
        return best, True
    if not track.moved_on(lever):
        return best + UNMOVED * (1.0 - best), False
    return _unit(best + track.step(lever)), False


def _unit(value: float) -> float:
    return min(1.0, max(0.0, value))
