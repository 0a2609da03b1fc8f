"""Mail in: commit each fetched message (raw bytes) and the inbox cursor in one transaction.

Nothing acts on a message before it is committed here, and the cursor moves in the same
transaction, so a crash either keeps both or neither: no message is lost or taken twice.
Duplicates (the same Message-ID again, e.g. after a UIDVALIDITY change) are recorded as such.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.parser import BytesHeaderParser
from email.policy import compat32

from sqlalchemy.engine import Engine
from sqlmodel import Session

from mailbot.shell.store import repository
from mailbot.shell.store.database import transaction
from mailbot.shell.store.models import Direction, InboundState, MailboxCursor, Message

_HEADERS = BytesHeaderParser(policy=compat32)


@dataclass(frozen=True, slots=True)
class Fetched:
    uid: int
    raw: bytes


def message_id_of(raw: bytes) -> str:
    """The Message-ID header, or a stable one derived from the bytes when it is missing."""
    try:
        value = _HEADERS.parsebytes(raw[:65536]).get("Message-ID")
    except Exception:  # header parsing of hostile input must not stop ingestion
        value = None
    text = str(value).strip() if value is not None else ""
    if text and len(text) < 500 and "\n" not in text:
        return text
    return f"<sha256-{hashlib.sha256(raw).hexdigest()[:32]}@mailbot.invalid>"


def cursor_position(engine: Engine, mailbox: str, uidvalidity: int) -> int:
    """The last UID handled in this mailbox; 0 when new or when UIDVALIDITY changed (resync)."""
    with transaction(engine) as session:
        current = repository.cursor(session, mailbox)
        if current is None or current.uidvalidity != uidvalidity:
            return 0
        return current.last_uid


def ingest(
    engine: Engine,
    batch: Sequence[Fetched],
    *,
    mailbox: str,
    uidvalidity: int,
    now: datetime,
) -> list[int]:
    """Store a fetched batch and advance the cursor; return the ids of messages to act on."""
    new_ids: list[int] = []
    with transaction(engine) as session:
        for fetched in batch:
            message = _row(fetched, mailbox, uidvalidity, now)
            if repository.inbound_exists(session, message.message_id):
                message.state = InboundState.DUPLICATE
                message.message_id = f"{message.message_id}#dup-{uidvalidity}-{fetched.uid}"
            session.add(message)
            session.flush()
            if message.state == InboundState.RECEIVED and message.id is not None:
                new_ids.append(message.id)
        if batch:
            _advance(session, mailbox, uidvalidity, max(f.uid for f in batch), now)
    return new_ids


def _row(fetched: Fetched, mailbox: str, uidvalidity: int, now: datetime) -> Message:
    return Message(
        direction=Direction.INBOUND,
        message_id=message_id_of(fetched.raw),
        raw=fetched.raw,
        state=InboundState.RECEIVED,
        created_at=now,
        mailbox=mailbox,
        uidvalidity=uidvalidity,
        uid=fetched.uid,
    )


def _advance(session: Session, mailbox: str, uidvalidity: int, uid: int, now: datetime) -> None:
    current = repository.cursor(session, mailbox)
    if current is None or current.uidvalidity != uidvalidity:
        fresh = MailboxCursor(
            mailbox=mailbox, uidvalidity=uidvalidity, last_uid=uid, updated_at=now
        )
        session.merge(fresh)
    elif uid > current.last_uid:
        current.last_uid = uid
        current.updated_at = now
        session.add(current)
