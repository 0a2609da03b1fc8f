"""Warnings: a policy the engine can run, but that probably does not say what its author meant.

``checks.py`` refuses what is unsafe; these only warn, because each could be intended.
A summary that disagrees with what the engine will do is the misconfiguration buyers
fear most, so the free-text ``text:`` of a trade-off (shown to people, never read by the
engine) is held against the trade-off's numbers, and a trade-off that can never apply
is named. Like ``CHECKS``, ``LINTS`` is a table: one function per warning.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from mailbot.core.policy.errors import Problem
from mailbot.core.policy.model import Policy, TradeOff

_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?")


def _text_against_numbers(policy: Policy, index: int, trade: TradeOff) -> Iterator[Problem]:
    """A number in the text that is neither value of the trade-off nor a lever's current.

    Numbers only, and written in digits: a text that names the wrong lever in words is
    beyond what this can tell (``policy check`` prints the numbers beside the text).
    """
    if not trade.text:
        return
    give, require = trade.give, trade.require
    known = {abs(give.value), abs(require.value)}
    known |= {abs(policy.levers[side.lever].current) for side in (give, require)
              if side.lever in policy.levers}
    stated = [float(token.replace(",", ".")) for token in _NUMBER.findall(trade.text)]
    strangers = sorted({n for n in stated if not any(abs(n - k) < 1e-9 for k in known)})
    if strangers:
        listed = ", ".join(f"{n:g}" for n in strangers)
        yield Problem(
            f"trade_offs[{index}].text",
            f"the text mentions {listed}, but the trade-off gives {give.lever.value} = "
            f"{give.value:g} for {require.lever.value} = {require.value:g}",
            "make the text say what the numbers say (the engine acts on the numbers; "
            "the text is only shown to people)",
        )


def _can_trigger(policy: Policy, index: int, trade: TradeOff) -> Iterator[Problem]:
    """A minimum beyond the target: the bot never asks for more, so never offers the trade."""
    spec = policy.levers.get(trade.require.lever)
    if spec is None or not spec.prefers(trade.require.value, spec.target):
        return
    yield Problem(
        f"trade_offs[{index}].require.value",
        f"the minimum {trade.require.value:g} lies beyond the target ({spec.target:g}); the "
        "bot never asks for more than its target, so this trade-off can never trigger",
        f"set a minimum between the target ({spec.target:g}) and the walk-away "
        f"({spec.walk_away:g})",
    )


TRADE_OFF_LINTS: tuple[Callable[[Policy, int, TradeOff], Iterator[Problem]], ...] = (
    _can_trigger,
    _text_against_numbers,
)


def _trade_offs(policy: Policy) -> Iterator[Problem]:
    for index, trade in enumerate(policy.trade_offs):
        for lint in TRADE_OFF_LINTS:
            yield from lint(policy, index, trade)


LINTS: tuple[Callable[[Policy], Iterator[Problem]], ...] = (_trade_offs,)


def lint_policy(policy: Policy) -> tuple[Problem, ...]:
    """Every warning about a valid ``policy``, in a stable order."""
    return tuple(problem for lint in LINTS for problem in lint(policy))
