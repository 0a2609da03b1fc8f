"""The bot's offers: the opening at every target, then the clock's reciprocal concessions.

A paced lever's concession (share of its target-to-walk-away range) by the clock:

    concession = max(previous concession, min(clock allowance, reciprocity x supplier's move))

- the clock allowance is the pacing curve (``pacing.py``): time alone never concedes more;
- the supplier's move is how far it has come on that lever, measured without clamping
  from the worse of today's terms and its own opening (``positions.movement``), so a
  supplier moving Net 30 -> 35 -> 40 against a Net 45 walk-away is moving;
- ``max(previous, ...)`` means concessions never go backwards.

``strategy.py`` combines this with offers aimed at the supplier's limits (``aim.py``) and
caps every lever at what the supplier itself asks.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from mailbot.core.engine import utility as u
from mailbot.core.engine.positions import Positions
from mailbot.core.engine.types import ConditionalConcession
from mailbot.core.policy import Better, LeverPolicy, Policy
from mailbot.core.terms import INTEGER_LEVERS, Lever, Terms

# Offers are stated on a human grid: whole days/units/months, tenths of a percent.
_PERCENT_STEP = 0.1
_GRID_TOLERANCE = 1e-6


@dataclass(frozen=True, slots=True)
class Counter:
    terms: Terms
    conditional: ConditionalConcession | None
    alternatives: tuple[Terms, ...] = ()  # MESO: packages of equal value, ``terms`` first


def opening_offer(policy: Policy) -> Terms:
    """Every lever in play at its target: the first offer concedes nothing."""
    terms = Terms()
    for lever in policy.in_play:
        terms = terms.with_lever(lever, policy.levers[lever].target)
    return terms


def clock_share(policy: Policy, lever: Lever, allowance: float, floor: float,
                track: Positions) -> float:
    """The concession the clock allows on ``lever``, answering the supplier's own move."""
    return max(floor, min(allowance, policy.pacing.reciprocity * track.movement(lever)))


def on_grid(spec: LeverPolicy, lever: Lever, value: float) -> float:
    """Round toward the buyer (never concede more than paced), kept within the bounds."""
    step = 1.0 if lever in INTEGER_LEVERS else _PERCENT_STEP
    steps = value / step
    if abs(steps - round(steps)) < _GRID_TOLERANCE:
        steps = round(steps)
    toward_buyer = math.floor if spec.better is Better.LOWER else math.ceil
    rounded = round(toward_buyer(steps) * step, 4)
    return u.worse_of(spec, u.better_of(spec, rounded, spec.walk_away), spec.target)
