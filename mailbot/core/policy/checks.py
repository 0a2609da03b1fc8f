"""The business rules that make a well-typed policy safe to execute.

Each check is a small function returning the problems it finds; ``CHECKS`` is the
list run in order, so adding a rule means adding one function and one row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from mailbot.core.policy.errors import Problem
from mailbot.core.policy.model import LeverPolicy, Policy, Strategy, TradeOff
from mailbot.core.terms import INTEGER_LEVERS


def _lever_bounds(policy: Policy) -> Iterator[Problem]:
    for lever, spec in policy.levers.items():
        path = f"levers.{lever.value}"
        if spec.target == spec.walk_away:
            yield Problem(
                path,
                f"target and walk_away are both {spec.target:g}, so the lever cannot move",
                f"move it to fixed_terms, or set a walk_away worse than the target "
                f"({spec.better.value} is better)",
            )
        elif spec.prefers(spec.walk_away, spec.target):
            yield Problem(
                f"{path}.walk_away",
                f"walk_away ({spec.walk_away:g}) is better for the buyer than the target "
                f"({spec.target:g}) when {spec.better.value} is better",
                "swap target and walk_away, or set `better:` to the other direction",
            )


def _weights(policy: Policy) -> Iterator[Problem]:
    for lever, spec in policy.levers.items():
        if spec.weight <= 0:
            yield Problem(
                f"levers.{lever.value}.weight",
                f"weight is {spec.weight:g}; weights must be positive",
                "use a positive number (weights are normalised to sum to 1), "
                "or move the lever to fixed_terms to take it out of play",
            )


def _whole_numbers(policy: Policy) -> Iterator[Problem]:
    for lever, spec in policy.levers.items():
        if lever not in INTEGER_LEVERS:
            continue
        for name in ("current", "target", "walk_away"):
            value: float = getattr(spec, name)
            if value != round(value):
                yield Problem(
                    f"levers.{lever.value}.{name}",
                    f"{lever.value} is counted in whole units, got {value:g}",
                    f"use a whole number such as {round(value)}",
                )


def _levers_present(policy: Policy) -> Iterator[Problem]:
    if not policy.levers:
        yield Problem("levers", "no lever is in play", "add at least one lever to negotiate")
    for lever in policy.fixed_terms:
        if lever in policy.levers:
            yield Problem(
                f"fixed_terms.{lever.value}",
                f"{lever.value} is both in play (levers) and fixed",
                "keep it in only one of levers or fixed_terms",
            )


def _trade_off(policy: Policy, index: int, trade: TradeOff) -> Iterator[Problem]:
    path = f"trade_offs[{index}]"
    give, require = trade.give, trade.require
    for role, side in (("give", give), ("require", require)):
        if side.lever not in policy.levers:
            yield Problem(
                f"{path}.{role}.lever",
                f"{side.lever.value} is not in play, so no trade-off can use it",
                f"add {side.lever.value} under levers, or remove this trade-off",
            )
    if require.lever in policy.give_levers:
        yield Problem(
            f"{path}.require.lever",
            f"{require.lever.value} is another trade-off's bargaining chip, so it cannot "
            "also be the gain a trade-off requires",
            "require a gain on a lever that moves by pacing",
        )
    elif give.lever == require.lever:
        yield Problem(
            f"{path}.require.lever",
            f"the trade-off gives and requires the same lever ({give.lever.value})",
            "require a gain on a different lever",
        )
    if require.lever in policy.levers:
        spec = policy.levers[require.lever]
        yield from _require_inside(spec, f"{path}.require.value", require.value)
    if give.lever in policy.levers:
        yield from _give_inside(policy.levers[give.lever], f"{path}.give.value", give.value)


def _require_inside(spec: LeverPolicy, path: str, value: float) -> Iterator[Problem]:
    if spec.prefers(spec.walk_away, value):
        yield Problem(
            path,
            f"the minimum {value:g} lies beyond the walk-away ({spec.walk_away:g}), "
            "so the trade-off would accept a package the policy forbids",
            f"set a minimum between the target ({spec.target:g}) and the walk-away "
            f"({spec.walk_away:g})",
        )


def _give_inside(spec: LeverPolicy, path: str, value: float) -> Iterator[Problem]:
    if spec.prefers(spec.walk_away, value):
        yield Problem(
            path,
            f"the concession {value:g} lies beyond the walk-away ({spec.walk_away:g})",
            f"give a value between the target ({spec.target:g}) and the walk-away "
            f"({spec.walk_away:g}), or widen the walk-away",
        )
    elif not spec.prefers(spec.target, value):
        yield Problem(
            path,
            f"giving {value:g} is no concession: the target is {spec.target:g}",
            f"give a value worse for the buyer than the target ({spec.better.value} is better)",
        )


def _trade_offs(policy: Policy) -> Iterator[Problem]:
    for index, trade in enumerate(policy.trade_offs):
        yield from _trade_off(policy, index, trade)


def _pacing(policy: Policy) -> Iterator[Problem]:
    pacing = policy.pacing
    exponent = pacing.curve_exponent
    allowed = {
        Strategy.BOULWARE: (exponent > 1, "greater than 1"),
        Strategy.LINEAR: (exponent == 1, "exactly 1"),
        Strategy.CONCEDER: (0 < exponent < 1, "between 0 and 1"),
    }
    ok, wanted = allowed[pacing.strategy]
    if not ok:
        yield Problem(
            "pacing.exponent",
            f"{pacing.strategy.value} needs an exponent {wanted}, got {exponent:g}",
            f"use an exponent {wanted}, or pick the strategy that matches {exponent:g}",
        )
    if pacing.max_rounds < 2:
        yield Problem("pacing.max_rounds", f"max_rounds is {pacing.max_rounds}",
                      "allow at least 2 rounds (an opening offer and one counter)")
    if pacing.reciprocity <= 0:
        yield Problem("pacing.reciprocity", f"reciprocity is {pacing.reciprocity:g}",
                      "use a positive factor, e.g. 2 (concede up to twice the supplier's move)")
    yield from _strategy(policy)
    yield from _silence(policy)


def _strategy(policy: Policy) -> Iterator[Problem]:
    pacing = policy.pacing
    if not 1 <= pacing.meso <= 3:
        yield Problem("pacing.meso", f"meso is {pacing.meso}",
                      "use 1 (a single offer), 2 or 3 (packages of equal value per email)")
    if not 0 <= pacing.variation <= 0.3:
        yield Problem("pacing.variation", f"variation is {pacing.variation:g}",
                      "use a share between 0 and 0.3, e.g. 0.05")
    if pacing.plausible_after < 1:
        yield Problem("pacing.plausible_after", f"plausible_after is {pacing.plausible_after}",
                      "use 1 or more (the opening offer always asks every target)")
    if pacing.supplier_patience < 2:
        yield Problem("pacing.supplier_patience",
                      f"supplier_patience is {pacing.supplier_patience}",
                      "use 2 or more replies, e.g. 4")


def _silence(policy: Policy) -> Iterator[Problem]:
    pacing = policy.pacing
    if pacing.reminder_after_days <= 0 or pacing.reminders < 0:
        yield Problem("pacing.reminder_after_days",
                      "reminders need a positive delay and a non-negative count",
                      "set reminder_after_days > 0 and reminders >= 0")
    last_reminder = pacing.reminders * pacing.reminder_after_days
    if pacing.escalate_after_days <= last_reminder:
        yield Problem(
            "pacing.escalate_after_days",
            f"escalating after {pacing.escalate_after_days:g} days leaves no time for "
            f"{pacing.reminders} reminders every {pacing.reminder_after_days:g} days",
            f"set escalate_after_days above {last_reminder:g}",
        )


def is_language_code(value: str) -> bool:
    """A two-letter language code in lower case, as policies and suppliers files name one."""
    return re.fullmatch(r"[a-z]{2}", value) is not None


def _language(policy: Policy) -> Iterator[Problem]:
    if not is_language_code(policy.language):
        yield Problem("language", f"language is {policy.language!r}",
                      "use a two-letter language code in lower case, e.g. en, de, fr, es")


def _escalation_and_closing(policy: Policy) -> Iterator[Problem]:
    escalation, closing = policy.escalation, policy.closing
    if not 0 <= escalation.min_confidence <= 1:
        yield Problem("escalation.min_confidence", "min_confidence is a probability",
                      "use a number between 0 and 1, e.g. 0.7")
    if escalation.stalled_rounds < 1:
        yield Problem("escalation.stalled_rounds", "stalled_rounds must count at least one reply",
                      "use 1 or more")
    if escalation.clarifications < 0:
        yield Problem("escalation.clarifications", "clarifications counts questions to the "
                      "supplier", "use 0 (never ask) or more, e.g. 1")
    if closing.accept_at_utility is not None and not 0 < closing.accept_at_utility <= 1:
        yield Problem("closing.accept_at_utility", "utility is measured from 0 to 1",
                      "use a number in (0, 1], or null to accept only by the concession rule")
    if closing.auto_close_limit is not None and closing.auto_close_limit <= 0:
        yield Problem("closing.auto_close_limit", "the auto-close limit must be positive",
                      "use a deal value, or null for no limit")


CHECKS: tuple[Callable[[Policy], Iterator[Problem]], ...] = (
    _levers_present,
    _lever_bounds,
    _weights,
    _whole_numbers,
    _trade_offs,
    _pacing,
    _escalation_and_closing,
    _language,
)


def check_policy(policy: Policy) -> tuple[Problem, ...]:
    """Every business-rule problem in ``policy``, in a stable order."""
    return tuple(problem for check in CHECKS for problem in check(policy))
