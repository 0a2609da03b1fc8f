"""Queries and small writes the service needs, on the caller's session (and transaction)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from mailbot.shell.store.models import (
    AuditEvent,
    Direction,
    Escalation,
    InboundState,
    MailboxCursor,
    Message,
    Negotiation,
    NegotiationState,
    OutboundState,
    Supplier,
)


def supplier_by_email(session: Session, email: str) -> Supplier | None:
    return session.exec(select(Supplier).where(Supplier.email == email.lower())).first()


def upsert_supplier(session: Session, *, name: str, email: str, language: str) -> Supplier:
    supplier = supplier_by_email(session, email)
    if supplier is None:
        supplier = Supplier(name=name, email=email.lower(), language=language)
        session.add(supplier)
        session.flush()
    return supplier


def negotiation_by_key(session: Session, key: str) -> Negotiation | None:
    return session.exec(select(Negotiation).where(Negotiation.key == key)).first()


def negotiation_by_start_key(session: Session, start_key: str) -> Negotiation | None:
    return session.exec(select(Negotiation).where(Negotiation.start_key == start_key)).first()


def negotiation_by_thread(session: Session, message_ids: Sequence[str]) -> Negotiation | None:
    """The negotiation of the newest message we sent that the reply's threading headers name."""
    if not message_ids:
        return None
    statement = (
        select(Negotiation)
        .join(Message, col(Message.negotiation_id) == col(Negotiation.id))
        .where(Message.direction == Direction.OUTBOUND, col(Message.message_id).in_(message_ids))
        .order_by(col(Message.id).desc())
    )
    return session.exec(statement).first()


def outbound_by_message_ids(session: Session, message_ids: Sequence[str]) -> Message | None:
    """The newest email we sent under one of these Message-IDs (a bounce returns it)."""
    if not message_ids:
        return None
    statement = (
        select(Message)
        .where(Message.direction == Direction.OUTBOUND, col(Message.message_id).in_(message_ids))
        .order_by(col(Message.id).desc())
    )
    return session.exec(statement).first()


OFFER_TEMPLATES = ("opening_offer", "counter_offer")


def answers_superseded_offer(session: Session, negotiation_id: int,
                             in_reply_to: str | None) -> bool:
    """Whether the email a reply answers (its In-Reply-To) is one we sent in this
    negotiation before a later offer of ours: the reply speaks to terms we have since
    replaced (a slow answer, or two replies that crossed our counter)."""
    answered = outbound_by_message_ids(session, [in_reply_to] if in_reply_to else [])
    if answered is None or answered.negotiation_id != negotiation_id:
        return False
    later = select(Message.id).where(
        Message.direction == Direction.OUTBOUND,
        Message.negotiation_id == negotiation_id,
        col(Message.id) > answered.id,
        col(Message.kind).in_(OFFER_TEMPLATES),
        col(Message.state).not_in((OutboundState.DRAFT, OutboundState.DISCARDED)),
    )
    return session.exec(later).first() is not None


def open_negotiations_of(session: Session, email: str) -> Sequence[Negotiation]:
    statement = (
        select(Negotiation)
        .join(Supplier, col(Supplier.id) == col(Negotiation.supplier_id))
        .where(Supplier.email == email.lower(), Negotiation.state == NegotiationState.OPEN)
    )
    return session.exec(statement).all()


def supplier_of(session: Session, negotiation: Negotiation) -> Supplier:
    supplier = session.get(Supplier, negotiation.supplier_id)
    if supplier is None:  # a foreign key guarantees it; this is corruption
        raise LookupError(
            f"negotiation {negotiation.id} names missing supplier {negotiation.supplier_id}"
        )
    return supplier


def inbound_exists(session: Session, message_id: str) -> bool:
    statement = select(Message.id).where(
        Message.direction == Direction.INBOUND, Message.message_id == message_id
    )
    return session.exec(statement).first() is not None


def received_ids(session: Session, limit: int) -> list[int]:
    """Committed inbound messages not yet acted on, oldest first (ids only: no raw bytes)."""
    statement = (
        select(Message.id)
        .where(Message.direction == Direction.INBOUND, Message.state == InboundState.RECEIVED)
        .order_by(col(Message.id))
        .limit(limit)
    )
    return [message_id for message_id in session.exec(statement).all() if message_id is not None]


def due_outbound(session: Session, now: datetime, limit: int) -> Sequence[Message]:
    statement = (
        select(Message)
        .where(Message.direction == Direction.OUTBOUND, Message.state == OutboundState.PENDING)
        .where((col(Message.next_attempt_at).is_(None)) | (col(Message.next_attempt_at) <= now))
        .order_by(col(Message.id))
        .limit(limit)
    )
    return session.exec(statement).all()


def sent_to_since(session: Session, recipient: str, since: datetime) -> int:
    """Messages queued or sent to one address since a time: the per-supplier daily cap.

    Counted without flushing the session first: what the current transaction has added
    so far is audit rows, not mail (the caller counts before it queues any).
    """
    statement = select(func.count()).where(
        Message.direction == Direction.OUTBOUND,
        Message.recipients == recipient,
        Message.created_at >= since,
    )
    with session.no_autoflush:
        return int(session.exec(statement).one())


def events(session: Session, negotiation_id: int, kinds: Iterable[str]) -> Sequence[AuditEvent]:
    statement = (
        select(AuditEvent)
        .where(AuditEvent.negotiation_id == negotiation_id, col(AuditEvent.kind).in_(list(kinds)))
        .order_by(col(AuditEvent.id))
    )
    return session.exec(statement).all()


def record(
    session: Session,
    *,
    kind: str,
    now: datetime,
    negotiation_id: int | None = None,
    message_id: int | None = None,
    reason: str = "",
    explanation: str = "",
    payload: dict[str, Any] | None = None,
    actor: str | None = None,
) -> AuditEvent:
    event = AuditEvent(
        actor=actor,
        kind=kind,
        created_at=now,
        negotiation_id=negotiation_id,
        message_id=message_id,
        reason=reason,
        explanation=explanation,
        payload=payload or {},
    )
    session.add(event)
    return event


def open_escalation(
    session: Session,
    *,
    now: datetime,
    reason: str,
    explanation: str,
    negotiation_id: int | None,
    message_id: int | None,
) -> Escalation:
    escalation = Escalation(
        negotiation_id=negotiation_id,
        message_id=message_id,
        reason=reason,
        explanation=explanation,
        created_at=now,
    )
    session.add(escalation)
    return escalation


def cursor(session: Session, mailbox: str) -> MailboxCursor | None:
    return session.get(MailboxCursor, mailbox)


def messages_of(session: Session, negotiation_id: int) -> Sequence[Message]:
    statement = (
        select(Message).where(Message.negotiation_id == negotiation_id).order_by(col(Message.id))
    )
    return session.exec(statement).all()


def all_negotiations(session: Session) -> Sequence[Negotiation]:
    return session.exec(select(Negotiation).order_by(col(Negotiation.id))).all()


def silence_due(session: Session, now: datetime) -> Sequence[Negotiation]:
    """Open negotiations whose supplier has been silent long enough for a reminder or an
    escalation (an indexed range, not a scan of every waiting negotiation)."""
    statement = select(Negotiation).where(
        Negotiation.state == NegotiationState.OPEN,
        col(Negotiation.silence_due_at).is_not(None),
        col(Negotiation.silence_due_at) <= now,
    )
    return session.exec(statement).all()


def undelivered(session: Session) -> Sequence[Message]:
    """Outgoing mail that failed at least once: waiting for a retry, or given up on."""
    statement = (
        select(Message)
        .where(Message.direction == Direction.OUTBOUND, col(Message.last_error).is_not(None))
        .where(col(Message.state).in_([OutboundState.PENDING, OutboundState.FAILED]))
        .order_by(col(Message.id))
    )
    return session.exec(statement).all()


def drafts_of(session: Session, negotiation_id: int) -> Sequence[Message]:
    """Shadow-mode drafts waiting for the buyer's approval."""
    statement = select(Message).where(
        Message.negotiation_id == negotiation_id, Message.state == OutboundState.DRAFT
    )
    return session.exec(statement).all()
