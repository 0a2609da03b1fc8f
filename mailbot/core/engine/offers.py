"""The bot's offers: the opening at every target, then paced, reciprocal counters.

A paced lever's concession (share of its target-to-walk-away range) for the next offer:

    concession = max(previous concession, min(clock allowance, reciprocity x supplier's move))

- the clock allowance is the pacing curve (``pacing.py``): time alone never concedes more;
- the supplier's move is how far its package has come on that lever from the status quo
  (``current``), so a supplier who does not move on a lever gets nothing on it;
- ``max(previous, ...)`` means concessions never go backwards;
- the bot never asks for less than the supplier already offers, nor more than before.

Bargaining chips (trade-off ``give`` levers) stay at target until the bot's own offer
meets a trade-off's requirement; then the chip is offered, conditional on that offer.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from mailbot.core.engine import utility as u
from mailbot.core.engine.compliance import meets
from mailbot.core.engine.pacing import time_allowance
from mailbot.core.engine.types import ConditionalConcession
from mailbot.core.engine.wording import conditional_text
from mailbot.core.policy import Better, LeverPolicy, Policy, TradeOff
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


def next_offer(
    policy: Policy, offers_made: int, previous: Terms, supplier: Terms,
    allowance: float | None = None,
) -> Counter:
    """The bot's next offer after ``offers_made`` offers, ``previous`` the last of them;
    ``allowance`` is the clock's (``pacing.varied_allowance``), by default the plain curve."""
    if allowance is None:
        allowance = time_allowance(policy, offers_made)
    terms = Terms()
    for lever in policy.paced_levers:
        value = _paced_value(policy, lever, allowance, previous, supplier)
        terms = terms.with_lever(lever, value)
    return with_chips(policy, terms, offers_made)


def _paced_value(
    policy: Policy, lever: Lever, allowance: float, previous: Terms, supplier: Terms
) -> float:
    spec = policy.levers[lever]
    before = _or(previous.get(lever), spec.target)
    theirs = _or(supplier.get(lever), spec.current)
    moved = max(0.0, u.normalised(spec, theirs) - u.normalised(spec, spec.current))
    concession = max(
        u.concession_of(spec, before), min(allowance, policy.pacing.reciprocity * moved)
    )
    # Rounding goes toward the buyer, but never past a previous (possibly off-grid) offer.
    paced = u.worse_of(spec, on_grid(spec, lever, u.value_at(spec, concession)), before)
    return u.better_of(spec, paced, u.worse_of(spec, theirs, before))


def _or(value: float | None, default: float) -> float:
    return default if value is None else value


def on_grid(spec: LeverPolicy, lever: Lever, value: float) -> float:
    """Round toward the buyer (never concede more than paced), kept within the bounds."""
    step = 1.0 if lever in INTEGER_LEVERS else _PERCENT_STEP
    steps = value / step
    if abs(steps - round(steps)) < _GRID_TOLERANCE:
        steps = round(steps)
    toward_buyer = math.floor if spec.better is Better.LOWER else math.ceil
    rounded = round(toward_buyer(steps) * step, 4)
    return u.worse_of(spec, u.better_of(spec, rounded, spec.walk_away), spec.target)


def with_chips(policy: Policy, terms: Terms, offers_made: int) -> Counter:
    conditional = None
    for lever in policy.in_play:
        if lever not in policy.give_levers:
            continue
        trade = _usable_trade_off(policy, terms, lever) if offers_made > 0 else None
        value = trade.give.value if trade else policy.levers[lever].target
        terms = terms.with_lever(lever, value)
        if trade is not None and conditional is None:
            conditional = _conditional(trade, terms)
    return Counter(terms, conditional)


def _usable_trade_off(policy: Policy, terms: Terms, lever: Lever) -> TradeOff | None:
    for trade in policy.trade_offs:
        if trade.give.lever == lever and meets(
            policy, terms, trade.require.lever, trade.require.value
        ):
            return trade
    return None


def _conditional(trade: TradeOff, terms: Terms) -> ConditionalConcession:
    give, require = trade.give, trade.require
    stated = terms.get(require.lever)
    require_value = require.value if stated is None else stated
    return ConditionalConcession(
        give=give.lever,
        give_value=give.value,
        require=require.lever,
        require_value=require_value,
        text=conditional_text(give.lever, give.value, require.lever, require_value),
    )
