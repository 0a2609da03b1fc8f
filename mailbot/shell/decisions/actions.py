"""Carrying out a decision inside the caller's transaction: state change, audit entry, queued mail.

One table maps each engine action to what happens; every path records the decision with
its reason first, so the audit log explains every email the bot sends.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlmodel import Session

from mailbot.core.engine import Action, Clarification, Decision, Exchange, next_silence_check
from mailbot.core.policy import Policy
from mailbot.core.sender import sender_of
from mailbot.core.terms import Terms
from mailbot.shell.decisions.dossier import (
    CLARIFICATION,
    EXCHANGE,
    Dossier,
    buyer_info,
    clarification_payload,
    exchange_payload,
)
from mailbot.shell.outbound.compose import plain_text
from mailbot.shell.outbound.queue import Outgoing
from mailbot.shell.store import repository
from mailbot.shell.store.models import Message, Negotiation, NegotiationState, OutboundState
from mailbot.shell.templates import context as tc


@dataclass(frozen=True)
class Applied:
    """What carrying out a decision queued, for callers that report it."""

    decision: Decision
    queued: tuple[Message, ...]


_TO_SUPPLIER = frozenset({Action.OFFER, Action.REMIND, Action.ACCEPT, Action.CLARIFY})


@dataclass(frozen=True)
class Step:
    """One decision being carried out, with everything its handler may need."""

    session: Session
    dossier: Dossier
    decision: Decision
    now: datetime
    inbound: Message | None
    latest_reply: str
    stated: Terms | None = None  # the terms the supplier's reply stated, as read


@dataclass
class Actions:
    outgoing: Outgoing
    # A loop breaker: more mail than this to one supplier in a day goes to a human instead.
    daily_cap: int = 10

    def apply(
        self,
        session: Session,
        dossier: Dossier,
        decision: Decision,
        now: datetime,
        *,
        inbound: Message | None = None,
        latest_reply: str = "",
        approved: bool = False,
        actor: str | None = None,
        stated: Terms | None = None,
    ) -> Applied:
        """Record ``decision`` and carry it out. In shadow mode, mail to the supplier waits
        as a draft for the buyer, unless a person ``approved`` (or wrote) it already;
        ``actor`` names that person in the audit log. ``stated`` is what the supplier's
        reply itself said: an acceptance of terms it did not all restate asks it to say if
        any is wrong."""
        negotiation = dossier.negotiation
        if decision.terms is not None:  # stored and sent as one consistent package
            decision = replace(decision, terms=dossier.priced(decision.terms))
        if decision.action in _TO_SUPPLIER:
            decision = self._within_cap(session, dossier, decision, now)
        repository.record(
            session,
            kind="decision",
            now=now,
            negotiation_id=negotiation.id,
            message_id=inbound.id if inbound else None,
            reason=decision.reason,
            explanation=decision.explanation,
            payload=decision.to_json(),
            actor=actor,
        )
        step = Step(session, dossier, decision, now, inbound, latest_reply, stated)
        queued = list(self._handlers()[decision.action](step))
        if dossier.policy.shadow and not approved:
            queued += self._hold_as_drafts(session, dossier, queued, now)
        negotiation.updated_at = now
        session.add(negotiation)
        return Applied(decision, tuple(queued))

    def _hold_as_drafts(
        self, session: Session, d: Dossier, queued: Sequence[Message], now: datetime
    ) -> list[Message]:
        """Shadow mode: the supplier's mail becomes a draft, and the buyer gets it to approve."""
        drafts = [m for m in queued if m.recipients == d.supplier.email]
        for draft in drafts:
            draft.state = OutboundState.DRAFT
        if not drafts:
            return []
        context = tc.buyer_notice_context(
            d.supplier_info,
            buyer_info(self.outgoing.bot),
            d.negotiation_info(),
            title="Draft for your approval",
            lines=["Shadow mode: mailbot sends this to the supplier only when you approve."],
            draft="\n\n".join(plain_text(m.raw) for m in drafts),
        )
        return [self.outgoing.to_buyer(session, d.negotiation, "buyer_notice", context, now)]

    def escalate(
        self,
        session: Session,
        dossier: Dossier,
        reason: str,
        explanation: str,
        now: datetime,
        *,
        inbound: Message | None = None,
        latest_reply: str = "",
    ) -> Applied:
        decision = Decision(Action.ESCALATE, reason, explanation)
        return self.apply(
            session, dossier, decision, now, inbound=inbound, latest_reply=latest_reply
        )

    def send_failed(self, session: Session, row: Message, error: str, now: datetime) -> None:
        """An email could not be sent: a supplier's open negotiation goes to the buyer; any
        other failure (mail to the buyer, a settled negotiation) is noted in the audit log."""
        negotiation = session.get(Negotiation, row.negotiation_id) if row.negotiation_id else None
        to_supplier = row.recipients != self.outgoing.bot.buyer_mailbox
        if negotiation is None or not to_supplier or negotiation.state != NegotiationState.OPEN:
            repository.record(
                session,
                kind="note",
                now=now,
                negotiation_id=row.negotiation_id,
                message_id=row.id,
                reason="send_failed",
                explanation=error,
            )
            return
        self.escalate(
            session,
            Dossier.load(session, negotiation),
            "send_failed",
            f"the SMTP server refused our email to the supplier: {error}",
            now,
        )

    def _within_cap(
        self, session: Session, d: Dossier, decision: Decision, now: datetime
    ) -> Decision:
        sent = repository.sent_to_since(session, d.supplier.email, now - timedelta(days=1))
        if sent < self.daily_cap:
            return decision
        return Decision(
            Action.ESCALATE,
            "send_cap_reached",
            f"{sent} emails to {d.supplier.email} in the last 24 hours reach the daily cap of "
            f"{self.daily_cap}; a mail loop is likely, so a human should look",
        )

    # ---- one handler per action ---------------------------------------------------------

    def _handlers(self) -> dict[Action, Callable[[Step], Sequence[Message]]]:
        return {
            Action.OFFER: self._offer,
            Action.REMIND: self._remind,
            Action.ACCEPT: self._accept,
            Action.CLARIFY: self._clarify,
            Action.ESCALATE: self._escalate,
            Action.END: self._end,
            Action.WAIT: lambda step: [],
        }

    def _offer(self, step: Step) -> Sequence[Message]:
        terms, d, n = _required_terms(step.decision), step.dossier, step.dossier.negotiation
        template = "opening_offer" if n.thread_root_id is None else "counter_offer"
        # Also after a buyer's COUNTER to an escalation: the escalation's reason is over.
        n.state, n.state_reason = NegotiationState.OPEN, step.decision.reason
        n.round += 1
        n.reminders_sent = 0
        start_waiting(n, d.policy, step.now)
        exchange = Exchange("buyer", terms, alternatives=step.decision.alternatives)
        _record_exchange(step.session, d, exchange, step.now)
        return [self._to_supplier(step, template, self._offer_context(step, terms))]

    def _remind(self, step: Step) -> Sequence[Message]:
        """Remind the supplier of what it has not answered: the open clarification, when
        the bot's latest email asked one, else the latest offer."""
        d = step.dossier
        terms = step.decision.terms or d.last_buyer_offer or Terms()
        d.negotiation.reminders_sent += 1
        start_waiting(d.negotiation, d.policy, d.negotiation.waiting_since or step.now)
        asked = d.open_clarification
        if asked is not None:
            return [self._to_supplier(step, "clarification", self._clarification_context(
                step, asked.clarification, reminder=True))]
        return [self._to_supplier(step, "reminder", self._offer_context(step, terms))]

    def _accept(self, step: Step) -> Sequence[Message]:
        agreed, d = _required_terms(step.decision), step.dossier
        n = d.negotiation
        _settle(n, NegotiationState.AGREED, step.decision.reason)
        n.agreed_terms = agreed.to_json()
        buyer, info = buyer_info(self.outgoing.bot), d.negotiation_info()
        confirmation = tc.confirmation_context(
            d.supplier_info, buyer, info, agreed=agreed, language=n.language,
            checked=step.stated is not None and not _restates(d.policy, step.stated, agreed),
        )
        summary = tc.deal_summary_context(
            d.supplier_info, buyer, info, agreed=agreed, history=d.history_items()
        )
        return [
            self._to_supplier(step, "confirmation", confirmation),
            self.outgoing.to_buyer(
                step.session, n, "deal_summary", summary, step.now, template_set=d.policy.templates
            ),
        ]

    def _clarify(self, step: Step) -> Sequence[Message]:
        """Ask the supplier what its reply means; the negotiation stays open, its round
        unchanged, and the answer is read with this clarification as context."""
        d, asked = step.dossier, _required_clarification(step.decision)
        n = d.negotiation
        n.state, n.state_reason = NegotiationState.OPEN, step.decision.reason
        n.reminders_sent = 0
        start_waiting(n, d.policy, step.now)
        repository.record(
            step.session,
            kind=CLARIFICATION,
            now=step.now,
            negotiation_id=n.id,
            message_id=step.inbound.id if step.inbound else None,
            reason=step.decision.reason,
            explanation=step.decision.explanation,
            payload=clarification_payload(asked, step.latest_reply),
        )
        return [self._to_supplier(step, "clarification",
                                  self._clarification_context(step, asked))]

    def _clarification_context(self, step: Step, asked: Clarification,
                               reminder: bool = False) -> tc.Context:
        d = step.dossier
        return tc.clarification_context(
            d.supplier_info, buyer_info(self.outgoing.bot), d.negotiation_info(),
            clarification=asked, last_offer=d.last_buyer_offer, levers_in_play=d.policy.levers,
            language=d.negotiation.language, reminder=reminder,
        )

    def _escalate(self, step: Step) -> Sequence[Message]:
        n = step.dossier.negotiation
        if n.state == NegotiationState.AGREED:
            n.agreed_terms = None  # a disputed deal is reopened: its terms are agreed no more
        _settle(n, NegotiationState.WAITING_BUYER, step.decision.reason)
        repository.open_escalation(
            step.session,
            now=step.now,
            reason=step.decision.reason,
            explanation=step.decision.explanation,
            negotiation_id=n.id,
            message_id=step.inbound.id if step.inbound else None,
        )
        return [self._to_buyer(step)]

    def _end(self, step: Step) -> Sequence[Message]:
        _settle(step.dossier.negotiation, NegotiationState.ENDED, step.decision.reason)
        return []  # only people end negotiations (the engine escalates); they know already

    # ---- helpers -------------------------------------------------------------------------

    def _offer_context(self, step: Step, terms: Terms) -> tc.Context:
        """The context of an offer or reminder, in the supplier's language."""
        d, decision = step.dossier, step.decision
        n = d.negotiation
        conditional = (
            tc.conditional_text(
                decision.conditional,
                baseline_unit_price=n.baseline_unit_price,
                currency=n.currency,
                language=n.language,
            )
            if decision.conditional
            else None
        )
        return tc.offer_context(
            d.supplier_info,
            buyer_info(self.outgoing.bot),
            d.negotiation_info(),
            offer=terms,
            levers_in_play=d.policy.levers,
            conditional=conditional,
            language=n.language,
            alternatives=decision.alternatives,
        )

    def _to_supplier(self, step: Step, template: str, context: tc.Context) -> Message:
        d = step.dossier
        return self.outgoing.to_supplier(
            step.session,
            d.negotiation,
            d.supplier,
            template,
            context,
            step.now,
            language=d.negotiation.language,
            template_set=d.policy.templates,
        )

    def _to_buyer(self, step: Step) -> Message:
        d, decision = step.dossier, step.decision
        asked = d.open_clarification  # the latest reply answered it: the buyer gets both
        context = tc.escalation_context(
            d.supplier_info,
            buyer_info(self.outgoing.bot),
            d.negotiation_info(),
            reason_code=decision.reason,
            explanation=decision.explanation,
            latest_reply=step.latest_reply,
            history=d.history_items(),
            bounds=d.bounds(),
            sender=tc.sender_info(sender_of(step.inbound.raw)) if step.inbound else None,
            clarified=tc.ClarifiedReply(asked.clarification.describe(), asked.reply)
            if asked else None,
        )
        earlier = None
        if asked is not None and asked.message_id is not None:
            earlier = step.session.get(Message, asked.message_id)
        attachments = [m.raw for m in (earlier, step.inbound) if m is not None]
        return self.outgoing.to_buyer(
            step.session,
            d.negotiation,
            "escalation",
            context,
            step.now,
            attachments,
            template_set=d.policy.templates,
        )


def record_supplier_move(
    session: Session, d: Dossier, exchange: Exchange, now: datetime, message: Message
) -> None:
    _record_exchange(session, d, exchange, now, message)


def _record_exchange(
    session: Session, d: Dossier, exchange: Exchange, now: datetime, message: Message | None = None
) -> None:
    repository.record(
        session,
        kind=EXCHANGE,
        now=now,
        negotiation_id=d.negotiation.id,
        message_id=message.id if message else None,
        payload=exchange_payload(exchange),
    )


def start_waiting(n: Negotiation, policy: Policy, since: datetime) -> None:
    """The bot waits for the supplier from ``since``; the silence rule is due at the next
    reminder or escalation the policy sets."""
    n.waiting_since = since
    n.silence_due_at = since + timedelta(days=next_silence_check(policy, n.reminders_sent))


def stop_waiting(n: Negotiation) -> None:
    n.waiting_since = n.silence_due_at = None


def _settle(n: Negotiation, state: NegotiationState, reason: str) -> None:
    """Leave the open state: nothing more is awaited from the supplier."""
    n.state, n.state_reason = state, reason
    stop_waiting(n)


def _required_clarification(decision: Decision) -> Clarification:
    if decision.clarification is None:
        raise ValueError(f"a clarify decision must carry its clarification ({decision.reason})")
    return decision.clarification


def _restates(policy: Policy, stated: Terms, agreed: Terms) -> bool:
    """The supplier's reply itself gave every agreed term in play (a form, a pick of a
    package, an exact restatement): nothing in the confirmation was assumed."""
    return all(
        (value := stated.get(lever)) is not None and abs(value - (agreed.get(lever) or 0.0)) < 0.05
        for lever in policy.in_play
    )


def _required_terms(decision: Decision) -> Terms:
    if decision.terms is None:
        raise ValueError(f"a {decision.action.value} decision must carry terms ({decision.reason})")
    return decision.terms
