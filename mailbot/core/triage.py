"""What to do with an inbound email before any negotiating: the decision order as a table.

Safety rules come first: never answer our own mail, a mailing list, an auto-reply or a
bounce; never act on mail that cannot be tied to a negotiation, or whose sender or thread
cannot be trusted. Only what passes every row reaches the concession engine.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from mailbot.core.terms import Intent


class Disposition(StrEnum):
    IGNORE = "ignore"  # recorded, never answered
    FORWARD_TO_BUYER = "forward_to_buyer"  # not part of a negotiation the bot may act in
    ESCALATE = "escalate"  # belongs to a negotiation, but a human must look
    WAIT = "wait"  # recorded against the negotiation, nothing sent
    DIGEST = "digest"  # recorded; the buyer hears once per negotiation, never one by one
    DECIDE = "decide"  # hand to the concession engine


class MatchedBy(StrEnum):
    TOKEN = "token"  # the signed reply token in a plus-address
    THREAD = "thread"  # In-Reply-To / References name a message we sent
    SENDER = "sender"  # only the sender's address, with exactly one open negotiation
    RETURNED = "returned"  # a bounce returning our email (its Message-ID or its recipient)


@dataclass(frozen=True, slots=True)
class InboundFacts:
    from_bot: bool
    mailing_list: bool
    intent: Intent
    matched_by: MatchedBy | None
    # A delivery report (RFC 3464) or a non-delivery notice that names an email we sent.
    delivery_report: bool
    delivery_pending: bool  # a delivery report saying "delayed" (still trying) or "delivered"
    returned_to_buyer: bool  # the email it returns went to the buyer's own mailbox
    # A display name showing another address than the sender's, or several senders.
    forged_from: bool
    sender_trusted: bool  # the From addr-spec is the negotiation's supplier (address or domain)
    authenticated: bool  # our server's DMARC/DKIM/SPF pass, aligned, where the config requires it
    negotiation_open: bool
    # The deal was agreed and confirmed, and this reply from its supplier states other
    # terms or refuses them: the confirmation asked it to say so if anything was wrong.
    disputes_agreement: bool = False
    # It answers an email of ours sent before a later offer: it speaks to replaced terms
    # (worked out for acceptances, the only intent whose meaning that changes).
    answers_superseded_offer: bool = False
    bounced_to: str = "the supplier"  # who did not get our email, for the explanation

    def wording(self) -> dict[str, str]:
        """The facts an explanation may name."""
        return {"bounced_to": self.bounced_to}


@dataclass(frozen=True, slots=True)
class Triage:
    disposition: Disposition
    reason: str
    explanation: str


Rule = tuple[Callable[[InboundFacts], bool], Disposition, str, str]

RULES: tuple[Rule, ...] = (
    (
        lambda f: f.from_bot,
        Disposition.IGNORE,
        "own_message",
        "our own message came back; never answered, to avoid loops",
    ),
    (
        lambda f: f.mailing_list,
        Disposition.IGNORE,
        "mailing_list",
        "mailing-list or bulk mail; never answered",
    ),
    (
        lambda f: f.returned_to_buyer,
        Disposition.IGNORE,
        "buyer_mail_bounced",
        "our email to the buyer's mailbox bounced; recorded, never forwarded there (a loop)",
    ),
    (
        lambda f: f.delivery_pending,
        Disposition.IGNORE,
        "delivery_delayed",
        "a mail server reports our email delayed or delivered; nothing has failed yet",
    ),
    (  # from any address, matched or not, open or closed: never forwarded one by one
        lambda f: f.intent is Intent.AUTO_REPLY and not f.delivery_report,
        Disposition.DIGEST,
        "auto_reply",
        "automatic reply (out of office, ticket system or similar); recorded, never "
        "answered; still waiting for the supplier",
    ),
    (
        lambda f: f.matched_by is None,
        Disposition.FORWARD_TO_BUYER,
        "unmatched",
        "could not be tied to any negotiation; forwarded to the buyer",
    ),
    (
        lambda f: f.intent is Intent.BOUNCE or f.delivery_report,
        Disposition.ESCALATE,
        "bounce",
        "our email could not be delivered to {bounced_to}",
    ),
    (
        lambda f: f.forged_from,
        Disposition.ESCALATE,
        "suspicious_sender",
        "the From header looks forged: its display name shows an address other than the "
        "sender's, or it names several senders",
    ),
    (
        lambda f: not f.sender_trusted,
        Disposition.ESCALATE,
        "suspicious_sender",
        "the sender is not the supplier of this negotiation",
    ),
    (
        lambda f: f.matched_by is MatchedBy.SENDER,
        Disposition.ESCALATE,
        "unverified_thread",
        "the reply carries neither our reply token nor our thread headers",
    ),
    (
        lambda f: not f.authenticated,
        Disposition.ESCALATE,
        "unauthenticated",
        "our server saw no DMARC/DKIM/SPF pass for the supplier's own domain",
    ),
    (
        lambda f: f.disputes_agreement,
        Disposition.ESCALATE,
        "acceptance_disputed",
        "the supplier disputes the terms we confirmed; the deal is reopened for a human",
    ),
    (
        lambda f: not f.negotiation_open,
        Disposition.FORWARD_TO_BUYER,
        "negotiation_not_open",
        "the negotiation is closed or waiting for the buyer; forwarded to the buyer",
    ),
    (  # which offer would it accept: the one it answers, or the one we made since?
        lambda f: f.answers_superseded_offer and f.intent is Intent.ACCEPT,
        Disposition.ESCALATE,
        "accepts_superseded_offer",
        "the supplier accepts an earlier offer of ours, answering an email we have since "
        "followed with another offer; a human should say which terms hold",
    ),
)


def triage(facts: InboundFacts) -> Triage:
    """The first matching row decides; a message that passes every row goes to the engine."""
    for applies, disposition, reason, explanation in RULES:
        if applies(facts):
            return Triage(disposition, reason, explanation.format_map(facts.wording()))
    return Triage(Disposition.DECIDE, "decide", "a reply from the supplier in this negotiation")
