"""Which negotiation an inbound email belongs to, and how far its sender can be trusted.

The facts gathered here feed the triage table (``mailbot.core.triage``), which decides;
nothing here acts on the message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlmodel import Session

from mailbot.core.reading import ParsedMessage, Reading
from mailbot.core.reply_token import ReplyTokens
from mailbot.core.triage import InboundFacts, MatchedBy
from mailbot.shell.config import BotConfig, TrustConfig
from mailbot.shell.decisions.dossier import Dossier
from mailbot.shell.outbound.queue import BUYER_CHANNEL
from mailbot.shell.store import repository
from mailbot.shell.store.models import Negotiation, NegotiationState

_BULK_PRECEDENCE = frozenset({"bulk", "list", "junk"})


@dataclass(frozen=True)
class Router:
    tokens: ReplyTokens
    bot: BotConfig
    trust: TrustConfig

    def buyer_thread(self, session: Session, parsed: ParsedMessage) -> Negotiation | None:
        """The negotiation whose buyer-channel token this message carries, if any."""
        key = self._verified_key(parsed)
        if key is None or not key.endswith(BUYER_CHANNEL):
            return None
        return repository.negotiation_by_key(session, key.removesuffix(BUYER_CHANNEL))

    def match(
        self, session: Session, parsed: ParsedMessage
    ) -> tuple[Negotiation | None, MatchedBy | None]:
        """By signed token, then by our thread headers, then by a sender with one negotiation."""
        key = self._verified_key(parsed)
        negotiation = repository.negotiation_by_key(session, key) if key else None
        if negotiation is not None:
            return negotiation, MatchedBy.TOKEN
        thread = [i for i in (parsed.in_reply_to, *parsed.references) if i]
        negotiation = repository.negotiation_by_thread(session, thread)
        if negotiation is not None:
            return negotiation, MatchedBy.THREAD
        candidates = repository.open_negotiations_of(session, parsed.from_addr or "")
        if len(candidates) == 1:
            return candidates[0], MatchedBy.SENDER
        return None, None

    def facts(
        self,
        parsed: ParsedMessage,
        reading: Reading,
        dossier: Dossier | None,
        matched_by: MatchedBy | None,
    ) -> InboundFacts:
        sender = (parsed.from_addr or "").lower()
        negotiation = dossier.negotiation if dossier else None
        return InboundFacts(
            from_bot=sender == self.bot.address.lower(),
            mailing_list=is_mailing_list(parsed),
            intent=reading.intent,
            matched_by=matched_by,
            sender_trusted=dossier is not None and self._trusted(sender, dossier.supplier.email),
            authenticated=not self.trust.require_authentication
            or authenticated(parsed, self.trust.authserv_id),
            negotiation_open=negotiation is not None and negotiation.state == NegotiationState.OPEN,
        )

    def _verified_key(self, parsed: ParsedMessage) -> str | None:
        addresses = [
            *parsed.to_addrs,
            *parsed.headers.get("delivered-to", ()),
            *parsed.headers.get("cc", ()),
        ]
        token = self.tokens.find_token(addresses)
        return self.tokens.verify(token) if token else None

    def _trusted(self, sender: str, supplier_email: str) -> bool:
        if sender == supplier_email:
            return True
        return (
            self.trust.match_domain
            and sender.rpartition("@")[2] == supplier_email.rpartition("@")[2]
        )


def is_mailing_list(parsed: ParsedMessage) -> bool:
    precedence = {value.strip().lower() for value in parsed.headers.get("precedence", ())}
    return bool(parsed.headers.get("list-id")) or bool(precedence & _BULK_PRECEDENCE)


def authenticated(parsed: ParsedMessage, authserv_id: str | None) -> bool:
    """An Authentication-Results header shows a DMARC, DKIM or SPF pass.

    A sender can write that header too; with ``authserv_id`` set, only headers added by
    our own receiving server (RFC 8601: its id comes first) count.
    """
    for header in parsed.headers.get("authentication-results", ()):
        server, _, results = header.partition(";")
        if authserv_id and server.strip().lower() != authserv_id.lower():
            continue
        if re.search(r"\b(dmarc|dkim|spf)=pass\b", results.lower()):
            return True
    return False
