"""A buyer's own terms (a COUNTER) against the policy: the same rule the bot's offers obey.

The README promises the bot never agrees outside the policy; a buyer's COUNTER is sent in
the bot's name, so it is checked by the engine's ``breaches`` like any offer. Outside the
policy it is refused with the reason and the bounds, unless the buyer says OVERRIDE,
which the caller records as such. Every face (email reply, ``mailbot resolve``, the web
console) reaches this through ``mailbot.shell.buyer.desk``.
"""

from __future__ import annotations

from dataclasses import dataclass

from mailbot.core.engine.compliance import Breach, BreachKind, breaches
from mailbot.core.policy import Policy
from mailbot.core.terms import Terms

OVERRIDE_HINT = "To send these terms anyway, reply COUNTER OVERRIDE <terms>."


@dataclass(frozen=True, slots=True)
class PolicyCheck:
    """The package checked, and every way it falls outside the policy (none: inside)."""

    terms: Terms
    breaches: tuple[Breach, ...]
    bounds: tuple[str, ...]

    @property
    def inside(self) -> bool:
        return not self.breaches

    def reasons(self) -> str:
        return "; ".join(breach.describe() for breach in self.breaches)

    def refusal(self) -> str:
        """Why the terms were refused, the policy's bounds, and how to override."""
        return (
            f"these terms are outside the policy: {self.reasons()}. "
            f"Policy bounds: {'; '.join(self.bounds)}. {OVERRIDE_HINT}"
        )


def check_buyer_terms(policy: Policy, terms: Terms) -> PolicyCheck:
    """``terms`` (the full package to be sent) checked against ``policy``."""
    found = breaches(policy, terms)
    return PolicyCheck(terms, found, tuple(_bound(policy, breach) for breach in found))


def _bound(policy: Policy, breach: Breach) -> str:
    lever = breach.lever
    spec = policy.levers.get(lever)
    if spec is None:
        fixed = policy.fixed_terms.get(lever)
        where = f"fixed at {fixed:g}" if fixed is not None else "not in play"
        return f"{lever.value} {where}"
    bound = f"{lever.value} target {spec.target:g}, walk-away {spec.walk_away:g}"
    if breach.kind is BreachKind.UNPERMITTED_CONCESSION:
        trades = [
            f"{t.give.value:g} only if {t.require.lever.value} reaches {t.require.value:g}"
            for t in policy.trade_offs
            if t.give.lever == lever
        ]
        bound += f" (moves only by trade-off: {', '.join(trades)})"
    return bound
