"""Every fact the decision table needs, derived once from policy, history and move.

Deriving facts here keeps the table in ``decide.py`` a list of one-line predicates.
A history with no buyer offer is read as "just after the opening offer".
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property

from mailbot.core.engine import deal
from mailbot.core.engine.compliance import Breach, breaches, permitting_trade_off
from mailbot.core.engine.offers import Counter, opening_offer
from mailbot.core.engine.pacing import walk_away_risk
from mailbot.core.engine.positions import Positions
from mailbot.core.engine.strategy import counter_offer
from mailbot.core.engine.types import DealContext, History, SupplierMove
from mailbot.core.engine.utility import utility
from mailbot.core.policy import OutsidePolicy, Policy
from mailbot.core.terms import Intent, Lever, Terms

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
    def track(self) -> Positions:
        """The supplier's positions so far, this reply's included."""
        earlier = self._earlier_packages()
        return Positions(self.policy, (*(p for p, _ in earlier), self.package),
                         (*(o for _, o in earlier), self.last_offer))

    @cached_property
    def counter(self) -> Counter:
        return self._counter(final=False)

    @cached_property
    def best_and_final(self) -> Counter:
        return self._counter(final=True)

    def _counter(self, final: bool) -> Counter:
        previous = replace(self.last_offer, unit_price=None, currency=None)
        found = counter_offer(self.policy, self.offers_made, previous, self.track,
                              self.context.seed, final)
        alternatives = tuple(deal.priced(t, self.context) for t in found.alternatives)
        return Counter(deal.priced(found.terms, self.context), found.conditional, alternatives)

    @property
    def escalates_outside_policy(self) -> bool:
        return self.policy.escalation.on_outside_policy is OutsidePolicy.ESCALATE

    @cached_property
    def utility(self) -> float:
        return utility(self.policy, self.package)

    @cached_property
    def counter_utility(self) -> float:
        return utility(self.policy, self.counter.terms)

    @cached_property
    def price_increase(self) -> bool:
        """The supplier asks to pay more than today. Under ``on_outside_policy: counter``
        an ask like that from a supplier that had already offered today's price or
        better is an odd ask in the middle of its path, a retraction: it is answered in
        policy like any out-of-policy counter instead of going to a human."""
        stated = deal.as_percent_change(self.move.terms, self.context).price_change_pct
        asks = self.move.price_increase or (stated is not None and stated > 0)
        return asks and (self.escalates_outside_policy or not self._offered_todays_price)

    @property
    def _offered_todays_price(self) -> bool:
        spec = self.policy.levers.get(Lever.PRICE_CHANGE_PCT)
        if spec is None:
            return False
        return any(not spec.prefers(spec.current, value)
                   for package, _ in self._earlier_packages()
                   if (value := package.price_change_pct) is not None)

    @cached_property
    def accept_by_next_offer(self) -> bool:
        return not self.breaches and self.utility >= self.counter_utility - EPSILON

    @cached_property
    def continuing_worth(self) -> float:
        """What answering with our next offer is expected to be worth, if the supplier
        does not walk away first: its next counter, if it moves again as it just did
        (never more than our offer); our offer itself after its first reply."""
        worth = [utility(self.policy, p) for p in self.track.packages]
        gain = worth[-1] - worth[-2] if len(worth) > 1 else self.counter_utility
        risk = walk_away_risk(self.policy, self.track.replies)
        return (1.0 - risk) * min(self.counter_utility, self.utility + max(0.0, gain))

    @cached_property
    def accept_by_expected_value(self) -> bool:
        return not self.breaches and self.utility >= self.continuing_worth - EPSILON

    @property
    def offers_spent(self) -> bool:
        """The bot has made every offer the policy permits."""
        return self.offers_made >= self.policy.pacing.max_rounds

    @cached_property
    def accept_after_last_offer(self) -> bool:
        return not self.breaches and self.offers_spent

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
        return (self.accept_by_next_offer or self.accept_by_expected_value
                or self.accept_by_closing_rule or self.picked_alternative
                or self.accept_after_last_offer)

    @cached_property
    def deal_value(self) -> float | None:
        return deal.annual_value(self.package, self.context)

    @property
    def stalled_replies(self) -> int:
        """Replies in a row, up to this one, that moved no lever toward the buyer."""
        return self.track.stalled

    def _earlier_packages(self) -> list[tuple[Terms, Terms]]:
        """Each earlier position, with the offer it answered."""
        last_offer = deal.priced(opening_offer(self.policy), self.context)
        packages = []
        for exchange in self.history.exchanges:
            if exchange.party == "buyer":
                last_offer = exchange.terms
            elif exchange.intent in _POSITIONS:
                packages.append((supplier_package(self.policy, exchange.terms, last_offer,
                                                  self.context), last_offer))
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
