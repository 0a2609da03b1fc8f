"""Whether a package lies inside the policy, and which trade-off permits a concession.

Both the bot's own offers and the supplier's packages go through ``breaches``: the bot
never proposes or accepts a package for which it returns anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from mailbot.core.policy import Policy, TradeOff
from mailbot.core.terms import Lever, Terms


class BreachKind(StrEnum):
    BEYOND_WALK_AWAY = "beyond_walk_away"
    NOT_IN_PLAY = "not_in_play"
    UNPERMITTED_CONCESSION = "unpermitted_concession"


@dataclass(frozen=True, slots=True)
class Breach:
    lever: Lever
    kind: BreachKind
    value: float

    def describe(self) -> str:
        what = {
            BreachKind.BEYOND_WALK_AWAY: "is beyond the walk-away",
            BreachKind.NOT_IN_PLAY: "is not negotiable under this policy",
            BreachKind.UNPERMITTED_CONCESSION: "is a concession no trade-off permits here",
        }[self.kind]
        return f"{self.lever.value} = {self.value:g} {what}"


def meets(policy: Policy, terms: Terms, lever: Lever, minimum: float) -> bool:
    """Whether the package's value on ``lever`` is at least as good as ``minimum``."""
    value = terms.get(lever)
    return value is not None and not policy.levers[lever].prefers(minimum, value)


def permitting_trade_off(policy: Policy, terms: Terms, lever: Lever) -> TradeOff | None:
    """The first trade-off (policy order) that allows the package's value on ``lever``."""
    value = terms.get(lever)
    if value is None:
        return None
    spec = policy.levers[lever]
    for trade in policy.trade_offs:
        if (
            trade.give.lever == lever
            and not spec.prefers(trade.give.value, value)
            and meets(policy, terms, trade.require.lever, trade.require.value)
        ):
            return trade
    return None


def breaches(policy: Policy, terms: Terms) -> tuple[Breach, ...]:
    """Every way the package falls outside the policy, in canonical lever order."""
    found: list[Breach] = []
    for lever in Lever:
        value = terms.get(lever)
        if value is None:
            continue
        kind = _breach_kind(policy, terms, lever, value)
        if kind is not None:
            found.append(Breach(lever, kind, value))
    return tuple(found)


def _breach_kind(policy: Policy, terms: Terms, lever: Lever, value: float) -> BreachKind | None:
    spec = policy.levers.get(lever)
    if spec is None:
        fixed = policy.fixed_terms.get(lever)
        return None if fixed is not None and fixed == value else BreachKind.NOT_IN_PLAY
    if spec.prefers(spec.walk_away, value):
        return BreachKind.BEYOND_WALK_AWAY
    conceded = spec.prefers(spec.target, value)
    if lever in policy.give_levers and conceded and not permitting_trade_off(policy, terms, lever):
        return BreachKind.UNPERMITTED_CONCESSION
    return None
