"""Simulated suppliers for the demo: each reads the bot's emails from its own IMAP mailbox and
answers by SMTP, like a person with a mail client.

A supplier reads the bot's offer from the reply form in the email (the same form the bot's
reader parses back), lets a persona from ``mailbot.simulate`` choose its move, and writes
that move in plain English above the quoted offer. The bot sees nothing but real email.
A supplier that ``ranges`` first gives its price as a range; asked which value it means,
it answers with the one its persona chose.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from email import message_from_bytes, policy

from mailbot.core.engine import Action, Decision
from mailbot.core.policy import Policy
from mailbot.core.reading import ReplyForm
from mailbot.core.terms import Terms
from mailbot.demo.supplier_mail import move_text, ranged_text, reply_to
from mailbot.shell.mail.errors import MailError
from mailbot.shell.mail.imap_inbox import ImapInbox, ImapSettings
from mailbot.shell.mail.smtp_outbox import SmtpOutbox, SmtpSettings
from mailbot.shell.outbound.compose import plain_text
from mailbot.simulate.messages import BuyerMessage
from mailbot.simulate.personas import PERSONAS
from mailbot.simulate.runner import PersonaSupplier

log = logging.getLogger(__name__)

OUT_OF_OFFICE = "out-of-office"


@dataclass
class SimulatedSupplier:
    name: str
    email: str
    persona: str  # a name in mailbot.simulate.personas.PERSONAS, or "out-of-office"
    policy: Policy
    form: ReplyForm
    imap: ImapSettings
    smtp: SmtpSettings
    clock: Callable[[], datetime]
    ranges: bool = False
    answered: int = field(default=0, init=False)
    _meant: float | None = field(default=None, init=False)  # the value behind our range
    _last_uid: int = field(default=0, init=False)
    _offers: list[Terms] = field(default_factory=list, init=False)

    def __post_init__(self) -> None:
        self._agent = (
            PersonaSupplier(PERSONAS[self.persona], self.policy)
            if self.persona in PERSONAS
            else None
        )

    async def run(self, stop: asyncio.Event, poll_s: float = 0.2) -> None:
        """Answer every new email from the bot until ``stop`` is set."""
        async with SmtpOutbox(self.smtp) as outbox:
            while not stop.is_set():
                try:
                    async with ImapInbox(self.imap) as inbox:
                        await self._read_new(inbox, outbox)
                except MailError as error:
                    log.warning("supplier %s: mail error %s", self.email, error)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), poll_s)

    async def _read_new(self, inbox: ImapInbox, outbox: SmtpOutbox) -> None:
        await inbox.select()
        async for batch in inbox.fetch_after(self._last_uid):
            for fetched in batch:
                self._last_uid = max(self._last_uid, fetched.uid)
                reply = self.answer(fetched.raw)
                if reply is not None:
                    await outbox.send(reply, sender=self.email, recipients=[_reply_address(reply)])
                    self.answered += 1

    def answer(self, raw: bytes) -> bytes | None:
        """The reply this supplier sends to one email of the bot, or None for silence."""
        if self.persona == OUT_OF_OFFICE:
            return reply_to(
                raw,
                "I am out of the office until the end of the month with no access to email.",
                sender=self.email,
                sender_name=self.name,
                now=self.clock(),
                headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
            )
        if self._meant is not None:  # the bot asks which value within our range we meant
            meant, self._meant = self._meant, None
            return self._reply(raw, f"{abs(meant):g}% is what we can do.")
        offer = self._offer_in(raw)
        if offer is None or self._agent is None:
            return None  # a confirmation or a goodbye: nothing to answer
        action = Action.REMIND if self._offers and offer == self._offers[-1] else Action.OFFER
        self._offers.append(offer)
        move = self._agent.reply(BuyerMessage(len(self._offers), Decision(action, "", "", offer)))
        if move is None:
            return None
        ranged = ranged_text(move) if self.ranges else None
        if ranged is not None:
            self.ranges, self._meant = False, move.terms.price_change_pct
            return self._reply(raw, ranged)
        return self._reply(raw, move_text(move))

    def _reply(self, raw: bytes, text: str) -> bytes:
        return reply_to(raw, text, sender=self.email, sender_name=self.name, now=self.clock())

    def _offer_in(self, raw: bytes) -> Terms | None:
        filled = self.form.find(plain_text(raw))
        return filled.terms if filled is not None else None


def _reply_address(raw: bytes) -> str:
    message = message_from_bytes(raw, policy=policy.default)
    return str(message["To"].addresses[0].addr_spec)
