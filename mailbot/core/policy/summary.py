"""A policy as plain rows for display (``mailbot policy check``, the web UI later).

Rendering belongs to the caller; this module only decides what a reader needs to see
to trust a policy before it is executed: the bounds, the trade-offs and the rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from mailbot.core.policy.model import Escalation, LeverPolicy, OutsidePolicy, Policy, TradeOff
from mailbot.core.terms import Lever


@dataclass(frozen=True, slots=True)
class LeverRow:
    lever: str
    current: float
    target: float
    walk_away: float
    weight_as_written: float  # the number in the file
    weight: float  # normalised, sums to 1 over the levers in play
    better: str
    moves_by: str  # "pacing" or "trade-off only"


@dataclass(frozen=True, slots=True)
class TradeOffRow:
    """A trade-off in its numbers, which the engine acts on; ``text`` is only shown."""

    gives: str  # "contract_months 12 (target 1)"
    requires: str  # "price_change_pct -3 or lower"
    text: str


@dataclass(frozen=True, slots=True)
class PolicySummary:
    name: str
    description: str
    levers: tuple[LeverRow, ...]
    fixed_terms: tuple[tuple[str, float], ...]
    trade_offs: tuple[TradeOffRow, ...]
    pacing: tuple[str, ...]
    escalation: tuple[str, ...]
    closing: tuple[str, ...]


def summarize(policy: Policy) -> PolicySummary:
    return PolicySummary(
        name=policy.name,
        description=policy.description.strip(),
        levers=tuple(_row(policy, lever, policy.levers[lever]) for lever in policy.in_play),
        fixed_terms=tuple((lever.value, value) for lever, value in policy.fixed_terms.items()),
        trade_offs=tuple(trade_off_row(policy, t) for t in policy.trade_offs),
        pacing=_pacing_lines(policy),
        escalation=_escalation_lines(policy),
        closing=_closing_lines(policy),
    )


def trade_off_row(policy: Policy, trade: TradeOff) -> TradeOffRow:
    give, require = trade.give, trade.require
    given = policy.levers.get(give.lever)
    target = f" (target {given.target:g})" if given is not None else ""
    required = policy.levers.get(require.lever)
    direction = f" or {required.better.value}" if required is not None else ""
    return TradeOffRow(
        gives=f"{give.lever.value} {give.value:g}{target}",
        requires=f"{require.lever.value} {require.value:g}{direction}",
        text=trade.text or "",
    )


def _row(policy: Policy, lever: Lever, spec: LeverPolicy) -> LeverRow:
    return LeverRow(
        lever=lever.value,
        current=spec.current,
        target=spec.target,
        walk_away=spec.walk_away,
        weight_as_written=spec.weight,
        weight=round(policy.weight(lever), 3),
        better=spec.better.value,
        moves_by="trade-off only" if lever in policy.give_levers else "pacing",
    )


def _pacing_lines(policy: Policy) -> tuple[str, ...]:
    pacing = policy.pacing
    return (
        f"{pacing.strategy.value} concessions (exponent {pacing.curve_exponent:g}) "
        f"over at most {pacing.max_rounds} offers",
        f"from offer {pacing.plausible_after + 1} on, every offer aims at the supplier's "
        f"limits as its counters show them, closing in over {pacing.supplier_patience} "
        "replies (the patience expected of a supplier)",
        *_strategy_lines(policy),
        f"remind after {pacing.reminder_after_days:g} days of silence, up to "
        f"{pacing.reminders} times; escalate after {pacing.escalate_after_days:g} days",
    )


def _strategy_lines(policy: Policy) -> tuple[str, ...]:
    """Only the settings that change plain pacing, so a plain policy reads as before."""
    pacing = policy.pacing
    lines = (
        f"up to {pacing.meso} packages of equal value per counter-offer (A, B, C)"
        if pacing.meso > 1 else "",
        "opponent model: concede where the supplier holds, in step with its moves"
        if pacing.opponent_model else "",
        f"concessions varied by up to {pacing.variation:.0%} per negotiation"
        if pacing.variation > 0 else "",
    )
    return tuple(line for line in lines if line)


def _escalation_lines(policy: Policy) -> tuple[str, ...]:
    rules = policy.escalation
    lines = [
        _price_increase_line(rules) if rules.on_price_increase else "",
        "a term beyond a walk-away, on a lever not in play, or an unpermitted concession"
        if rules.on_outside_policy is OutsidePolicy.ESCALATE else "",
        f"no move on any lever for {rules.stalled_rounds} replies, after one "
        "best-and-final offer",
        f"maximum of {policy.pacing.max_rounds} offers reached",
        f"no reply after {policy.pacing.reminders} reminders",
        f"a reply read with confidence below {rules.min_confidence:g}",
        "a rejection, a bounce or an unclear reply",
    ]
    if rules.clarifications:
        lines[-1] += (f" (an unclear but harmless reply is first clarified with the supplier, "
                      f"up to {rules.clarifications} time(s) per negotiation)")
    if policy.closing.auto_close_limit is not None:
        lines.append(f"a deal worth more than {policy.closing.auto_close_limit:g} a year")
    return tuple(line for line in lines if line)


def _price_increase_line(rules: Escalation) -> str:
    if rules.on_outside_policy is OutsidePolicy.ESCALATE:
        return "supplier asks for a price increase"
    return ("supplier asks for a price increase (a one-off ask after offering today's price "
            "or better is answered in policy)")


def _closing_lines(policy: Policy) -> tuple[str, ...]:
    lines = ["accept an in-policy package worth at least the bot's own next offer, or "
             "more than going on is expected to bring (the risk of a walk-away included)",
             "after the last permitted offer, accept any in-policy package"]
    if policy.escalation.on_outside_policy is OutsidePolicy.COUNTER:
        lines.append("answer a package outside the policy with an offer inside it")
    if policy.closing.accept_at_utility is not None:
        lines.append(f"accept any in-policy package with utility >= "
                     f"{policy.closing.accept_at_utility:g}")
    if policy.closing.auto_close_limit is not None:
        lines.append(f"close without a human up to {policy.closing.auto_close_limit:g} a year")
    return tuple(lines)
