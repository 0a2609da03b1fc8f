"""Decide the intent of a reply: one ordered table of (signal, intent, confidence, reason).

The first row whose predicate holds wins. The order is the policy: mail-system and
automatic messages first (whatever their text says); then what only a human may handle
(a bank-detail change, a note not meant for us, another item, a pending sign-off); then
the filled-in form; then everything that is not a firm answer (alternatives, ranges,
conditions outside the negotiated terms, hedged numbers) before any terms are trusted;
then a pick of one of the lettered packages the bot offered; and an acceptance only when
nothing else speaks against it. A reading that cannot be settled is ``other``: a missed
acceptance costs a round trip, a false one costs a deal nobody agreed to.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from mailbot.core.reading.reasons import Reason
from mailbot.core.terms import Intent


class Signals(Protocol):
    """What the reader observed in one message; every field is a plain fact (observed
    lazily by ``observation.Observation``)."""

    @property
    def bounce(self) -> bool: ...
    @property
    def automatic(self) -> bool: ...  # RFC 3834 headers, read receipts, auto-reply subjects
    @property
    def bulk(self) -> bool: ...  # newsletters and list mail: not a reply to the offer
    @property
    def notice_text(self) -> bool: ...  # worded as an automatic notice (absence, closure, ticket)
    @property
    def weakly_automatic(self) -> bool: ...  # a ticket subject or a no-reply sender
    @property
    def bank_change(self) -> bool: ...  # asks to pay into another account
    @property
    def code(self) -> bool: ...  # template or script syntax: someone probing the bot
    @property
    def internal_note(self) -> bool: ...  # meant for a colleague ("don't reply to them yet")
    @property
    def different_item(self) -> bool: ...  # answers for another article than the one negotiated
    @property
    def pending(self) -> bool: ...  # waits for someone's sign-off
    @property
    def partial(self) -> bool: ...  # accepts one part and deals with another part elsewhere
    @property
    def form_found(self) -> bool: ...
    @property
    def form_unchanged(self) -> bool: ...
    @property
    def form_conflicts(self) -> bool: ...  # the form says one thing, the free text another
    @property
    def empty(self) -> bool: ...
    @property
    def forwarded(self) -> bool: ...  # a forward, not an answer to the buyer
    @property
    def alternatives(self) -> bool: ...
    @property
    def picks(self) -> bool: ...  # names one of the lettered packages offered (MESO)
    @property
    def pick_changed(self) -> bool: ...  # ... and states terms that differ from that package
    @property
    def pick_ambiguous(self) -> bool: ...  # names more than one, or one that was not offered
    @property
    def ranged(self) -> bool: ...  # a number given as a range
    @property
    def outside_condition(self) -> bool: ...  # offered on a condition outside the levers
    @property
    def tentative(self) -> bool: ...  # hedged numbers: "maybe around 3%"
    @property
    def has_terms(self) -> bool: ...
    @property
    def same_as_offer(self) -> bool: ...  # every stated term equals the buyer's last offer
    @property
    def all_agreed(self) -> bool: ...  # every term is restated by agreeing to it
    @property
    def names_other_term(self) -> bool: ...  # speaks of an offered term it does not restate
    @property
    def accepts(self) -> bool: ...  # an acceptance said outright (not inline under one line)
    @property
    def inline_ack_only(self) -> bool: ...  # "OK"/"Fine" only as inline answers to quoted lines
    @property
    def inline_all_acked(self) -> bool: ...  # ... under every quoted line that holds a term
    @property
    def rejects(self) -> bool: ...
    @property
    def refused_only(self) -> bool: ...  # numbers named only to turn them down, none offered
    @property
    def refuses_some(self) -> bool: ...  # turns down at least one number
    @property
    def conditioned(self) -> bool: ...  # "if", "provided", "in return for" beside the terms


    @property
    def keeps_price(self) -> bool: ...  # "we'll keep the current price"
    @property
    def asks(self) -> bool: ...  # a question about the offer
    @property
    def calls(self) -> bool: ...  # the point of the reply is a call or a meeting
    @property
    def holding(self) -> bool: ...  # "forwarded to my director", "will get back to you"
    @property
    def attachment(self) -> bool: ...
    @property
    def announces_increase(self) -> bool: ...  # a price increase in the supplier's words
    @property
    def unread_number(self) -> bool: ...  # a bare number no reading accounts for


@dataclass(frozen=True)
class Rule:
    name: str
    holds: Callable[[Signals], bool]
    intent: Intent
    confidence: float
    reason: Reason | None = None


def _answers(s: Signals) -> bool:
    """The message answers the offer: whatever else it looks like, a person wrote it."""
    return s.has_terms or s.form_found or s.accepts or s.picks


def _doubts(s: Signals) -> bool:
    """Anything that makes an acceptance not an acceptance: a refusal anywhere in the
    reply ("5% is fine, 60 days is too long"), a question, a call, a decision to come."""
    return (s.rejects or s.asks or s.calls or s.holding or s.refused_only or s.refuses_some
            or s.keeps_price)



RULES: tuple[Rule, ...] = (
    Rule("delivery report", lambda s: s.bounce, Intent.BOUNCE, 0.97),
    Rule("automatic headers", lambda s: s.automatic, Intent.AUTO_REPLY, 0.95),
    Rule("automatic notice", lambda s: not _answers(s) and s.notice_text, Intent.AUTO_REPLY,
         0.85),
    Rule("bulk mail", lambda s: s.bulk, Intent.OTHER, 0.9, Reason.BULK),
    Rule("automatic sender, no answer", lambda s: not _answers(s) and s.weakly_automatic,
         Intent.AUTO_REPLY, 0.7),

    Rule("bank-detail change", lambda s: s.bank_change, Intent.OTHER, 0.95,
         Reason.BANK_DETAILS_CHANGE),
    Rule("template or script code", lambda s: s.code, Intent.OTHER, 0.9,
         Reason.SUSPICIOUS_CONTENT),
    Rule("internal note",
 lambda s: s.internal_note, Intent.OTHER, 0.85, Reason.INTERNAL_NOTE),
    Rule("different item", lambda s: s.different_item, Intent.OTHER, 0.8,
         Reason.DIFFERENT_ITEM),
    Rule("accepts only part", lambda s: s.partial and s.accepts
         and (not s.has_terms or s.same_as_offer),
         Intent.OTHER, 0.75, Reason.PARTIAL),
    Rule("form conflicts with text", lambda s: s.form_conflicts, Intent.OTHER, 0.75,
         Reason.FORM_CONFLICTS_TEXT),
    Rule("form changed", lambda s: s.form_found and not s.form_unchanged, Intent.COUNTER, 0.95),
    Rule("pending sign-off", lambda s: s.pending, Intent.OTHER, 0.8, Reason.PENDING_SIGN_OFF),
    Rule("form unchanged", lambda s: s.form_unchanged and not (_doubts(s) or s.attachment),
         Intent.ACCEPT, 0.93),
    Rule("nothing new", lambda s: s.empty, Intent.OTHER, 0.5, Reason.EMPTY),
    Rule("forward", lambda s: s.forwarded, Intent.OTHER, 0.7, Reason.INTERNAL_NOTE),
    Rule("ambiguous pick", lambda s: s.pick_ambiguous, Intent.OTHER, 0.8, Reason.ALTERNATIVES),
    Rule("alternatives", lambda s: s.alternatives, Intent.OTHER, 0.8, Reason.ALTERNATIVES),
    Rule("range", lambda s: s.ranged, Intent.OTHER, 0.8, Reason.RANGE),
    Rule("condition outside the terms", lambda s: s.outside_condition, Intent.OTHER, 0.75,
         Reason.CONDITIONAL_OUTSIDE_LEVERS),
    Rule("tentative", lambda s: s.tentative, Intent.OTHER, 0.75, Reason.TENTATIVE),
    # "we keep the price unchanged if you sign for three years": no concession, only a
    # demand; read as a counter it would carry the buyer's side of a bargain as the offer
    Rule("keeps the price on a condition", lambda s: s.has_terms and s.keeps_price
         and s.conditioned, Intent.OTHER, 0.7, Reason.UNCLEAR),
    Rule("picks and changes", lambda s: s.picks and s.pick_changed, Intent.COUNTER, 0.85),
    Rule("picks a package", lambda s: s.picks and not _doubts(s), Intent.ACCEPT, 0.9),
    Rule("restates the offer", lambda s: s.has_terms and s.same_as_offer
         and (s.accepts or s.all_agreed)
         and not (_doubts(s) or s.conditioned or s.names_other_term or s.unread_number),
         Intent.ACCEPT, 0.9),
    Rule("call request", lambda s: s.calls and not s.has_terms, Intent.OTHER, 0.8,
         Reason.CALL_REQUEST),
    Rule("states terms", lambda s: s.has_terms, Intent.COUNTER, 0.85),
    Rule("accepts", lambda s: s.accepts and not (_doubts(s) or s.unread_number),
         Intent.ACCEPT, 0.85),
    Rule("asks", lambda s: s.asks, Intent.OTHER, 0.8, Reason.QUESTION),
    Rule("holding reply", lambda s: s.holding, Intent.OTHER, 0.75, Reason.HOLDING),
    Rule("only in attachment", lambda s: s.attachment, Intent.OTHER, 0.7,
         Reason.ATTACHMENT_ONLY),
    Rule("declines", lambda s: s.rejects or s.refused_only or s.keeps_price, Intent.REJECT,
         0.85),
    # "we will have to raise our prices, details to follow": the offer is turned down
    Rule("announces an increase", lambda s: s.announces_increase and not s.has_terms,
         Intent.REJECT, 0.75),
    Rule("acknowledged line by line", lambda s: s.inline_all_acked and not s.attachment,
         Intent.ACCEPT, 0.75),

    Rule("inline acknowledgements", lambda s: s.inline_ack_only, Intent.OTHER, 0.5,
         Reason.UNCLEAR),
)
FALLBACK = Rule("unclear", lambda s: True, Intent.OTHER, 0.4, Reason.UNCLEAR)


def decide(signals: Signals) -> Rule:
    """The first rule that holds."""
    return next((rule for rule in RULES if rule.holds(signals)), FALLBACK)
