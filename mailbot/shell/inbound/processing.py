"""Acting on one committed inbound message, exactly once: route, read, triage, decide, queue.

Everything for one message happens in one transaction that also marks it processed, so a
crash leaves it either untouched (and it is processed again) or fully done. A message
that cannot be processed is quarantined with the reason and forwarded to the buyer, and
the messages behind it go on.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session

from mailbot.core.bounces import bounce_report
from mailbot.core.buyer_commands import CommandError, parse_command
from mailbot.core.engine import Exchange, decide, move_from_reading
from mailbot.core.reading import (
    ParsedMessage,
    Reading,
    ReadingContext,
    ReplyForm,
    parse_message,
    read_parsed,
)
from mailbot.core.reply_token import ReplyTokens
from mailbot.core.sender import Sender, sender_of
from mailbot.core.terms import Intent
from mailbot.core.triage import Disposition, triage
from mailbot.shell.buyer.desk import BuyerDesk, Outcome
from mailbot.shell.config import TrustConfig
from mailbot.shell.decisions.actions import Actions, record_supplier_move, stop_waiting
from mailbot.shell.decisions.dossier import Dossier, buyer_info
from mailbot.shell.inbound.digests import tell_buyer_once
from mailbot.shell.inbound.routing import Router, is_mailing_list
from mailbot.shell.runtime.crashpoints import crash_point
from mailbot.shell.store import repository
from mailbot.shell.store.database import transaction
from mailbot.shell.store.models import InboundState, Message, Negotiation
from mailbot.shell.templates import context as tc

log = logging.getLogger(__name__)

# Recorded, never answered; a digest also tells the buyer, once per negotiation.
_RECORD_ONLY = frozenset({Disposition.IGNORE, Disposition.WAIT, Disposition.DIGEST})


@dataclass
class InboundProcessor:
    db: Engine
    actions: Actions
    tokens: ReplyTokens
    forms: tuple[ReplyForm, ...]
    max_message_bytes: int
    trust: TrustConfig = field(default_factory=TrustConfig)

    @property
    def router(self) -> Router:
        return Router(self.tokens, self.actions.outgoing.bot, self.trust)

    def process(self, message_id: int, now: datetime) -> None:
        """Act on one received message; quarantine it if that fails for any reason."""
        try:
            with transaction(self.db) as session:
                # The row lock (PostgreSQL; SQLite locks at BEGIN) makes a second worker
                # wait, then see the message as handled.
                message = session.get(Message, message_id, with_for_update=True)
                if message is None or message.state != InboundState.RECEIVED:
                    return  # already handled (by another worker, or before a crash)
                self._handle(session, message, now)
                if message.state == InboundState.RECEIVED:
                    message.state = InboundState.PROCESSED
                session.add(message)
                crash_point("after_reading")
            crash_point("after_decision_commit")
        except Exception as error:  # one bad message must never stop the ones behind it
            log.exception("quarantining inbound message %s", message_id)
            self.quarantine(message_id, f"{type(error).__name__}: {error}", now)

    def quarantine(self, message_id: int, reason: str, now: datetime) -> None:
        """Set the message aside with its reason and tell the buyer; if even the notice
        fails, set it aside anyway, so it can never block the messages behind it."""
        try:
            with transaction(self.db) as session:
                message = session.get(Message, message_id, with_for_update=True)
                if message is None or message.state != InboundState.RECEIVED:
                    return
                self._quarantine(session, message, reason, now)
        except Exception:
            log.exception("could not notify the buyer of quarantined message %s", message_id)
            with transaction(self.db) as session:
                message = session.get(Message, message_id, with_for_update=True)
                if message is None or message.state != InboundState.RECEIVED:
                    return
                message.state = InboundState.QUARANTINED
                repository.record(
                    session,
                    kind="quarantine",
                    now=now,
                    message_id=message.id,
                    reason="quarantined",
                    explanation=f"{reason}; the buyer was not notified",
                )

    # ---- the pipeline ----------------------------------------------------------------------

    def _handle(self, session: Session, message: Message, now: datetime) -> None:
        if len(message.raw) > self.max_message_bytes:
            reason = f"{len(message.raw)} bytes is over the limit of {self.max_message_bytes}"
            self._quarantine(session, message, f"too_large: {reason}", now)
            return
        parsed = parse_message(message.raw)
        sender = sender_of(message.raw)  # the addr-spec, never a display name
        message.sender, message.subject = sender.address or "", parsed.subject[:500]
        message.recipients = ",".join(parsed.to_addrs)[:500]
        buyer_thread = self.router.buyer_thread(session, parsed)
        if buyer_thread is not None:
            self._buyer_reply(session, message, parsed, sender, buyer_thread, now)
            return
        returned = self.router.returned(session, bounce_report(parsed, message.raw))
        negotiation, matched_by = self.router.match(session, parsed, sender, returned)
        message.negotiation_id = negotiation.id if negotiation else None
        dossier = Dossier.load(session, negotiation) if negotiation else None
        context = self._reading_context(dossier)
        reading = read_parsed(parsed, context)
        message.kind = reading.intent.value
        answering = ", as the answer to our clarification" if context.clarifying else ""
        repository.record(
            session,
            kind="reading",
            now=now,
            negotiation_id=message.negotiation_id,
            message_id=message.id,
            reason=reading.intent.value,
            explanation=f"read as {reading.intent.value} (confidence {reading.confidence:.2f})"
                        f"{answering}",
            payload=reading.to_json(),
        )
        # Asked only of an acceptance, the one reading a replaced offer changes.
        superseded = (reading.intent is Intent.ACCEPT and negotiation is not None
                      and negotiation.id is not None
                      and repository.answers_superseded_offer(session, negotiation.id,
                                                              parsed.in_reply_to))
        facts = self.router.facts(parsed, sender, reading, dossier, matched_by, returned,
                                  superseded)
        verdict = triage(facts)
        if verdict.disposition in _RECORD_ONLY:
            repository.record(
                session,
                kind="note",
                now=now,
                negotiation_id=message.negotiation_id,
                message_id=message.id,
                reason=verdict.reason,
                explanation=verdict.explanation,
            )
            if verdict.disposition is Disposition.DIGEST and dossier is not None:
                tell_buyer_once(
                    session, self.actions, dossier, message, sender, verdict.reason, now
                )
        elif dossier is None or verdict.disposition is Disposition.FORWARD_TO_BUYER:
            self._forward(
                session, message, dossier, verdict.reason, verdict.explanation, reading, now
            )
        elif verdict.disposition is Disposition.DECIDE:
            self._decide(session, message, dossier, reading, now)
        else:
            self.actions.escalate(
                session,
                dossier,
                verdict.reason,
                verdict.explanation,
                now,
                inbound=message,
                latest_reply=reading.new_text,
            )

    def _decide(
        self, session: Session, message: Message, dossier: Dossier, reading: Reading, now: datetime
    ) -> None:
        move = move_from_reading(reading)
        decision = decide(dossier.policy, dossier.history(now), move, dossier.deal)
        negotiation = dossier.negotiation
        negotiation.last_inbound_id = message.message_id
        stop_waiting(negotiation)
        record_supplier_move(
            session, dossier, Exchange("supplier", reading.terms, reading.intent), now, message
        )
        self.actions.apply(
            session, dossier, decision, now, inbound=message, latest_reply=reading.new_text,
            stated=reading.terms,
        )

    # ---- the buyer's commands ------------------------------------------------------------

    def _buyer_reply(
        self,
        session: Session,
        message: Message,
        parsed: ParsedMessage,
        sender: Sender,
        negotiation: Negotiation,
        now: datetime,
    ) -> None:
        """A reply to mail we sent the buyer: a command, if an allowed buyer wrote it."""
        message.negotiation_id = negotiation.id
        dossier = Dossier.load(session, negotiation)
        reading = read_parsed(parsed, ReadingContext())
        if reading.intent in (Intent.AUTO_REPLY, Intent.BOUNCE) or is_mailing_list(parsed):
            message.kind = reading.intent.value
            repository.record(
                session,
                kind="note",
                now=now,
                negotiation_id=negotiation.id,
                message_id=message.id,
                reason="automatic_buyer_reply",
                explanation="an automatic reply to mail for the buyer; ignored",
            )
            return
        message.kind = "buyer_command"
        doubt = self.router.buyer_doubt(parsed, sender)
        if doubt is not None or sender.address is None:
            self._forward(
                session,
                message,
                dossier,
                "command_refused",
                f"{doubt}; the command was not applied",
                reading,
                now,
            )
            return
        desk, by = BuyerDesk(self.actions), sender.address
        try:
            outcome = desk.apply(session, dossier, parse_command(reading.new_text), now, by=by)
        except CommandError as error:
            outcome = Outcome("Command not applied", (str(error),))
        desk.confirm(session, dossier, outcome, now)

    def _reading_context(self, dossier: Dossier | None) -> ReadingContext:
        if dossier is None:
            return ReadingContext(forms=self.forms)
        n = dossier.negotiation
        asked = dossier.open_clarification  # the reply answers our clarification: its letters
        return ReadingContext(
            baseline_unit_price=n.baseline_unit_price,
            currency=n.currency,
            last_offer=dossier.last_buyer_offer,
            alternatives=asked.clarification.options if asked else dossier.last_alternatives,
            forms=self.forms,
            clarifying=asked.clarification.for_reader() if asked else None,
        )

    # ---- to the buyer --------------------------------------------------------------------

    def _forward(
        self,
        session: Session,
        message: Message,
        dossier: Dossier | None,
        reason: str,
        explanation: str,
        reading: Reading | None,
        now: datetime,
    ) -> None:
        repository.record(
            session,
            kind="forward",
            now=now,
            negotiation_id=message.negotiation_id,
            message_id=message.id,
            reason=reason,
            explanation=explanation,
        )
        context = self._forward_context(message, dossier, reason, explanation, reading)
        negotiation = dossier.negotiation if dossier else None
        original = [message.raw] if len(message.raw) <= self.max_message_bytes else []
        try:
            self.actions.outgoing.to_buyer(
                session, negotiation, "escalation", context, now, attachments=original
            )
        except Exception:  # a hostile original can break composing; the buyer still hears
            log.exception("could not attach inbound message %s; sending without it", message.id)
            self.actions.outgoing.to_buyer(session, negotiation, "escalation", context, now)

    def _forward_context(
        self,
        message: Message,
        dossier: Dossier | None,
        reason: str,
        explanation: str,
        reading: Reading | None,
    ) -> tc.Context:
        if dossier is not None:
            supplier, info = dossier.supplier_info, dossier.negotiation_info()
            history, bounds = dossier.history_items(), dossier.bounds()
        else:
            supplier = tc.SupplierInfo(  # named by its address: a display name proves nothing
                name=message.sender or "unknown sender",
                email=message.sender,
                item=message.subject or "(no subject)",
                unit_price=None,
                currency=None,
                annual_volume=None,
            )
            info = tc.NegotiationInfo(id="-", reference=f"inbound-{message.id}", round=0)
            history, bounds = [], []
        return tc.escalation_context(
            supplier,
            buyer_info(self.actions.outgoing.bot),
            info,
            reason_code=reason,
            explanation=explanation,
            latest_reply=reading.new_text if reading else "",
            history=history,
            bounds=bounds,
            sender=tc.sender_info(sender_of(message.raw)),
        )

    def _quarantine(self, session: Session, message: Message, reason: str, now: datetime) -> None:
        message.state = InboundState.QUARANTINED
        session.add(message)
        repository.record(
            session,
            kind="quarantine",
            now=now,
            negotiation_id=message.negotiation_id,
            message_id=message.id,
            reason="quarantined",
            explanation=reason,
        )
        self._forward(session, message, None, "quarantined", reason, None, now)
