"""Carrying out a decision inside the caller's transaction: state change, audit entry, queued mail.

One table maps each engine action to what happens; every path records the decision with
its reason first, so the audit log explains every email the bot sends.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email import message_from_bytes
from email import policy as email_policy
from email.message import EmailMessage

from sqlmodel import Session

from mailbot.core.engine import Action, Decision, Exchange
from mailbot.core.terms import Terms
from mailbot.shell import template_context as tc
from mailbot.shell.dossier import EXCHANGE, Dossier, buyer_info, exchange_payload
from mailbot.shell.outgoing import Outgoing
from mailbot.shell.store import repository
from mailbot.shell.store.models import Message, NegotiationState, OutboundState


@dataclass(frozen=True)
class Applied:
    """What carrying out a decision queued, for callers that report it."""

    decision: Decision
    queued: tuple[Message, ...]


_TO_SUPPLIER = frozenset({Action.OFFER, Action.REMIND, Action.ACCEPT})


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
    ) -> Applied:
        """Record ``decision`` and carry it out. In shadow mode, mail to the supplier waits
        as a draft for the buyer, unless a person ``approved`` (or wrote) it already."""
        negotiation = dossier.negotiation
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
        )
        handler = self._handlers()[decision.action]
        queued = list(handler(session, dossier, decision, now, inbound, latest_reply))
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

    Handler = Callable[
        [Session, Dossier, Decision, datetime, Message | None, str], Sequence[Message]
    ]

    def _handlers(self) -> dict[Action, Actions.Handler]:
        return {
            Action.OFFER: self._offer,
            Action.REMIND: self._remind,
            Action.ACCEPT: self._accept,
            Action.ESCALATE: self._escalate,
            Action.END: self._end,
            Action.WAIT: self._wait,
        }

    def _offer(
        self,
        session: Session,
        d: Dossier,
        decision: Decision,
        now: datetime,
        inbound: Message | None,
        latest_reply: str,
    ) -> Sequence[Message]:
        terms = _required_terms(decision)
        n = d.negotiation
        template = "opening_offer" if n.thread_root_id is None else "counter_offer"
        n.state = NegotiationState.OPEN  # also after a buyer's COUNTER to an escalation
        n.round += 1
        n.waiting_since = now
        n.reminders_sent = 0
        _record_exchange(
            session, d, Exchange("buyer", terms, alternatives=decision.alternatives), now
        )
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
        context = tc.offer_context(
            d.supplier_info,
            buyer_info(self.outgoing.bot),
            d.negotiation_info(),
            offer=terms,
            levers_in_play=d.policy.levers,
            conditional=conditional,
            language=n.language,
            alternatives=decision.alternatives,
        )
        return [self._to_supplier(session, d, template, context, now)]

    def _remind(
        self,
        session: Session,
        d: Dossier,
        decision: Decision,
        now: datetime,
        inbound: Message | None,
        latest_reply: str,
    ) -> Sequence[Message]:
        terms = decision.terms or d.last_buyer_offer or Terms()
        d.negotiation.reminders_sent += 1
        context = tc.offer_context(
            d.supplier_info,
            buyer_info(self.outgoing.bot),
            d.negotiation_info(),
            offer=terms,
            levers_in_play=d.policy.levers,
            language=d.negotiation.language,
            alternatives=decision.alternatives,
        )
        return [self._to_supplier(session, d, "reminder", context, now)]

    def _accept(
        self,
        session: Session,
        d: Dossier,
        decision: Decision,
        now: datetime,
        inbound: Message | None,
        latest_reply: str,
    ) -> Sequence[Message]:
        agreed = _required_terms(decision)
        n = d.negotiation
        n.state = NegotiationState.AGREED
        n.state_reason = decision.reason
        n.agreed_terms = agreed.to_json()
        n.waiting_since = None
        buyer, info = buyer_info(self.outgoing.bot), d.negotiation_info()
        confirmation = tc.confirmation_context(
            d.supplier_info, buyer, info, agreed=agreed, language=n.language
        )
        summary = tc.deal_summary_context(
            d.supplier_info, buyer, info, agreed=agreed, history=d.history_items()
        )
        return [
            self._to_supplier(session, d, "confirmation", confirmation, now),
            self.outgoing.to_buyer(
                session, n, "deal_summary", summary, now, template_set=d.policy.templates
            ),
        ]

    def _escalate(
        self,
        session: Session,
        d: Dossier,
        decision: Decision,
        now: datetime,
        inbound: Message | None,
        latest_reply: str,
    ) -> Sequence[Message]:
        n = d.negotiation
        n.state = NegotiationState.WAITING_BUYER
        n.state_reason = decision.reason
        n.waiting_since = None
        repository.open_escalation(
            session,
            now=now,
            reason=decision.reason,
            explanation=decision.explanation,
            negotiation_id=n.id,
            message_id=inbound.id if inbound else None,
        )
        return [self._to_buyer(session, d, decision, now, inbound, latest_reply)]

    def _end(
        self,
        session: Session,
        d: Dossier,
        decision: Decision,
        now: datetime,
        inbound: Message | None,
        latest_reply: str,
    ) -> Sequence[Message]:
        n = d.negotiation
        n.state = NegotiationState.ENDED
        n.state_reason = decision.reason
        n.waiting_since = None
        return []  # only people end negotiations (the engine escalates); they know already

    def _wait(
        self,
        session: Session,
        d: Dossier,
        decision: Decision,
        now: datetime,
        inbound: Message | None,
        latest_reply: str,
    ) -> Sequence[Message]:
        return []

    # ---- helpers -------------------------------------------------------------------------

    def _to_supplier(
        self, session: Session, d: Dossier, template: str, context: tc.Context, now: datetime
    ) -> Message:
        return self.outgoing.to_supplier(
            session,
            d.negotiation,
            d.supplier,
            template,
            context,
            now,
            language=d.negotiation.language,
            template_set=d.policy.templates,
        )

    def _to_buyer(
        self,
        session: Session,
        d: Dossier,
        decision: Decision,
        now: datetime,
        inbound: Message | None,
        latest_reply: str,
    ) -> Message:
        context = tc.escalation_context(
            d.supplier_info,
            buyer_info(self.outgoing.bot),
            d.negotiation_info(),
            reason_code=decision.reason,
            explanation=decision.explanation,
            latest_reply=latest_reply,
            history=d.history_items(),
            bounds=d.bounds(),
        )
        attachments = [inbound.raw] if inbound is not None else []
        return self.outgoing.to_buyer(
            session,
            d.negotiation,
            "escalation",
            context,
            now,
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


def _required_terms(decision: Decision) -> Terms:
    if decision.terms is None:
        raise ValueError(f"a {decision.action.value} decision must carry terms ({decision.reason})")
    return decision.terms


def plain_text(raw: bytes) -> str:
    """The text part of an email we composed (for quoting a draft to the buyer)."""
    message = message_from_bytes(raw, policy=email_policy.default)
    part = message.get_body(preferencelist=("plain",))
    return part.get_content() if isinstance(part, EmailMessage) else ""
