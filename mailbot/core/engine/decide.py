"""The decision table: what the bot does with a supplier's move.

Rows are tried in order and the first whose predicate holds decides. Reading the table
top to bottom: mail-level events, then what only a human may handle, then whether the
package is out of policy, then closing, then the limits of the negotiation, and
finally a counter-offer. A new row is one line in ``RULES`` (a predicate on the
``Situation`` and a sentence for the audit log); escalation rows sit after the rows
that can still settle the thread.

    reason                   action    when
    bounce                   escalate  the message bounced
    auto_reply_ignored       wait      an automatic reply (out of office...)
    price_increase           escalate  the supplier asks for more money
    supplier_rejected        escalate  the supplier says no
    clarify                  clarify   partial or ambiguous, not dangerous: ask the supplier
                                       (at most ``escalation.clarifications`` times)
    low_confidence           escalate  the reader is unsure what the reply says
    unclear_reply            escalate  neither a counter nor an acceptance
    currency_mismatch        escalate  the supplier quotes in another currency
    outside_policy           escalate  out of policy and ``on_outside_policy: escalate``
                                       (with ``counter`` the bot answers it in policy)
    deal_value_unknown       escalate  acceptable, but the auto-close limit cannot be checked
    above_auto_close_limit   escalate  acceptable, but too large to close without a human
    accept_within_policy     accept    in policy and worth at least the bot's next offer
    accept_last_offer        accept    in policy, and the bot has made every offer allowed
    accept_closing_rule      accept    in policy and worth at least closing.accept_at_utility
    accept_alternative       accept    in policy and one of the packages the bot let it pick
    accept_expected_value    accept    in policy and worth more than going on, counting
                                       the risk that the supplier walks away
    max_rounds               escalate  the bot has made every offer the policy allows
    best_and_final           offer     no move on any lever for ``stalled_rounds`` replies:
                                       one offer at the supplier's estimated limits
    stalled                  escalate  still no move after the best-and-final offer
    counter                  offer     the next offer
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from mailbot.core.engine import clarify, deal
from mailbot.core.engine.offers import Counter, opening_offer
from mailbot.core.engine.situation import Situation
from mailbot.core.engine.types import (
    Action,
    ConditionalConcession,
    DealContext,
    Decision,
    History,
    SupplierMove,
)
from mailbot.core.engine.wording import describe
from mailbot.core.policy import Policy
from mailbot.core.terms import Intent, Terms


def _next(s: Situation) -> Counter:
    return s.counter


@dataclass(frozen=True, slots=True)
class Rule:
    reason: str
    action: Action
    applies: Callable[[Situation], bool]
    explain: Callable[[Situation], str]
    offer: Callable[[Situation], Counter] = _next  # the package an OFFER row sends


def _over_limit(s: Situation) -> bool:
    limit = s.policy.closing.auto_close_limit
    return limit is not None and s.deal_value is not None and s.deal_value > limit


def _value_unknown(s: Situation) -> bool:
    return s.policy.closing.auto_close_limit is not None and s.deal_value is None


def _breaches(s: Situation) -> str:
    return "; ".join(b.describe() for b in s.breaches)


def _offered(counter: Counter) -> str:
    line = describe(counter.terms)
    conditional = counter.conditional
    line = f"{line} ({conditional.text})" if conditional else line
    others = counter.alternatives[1:]
    if others:
        line += "; or, of equal value: " + "; ".join(describe(t) for t in others)
    return line


def _stuck(s: Situation) -> bool:
    """Still not moving after the best-and-final offer."""
    return s.stalled_replies > s.policy.escalation.stalled_rounds


RULES: tuple[Rule, ...] = (
    Rule("bounce", Action.ESCALATE, lambda s: s.move.intent is Intent.BOUNCE,
         lambda s: "The message bounced; a human should find the right contact."),
    Rule("auto_reply_ignored", Action.WAIT, lambda s: s.move.intent is Intent.AUTO_REPLY,
         lambda s: "An automatic reply is not an answer; still waiting for the supplier."),
    Rule("price_increase", Action.ESCALATE,
         lambda s: s.policy.escalation.on_price_increase and s.price_increase,
         lambda s: "The supplier asked for a price increase; the policy sends that to a human."),
    Rule("supplier_rejected", Action.ESCALATE, lambda s: s.move.intent is Intent.REJECT,
         lambda s: "The supplier rejected the offer; a human decides whether to continue."),
    Rule("clarify", Action.CLARIFY, clarify.applies, clarify.explain),
    Rule("low_confidence", Action.ESCALATE,
         lambda s: s.move.confidence < s.policy.escalation.min_confidence,
         lambda s: f"The reply was read with confidence {s.move.confidence:.2f}, below "
                   f"{s.policy.escalation.min_confidence:g}; a human should read it."),
    Rule("unclear_reply", Action.ESCALATE, lambda s: s.move.intent is Intent.OTHER,
         lambda s: "The reply is neither a counter-offer nor an acceptance; a human should "
                   "read it."),
    Rule("currency_mismatch", Action.ESCALATE,
         lambda s: deal.currency_mismatch(s.move.terms, s.context),
         lambda s: f"The supplier quoted in {s.move.terms.currency}, not "
                   f"{s.context.currency}; a human should check the price."),
    Rule("outside_policy", Action.ESCALATE,
         lambda s: s.escalates_outside_policy and bool(s.breaches),
         lambda s: f"The supplier's package is outside the policy: {_breaches(s)}."),
    Rule("deal_value_unknown", Action.ESCALATE, lambda s: s.acceptable and _value_unknown(s),
         lambda s: "The package is acceptable, but without a baseline price and volume its "
                   "value cannot be checked against the auto-close limit."),
    Rule("above_auto_close_limit", Action.ESCALATE, lambda s: s.acceptable and _over_limit(s),
         lambda s: f"The package is acceptable, but worth {s.deal_value:,.0f} a year, above "
                   f"the auto-close limit of {s.policy.closing.auto_close_limit:,.0f}."),
    Rule("accept_within_policy", Action.ACCEPT, lambda s: s.accept_by_next_offer,
         lambda s: f"Accepted {describe(s.package)}: inside every walk-away and worth "
                   f"{s.utility:.2f}, no less than our next offer ({s.counter_utility:.2f})."),
    Rule("accept_last_offer", Action.ACCEPT, lambda s: s.accept_after_last_offer,
         lambda s: f"Accepted {describe(s.package)}: inside every walk-away, after the "
                   f"last of the {s.offers_made} offers the policy permits."),
    Rule("accept_closing_rule", Action.ACCEPT, lambda s: s.accept_by_closing_rule,
         lambda s: f"Accepted {describe(s.package)}: inside every walk-away and worth "
                   f"{s.utility:.2f}, above the closing threshold."),
    Rule("accept_alternative", Action.ACCEPT, lambda s: s.picked_alternative,
         lambda s: f"Accepted {describe(s.package)}: one of the packages we offered, "
                   f"inside every walk-away."),
    Rule("accept_expected_value", Action.ACCEPT, lambda s: s.accept_by_expected_value,
         lambda s: f"Accepted {describe(s.package)}: inside every walk-away and worth "
                   f"{s.utility:.2f}, more than going on is expected to bring "
                   f"({s.continuing_worth:.2f}, the risk of a walk-away included)."),
    Rule("max_rounds", Action.ESCALATE, lambda s: s.offers_spent,
         lambda s: f"No agreement after {s.offers_made} offers, the policy's maximum."),
    Rule("best_and_final", Action.OFFER,
         lambda s: s.stalled_replies == s.policy.escalation.stalled_rounds,
         lambda s: f"The supplier has not moved on any lever for {s.stalled_replies} "
                   f"replies; best and final: {_offered(s.best_and_final)}.",
         lambda s: s.best_and_final),
    Rule("stalled", Action.ESCALATE, _stuck,
         lambda s: f"The supplier has not moved on any lever for {s.stalled_replies} "
                   "replies, a best-and-final offer included."),
    Rule("counter", Action.OFFER, lambda s: True,
         lambda s: f"Countered with {_offered(s.counter)}."),
)


def open_negotiation(policy: Policy, context: DealContext | None = None) -> Decision:
    """The first offer: every lever in play at its target."""
    terms = deal.priced(opening_offer(policy), context or DealContext())
    return Decision(Action.OFFER, "opening", f"Opened at every target: {describe(terms)}.", terms)


def decide(
    policy: Policy, history: History, move: SupplierMove, context: DealContext | None = None
) -> Decision:
    """Decide the reply to ``move``; ``history`` holds everything before it."""
    situation = Situation(policy, history, move, context or DealContext())
    rule = next(rule for rule in RULES if rule.applies(situation))
    decision = Decision(rule.action, rule.reason, rule.explain(situation),
                        *_payload(rule, situation))
    if rule.action is Action.CLARIFY:
        return replace(decision, clarification=clarify.clarification(situation))
    return decision


def _payload(
    rule: Rule, s: Situation
) -> tuple[Terms | None, ConditionalConcession | None, tuple[Terms, ...]]:
    if rule.action is Action.OFFER:
        offer = rule.offer(s)
        return (offer.terms, offer.conditional, offer.alternatives)
    if rule.action is Action.ACCEPT:
        return (s.package, None, ())
    return (None, None, ())
