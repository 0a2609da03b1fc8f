"""Every fact the decision table needs, derived once from policy, history and move.

Deriving facts here keeps the table in ``decide.py`` a list of one-line predicates.
A history with no buyer offer is read as "just after the opening offer".
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property
from itertools import pairwise

from mailbot.core.engine import deal
from mailbot.core.engine.compliance import Breach, breaches, permitting_trade_off
from mailbot.core.engine.offers import Counter, opening_offer
from mailbot.core.engine.strategy import counter_offer
from mailbot.core.engine.types import DealContext, History, SupplierMove
from mailbot.core.engine.utility import utility
from mailbot.core.policy import Policy
from mailbot.core.terms import Intent, Terms

# Utilities are compared with this slack so that equal packages compare equal.
EPSILON = 1e-9

_POSITIONS = frozenset({None, Intent.COUNTER, Intent.ACCEPT})


@dataclass(frozen=True)
class Situation:
    policy: Policy
    history: History
    move: SupplierMove
    context: DealContext

    @cached_property
    def offers_made(self) -> int:
        return max(1, len(self.history.buyer_offers))

    @cached_property
    def last_offer(self) -> Terms:
        offers = self.history.buyer_offers
        return offers[-1] if offers else deal.priced(opening_offer(self.policy), self.context)

    @cached_property
    def package(self) -> Terms:
        return supplier_package(self.policy, self.move.terms, self.last_offer, self.context)

    @cached_property
    def breaches(self) -> tuple[Breach, ...]:
        return breaches(self.policy, self.package)

    @cached_property
    def counter(self) -> Counter:
        previous = replace(self.last_offer, unit_price=None, currency=None)
        positions = [*self._earlier_packages(), self.package]
        found = counter_offer(self.policy, self.offers_made, previous, positions,
                              self.context.seed)
        alternatives = tuple(deal.priced(t, self.context) for t in found.alternatives)
        return Counter(deal.priced(found.terms, self.context), found.conditional, alternatives)

    @cached_property
    def utility(self) -> float:
        return utility(self.policy, self.package)

    @cached_property
    def counter_utility(self) -> float:
        return utility(self.policy, self.counter.terms)

    @cached_property
    def price_increase(self) -> bool:
        stated = deal.as_percent_change(self.move.terms, self.context).price_change_pct
        return self.move.price_increase or (stated is not None and stated > 0)

    @cached_property
    def accept_by_next_offer(self) -> bool:
        return not self.breaches and self.utility >= self.counter_utility - EPSILON

    @cached_property
    def accept_by_closing_rule(self) -> bool:
        floor = self.policy.closing.accept_at_utility
        return not self.breaches and floor is not None and self.utility >= floor - EPSILON

    @cached_property
    def picked_alternative(self) -> bool:
        """The supplier took one of the packages the bot's last offer let it pick (MESO)."""
        if self.breaches or self.move.intent is not Intent.ACCEPT:
            return False
        return any(_same_levers(self.policy, self.package, offered)
                   for offered in self.history.last_alternatives)

    @property
    def acceptable(self) -> bool:
        return self.accept_by_next_offer or self.accept_by_closing_rule or self.picked_alternative

    @cached_property
    def deal_value(self) -> float | None:
        return deal.annual_value(self.package, self.context)

    @cached_property
    def stalled_replies(self) -> int:
        """Consecutive supplier replies, up to this one, that did not improve its package."""
        worth = [utility(self.policy, p) for p in self._earlier_packages()] + [self.utility]
        count = 0
        for before, after in pairwise(worth):
            count = count + 1 if after <= before + EPSILON else 0
        return count

    def _earlier_packages(self) -> list[Terms]:
        last_offer = deal.priced(opening_offer(self.policy), self.context)
        packages = []
        for exchange in self.history.exchanges:
            if exchange.party == "buyer":
                last_offer = exchange.terms
            elif exchange.intent in _POSITIONS:
                packages.append(
                    supplier_package(self.policy, exchange.terms, last_offer, self.context)
                )
        return packages


def _same_levers(policy: Policy, a: Terms, b: Terms) -> bool:
    return all(abs((a.get(lever) or 0.0) - (b.get(lever) or 0.0)) <= EPSILON
               for lever in policy.in_play)


def supplier_package(
    policy: Policy, stated: Terms, last_offer: Terms, context: DealContext
) -> Terms:
    """The supplier's full package: what it stated, the rest as in the bot's last offer.

    A conditional concession the supplier did not restate lapses when its condition is
    not met: "12 months if you reach 4%" is not agreed by a counter at 2%.
    """
    merged = deal.package(stated, last_offer, context)
    for lever in policy.give_levers:
        if stated.get(lever) is None and not permitting_trade_off(policy, merged, lever):
            merged = merged.with_lever(lever, policy.levers[lever].target)
    return merged
