"""Runs a negotiation between the engine and a simulated supplier, on a simulated clock.

The loop is the daemon's in miniature: send the decision, wait for a reply (or for the
silence schedule), decide, repeat until a terminal action. It records a transcript and
the outcome, so a buyer can try a policy before any email goes out.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Literal, Protocol

from mailbot.core.engine import (
    TERMINAL_ACTIONS,
    Action,
    DealContext,
    Decision,
    Exchange,
    History,
    SupplierMove,
    decide,
    on_silence,
    open_negotiation,
    utility,
)
from mailbot.core.policy import Policy
from mailbot.core.terms import Terms
from mailbot.simulate.errors import SimulationError
from mailbot.simulate.messages import BuyerMessage
from mailbot.simulate.personas import Persona, SupplierTurn

OutcomeKind = Literal["agreed", "escalated", "ended"]
_OUTCOMES: dict[Action, OutcomeKind] = {
    Action.ACCEPT: "agreed", Action.ESCALATE: "escalated", Action.END: "ended",
}
_DAYS_PER_REPLY = 1.0


class Buyer(Protocol):
    """The buyer's side: the engine by default; the tournament's baselines also fit."""

    def open(self, policy: Policy, context: DealContext) -> Decision:
        """The opening offer."""

    def decide(self, policy: Policy, history: History, move: SupplierMove,
               context: DealContext) -> Decision:
        """The answer to the supplier's move; ``history`` holds everything before it."""


class EngineBuyer:
    """mailbot's concession engine as a ``Buyer``."""

    def open(self, policy: Policy, context: DealContext) -> Decision:
        return open_negotiation(policy, context)

    def decide(self, policy: Policy, history: History, move: SupplierMove,
               context: DealContext) -> Decision:
        return decide(policy, history, move, context)


class Supplier(Protocol):
    def reply(self, message: BuyerMessage) -> SupplierMove | None:
        """The supplier's answer to an offer or reminder; None is silence."""

    def close(self, message: BuyerMessage) -> None:
        """Deliver the final (terminal) message and release resources."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of the transcript."""

    round: int
    party: Literal["buyer", "supplier"]
    act: str  # the buyer's action or the supplier's intent ("silence" for no reply)
    terms: Terms | None
    note: str

    def to_json(self) -> dict[str, Any]:
        return {"round": self.round, "party": self.party, "act": self.act,
                "terms": self.terms.to_json() if self.terms else None, "note": self.note}


@dataclass(frozen=True, slots=True)
class Outcome:
    outcome: OutcomeKind
    reason: str
    rounds: int
    terms: Terms
    utility: float
    transcript: tuple[Entry, ...]

    def to_json(self) -> dict[str, Any]:
        return {"outcome": self.outcome, "reason": self.reason, "rounds": self.rounds,
                "terms": self.terms.to_json(), "utility": round(self.utility, 4),
                "transcript": [entry.to_json() for entry in self.transcript]}


class PersonaSupplier:
    """Adapts a pure persona to the ``Supplier`` protocol by keeping its memory."""

    def __init__(self, persona: Persona, policy: Policy) -> None:
        self._persona = persona
        self._status_quo = Terms()
        for lever, spec in policy.levers.items():
            self._status_quo = self._status_quo.with_lever(lever, spec.current)
        self._better = {lever: spec.better for lever, spec in policy.levers.items()}
        self._offers: list[Terms] = []
        self._position: Terms | None = None

    def reply(self, message: BuyerMessage) -> SupplierMove | None:
        offer = message.decision.terms or Terms()
        if message.decision.action is Action.OFFER:
            self._offers.append(offer)
        turn = SupplierTurn(
            round=len(self._offers), offer=offer,
            previous_offer=self._offers[-2] if len(self._offers) > 1 else None,
            status_quo=self._status_quo, last_position=self._position,
            buyer_better=self._better,
        )
        move = self._persona(turn)
        if move is not None and not move.terms.is_empty():
            self._position = move.terms.merged_over(self._position or Terms())
        return move

    def close(self, message: BuyerMessage) -> None:
        """A persona keeps nothing open."""


def simulate(policy: Policy, supplier: Supplier, context: DealContext | None = None,
             buyer: Buyer | None = None) -> Outcome:
    """Negotiate until the buyer (the engine unless given) accepts, escalates or ends."""
    run = _Run(policy, context or DealContext(), buyer or EngineBuyer())
    decision = run.buyer.open(policy, run.context)
    message = run.record_buyer(decision)
    for _ in range(_turn_limit(policy)):
        decision = run.answer(supplier.reply(message))
        sent = run.record_buyer(decision)
        if decision.action in TERMINAL_ACTIONS:
            supplier.close(sent)
            return run.outcome(decision)
        if decision.action is not Action.WAIT:  # after an auto-reply, the offer still stands
            message = sent
    supplier.close(BuyerMessage(run.round, decision))
    raise SimulationError(f"no terminal decision after {_turn_limit(policy)} turns; "
                          "the supplier keeps sending automatic replies?")


def _turn_limit(policy: Policy) -> int:
    return 4 * (policy.pacing.max_rounds + policy.pacing.reminders) + 10


class _Run:
    """The state of one simulated negotiation: history, clock and transcript."""

    def __init__(self, policy: Policy, context: DealContext, buyer: Buyer) -> None:
        self.policy, self.context, self.buyer = policy, context, buyer
        self.history = History()
        self.waiting_days = 0.0
        self.transcript: list[Entry] = []

    @property
    def round(self) -> int:
        return len(self.history.buyer_offers)

    def record_buyer(self, decision: Decision) -> BuyerMessage:
        if decision.action is Action.OFFER and decision.terms is not None:
            offer = Exchange("buyer", decision.terms, alternatives=decision.alternatives)
            self.history = replace(self.history.with_exchange(offer), reminders_sent=0)
            self.waiting_days = 0.0
        elif decision.action is Action.REMIND:
            self.history = replace(self.history, reminders_sent=self.history.reminders_sent + 1)
        elif decision.action is Action.CLARIFY:
            self.history = replace(self.history, clarifications=self.history.clarifications + 1,
                                   reminders_sent=0)
            self.waiting_days = 0.0
        self.transcript.append(Entry(self.round, "buyer", decision.action.value, decision.terms,
                                     f"[{decision.reason}] {decision.explanation}"))
        return BuyerMessage(self.round, decision)

    def answer(self, move: SupplierMove | None) -> Decision:
        if move is None:
            return self._silence()
        self._advance(_DAYS_PER_REPLY)
        decision = self.buyer.decide(self.policy, self.history, move, self.context)
        self.history = self.history.with_exchange(Exchange("supplier", move.terms, move.intent))
        note = "asks for a price increase" if move.price_increase else ""
        self.transcript.append(Entry(self.round, "supplier", move.intent.value, move.terms, note))
        return decision

    def _silence(self) -> Decision:
        pacing, sent = self.policy.pacing, self.history.reminders_sent
        due = ((sent + 1) * pacing.reminder_after_days if sent < pacing.reminders
               else pacing.escalate_after_days)
        self._advance(due - self.waiting_days)
        self.transcript.append(Entry(self.round, "supplier", "silence", None,
                                     f"no reply after {self.waiting_days:g} days"))
        decision = on_silence(self.policy, self.history, self.waiting_days)
        if decision is None:
            raise SimulationError(f"silence schedule gave no decision at day {due:g}")
        return decision

    def _advance(self, days: float) -> None:
        self.waiting_days += days
        self.history = replace(self.history, elapsed_days=self.history.elapsed_days + days)

    def outcome(self, decision: Decision) -> Outcome:
        offers = self.history.buyer_offers
        terms = decision.terms or (offers[-1] if offers else Terms())
        return Outcome(
            outcome=_OUTCOMES[decision.action], reason=decision.reason, rounds=self.round,
            terms=terms, utility=utility(self.policy, terms), transcript=tuple(self.transcript),
        )

