"""Carrying out a buyer's command (by reply or ``mailbot resolve``) on one negotiation, and
confirming it to the buyer by email.

What a command means depends on what waits for the buyer: shadow-mode drafts (APPROVE
sends them) or an escalation (APPROVE accepts the supplier's latest terms). A command that
fits neither is refused with the reason, and nothing changes. A COUNTER is checked
against the policy first (``mailbot.core.buyer_terms``), the same for every face: email,
``mailbot resolve`` and the web console all come through ``BuyerDesk.apply``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from mailbot.core.buyer_commands import BuyerCommand, CommandError, CommandKind
from mailbot.core.buyer_terms import PolicyCheck, check_buyer_terms
from mailbot.core.engine import Action, Decision
from mailbot.core.engine.deal import package
from mailbot.core.engine.wording import describe
from mailbot.core.terms import Intent, Terms
from mailbot.shell.decisions.actions import Actions, stop_waiting
from mailbot.shell.decisions.dossier import Dossier, buyer_info
from mailbot.shell.store import repository
from mailbot.shell.store.models import Message, NegotiationState, OutboundState
from mailbot.shell.templates import context as tc


@dataclass(frozen=True)
class Outcome:
    """What the command did, in words for the buyer's confirmation."""

    title: str
    lines: tuple[str, ...]


@dataclass
class BuyerDesk:
    actions: Actions

    def apply(
        self, session: Session, d: Dossier, command: BuyerCommand, now: datetime, *, by: str
    ) -> Outcome:
        """Carry out ``command`` (given by ``by``, recorded as the actor of every audit entry
        it makes); CommandError when it does not apply.

        Every refusal is raised before anything changes, so the caller may still commit
        (to send the buyer the reason) without half a command applied."""
        assert d.negotiation.id is not None
        check = self.check_counter(d, command) if command.kind is CommandKind.COUNTER else None
        if check is not None and not check.inside and not command.override:
            raise CommandError(f"{check.refusal()} The command was not applied.")
        overridden = check is not None and not check.inside
        drafts = repository.drafts_of(session, d.negotiation.id)
        if drafts:
            outcome = self._on_drafts(session, d, command, drafts, now, by)
        elif d.negotiation.state == NegotiationState.WAITING_BUYER:
            outcome = self._on_escalation(session, d, command, now, by)
        else:
            raise CommandError(
                f"nothing in negotiation {d.negotiation.id} waits for a decision "
                f"(it is {d.negotiation.state}); the command was not applied"
            )
        repository.record(
            session,
            kind="buyer_command",
            now=now,
            negotiation_id=d.negotiation.id,
            reason="counter_override" if overridden else command.kind.value,
            explanation=f"by {by}: {outcome.title}"
            + (f"; overriding the policy: {check.reasons()}" if check and overridden else ""),
            actor=by,
        )
        return outcome

    def check_counter(self, d: Dossier, command: BuyerCommand) -> PolicyCheck:
        """The full package a COUNTER would send, checked against the negotiation's policy."""
        return check_buyer_terms(d.policy, self.counter_terms(d, command))

    def counter_terms(self, d: Dossier, command: BuyerCommand) -> Terms:
        """What the buyer stated, the rest as in the bot's last offer, priced afresh."""
        return package(command.terms, d.last_buyer_offer or Terms(), d.deal)

    def confirm(self, session: Session, d: Dossier, outcome: Outcome, now: datetime) -> Message:
        context = tc.buyer_notice_context(
            d.supplier_info,
            buyer_info(self.actions.outgoing.bot),
            d.negotiation_info(),
            title=outcome.title,
            lines=outcome.lines,
        )
        return self.actions.outgoing.to_buyer(session, d.negotiation, "buyer_notice", context, now)

    # ---- shadow-mode drafts ----------------------------------------------------------------

    def _on_drafts(
        self,
        session: Session,
        d: Dossier,
        command: BuyerCommand,
        drafts: Sequence[Message],
        now: datetime,
        by: str,
    ) -> Outcome:
        if command.kind is CommandKind.APPROVE:
            for draft in drafts:
                draft.state = OutboundState.PENDING
                session.add(draft)
            return Outcome("Approved and sent", (f"{len(drafts)} email(s) go to the supplier.",))
        for draft in drafts:
            draft.state = OutboundState.DISCARDED
            session.add(draft)
        if command.kind is CommandKind.DECLINE:
            self._stop(session, d, NegotiationState.WAITING_BUYER, "draft_declined", now, by)
            return Outcome("Draft withheld", ("Nothing was sent; the negotiation waits for you.",))
        return self._on_escalation(session, d, command, now, by)

    # ---- escalations -------------------------------------------------------------------------

    def _on_escalation(
        self, session: Session, d: Dossier, command: BuyerCommand, now: datetime, by: str
    ) -> Outcome:
        if command.kind is CommandKind.APPROVE:
            terms = self._supplier_terms(d)
            self.actions.apply(
                session,
                d,
                Decision(
                    Action.ACCEPT,
                    "buyer_approved",
                    f"The buyer approved {describe(terms)}.",
                    terms,
                ),
                now,
                approved=True,
                actor=by,
            )
            return Outcome(
                "Deal closed",
                (f"Accepted: {describe(terms)}.", "The supplier gets a confirmation."),
            )
        if command.kind is CommandKind.COUNTER:
            return self._counter(session, d, self.check_counter(d, command), now, by)
        if command.kind is CommandKind.DECLINE:
            self._stop(session, d, NegotiationState.ENDED, "buyer_declined", now, by)
            return Outcome("Negotiation ended", ("mailbot will not write to the supplier again.",))
        self._stop(session, d, NegotiationState.ENDED, "taken_over", now, by)
        return Outcome(
            "Handed over to you",
            ("mailbot will not write to the supplier again; their replies are forwarded to you.",),
        )

    def _counter(
        self, session: Session, d: Dossier, check: PolicyCheck, now: datetime, by: str
    ) -> Outcome:
        terms = check.terms
        lines = [f"Offered: {describe(terms)}."]
        if check.inside:
            reason, explanation = "buyer_counter", f"The buyer countered with {describe(terms)}."
            title = "Counter-offer sent"
        else:  # only with OVERRIDE: apply() refuses it otherwise
            reason, title = "buyer_counter_override", "Counter-offer sent outside the policy"
            explanation = (
                f"The buyer overrode the policy and countered with {describe(terms)} "
                f"(outside the policy: {check.reasons()})."
            )
            lines.append(f"You overrode the policy: {check.reasons()}.")
        decision = Decision(Action.OFFER, reason, explanation, terms)
        self.actions.apply(session, d, decision, now, approved=True, actor=by)
        return Outcome(title, (*lines, "mailbot negotiates on from here."))

    def _supplier_terms(self, d: Dossier) -> Terms:
        stated = [
            e.terms
            for e, _ in d.exchanges
            if e.party == "supplier" and e.intent in (Intent.COUNTER, Intent.ACCEPT)
        ]
        if not stated:
            raise CommandError(
                "the supplier has stated no terms to approve; "
                "reply COUNTER <terms> or TAKE OVER instead"
            )
        return package(stated[-1], d.last_buyer_offer or Terms(), d.deal)

    def _stop(
        self,
        session: Session,
        d: Dossier,
        state: NegotiationState,
        reason: str,
        now: datetime,
        by: str,
    ) -> None:
        n = d.negotiation
        n.state, n.state_reason, n.updated_at = state, reason, now
        stop_waiting(n)
        session.add(n)
        repository.record(
            session,
            kind="decision",
            now=now,
            negotiation_id=n.id,
            reason=reason,
            explanation=f"by {by}: {reason.replace('_', ' ')}",
            actor=by,
        )
