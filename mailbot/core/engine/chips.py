"""Bargaining chips: when a trade-off's concession is offered, kept or withdrawn.

A chip (a trade-off's ``give``) is a concession the bot trades for a gain elsewhere, such
as a 12-month term for a price reduction of at least 3%. Per trade-off, in policy order:

    state      when                                               the next offer
    ask        not yet earned: the supplier has not moved         chip at its target
    offer      the supplier has moved toward the buyer (a chip    chip granted if the offer
               answers a concession, not a wait)                  meets the requirement
    keep       offered, and the supplier may still pay for it     chip stays, and the
                                                                  required lever stays at
                                                                  the requirement or better
    withdraw   offered twice or more, answered short of the       chip back at its target,
               requirement, and the supplier stopped moving there  once and for good

So a chip is never withdrawn while its condition still holds (a reciprocal supplier
reads that as a retraction and hardens), and never kept where the supplier has shown it
cannot pay for it. A withdrawn chip returns only if the supplier itself meets the
requirement.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from mailbot.core.engine.compliance import meets
from mailbot.core.engine.positions import HOLD, Positions, share
from mailbot.core.engine.types import ConditionalConcession
from mailbot.core.engine.wording import conditional_text
from mailbot.core.policy import Policy, TradeOff
from mailbot.core.terms import Lever, Terms


class ChipState(StrEnum):
    ASK = "ask"
    OFFER = "offer"
    KEEP = "keep"
    WITHDRAW = "withdraw"


@dataclass(frozen=True, slots=True)
class Chip:
    trade: TradeOff
    state: ChipState


def chip_plan(policy: Policy, offers_made: int, track: Positions | None) -> tuple[Chip, ...]:
    """The state of every trade-off's chip for the next offer. ``track`` is None before
    the supplier has answered (the opening)."""
    plan, decided = [], set()
    for trade in policy.trade_offs:
        if trade.give.lever in decided:
            continue
        state = ChipState.ASK if track is None or offers_made < 1 else _state(policy, trade,
                                                                            track)
        if state in (ChipState.OFFER, ChipState.KEEP):
            decided.add(trade.give.lever)
        plan.append(Chip(trade, state))
    return tuple(plan)


def _state(policy: Policy, trade: TradeOff, track: Positions) -> ChipState:
    give, need = trade.give, trade.require
    on = [granted(policy, offer, give.lever) for offer in track.answered]
    required = share(policy.levers[need.lever], need.value)
    met = track.best(need.lever) >= required - 1e-9
    if on and on[-1]:
        return ChipState.WITHDRAW if _cannot_pay(policy, trade, track) else ChipState.KEEP
    if any(on):  # withdrawn before
        return ChipState.OFFER if met else ChipState.ASK
    return ChipState.OFFER if track.moved() else ChipState.ASK



def _cannot_pay(policy: Policy, trade: TradeOff, track: Positions) -> bool:
    """The supplier's own positions with the chip (granted, no more than the trade-off
    gives) stopped short of the requirement: two in a row without a move."""
    give, need = trade.give, trade.require
    give_spec, need_spec = policy.levers[give.lever], policy.levers[need.lever]
    limit = share(give_spec, give.value)
    paid = [share(need_spec, _value(p, need.lever, need_spec.current))
            for p in track.packages
            if granted(policy, p, give.lever)
            and share(give_spec, _value(p, give.lever, give_spec.target)) >= limit - 1e-9]
    required = share(need_spec, need.value)
    return (len(paid) >= 2 and abs(paid[-1] - paid[-2]) < HOLD
            and max(paid) < required - 1e-9)


def _value(terms: Terms, lever: Lever, default: float) -> float:
    value = terms.get(lever)
    return default if value is None else value



def granted(policy: Policy, terms: Terms, lever: Lever) -> bool:
    """Whether the package concedes the chip lever (a value worse for the buyer than target)."""
    spec, value = policy.levers[lever], terms.get(lever)
    return value is not None and spec.prefers(spec.target, value)


def keeps(plan: tuple[Chip, ...]) -> tuple[TradeOff, ...]:
    """Trade-offs whose requirement the next offer must keep meeting."""
    return tuple(chip.trade for chip in plan if chip.state is ChipState.KEEP)


def apply_chips(policy: Policy, plan: tuple[Chip, ...],
                terms: Terms) -> tuple[Terms, ConditionalConcession | None]:
    """The package with every chip set by the plan, and the first chip granted, worded."""
    for lever in policy.give_levers:
        terms = terms.with_lever(lever, policy.levers[lever].target)
    conditional = None
    for chip in plan:
        trade = chip.trade
        granted = chip.state is ChipState.KEEP or (
            chip.state is ChipState.OFFER
            and meets(policy, terms, trade.require.lever, trade.require.value))
        if not granted:
            continue
        terms = terms.with_lever(trade.give.lever, trade.give.value)
        if conditional is None:
            conditional = _conditional(trade, terms)
    return terms, conditional


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
