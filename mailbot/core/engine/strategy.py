"""The bot's counter-offer under the policy's strategy settings (``pacing``).

    setting                 what the counter is
    plain (the default)     the paced, per-lever reciprocal offer of ``offers.py``
    opponent_model: true    tit-for-tat on utility: the budget answers the supplier's
                            whole movement (x TIT_FOR_TAT), bounded by the clock (the
                            aggregate, not each lever); spent first on the levers the
                            supplier holds (``opponent.py``)
    meso: 2..3              the offer plus other packages of (near) equal worth to the
                            buyer, for the supplier to pick from by letter

Every package starts from the previous offer (never a step back), gives on no lever
more than the supplier asks, is paced within the clock's allowance in aggregate, and
moves a bargaining chip only through its trade-off (``offers.with_chips``).
"""

from __future__ import annotations

from collections.abc import Sequence

from mailbot.core.engine.offers import Counter, next_offer, with_chips
from mailbot.core.engine.opponent import SupplierModel, movement, read_supplier
from mailbot.core.engine.pacing import varied_allowance
from mailbot.core.engine.packages import (
    Bounds,
    as_terms,
    bounds,
    by_order,
    concession,
    evenly,
    paced_concession,
)
from mailbot.core.engine.utility import utility
from mailbot.core.policy import Policy
from mailbot.core.terms import Lever, Terms

# With the opponent model the bot gives, in its own utility, three quarters of what the
# supplier's package has given it (``pacing.reciprocity`` is plain pacing's per-lever rule).
# Chosen by the tournament: 1.0 agreed more often but at lower buyer utility, 0.5 the
# reverse; 0.75 beat plain pacing on both.
TIT_FOR_TAT = 0.75
# Alternatives differ from the offer's buyer utility by at most this much.
MESO_TOLERANCE = 0.02


def counter_offer(
    policy: Policy, offers_made: int, previous: Terms, positions: Sequence[Terms], seed: int
) -> Counter:
    """The next offer; ``positions`` are the supplier's full packages, the latest last."""
    pacing = policy.pacing
    allowance = varied_allowance(policy, offers_made, seed)
    supplier = positions[-1]
    plain = next_offer(policy, offers_made, previous, supplier, allowance)
    if not pacing.opponent_model and pacing.meso == 1:
        return plain
    model = read_supplier(policy, positions)
    limits = bounds(policy, previous, supplier)
    if pacing.opponent_model:
        budget = max(paced_concession(policy, previous),
                     min(allowance, TIT_FOR_TAT * movement(policy, supplier)))
        primary = _package(policy, by_order(policy, model.order(policy), budget, limits),
                           previous, offers_made)
    else:
        budget, primary = paced_concession(policy, plain.terms), plain
    if pacing.meso == 1:
        return primary
    others = _candidates(policy, model, budget, limits, previous, offers_made)
    return _with_alternatives(policy, primary, others, model)


def _package(policy: Policy, shares: dict[Lever, float], previous: Terms, offers: int) -> Counter:
    return with_chips(policy, as_terms(policy, shares, previous), offers)


def _candidates(
    policy: Policy, model: SupplierModel, budget: float, limits: Bounds, previous: Terms,
    offers_made: int,
) -> list[Counter]:
    """The budget spread every simple way: each lever first in turn, then evenly."""
    order = model.order(policy)
    spreads = [by_order(policy, (first, *(x for x in order if x != first)), budget, limits)
               for first in order]
    spreads.append(evenly(policy, budget, limits))
    return [_package(policy, shares, previous, offers_made) for shares in spreads]


def _with_alternatives(
    policy: Policy, primary: Counter, others: list[Counter], model: SupplierModel
) -> Counter:
    worth = utility(policy, primary.terms)
    chosen: list[Terms] = [primary.terms]
    ranked = sorted(others, key=lambda c: -_supplier_value(policy, model, c.terms)) \
        if policy.pacing.opponent_model else others
    for candidate in ranked:
        near = abs(utility(policy, candidate.terms) - worth) <= MESO_TOLERANCE
        if near and candidate.terms not in chosen and len(chosen) < policy.pacing.meso:
            chosen.append(candidate.terms)
    alternatives = tuple(chosen) if len(chosen) > 1 else ()
    return Counter(primary.terms, primary.conditional, alternatives)


def _supplier_value(policy: Policy, model: SupplierModel, terms: Terms) -> float:
    return model.value_of({lever: concession(policy, lever, terms)
                           for lever in policy.paced_levers})
