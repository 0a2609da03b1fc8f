"""The bot's counter-offer: the clock, the supplier's limits, the bounds, the chips.

Per paced lever, as a concession share of the lever's range:

    step        sets
    clock       the concession the clock allows, answering the supplier's own move
                (``offers.clock_share``); with ``opponent_model`` a tit-for-tat budget on
                utility instead, spent first where the supplier holds (``opponent.py``)
    aim         at least enough to reach the supplier's estimated limit plus the risk
                margin (``aim.py``): from ``plausible_after`` offers on, each offer is one
                the supplier can plausibly accept; a best-and-final offer has no margin
    bounds      never a step back from the previous offer, never more than the supplier
                asks, a kept chip's requirement still met (``packages.bounds``)
    chips       granted, kept or withdrawn by ``chips.py``
    meso        with ``meso`` 2..3, other packages of (near) equal worth to pick from

The aim is computed with the chips the offer is expected to carry; if an offered chip's
requirement is then missed, the offer is computed again without that chip.
"""

from __future__ import annotations

from collections.abc import Mapping

from mailbot.core.engine.aim import aimed_share
from mailbot.core.engine.chips import Chip, ChipState, apply_chips, chip_plan, granted, keeps
from mailbot.core.engine.offers import Counter, clock_share
from mailbot.core.engine.opponent import SupplierModel, movement, read_supplier
from mailbot.core.engine.pacing import risk_margin, varied_allowance
from mailbot.core.engine.packages import (
    Bounds,
    as_terms,
    bounds,
    by_order,
    concession,
    evenly,
    paced_concession,
)
from mailbot.core.engine.positions import Positions
from mailbot.core.engine.utility import utility
from mailbot.core.policy import Policy
from mailbot.core.terms import Lever, Terms

# With the opponent model the bot gives, in its own utility, three quarters of what the
# supplier's package has given it (``pacing.reciprocity`` is plain pacing's per-lever rule).
TIT_FOR_TAT = 0.75
# Alternatives differ from the offer's buyer utility by at most this much.
MESO_TOLERANCE = 0.02

Shares = dict[Lever, float]


def counter_offer(policy: Policy, offers_made: int, previous: Terms, track: Positions,
                  seed: int, final: bool = False) -> Counter:
    """The next offer after ``offers_made`` offers, ``previous`` the last of them;
    ``final`` for a best-and-final offer (no margin above the supplier's limits)."""
    plan = chip_plan(policy, offers_made, track)
    counter = _counter(policy, offers_made, previous, track, seed, final, plan, True)
    missed = any(chip.state is ChipState.OFFER
                 and not granted(policy, counter.terms, chip.trade.give.lever)
                 for chip in plan)
    if missed:
        counter = _counter(policy, offers_made, previous, track, seed, final, plan, False)
    return counter


def _counter(policy: Policy, offers_made: int, previous: Terms, track: Positions, seed: int,
             final: bool, plan: tuple[Chip, ...], hopeful: bool) -> Counter:
    limits = bounds(policy, previous, track.latest, keeps(plan))
    chips = _chip_values(policy, plan, hopeful)
    margin = 0.0 if final else risk_margin(policy, offers_made, seed)
    shares = _clock(policy, offers_made, seed, limits, track)
    for lever in policy.paced_levers:
        aimed = 1.0 - aimed_share(track, lever, chips, margin)
        shares[lever] = min(limits.caps[lever], max(shares[lever], aimed))
    terms, conditional = apply_chips(policy, plan, as_terms(policy, shares, previous))
    if policy.pacing.meso == 1:
        return Counter(terms, conditional)
    budget = paced_concession(policy, terms)
    model = read_supplier(policy, list(track.packages))
    others = [apply_chips(policy, plan, as_terms(policy, spread, previous))[0]
              for spread in _spreads(policy, model, budget, limits)]
    return _with_alternatives(policy, Counter(terms, conditional), others, model)


def _clock(policy: Policy, offers_made: int, seed: int, limits: Bounds,
           track: Positions) -> Shares:
    allowance = varied_allowance(policy, offers_made, seed)
    if not policy.pacing.opponent_model:
        return {lever: clock_share(policy, lever, allowance, limits.floors[lever], track)
                for lever in policy.paced_levers}
    model = read_supplier(policy, list(track.packages))
    floor = sum(policy.weight(x) * s for x, s in limits.floors.items()) / (
        sum(policy.weight(x) for x in limits.floors) or 1.0)
    budget = max(floor, min(allowance, TIT_FOR_TAT * movement(policy, list(track.packages))))
    return by_order(policy, model.order(policy), budget, limits)


def _chip_values(policy: Policy, plan: tuple[Chip, ...], hopeful: bool) -> Mapping[Lever, float]:
    """The chip levers' values the offer is expected to carry."""
    values = {lever: policy.levers[lever].target for lever in policy.give_levers}
    for chip in plan:
        if chip.state is ChipState.KEEP or (hopeful and chip.state is ChipState.OFFER):
            values[chip.trade.give.lever] = chip.trade.give.value
    return values


def _spreads(policy: Policy, model: SupplierModel, budget: float, limits: Bounds) -> list[Shares]:
    """The budget spread every simple way: each lever first in turn, then evenly."""
    order = model.order(policy)
    spreads = [by_order(policy, (first, *(x for x in order if x != first)), budget, limits)
               for first in order]
    spreads.append(evenly(policy, budget, limits))
    return spreads


def _with_alternatives(
    policy: Policy, primary: Counter, others: list[Terms], model: SupplierModel
) -> Counter:
    worth = utility(policy, primary.terms)
    chosen: list[Terms] = [primary.terms]
    ranked = sorted(others, key=lambda t: -_supplier_value(policy, model, t)) \
        if policy.pacing.opponent_model else others
    for candidate in ranked:
        near = abs(utility(policy, candidate) - worth) <= MESO_TOLERANCE
        if near and candidate not in chosen and len(chosen) < policy.pacing.meso:
            chosen.append(candidate)
    alternatives = tuple(chosen) if len(chosen) > 1 else ()
    return Counter(primary.terms, primary.conditional, alternatives)


def _supplier_value(policy: Policy, model: SupplierModel, terms: Terms) -> float:
    return model.value_of({lever: concession(policy, lever, terms)
                           for lever in policy.paced_levers})
