"""Decisions out: render a template, compose the email and queue it in the caller's transaction.

Queued rows carry their final bytes and Message-ID, so the outbox can send (and, after a
crash, re-send) them without re-rendering; what was committed is exactly what goes out.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session

from mailbot.core.reply_token import ReplyTokens
from mailbot.shell.config import BotConfig
from mailbot.shell.outbound.compose import address, compose, new_message_id
from mailbot.shell.store.models import Direction, Message, Negotiation, OutboundState, Supplier
from mailbot.shell.templates import TemplateStore

BUYER_CHANNEL = "buyer"  # appended to a negotiation key for the buyer's reply token


@dataclass(frozen=True)
class Outgoing:
    """Everything needed to turn a decision into queued mail."""

    templates: TemplateStore
    tokens: ReplyTokens
    bot: BotConfig

    def reply_to(self, negotiation: Negotiation) -> str:
        return self.tokens.plus_address(self.bot.address, self.tokens.issue(negotiation.key))

    def buyer_reply_to(self, negotiation: Negotiation) -> str:
        """A token of its own for mail to the buyer, so a command can only come back through
        the buyer's copy, never through the supplier's thread."""
        key = negotiation.key + BUYER_CHANNEL
        return self.tokens.plus_address(self.bot.address, self.tokens.issue(key))

    def to_supplier(
        self,
        session: Session,
        negotiation: Negotiation,
        supplier: Supplier,
        template: str,
        context: Mapping[str, Any],
        now: datetime,
        language: str,
        template_set: str,
    ) -> Message:
        """Queue mail to the supplier, threaded under the negotiation's earlier messages."""
        rendered = self.templates.render(
            template, context, language=language, template_set=template_set
        )
        message_id = self._new_id(negotiation.key)
        references = [i for i in (negotiation.thread_root_id, negotiation.last_inbound_id) if i]
        raw = compose(
            rendered,
            sender=address(self.bot.name, self.bot.address),
            to=address(supplier.name, supplier.email),
            reply_to=self.reply_to(negotiation),
            message_id=message_id,
            in_reply_to=negotiation.last_inbound_id or negotiation.last_outbound_id,
            references=references
            or ([negotiation.last_outbound_id] if negotiation.last_outbound_id else []),
            date=now,
        )
        if negotiation.thread_root_id is None:
            negotiation.thread_root_id = message_id
            negotiation.subject = rendered.subject
        negotiation.last_outbound_id = message_id
        return self._queue(
            session, raw, message_id, supplier.email, template, rendered.subject, negotiation, now
        )

    def to_buyer(
        self,
        session: Session,
        negotiation: Negotiation | None,
        template: str,
        context: Mapping[str, Any],
        now: datetime,
        attachments: Sequence[bytes] = (),
        template_set: str = "default",
    ) -> Message:
        """Queue mail to the buyer's mailbox (escalations, summaries, forwards), in English."""
        rendered = self.templates.render(template, context, template_set=template_set)
        message_id = self._new_id(negotiation.key if negotiation else "buyer")
        reply_to = self.buyer_reply_to(negotiation) if negotiation else None
        raw = compose(
            rendered,
            sender=address(self.bot.name, self.bot.address),
            to=address("", self.bot.buyer_mailbox),
            reply_to=reply_to,
            message_id=message_id,
            in_reply_to=None,
            references=[],
            date=now,
            attachments=attachments,
        )
        return self._queue(
            session,
            raw,
            message_id,
            self.bot.buyer_mailbox,
            template,
            rendered.subject,
            negotiation,
            now,
        )

    def _new_id(self, key: str) -> str:
        return new_message_id(self.bot.domain, f"{key}.{uuid.uuid4().hex}")

    def _queue(
        self,
        session: Session,
        raw: bytes,
        message_id: str,
        recipient: str,
        kind: str,
        subject: str,
        negotiation: Negotiation | None,
        now: datetime,
    ) -> Message:
        message = Message(
            direction=Direction.OUTBOUND,
            negotiation_id=negotiation.id if negotiation else None,
            message_id=message_id,
            kind=kind,
            sender=self.bot.address,
            recipients=recipient,
            subject=subject,
            raw=raw,
            state=OutboundState.PENDING,
            created_at=now,
        )
        session.add(message)
        return message
