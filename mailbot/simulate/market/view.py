"""What a supplier knows of the buyer's policy: the levers discussed, today's value of
each, and which way the buyer wants it to move. Never targets, walk-aways or weights."""

from __future__ import annotations

from dataclasses import dataclass

from mailbot.core.policy import Better, Policy
from mailbot.core.terms import Lever


@dataclass(frozen=True, slots=True)
class MarketLever:
    lever: Lever
    today: float
    buyer_wants: Better  # the supplier wants the opposite


@dataclass(frozen=True, slots=True)
class MarketView:
    levers: tuple[MarketLever, ...]

    def get(self, lever: Lever) -> MarketLever | None:
        return next((m for m in self.levers if m.lever is lever), None)


def view_of(policy: Policy) -> MarketView:
    return MarketView(tuple(MarketLever(lever, policy.levers[lever].current,
                                        policy.levers[lever].better)
                            for lever in policy.in_play))
