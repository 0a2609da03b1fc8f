"""The database schema: every message, reading, decision and escalation, kept for audit.

Raw message bytes are stored as they arrived or were sent, so any decision can be
re-read from its evidence. Timestamps are timezone-aware UTC (SQLModel rejects naive ones).
Change this file only together with a new Alembic revision (mailbot/shell/store/migrations).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel


class NegotiationState(StrEnum):
    OPEN = "open"  # the bot is waiting for the supplier, or about to answer
    WAITING_BUYER = "waiting_buyer"  # escalated: nothing is sent until a human decides
    AGREED = "agreed"
    ENDED = "ended"


class Direction(StrEnum):
    INBOUND = "in"
    OUTBOUND = "out"


class InboundState(StrEnum):
    RECEIVED = "received"  # committed, not yet acted on
    PROCESSED = "processed"
    QUARANTINED = "quarantined"
    DUPLICATE = "duplicate"


class OutboundState(StrEnum):
    DRAFT = "draft"  # shadow mode: waits for the buyer's approval
    DISCARDED = "discarded"  # a draft the buyer declined or replaced
    PENDING = "pending"  # committed with its decision; to be sent
    SENT = "sent"
    FAILED = "failed"  # permanently refused by the SMTP server


class Supplier(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    email: str = Field(index=True, unique=True)
    language: str = "en"


class Negotiation(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("start_key"),)

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(index=True, unique=True)  # random; signed into the reply token
    start_key: str  # policy name + supplier + item: makes `mailbot start` idempotent
    supplier_id: int = Field(foreign_key="supplier.id", index=True)
    item: str
    baseline_unit_price: float | None = None
    currency: str | None = None
    annual_volume: int | None = None
    language: str = "en"
    policy_name: str
    policy_hash: str
    policy_text: str  # the policy exactly as used, so later decisions follow the same rules
    state: str = Field(default=NegotiationState.OPEN, index=True)
    state_reason: str | None = None
    round: int = 0
    reminders_sent: int = 0
    subject: str = ""
    thread_root_id: str | None = None  # Message-ID of the opening offer
    last_outbound_id: str | None = None  # Message-ID of our latest email to the supplier
    last_inbound_id: str | None = None  # Message-ID of the supplier's latest email
    created_at: datetime
    updated_at: datetime
    waiting_since: datetime | None = None  # when the bot last sent an offer and began waiting
    # When the silence rule (remind, then escalate) next has something to do.
    silence_due_at: datetime | None = Field(default=None, index=True)
    agreed_terms: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))


class Message(SQLModel, table=True):
    """One email in or out. Inbound rows are committed before anything acts on them."""

    __table_args__ = (UniqueConstraint("direction", "message_id"),)

    id: int | None = Field(default=None, primary_key=True)
    direction: str = Field(index=True)
    negotiation_id: int | None = Field(default=None, foreign_key="negotiation.id", index=True)
    message_id: str = Field(index=True)
    kind: str = ""  # outbound: template name; inbound: intent once read
    sender: str = ""
    recipients: str = Field(default="", index=True)  # envelope recipients, comma-separated
    subject: str = ""
    raw: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    state: str = Field(index=True)
    created_at: datetime
    # inbound
    mailbox: str | None = None
    # IMAP's UIDVALIDITY and UIDs are unsigned 32-bit: past a signed integer column's range.
    uidvalidity: int | None = Field(default=None, sa_type=BigInteger)
    uid: int | None = Field(default=None, sa_type=BigInteger)
    # outbound
    sent_at: datetime | None = None
    attempts: int = 0
    last_error: str | None = None
    next_attempt_at: datetime | None = None


class AuditEvent(SQLModel, table=True):
    """A reading, a decision, an escalation or a note, with its reason: the audit log."""

    id: int | None = Field(default=None, primary_key=True)
    negotiation_id: int | None = Field(default=None, foreign_key="negotiation.id", index=True)
    message_id: int | None = Field(default=None, foreign_key="message.id")
    kind: str  # reading | decision | escalation | quarantine | note
    reason: str = ""
    explanation: str = ""
    payload: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
    created_at: datetime
    # Who acted, when a person did: a buyer's address, a console user, ``mailbot resolve``.
    actor: str | None = Field(default=None, index=True)


class Escalation(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    negotiation_id: int | None = Field(default=None, foreign_key="negotiation.id", index=True)
    message_id: int | None = Field(default=None, foreign_key="message.id")
    reason: str
    explanation: str
    status: str = "open"  # open | resolved
    created_at: datetime


class MailboxCursor(SQLModel, table=True):
    """How far the inbox has been read: UIDs are only meaningful within one UIDVALIDITY."""

    mailbox: str = Field(primary_key=True)
    uidvalidity: int = Field(sa_type=BigInteger)
    last_uid: int = Field(default=0, sa_type=BigInteger)
    updated_at: datetime


class Lease(SQLModel, table=True):
    """A named lock with an expiry, so several bot processes never do the same job at once."""

    name: str = Field(primary_key=True)
    holder: str
    expires_at: datetime


class Role(StrEnum):
    BUYER = "buyer"  # acts on escalations and drafts
    ADMIN = "admin"  # also edits templates and policies, sees the loop's health


class ConsoleUser(SQLModel, table=True):
    """A person who may sign in to the web console; the password only as an Argon2 hash."""

    __tablename__ = "console_user"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True)
    role: str
    password_hash: str
    created_at: datetime
    last_login_at: datetime | None = None


class LoopBeat(SQLModel, table=True):
    """The loop's latest sign of life per job (poll, flush, silence, idle), for the console."""

    __tablename__ = "loop_beat"

    name: str = Field(primary_key=True)
    holder: str
    at: datetime
    detail: str = ""
