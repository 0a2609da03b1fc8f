"""The tournament's referee: it alone sees both sides, the policy and the supplier's
private profile, to say whether any deal was possible and whether a deal breaks a rule.

A pair is *feasible* when some package lies inside the policy and within every limit of
the supplier (worth its reservation to it). Both regions are boxes per lever, apart from
trade-offs, so it is enough to try each combination of bargaining-chip values (target,
or a trade-off's value with its requirement) and, on every other lever, the value best
for the supplier that the policy still allows.
"""

from __future__ import annotations

import itertools

from mailbot.core.engine import breaches
from mailbot.core.engine.compliance import permitting_trade_off
from mailbot.core.policy import Policy
from mailbot.core.terms import Lever, Terms
from mailbot.simulate.market import SupplierProfile


def breach(policy: Policy, terms: Terms) -> bool:
    """Outside a walk-away, a lever not in play, or a chip moved without its trade-off."""
    if breaches(policy, terms):
        return True
    for lever in policy.give_levers:
        spec, value = policy.levers[lever], terms.get(lever)
        conceded = value is not None and spec.prefers(spec.target, value)
        if conceded and permitting_trade_off(policy, terms, lever) is None:
            return True
    return False


def feasible(policy: Policy, profile: SupplierProfile) -> bool:
    return any(_works(policy, profile, chips) for chips in _chip_options(policy))


def _chip_options(policy: Policy) -> list[dict[Lever, tuple[float, dict[Lever, float]]]]:
    """For each chip: its value and the minimum it requires on other levers."""
    per_chip = []
    for lever in sorted(policy.give_levers):
        options: list[tuple[Lever, float, dict[Lever, float]]] = [
            (lever, policy.levers[lever].target, {})]
        for trade in policy.trade_offs:
            if trade.give.lever is lever:
                options.append((lever, trade.give.value,
                                {trade.require.lever: trade.require.value}))
        per_chip.append(options)
    return [{lever: (value, needs) for lever, value, needs in combo}
            for combo in itertools.product(*per_chip)]


def _works(policy: Policy, profile: SupplierProfile,
           chips: dict[Lever, tuple[float, dict[Lever, float]]]) -> bool:
    terms = Terms()
    needs: dict[Lever, float] = {}
    for lever, (value, required) in chips.items():
        terms = terms.with_lever(lever, value)
        needs.update(required)
    # Contract terms first: they move the supplier's price limit.
    order = sorted((x for x in policy.in_play if x not in chips),
                   key=lambda x: x is not Lever.CONTRACT_MONTHS)
    for lever in order:
        spec, r = policy.levers[lever], profile.lever(lever)
        bound = spec.walk_away
        if lever in needs and spec.prefers(needs[lever], bound):
            bound = needs[lever]
        if r is None:
            terms = terms.with_lever(lever, bound)
            continue
        # Oriented for the supplier: the policy allows y <= sign * bound.
        y = min(r.sign * bound, r.ideal_y)
        if y < profile.limit_y(r, terms) - 1e-9:
            return False
        terms = terms.with_lever(lever, r.value(y))
    return not breach(policy, terms) and profile.acceptable(terms, profile.reservation)
