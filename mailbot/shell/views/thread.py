"""One negotiation's thread as ``mailbot show`` and the console's Thread page show it: every
email in and out, what the reader made of each reply (with its evidence), each decision
with its reason, and where each outgoing email stands in the outbox.

The supplier's new text is what the reader kept (``read_reply``), so quoted history is
folded away the same way the bot ignored it; our own emails are shown whole, since the
lines they quote with ">" (the supplier's reply in an escalation) are the point of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.parser import BytesHeaderParser
from typing import Any

from sqlmodel import Session, col, select

from mailbot.core.reading import read_reply
from mailbot.core.terms import Terms
from mailbot.shell.outbound.compose import plain_text
from mailbot.shell.store import repository
from mailbot.shell.store.models import (
    AuditEvent,
    Direction,
    Message,
    Negotiation,
    OutboundState,
)
from mailbot.shell.views.labels import Labelled, outbox_label, reason_label
from mailbot.shell.views.negotiations import Savings, savings_of

# What the audit trail lists (exchanges are the engine's bookkeeping, faults the loop's).
AUDIT_KINDS = ("reading", "decision", "note", "forward", "quarantine", "buyer_command")


@dataclass(frozen=True, slots=True)
class Evidence:
    field: str
    value: object
    text: str


@dataclass(frozen=True, slots=True)
class ReadingView:
    intent: str
    price_increase: bool
    terms: Terms
    confidence: float
    evidence: tuple[Evidence, ...]
    defects: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OutboxView:
    """``state`` is queued, sent, deferred (a retry is due), failed, draft or discarded."""

    state: str
    attempts: int
    last_error: str | None
    sent_at: datetime | None
    next_attempt_at: datetime | None

    @property
    def label(self) -> str:
        return outbox_label(self.state)


@dataclass(frozen=True, slots=True)
class AuditEntry:
    at: datetime
    kind: str
    reason: str
    explanation: str
    actor: str | None
    message_id: int | None
    payload: dict[str, Any]

    @property
    def reason_label(self) -> str:
        return reason_label(self.reason)


@dataclass(frozen=True, slots=True)
class MessageView:
    id: int
    direction: str  # "in" or "out"
    kind: str
    sender: str
    recipients: str
    subject: str
    at: datetime
    text: str  # inbound: the sender's new text; outbound: the whole text we sent
    full_text: str | None  # inbound: the whole text as received, to unfold
    outbox: OutboxView | None  # outbound only
    reading: ReadingView | None  # inbound replies the reader read
    decisions: tuple[AuditEntry, ...]  # what the bot (or a person) decided on this email

    @property
    def outbound(self) -> bool:
        return self.direction == Direction.OUTBOUND


@dataclass(frozen=True, slots=True)
class ThreadView(Labelled):
    id: int
    supplier: str
    supplier_email: str
    item: str
    state: str
    reason: str | None
    policy_name: str
    policy_hash: str
    round: int
    language: str
    created_at: datetime
    agreed: Terms | None
    savings: Savings | None
    messages: tuple[MessageView, ...]
    audit: tuple[AuditEntry, ...]


def load_thread(session: Session, negotiation_id: int) -> ThreadView | None:
    n = session.get(Negotiation, negotiation_id)
    if n is None:
        return None
    supplier = repository.supplier_of(session, n)
    audit = tuple(_entry(e) for e in repository.events(session, negotiation_id, AUDIT_KINDS))
    readings = {e.message_id: e for e in audit if e.kind == "reading" and e.message_id}
    messages = tuple(
        _message(m, readings.get(m.id or 0), audit)
        for m in repository.messages_of(session, negotiation_id)
    )
    return ThreadView(
        id=negotiation_id,
        supplier=supplier.name,
        supplier_email=supplier.email,
        item=n.item,
        state=n.state,
        reason=n.state_reason,
        policy_name=n.policy_name,
        policy_hash=n.policy_hash,
        round=n.round,
        language=n.language,
        created_at=n.created_at,
        agreed=Terms.from_json(n.agreed_terms) if n.agreed_terms else None,
        savings=savings_of(n),
        messages=messages,
        audit=audit,
    )


def latest_supplier_text(session: Session, negotiation_id: int) -> str:
    """The supplier's new words in their latest email ("" when they never wrote)."""
    statement = (
        select(Message)
        .where(Message.negotiation_id == negotiation_id, Message.direction == Direction.INBOUND)
        .where(Message.kind != "buyer_command")
        .order_by(col(Message.id).desc())
    )
    latest = session.exec(statement).first()
    return read_reply(latest.raw).new_text if latest is not None else ""


def outbox_state(message: Message) -> OutboxView:
    state = {
        OutboundState.SENT: "sent",
        OutboundState.FAILED: "failed",
        OutboundState.DRAFT: "draft",
        OutboundState.DISCARDED: "discarded",
    }.get(OutboundState(message.state), "deferred" if message.last_error else "queued")
    return OutboxView(
        state, message.attempts, message.last_error, message.sent_at, message.next_attempt_at
    )


def _message(m: Message, reading: AuditEntry | None, audit: Sequence[AuditEntry]) -> MessageView:
    assert m.id is not None
    outbound = m.direction == Direction.OUTBOUND
    full = plain_text(m.raw) or ""
    return MessageView(
        id=m.id,
        direction=m.direction,
        kind=m.kind or "email",
        sender=m.sender,
        recipients=m.recipients,
        subject=m.subject or _header_subject(m.raw),
        at=m.created_at,
        text=full if outbound else read_reply(m.raw).new_text,
        full_text=None if outbound else full,
        outbox=outbox_state(m) if outbound else None,
        reading=_reading(reading.payload) if reading else None,
        decisions=tuple(e for e in audit if e.message_id == m.id and e.kind != "reading"),
    )


def _header_subject(raw: bytes) -> str:
    """The subject of mail not read yet, from its headers."""
    headers = BytesHeaderParser(policy=policy.default).parsebytes(raw[:65536])
    return str(headers.get("Subject", ""))


def _reading(payload: dict[str, Any]) -> ReadingView:
    raw_terms = payload.get("terms")
    evidence = payload.get("evidence")
    return ReadingView(
        intent=str(payload.get("intent", "")),
        price_increase=bool(payload.get("price_increase")),
        terms=Terms.from_json(raw_terms if isinstance(raw_terms, dict) else None),
        confidence=float(payload.get("confidence") or 0.0),
        evidence=tuple(
            Evidence(str(e.get("field", "")), e.get("value"), str(e.get("text", "")))
            for e in (evidence if isinstance(evidence, list) else [])
            if isinstance(e, dict)
        ),
        defects=tuple(str(d) for d in payload.get("defects") or ()),
    )


def _entry(e: AuditEvent) -> AuditEntry:
    return AuditEntry(
        at=e.created_at,
        kind=e.kind,
        reason=e.reason,
        explanation=e.explanation,
        actor=e.actor,
        message_id=e.message_id,
        payload=dict(e.payload or {}),
    )


def highlighted(text: str, snippets: Sequence[str]) -> list[tuple[str, bool]]:
    """``text`` cut into (part, is_evidence) pieces, marking where each snippet occurs, so
    a face can highlight the words a value was read from."""
    marks = [False] * len(text)
    lowered = text.lower()
    # A reply form's evidence is its lines joined by " | "; each line is found on its own.
    parts = {part.strip() for s in snippets for part in s.split(" | ")}
    for snippet in sorted(part for part in parts if part):
        start = lowered.find(snippet.lower())
        while start >= 0:
            for index in range(start, start + len(snippet)):
                marks[index] = True
            start = lowered.find(snippet.lower(), start + len(snippet))
    pieces: list[tuple[str, bool]] = []
    for char, mark in zip(text, marks, strict=True):
        if pieces and pieces[-1][1] == mark:
            pieces[-1] = (pieces[-1][0] + char, mark)
        else:
            pieces.append((char, mark))
    return pieces
