"""Which negotiation an inbound email belongs to, and how far its sender can be trusted.

The facts gathered here feed the triage table (``mailbot.core.triage``), which decides;
nothing here acts on the message. One sender rule serves every inbound path, supplier
replies and buyer commands alike: the sender is the From field's addr-spec
(``mailbot.core.sender``), a display name showing another address is a forgery sign,
and required authentication counts only our server's pass aligned with the From domain
(``mailbot.core.authentication``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from mailbot.core.authentication import aligned_pass
from mailbot.core.bounces import BounceReport
from mailbot.core.reading import ParsedMessage, Reading
from mailbot.core.reply_token import ReplyTokens
from mailbot.core.sender import Sender
from mailbot.core.terms import Intent, Terms
from mailbot.core.triage import InboundFacts, MatchedBy
from mailbot.shell.config import BotConfig, TrustConfig
from mailbot.shell.decisions.dossier import Dossier
from mailbot.shell.inbound.domains import organisational_domain
from mailbot.shell.outbound.queue import BUYER_CHANNEL
from mailbot.shell.store import repository
from mailbot.shell.store.models import Message, Negotiation, NegotiationState

_BULK_PRECEDENCE = frozenset({"bulk", "list", "junk"})


@dataclass(frozen=True)
class Returned:
    """A bounce and the email of ours it returns, when the store knows that email."""

    report: BounceReport
    original: Message | None


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

    def returned(self, session: Session, report: BounceReport | None) -> Returned | None:
        if report is None:
            return None
        return Returned(report, repository.outbound_by_message_ids(session, report.original_ids))

    def match(
        self, session: Session, parsed: ParsedMessage, sender: Sender, returned: Returned | None
    ) -> tuple[Negotiation | None, MatchedBy | None]:
        """By signed token, then by our thread headers, then (a bounce) by the email it
        returns or the recipient it failed, then by a sender with one negotiation."""
        key = self._verified_key(parsed)
        negotiation = repository.negotiation_by_key(session, key) if key else None
        if negotiation is not None:
            return negotiation, MatchedBy.TOKEN
        thread = [i for i in (parsed.in_reply_to, *parsed.references) if i]
        negotiation = repository.negotiation_by_thread(session, thread)
        if negotiation is not None:
            return negotiation, MatchedBy.THREAD
        if returned is not None:
            negotiation = self._bounced_negotiation(session, returned)
            return (negotiation, MatchedBy.RETURNED) if negotiation else (None, None)
        if sender.address is None:
            return None, None
        candidates = repository.open_negotiations_of(session, sender.address)
        if len(candidates) == 1:
            return candidates[0], MatchedBy.SENDER
        return None, None

    def _bounced_negotiation(self, session: Session, returned: Returned) -> Negotiation | None:
        original = returned.original
        if original is not None:
            if original.negotiation_id is None or self._to_buyer(original):
                return None
            return session.get(Negotiation, original.negotiation_id)
        for address in returned.report.addresses:  # no returned headers: by the recipient
            candidates = repository.open_negotiations_of(session, address)
            if len(candidates) == 1:
                return candidates[0]
        return None

    def _to_buyer(self, original: Message) -> bool:
        return original.recipients.lower() == self.bot.buyer_mailbox.lower()

    def facts(
        self,
        parsed: ParsedMessage,
        sender: Sender,
        reading: Reading,
        dossier: Dossier | None,
        matched_by: MatchedBy | None,
        returned: Returned | None = None,
        superseded: bool = False,
    ) -> InboundFacts:
        address = sender.address or ""
        negotiation = dossier.negotiation if dossier else None
        report = returned.report if returned else None
        original = returned.original if returned else None
        return InboundFacts(
            from_bot=address == self.bot.address.lower(),
            mailing_list=is_mailing_list(parsed),
            intent=reading.intent,
            matched_by=matched_by,
            delivery_report=report is not None
            and report.failed
            and (report.structured or original is not None or bool(report.recipients)),
            delivery_pending=report is not None and not report.failed,
            returned_to_buyer=original is not None and self._to_buyer(original),
            bounced_to=_bounced_to(report, original),
            forged_from=sender.spoof_sign is not None,
            sender_trusted=dossier is not None and self._trusted(address, dossier.supplier.email),
            authenticated=self.authenticated(parsed, sender),
            negotiation_open=negotiation is not None and negotiation.state == NegotiationState.OPEN,
            disputes_agreement=negotiation is not None and disputes(negotiation, reading),
            answers_superseded_offer=superseded,
        )

    def buyer_doubt(self, parsed: ParsedMessage, sender: Sender) -> str | None:
        """Why a reply on the buyer's thread cannot count as the buyer's command (None: it
        can): the same sender rule, in the same order, as the triage of supplier mail."""
        if sender.spoof_sign is not None:
            return f"the From header looks forged: {sender.spoof_sign}"
        if sender.address is None or not self.bot.is_buyer(sender.address):
            return f"{sender.address or 'the sender'} is not an allowed buyer"
        if not self.authenticated(parsed, sender):
            return f"{sender.address} did not pass the required DMARC/DKIM/SPF checks"
        return None

    def authenticated(self, parsed: ParsedMessage, sender: Sender) -> bool:
        """True unless authentication is required and our server saw no pass aligned with
        the sender's own domain."""
        if not self.trust.require_authentication:
            return True
        if sender.address is None or not self.trust.authserv_id:
            return False
        return aligned_pass(
            parsed.headers.get("authentication-results", ()),
            authserv_id=self.trust.authserv_id,
            from_domain=sender.address.rpartition("@")[2],
            organisational_domain=organisational_domain,
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
        supplier_email = supplier_email.lower()
        if sender and sender == supplier_email:
            return True
        return (
            self.trust.match_domain
            and bool(sender)
            and sender.rpartition("@")[2] == supplier_email.rpartition("@")[2]
        )


def disputes(negotiation: Negotiation, reading: Reading) -> bool:
    """A reply to a confirmed deal that refuses it or states terms other than those agreed
    (a reply restating them, or a thank-you, disputes nothing)."""
    if negotiation.state != NegotiationState.AGREED or negotiation.agreed_terms is None:
        return False
    if reading.intent is Intent.REJECT:
        return True
    agreed = Terms.from_json(negotiation.agreed_terms)
    return reading.intent in (Intent.COUNTER, Intent.ACCEPT) and any(
        isinstance(value, int | float) and abs(value - (getattr(agreed, key) or 0.0)) > 0.05
        for key, value in reading.terms.stated().items()
        if key not in ("unit_price", "currency")
    )


def is_mailing_list(parsed: ParsedMessage) -> bool:
    precedence = {value.strip().lower() for value in parsed.headers.get("precedence", ())}
    return bool(parsed.headers.get("list-id")) or bool(precedence & _BULK_PRECEDENCE)


def _bounced_to(report: BounceReport | None, original: Message | None) -> str:
    if report is not None and report.recipients:
        return report.describe()
    return original.recipients if original is not None else "the supplier"
